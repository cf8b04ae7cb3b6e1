#!/usr/bin/python3
"""python3-feedparser over the same corpus: the baseline parley's parse
throughput is measured against.

    feedparser_baseline.py [--rounds N] [--once] CORPUS_DIR

Reads the corpus's XML files (RSS, Atom, RDF): the feedparser Debian 12
ships (6.0) does not read JSON Feed. Prints one JSON object: files, items,
bytes, seconds, items_per_second, bytes_per_second. --once parses every
file a single time (for peak memory).
"""
import json
import os
import sys
import time

import feedparser


def main():
    args = sys.argv[1:]
    rounds = 3
    if "--once" in args:
        args.remove("--once")
        rounds = 1
    if "--rounds" in args:
        i = args.index("--rounds")
        rounds = int(args[i + 1])
        del args[i : i + 2]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    directory = args[0]
    names = sorted(n for n in os.listdir(directory) if n.endswith(".xml"))
    blobs = []
    for name in names:
        with open(os.path.join(directory, name), "rb") as f:
            blobs.append(f.read())
    items = 0
    size = 0
    # CPU time, as Google Benchmark's rates for parley: fair on a busy machine.
    start = time.process_time()
    for _ in range(rounds):
        for blob in blobs:
            # No network: bytes in, as parley's benchmark hands it bytes.
            items += len(feedparser.parse(blob).entries)
            size += len(blob)
    seconds = time.process_time() - start
    print(json.dumps({
        "files": len(names),
        "items": items,
        "bytes": size,
        "seconds": seconds,
        "items_per_second": items / seconds,
        "bytes_per_second": size / seconds,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
