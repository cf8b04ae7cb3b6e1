// parse_feed throughput over the generated corpus (make_feed_corpus):
// items/s and bytes/s, the whole corpus per iteration and each format alone.
//
//   feed_parse_bench [benchmark flags] CORPUS_DIR

#include "ingest/feed/parse.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct CorpusFile {
    std::string name;
    std::string bytes;
};

std::vector<CorpusFile>& corpus() {
    static std::vector<CorpusFile> files;
    return files;
}

void load(const std::filesystem::path& dir) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream buf;
        buf << in.rdbuf();
        corpus().push_back({entry.path().filename().string(), buf.str()});
    }
    std::sort(corpus().begin(), corpus().end(),
              [](const CorpusFile& a, const CorpusFile& b) { return a.name < b.name; });
}

void parse_files(benchmark::State& state, const std::string& only) {
    std::int64_t items = 0, bytes = 0;
    for (auto _ : state) {
        for (const CorpusFile& f : corpus()) {
            if (!only.empty() && f.name.find(only) == std::string::npos) continue;
            const auto doc = parley::parse_feed(f.bytes, {"https://wire.example/" + f.name, ""});
            items += static_cast<std::int64_t>(doc.articles.size());
            bytes += static_cast<std::int64_t>(f.bytes.size());
            benchmark::DoNotOptimize(doc.articles.data());
        }
    }
    state.SetItemsProcessed(items);
    state.SetBytesProcessed(bytes);
}

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (argc != 2) {
        std::cerr << "usage: feed_parse_bench [benchmark flags] CORPUS_DIR\n";
        return 2;
    }
    load(argv[1]);
    if (corpus().empty()) {
        std::cerr << "feed_parse_bench: no files in " << argv[1] << "\n";
        return 1;
    }
    benchmark::RegisterBenchmark("parse_feed/corpus", parse_files, std::string())
        ->Unit(benchmark::kMillisecond);
    // The XML formats alone: what python3-feedparser 6.0 (no JSON Feed) reads too.
    benchmark::RegisterBenchmark("parse_feed/xml", parse_files, std::string(".xml"))
        ->Unit(benchmark::kMillisecond);
    for (const char* format : {"-rss.", "-atom.", "-rdf.", "-json."})
        benchmark::RegisterBenchmark((std::string("parse_feed/format") + format).c_str(),
                                     parse_files, std::string(format))
            ->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
