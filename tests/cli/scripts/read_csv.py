"""Reads CSV with Python's csv module, an independent RFC 4180 reader, and
prints the rows as JSON."""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    print(json.dumps(list(csv.reader(f))))
