#!/bin/sh
# Peak memory of `parley pull` as the number of feeds grows: 100, 1,000 and
# 5,000 feeds of 10 items each, served from 127.0.0.1 (bench/fetch's
# corpus_server and make_corpus.py), first cold (every article new) and then
# warm (every feed a 304). Beside each parley run, newsboat reloads the same
# feeds with the same concurrency: the baseline the figures are compared to.
# Peak memory is the child's largest resident set (GNU time's %M, from
# getrusage); parley should stay flat, so its ratio to its own 100-feed run is
# reported too.
#
# usage: bench/reliability/run.sh [WORK_DIR]   (default build/bench/reliability-run)
#   FEEDS="100 1000 5000" ITEMS=10 LATENCY_MS=5 NEWSBOAT=1 to change the runs.
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
work=${1:-build/bench/reliability-run}
sizes=${FEEDS:-100 1000 5000}
items=${ITEMS:-10}
latency=${LATENCY_MS:-5}
with_newsboat=${NEWSBOAT:-1}

./scripts/setup --bench
cmake --preset bench >/dev/null
cmake --build build/bench -j2 --target parley corpus_server >/dev/null
parley=$root/build/bench/cli/parley
server_bin=$root/build/bench/bench/fetch/corpus_server
[ -x /usr/bin/time ] || { echo "bench/reliability: needs GNU time (apt-get install time)" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
mkdir -p "$HOME"
results=$work/results.txt
: >"$results"

# peak LABEL COMMAND...: runs COMMAND, records "LABEL KB SECONDS".
peak() {
  label=$1; shift
  /usr/bin/time -f "%M %e" -o "$work/time.out" "$@" >/dev/null 2>"$work/last.err" || {
    echo "bench/reliability: $label failed:" >&2; cat "$work/last.err" >&2; exit 1; }
  echo "$label $(cat "$work/time.out")" | tee -a "$results"
}

for n in $sizes; do
  dir=$work/$n
  mkdir -p "$dir"
  /usr/bin/python3 bench/fetch/make_corpus.py "$dir/corpus" --feeds "$n" --items "$items"
  "$server_bin" "$dir/corpus" --latency "$latency" --port-file "$dir/port" 2>"$dir/server.log" &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT INT TERM
  while [ ! -s "$dir/port" ]; do sleep 0.1; done
  base="http://127.0.0.1:$(cat "$dir/port")"
  for f in "$dir"/corpus/*; do echo "$base/$(basename "$f")"; done >"$dir/urls"

  # parley: the feeds imported from OPML into an empty store, then pulled twice.
  {
    echo '<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>'
    sed 's|.*|<outline type="rss" text="feed" xmlUrl="&"/>|' "$dir/urls"
    echo '</body></opml>'
  } >"$dir/feeds.opml"
  "$parley" --db "$dir/p.db" feed import "$dir/feeds.opml" >/dev/null
  peak "parley-cold-$n" "$parley" --db "$dir/p.db" pull --quiet --jobs 8
  peak "parley-warm-$n" "$parley" --db "$dir/p.db" pull --quiet --jobs 8
  stored=$(sqlite3 "$dir/p.db" 'SELECT count(*) FROM articles')
  [ "$stored" -eq $((n * items)) ] || { echo "parley stored $stored of $((n * items))" >&2; exit 1; }

  if [ "$with_newsboat" = 1 ]; then
    printf 'reload-threads 8\n' >"$dir/newsboat.conf"
    peak "newsboat-cold-$n" newsboat -u "$dir/urls" -c "$dir/nb.db" -C "$dir/newsboat.conf" -x reload
    peak "newsboat-warm-$n" newsboat -u "$dir/urls" -c "$dir/nb.db" -C "$dir/newsboat.conf" -x reload
  fi
  kill $server 2>/dev/null || true
  wait $server 2>/dev/null || true
  trap - EXIT INT TERM
  rm -rf "$dir/corpus"
done

/usr/bin/python3 - "$results" <<'PY' | tee "$work/summary.txt"
import sys
rows = {}
for line in open(sys.argv[1]):
    label, kb, secs = line.split()
    rows[label] = (int(kb), float(secs))
sizes = sorted({int(l.rsplit("-", 1)[1]) for l in rows})
base = sizes[0]
print("feeds  phase  parley peak RSS (x its own at %d)  time   |  newsboat peak RSS  time  | newsboat / parley" % base)
for phase in ("cold", "warm"):
    for n in sizes:
        p = rows[f"parley-{phase}-{n}"]
        flat = p[0] / rows[f"parley-{phase}-{base}"][0]
        line = f"{n:5}  {phase}   {p[0] / 1024:7.1f} MB ({flat:4.2f}x)        {p[1]:6.2f} s"
        nb = rows.get(f"newsboat-{phase}-{n}")
        if nb:
            line += f" | {nb[0] / 1024:7.1f} MB  {nb[1]:6.2f} s | {nb[0] / p[0]:5.2f}x"
        print(line)
PY
