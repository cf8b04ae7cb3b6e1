#!/bin/sh
# The timeline benchmarks: Google Benchmark on the store API, then the real
# `parley` commands with hyperfine, each beside a full-scan baseline (the
# same question asked of the events table with sqlite3, indexes out of play).
#
#   bench/timeline/run.sh [STORE]     (default: build/bench/timeline-bench.db)
#
# The store is generated on first use (200,000 articles, 1,000,000 events).
set -eu
cd "$(dirname "$0")/../.."
cmake --preset bench >/dev/null
cmake --build build/bench -j2 --target bench_timeline parley >/dev/null
store=${1:-build/bench/timeline-bench.db}
build/bench/bench/timeline/bench_timeline --store="$store" \
  --benchmark_filter='BM_(Timeline|Deadlines|Show)' --benchmark_repetitions=3 \
  --benchmark_report_aggregates_only=true
parley=build/bench/cli/parley
id=$(sqlite3 "$store" "SELECT uid FROM events ORDER BY source_count DESC LIMIT 1")
hyperfine -N --warmup 3 --runs 20 \
  "$parley --db $store timeline --party USA --party JPN --since 2025-01-01 --until 2025-12-31 --format json" \
  "sqlite3 $store \"SELECT id, actors, details, sources FROM events NOT INDEXED WHERE first_day <= 20453 AND last_day >= 20089 AND actors LIKE '%\\\"USA\\\"%' AND (actors LIKE '%\\\"JPN\\\"%' OR target = 'JPN')\"" \
  "$parley --db $store deadlines --as-of 2025-05-20 --format json" \
  "sqlite3 $store \"SELECT id, actors, details, sources FROM events NOT INDEXED WHERE due_first <= 20258 AND due_last >= 20228\"" \
  "$parley --db $store show $id" \
  "sqlite3 $store \"SELECT id, actors, details, sources FROM events NOT INDEXED WHERE uid = '$id'\""
