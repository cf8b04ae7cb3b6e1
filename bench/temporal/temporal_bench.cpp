// Throughput of the temporal engine (tagger + resolver) in bytes per second
// on one core, over wire-style news text. bench/temporal/compare_chrono.sh
// runs it beside chrono-node on the same text.
//
//   bench_temporal [--corpus FILE] [--write-corpus FILE] [benchmark flags]

#include "ingest/temporal/time_expression.h"
#include "news_corpus.h"

#include <benchmark/benchmark.h>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

namespace {

std::string corpus_text;

const parley::ReferenceTime reference{date::sys_days{date::year{2025} / 5 / 19} +
                                          std::chrono::hours{15},
                                      "Asia/Tokyo", std::chrono::minutes{0}};

void BM_find_time_expressions(benchmark::State& state) {
    const auto& lexicon = parley::default_temporal_lexicon();
    std::size_t found = 0;
    for (auto _ : state) {
        auto dates = parley::find_time_expressions(corpus_text, reference, lexicon);
        found = dates.size();
        benchmark::DoNotOptimize(dates.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(corpus_text.size()));
    state.counters["dates"] = static_cast<double>(found);
}
BENCHMARK(BM_find_time_expressions)->Unit(benchmark::kMillisecond);

// A line of hostile input: no sentence ends, brackets and digits.
void BM_hostile_line(benchmark::State& state) {
    std::string line;
    while (line.size() < 1 << 20)
        line += "((((7777777777 May 23 [[12:01 a.m. 2025-05-";
    const auto& lexicon = parley::default_temporal_lexicon();
    for (auto _ : state)
        benchmark::DoNotOptimize(parley::find_time_expressions(line, reference, lexicon).size());
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(line.size()));
}
BENCHMARK(BM_hostile_line)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    std::vector<char*> rest{argv[0]};
    std::string corpus_file, write_file;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--corpus") && i + 1 < argc)
            corpus_file = argv[++i];
        else if (!std::strcmp(argv[i], "--write-corpus") && i + 1 < argc)
            write_file = argv[++i];
        else
            rest.push_back(argv[i]);
    }
    if (!corpus_file.empty()) {
        std::ifstream in(corpus_file, std::ios::binary);
        if (!in) {
            std::cerr << "bench_temporal: cannot read " << corpus_file << "\n";
            return 2;
        }
        corpus_text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    } else {
        corpus_text = parley::bench::news_corpus(1 << 20);
    }
    if (!write_file.empty()) {
        std::ofstream(write_file, std::ios::binary) << corpus_text;
        return 0;
    }
    int n = static_cast<int>(rest.size());
    benchmark::Initialize(&n, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
