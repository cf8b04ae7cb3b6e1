parley_fuzzer(opml_fuzzer opml_fuzzer.cpp parley_ingest)
