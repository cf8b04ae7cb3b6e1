#!/usr/bin/env python3
"""TempEval-3 for parley's temporal engine.

Runs `parley extract` on every document of a TempEval-3 folder with the
document's creation time as its publication time, writes the JSON lines the
peers' score.py reads, and prints strict and relaxed extent F1 and value F1.

  bench/temporal/tempeval.py                 # train/ (TimeBank + AQUAINT)
  bench/temporal/tempeval.py platinum        # the test set: report once per change
  bench/temporal/tempeval.py train/AQUAINT --errors 40

The corpus is read from $PARLEY_SHARED_DIR/peers/tempeval3 (default: the
shared folder beside the repository) and never copied into the repository.
parley prints UTF-8 byte offsets; score.py counts code points, so offsets
are converted here. Expressions parley cannot place (a null value) are not
TIMEX3 and are left out.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def byte_to_char_index(text):
    """Maps each UTF-8 byte offset of `text` to its code point index."""
    table = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode('utf-8')))
    table.append(len(text))
    return table


def published_of(dct):
    dct = dct.strip()
    if 'T' in dct:
        day, clock = dct.split('T', 1)
        clock = clock[:8]
        if len(clock) == 5:
            clock += ':00'
        return '%sT%sZ' % (day, clock)
    return dct + 'T12:00:00Z'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('split', nargs='*', default=['train/TimeBank', 'train/AQUAINT'],
                    help='folders under peers/tempeval3 (default: train/TimeBank train/AQUAINT)')
    ap.add_argument('--parley', default=os.path.join(REPO, 'build', 'release', 'cli', 'parley'))
    ap.add_argument('--errors', type=int, default=0, help='print up to N errors from score.py')
    ap.add_argument('--keep', help='write the system JSON lines here')
    ap.add_argument('--json', action='store_true')
    a = ap.parse_args()

    shared = os.environ.get('PARLEY_SHARED_DIR', os.path.join(os.path.dirname(REPO), 'shared'))
    te3 = os.path.join(shared, 'peers', 'tempeval3')
    score = os.path.join(te3, 'score.py')
    if not os.path.exists(score):
        sys.exit('tempeval.py: %s is absent' % score)
    folders = [os.path.join(te3, s) for s in a.split]

    with tempfile.TemporaryDirectory() as tmp:
        text_dir = os.path.join(tmp, 'text')
        for f in folders:
            subprocess.run([sys.executable, score, f, '--dump-text', text_dir], check=True,
                           stdout=subprocess.DEVNULL)
        system = a.keep or os.path.join(tmp, 'system.jsonl')
        with open(system, 'w', encoding='utf-8') as out:
            for name in sorted(os.listdir(text_dir)):
                if not name.endswith('.txt'):
                    continue
                doc = name[:-4]
                with open(os.path.join(text_dir, name), encoding='utf-8', newline='') as fh:
                    text = fh.read()
                with open(os.path.join(text_dir, doc + '.dct')) as fh:
                    dct = fh.read()
                r = subprocess.run([a.parley, 'extract', os.path.join(text_dir, name),
                                    '--published', published_of(dct), '--format', 'json'],
                                   capture_output=True, text=True)
                if r.returncode != 0:
                    sys.exit('parley extract failed on %s: %s' % (doc, r.stderr.strip()))
                chars = byte_to_char_index(text)
                for d in json.loads(r.stdout)['dates']:
                    if d['value'] is None:
                        continue
                    out.write(json.dumps({'doc': doc, 'begin': chars[d['begin']], 'end': chars[d['end']],
                                          'type': d['type'], 'value': d['value']}) + '\n')
        cmd = [sys.executable, score] + folders + ['--system', system]
        if a.errors:
            cmd += ['--errors', str(a.errors)]
        if a.json:
            cmd += ['--json']
        print('TempEval-3 %s (HeidelTime, the best of TempEval-3, has value F1 0.776 on platinum)'
              % ' + '.join(a.split))
        sys.stdout.flush()
        subprocess.run(cmd, check=True)


if __name__ == '__main__':
    main()
