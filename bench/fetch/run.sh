#!/bin/sh
# `parley pull` against newsboat on the same served corpus, timed with
# hyperfine: 200 feeds x 50 items (RSS 2.0, Atom 1.0, RSS 1.0 in turn) served
# from 127.0.0.1 with 50 ms added to every answer.
#
#   cold: a store that knows the feeds but holds no article (parley: feeds
#         added, never pulled; newsboat: no cache file)
#   warm: right after a pull of the unchanged corpus: every feed answers 304
#
# Both run 8 transfers at once (parley's default --jobs 8; newsboat's
# `reload-threads 8`). Peak memory is the largest resident set of one run.
#
# usage: bench/fetch/run.sh [WORK_DIR] [RUNS]     (default build/bench/fetch-run, 10)
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
work=${1:-build/bench/fetch-run}
runs=${2:-10}
feeds=${FEEDS:-200}
items=${ITEMS:-50}
latency=${LATENCY_MS:-50}

./scripts/setup --bench
cmake --preset bench >/dev/null
cmake --build build/bench -j2 --target parley corpus_server >/dev/null
parley=$root/build/bench/cli/parley
server_bin=$root/build/bench/bench/fetch/corpus_server

rm -rf "$work"
mkdir -p "$work/home"
work=$(cd "$work" && pwd)
/usr/bin/python3 bench/fetch/make_corpus.py "$work/corpus" --feeds "$feeds" --items "$items"

"$server_bin" "$work/corpus" --latency "$latency" --port-file "$work/port" 2>"$work/server.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT INT TERM
while [ ! -s "$work/port" ]; do sleep 0.1; done
base="http://127.0.0.1:$(cat "$work/port")"
stats() { /usr/bin/python3 -c "import urllib.request,sys; sys.stdout.write(urllib.request.urlopen('$base/stats').read().decode())"; }

# The same URLs for both readers.
for f in "$work"/corpus/*; do echo "$base/$(basename "$f")"; done >"$work/urls"

# parley: a store with the feeds added and nothing pulled.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
while read -r url; do "$parley" --db "$work/template.db" feed add "$url" >/dev/null; done <"$work/urls"

# newsboat: 8 reload threads, its cache and config in the work directory.
printf 'reload-threads 8\n' >"$work/newsboat.conf"
newsboat_cmd="newsboat -u $work/urls -c $work/nb.db -C $work/newsboat.conf -x reload"
parley_cold_prep="rm -f $work/p.db $work/p.db-wal $work/p.db-shm; cp $work/template.db $work/p.db"
parley_cmd="$parley --db $work/p.db pull --quiet"
newsboat_cold_prep="rm -f $work/nb.db $work/nb.db.lock"

echo "== cold: $feeds feeds x $items items, ${latency} ms latency, 8 at once"
hyperfine --warmup 1 --runs "$runs" --export-json "$work/cold.json" \
    --prepare "$parley_cold_prep" --command-name "parley pull (cold)" "$parley_cmd" \
    --prepare "$newsboat_cold_prep" --command-name "newsboat -x reload (cold)" "$newsboat_cmd"

# Leave both stores full, then time the all-304 case.
sh -c "$parley_cold_prep" && $parley_cmd
sh -c "$newsboat_cold_prep" && $newsboat_cmd
echo "== warm: every feed unchanged"
before=$(stats)
hyperfine --warmup 1 --runs "$runs" --export-json "$work/warm.json" \
    --command-name "parley pull (warm)" "$parley_cmd" \
    --command-name "newsboat -x reload (warm)" "$newsboat_cmd"
after=$(stats)

# Did both read everything, and did the warm runs really get 304s?
parley_articles=$(sqlite3 "$work/p.db" 'SELECT count(*) FROM articles')
newsboat_items=$(sqlite3 "$work/nb.db" 'SELECT count(*) FROM rss_item')
echo "articles stored: parley $parley_articles, newsboat $newsboat_items (of $((feeds * items)))"
echo "server counts before warm runs: $before"
echo "server counts after warm runs:  $after"

# Peak memory: the largest resident set of one run of each, cold and warm.
peak() { # PREPARE COMMAND
    sh -c "$1"
    /usr/bin/python3 - "$2" <<'EOF'
import resource, subprocess, sys
subprocess.run(sys.argv[1], shell=True, check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
EOF
}
p_cold=$(peak "$parley_cold_prep" "$parley_cmd")
n_cold=$(peak "$newsboat_cold_prep" "$newsboat_cmd")
p_warm=$(peak true "$parley_cmd")
n_warm=$(peak true "$newsboat_cmd")

/usr/bin/python3 - "$work" "$p_cold" "$n_cold" "$p_warm" "$n_warm" <<'EOF' | tee "$work/summary.txt"
import json, sys
work = sys.argv[1]
p_cold, n_cold, p_warm, n_warm = map(int, sys.argv[2:6])
def load(name):
    return json.load(open(f"{work}/{name}.json"))["results"]
print("== summary (ratio = newsboat / parley; above 1 means parley is faster or smaller)")
for name, floor in (("cold", 3), ("warm", 10)):
    p, n = load(name)
    print(f"{name} wall: parley {p['mean']:.3f} s ± {p['stddev']:.3f}, "
          f"newsboat {n['mean']:.3f} s ± {n['stddev']:.3f}: "
          f"{n['mean'] / p['mean']:.2f}x (floor {floor}x)")
    pc, nc = p["user"] + p["system"], n["user"] + n["system"]
    print(f"{name} CPU (user+sys): parley {pc:.3f} s, newsboat {nc:.3f} s: {nc / pc:.2f}x")
print(f"peak RSS cold: parley {p_cold / 1024:.1f} MB, newsboat {n_cold / 1024:.1f} MB: "
      f"{n_cold / p_cold:.2f}x")
print(f"peak RSS warm: parley {p_warm / 1024:.1f} MB, newsboat {n_warm / 1024:.1f} MB: "
      f"{n_warm / p_warm:.2f}x")
EOF
