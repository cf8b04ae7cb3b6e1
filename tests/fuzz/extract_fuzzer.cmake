parley_fuzzer(extract_fuzzer extract_fuzzer.cpp parley_ingest)
target_compile_definitions(extract_fuzzer PRIVATE PARLEY_FUZZ_DATA_DIR="${PROJECT_SOURCE_DIR}/data")
