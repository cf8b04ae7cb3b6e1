#!/usr/bin/python3
"""dateparser's search_dates over the benchmark corpus: texts per second.

usage: dateparser_search.py CORPUS_DIR [SECONDS]

Each text is searched with its publication time as RELATIVE_BASE, as parley
resolves against it. Rates are per second of this process's CPU time, as
Google Benchmark reports parley's, so a busy machine slows neither side's
figure. Prints one JSON object.
"""
import json
import sys
import time
import warnings
from datetime import datetime
from pathlib import Path

from dateparser.search import search_dates


def main():
    warnings.simplefilter("ignore")
    corpus = Path(sys.argv[1])
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
    articles = []
    for line in (corpus / "index.tsv").read_text().splitlines():
        name, published = line.split("\t")
        base = datetime.fromisoformat(published).replace(tzinfo=None)
        articles.append(((corpus / name).read_text(), base))  # name may be absolute
    # One warm-up pass: dateparser loads its language data lazily.
    search_dates(articles[0][0], languages=["en"], settings={"RELATIVE_BASE": articles[0][1]})
    texts = 0
    size = 0
    found = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        for text, base in articles:
            result = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
            found += len(result or [])
            texts += 1
            size += len(text.encode("utf-8"))
            if time.process_time() - start >= seconds:
                break
    elapsed = time.process_time() - start
    print(json.dumps({"texts": texts, "seconds": elapsed, "texts_per_second": texts / elapsed,
                      "bytes_per_second": size / elapsed, "dates_per_text": found / texts}))


if __name__ == "__main__":
    main()
