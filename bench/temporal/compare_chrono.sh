#!/bin/sh
# Throughput of parley's temporal engine beside chrono-node, the most used
# JavaScript date parser, on the same news text, each on one core.
#
#   bench/temporal/compare_chrono.sh [TEXT_FILE]
#
# Builds bench_temporal (the `bench` preset) if needed, installs chrono-node
# with npm into a temporary folder outside the repository, runs both on the
# text (default: the generated wire-style corpus) and prints MB/s and the ratio.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench="$repo/build/bench/bench/temporal/bench_temporal"
if [ ! -x "$bench" ]; then
  (cd "$repo" && cmake --preset bench >/dev/null && cmake --build build/bench -j2 --target bench_temporal >/dev/null)
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/parley-chrono.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

text="${1:-}"
if [ -z "$text" ]; then
  text="$work/news.txt"
  "$bench" --write-corpus "$text"
fi

pin=""
if command -v taskset >/dev/null 2>&1; then pin="taskset -c 0"; fi

# parley: CPU time per byte, from Google Benchmark's JSON
$pin "$bench" --corpus "$text" --benchmark_filter=BM_find_time_expressions \
  --benchmark_min_time=2 --benchmark_format=json >"$work/parley.json" 2>/dev/null
parley_mbs=$(/usr/bin/python3 -c '
import json,sys
b=json.load(open(sys.argv[1]))["benchmarks"][0]
print("%.3f" % (b["bytes_per_second"]/1e6))' "$work/parley.json")

# chrono-node: the same text, paragraph by paragraph, CPU time of the parse calls
(cd "$work" && npm init -y >/dev/null 2>&1 && npm install --silent --no-audit --no-fund chrono-node >/dev/null 2>&1)
cat >"$work/run.js" <<'JS'
const fs = require('fs');
const chrono = require('chrono-node');
const text = fs.readFileSync(process.argv[2], 'utf8');
const bytes = Buffer.byteLength(text, 'utf8');
const paragraphs = text.split('\n\n');
const ref = new Date('2025-05-19T15:00:00Z');
let found = 0;
for (const p of paragraphs.slice(0, 50)) chrono.parse(p, ref);  // warm up the JIT
const start = process.cpuUsage();
let rounds = 0;
do {
  found = 0;
  for (const p of paragraphs) found += chrono.parse(p, ref).length;
  rounds++;
} while ((process.cpuUsage(start).user + process.cpuUsage(start).system) < 2e6);
const used = process.cpuUsage(start);
const seconds = (used.user + used.system) / 1e6;
console.log(JSON.stringify({mbs: bytes * rounds / seconds / 1e6, found}));
JS
chrono_json=$($pin node "$work/run.js" "$text")
chrono_mbs=$(echo "$chrono_json" | /usr/bin/python3 -c 'import json,sys; print("%.3f" % json.load(sys.stdin)["mbs"])')
chrono_found=$(echo "$chrono_json" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["found"])')
parley_found=$(/usr/bin/python3 -c '
import json,sys
print(int(json.load(open(sys.argv[1]))["benchmarks"][0]["dates"]))' "$work/parley.json")

bytes=$(wc -c <"$text")
echo "text: $bytes bytes"
echo "parley      $parley_mbs MB/s  ($parley_found expressions)"
echo "chrono-node $chrono_mbs MB/s  ($chrono_found expressions)"
/usr/bin/python3 -c 'import sys; print("ratio       %.1fx chrono-node (floor 5x)" % (float(sys.argv[1]) / float(sys.argv[2])))' "$parley_mbs" "$chrono_mbs"
