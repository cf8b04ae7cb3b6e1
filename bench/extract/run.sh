#!/bin/sh
# Extraction speed against dateparser's search_dates on the same texts.
#
#   parley:     Extractor::extract (sentences, taggers, people, event rules and
#               the temporal engine) on one core, Google Benchmark
#   dateparser: search_dates(text, languages=["en"], RELATIVE_BASE=published),
#               python3-dateparser from Debian, /usr/bin/python3
#
# Prints parley's MB/s and texts/s, dateparser's texts/s, and their ratio;
# both rates are per second of CPU time.
#
# Trust the evaluation articles' figure over the generated corpus's. The
# corpus is built from a few sentence templates: its texts cost as many
# instructions as real articles (callgrind), but the processor learns their
# branches and runs them about 2.4 times as fast. Real text varies, and so
# do the extractor's branches on it: the evaluation articles, each repeated
# before the next, run about 2.8 times as fast as in turn, the figure that
# counts.
# usage: bench/extract/run.sh [WORK_DIR] [ARTICLES]   (default build/bench/extract-run, 300)
set -eu
cd "$(dirname "$0")/../.."
work=${1:-build/bench/extract-run}
articles=${2:-300}

./scripts/setup --bench
cmake --preset bench >/dev/null
cmake --build build/bench -j2 --target extract_bench extract_write_corpus >/dev/null

rm -rf "$work"
mkdir -p "$work"
build/bench/bench/extract/extract_write_corpus "$work/corpus" "$articles"
build/bench/bench/extract/extract_bench --benchmark_format=json \
  --benchmark_out="$work/parley.json" --benchmark_out_format=json >/dev/null
/usr/bin/python3 bench/extract/dateparser_search.py "$work/corpus" "${SECONDS_DATEPARSER:-20}" \
  > "$work/dateparser.json"
# The evaluation articles, as written, for both sides.
mkdir -p "$work/eval-corpus"
/usr/bin/python3 - "$(pwd)/tests/eval/articles" "$work/eval-corpus" <<'PY'
import json, pathlib, sys
src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
with open(dst / "index.tsv", "w") as index:
    for text in sorted(src.glob("*.txt")):
        meta = json.loads(text.with_suffix(".json").read_text())
        index.write(f"{text}\t{meta['published']}\n")
PY
/usr/bin/python3 bench/extract/dateparser_search.py "$work/eval-corpus" "${SECONDS_DATEPARSER:-20}" \
  > "$work/dateparser-eval.json"

/usr/bin/python3 - "$work/parley.json" "$work/dateparser.json" "$work/dateparser-eval.json" <<'PY'
import json, sys
parley = json.load(open(sys.argv[1]))
runs = {b["name"]: b for b in parley["benchmarks"]}
for label, bench, dp_file in (("generated corpus", "BM_ExtractCorpus/min_time:3.000", sys.argv[2]),
                              ("evaluation articles", "BM_ExtractEvalArticles/min_time:3.000",
                               sys.argv[3])):
    dp = json.load(open(dp_file))
    run = runs[bench]
    mbs = run["bytes_per_second"] / 1e6
    tps = run["texts_per_second"]
    print(label)
    print(f"  parley extract      {mbs:8.2f} MB/s  {tps:10.1f} texts/s  (one core)")
    print(f"  dateparser search   {dp['bytes_per_second'] / 1e6:8.3f} MB/s  "
          f"{dp['texts_per_second']:10.2f} texts/s")
    print(f"  ratio (texts/s)     {tps / dp['texts_per_second']:8.1f} x")
for name, b in runs.items():
    if name.startswith("BM_MemoryOverArticles"):
        print(f"peak RSS after {int(b['articles']):6d} articles: {int(b['max_rss_kb'])} kB")
if "BM_ExtractEvalArticlesRepeated/min_time:3.000" in runs:
    turn = runs["BM_ExtractEvalArticles/min_time:3.000"]["texts_per_second"]
    again = runs["BM_ExtractEvalArticlesRepeated/min_time:3.000"]["texts_per_second"]
    print(f"evaluation articles, each repeated before the next: {again:10.1f} texts/s "
          f"({again / turn:.2f}x the articles in turn)")
if "BM_ExtractSeed/min_time:2.000" in runs:
    seed = runs["BM_ExtractSeed/min_time:2.000"]
    print(f"seed article        {seed['bytes_per_second'] / 1e6:8.2f} MB/s")
PY
