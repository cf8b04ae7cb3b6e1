// Extraction speed (sentences, taggers, people, rules and dates together) on
// one core, and memory over many articles. bench/extract/run.sh runs this
// beside dateparser's search_dates on the same texts.

#include "corpus.h"
#include "ingest/data_dir.h"
#include "ingest/extract/extract.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/resource.h>

namespace {

using parley::bench::CorpusArticle;

const std::vector<CorpusArticle>& corpus() {
    static const auto c = parley::bench::make_corpus(300);
    return c;
}

const parley::Extractor& extractor() {
    static const parley::Extractor x(parley::DataDirs{{PARLEY_BENCH_DATA_DIR}});
    return x;
}

parley::ReferenceTime reference(const CorpusArticle& a) {
    return parley::ReferenceTime{a.instant, "", a.offset};
}

long max_rss_kb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// Every article of the corpus, once per iteration.
void BM_ExtractCorpus(benchmark::State& state) {
    const auto& x = extractor();
    std::int64_t bytes = 0, texts = 0, events = 0;
    for (auto _ : state) {
        for (const auto& a : corpus()) {
            auto r = x.extract(a.text, reference(a));
            events += std::int64_t(r.events.size());
            benchmark::DoNotOptimize(r);
            bytes += std::int64_t(a.text.size());
            ++texts;
        }
    }
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(texts);
    state.counters["events_per_text"] = double(events) / double(texts ? texts : 1);
    state.counters["texts_per_second"] =
        benchmark::Counter(double(texts), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ExtractCorpus)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Peak memory after N articles: flat when the extractor keeps nothing of them.
void BM_MemoryOverArticles(benchmark::State& state) {
    const auto& x = extractor();
    const auto n = std::size_t(state.range(0));
    for (auto _ : state) {
        for (std::size_t i = 0; i < n; ++i) {
            const auto& a = corpus()[i % corpus().size()];
            auto r = x.extract(a.text, reference(a));
            benchmark::DoNotOptimize(r);
        }
    }
    state.counters["max_rss_kb"] = double(max_rss_kb());
    state.counters["articles"] = double(n);
}
BENCHMARK(BM_MemoryOverArticles)
    ->Arg(300)
    ->Arg(3000)
    ->Arg(30000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

// The evaluation articles of tests/eval: wire copy as written, with their
// own publication times and zones.
struct EvalArticle {
    std::string text;
    parley::ReferenceTime ref;
};

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const std::vector<EvalArticle>& eval_articles() {
    static const auto articles = [] {
        std::vector<EvalArticle> out;
        const std::filesystem::path dir = PARLEY_BENCH_EVAL_DIR;
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
            if (entry.path().extension() != ".txt") continue;
            auto meta = nlohmann::json::parse(
                slurp(std::filesystem::path(entry.path()).replace_extension(".json")));
            // "2025-05-20T09:00:00+09:00": the instant and its offset.
            const std::string published = meta["published"].get<std::string>();
            int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, oh = 0, om = 0;
            char sign = '+';
            if (std::sscanf(published.c_str(), "%d-%d-%dT%d:%d:%d%c%d:%d", &y, &mo, &d, &h, &mi,
                            &sec, &sign, &oh, &om) != 9)
                continue;
            const std::chrono::minutes offset{(sign == '-' ? -1 : 1) * (oh * 60 + om)};
            const date::sys_seconds instant = date::sys_days{date::year{y} / mo / d} +
                                              std::chrono::hours{h} + std::chrono::minutes{mi} +
                                              std::chrono::seconds{sec} - offset;
            parley::ReferenceTime ref{instant, meta.value("tz", ""), offset};
            out.push_back(EvalArticle{slurp(entry.path()), ref});
        }
        return out;
    }();
    return articles;
}

// Extracts the evaluation articles, each `repeats` times in a row before the
// next.
void extract_eval_articles(benchmark::State& state, int repeats) {
    const auto& articles = eval_articles();
    if (articles.empty()) {
        state.SkipWithError("no evaluation articles");
        return;
    }
    const auto& x = extractor();
    std::int64_t bytes = 0, texts = 0;
    for (auto _ : state) {
        for (const auto& a : articles) {
            for (int r = 0; r < repeats; ++r) {
                auto out = x.extract(a.text, a.ref);
                benchmark::DoNotOptimize(out);
            }
            bytes += repeats * std::int64_t(a.text.size());
            texts += repeats;
        }
    }
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(texts);
    state.counters["texts_per_second"] =
        benchmark::Counter(double(texts), benchmark::Counter::kIsRate);
}

// The articles in turn, as a feed brings them.
void BM_ExtractEvalArticles(benchmark::State& state) {
    extract_eval_articles(state, 1);
}
BENCHMARK(BM_ExtractEvalArticles)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Each article many times in a row before the next: what the processor makes
// of text whose branches it has learned. Its ratio to BM_ExtractEvalArticles
// is what novel text costs (the branch predictor learns one or two articles,
// not eighty).
void BM_ExtractEvalArticlesRepeated(benchmark::State& state) {
    extract_eval_articles(state, 50);
}
BENCHMARK(BM_ExtractEvalArticlesRepeated)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// The seed article, when the shared directory sits beside the repository.
void BM_ExtractSeed(benchmark::State& state) {
    std::ifstream in(PARLEY_BENCH_SHARED_DIR "/seed/000_cc4c5ff2b0d4a67e.txt");
    if (!in) {
        state.SkipWithError("seed article not found");
        return;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    parley::ReferenceTime ref;
    ref.instant = date::sys_days{date::year{2025} / 5 / 19} + std::chrono::hours{15};
    ref.zone = "Asia/Tokyo";
    const auto& x = extractor();
    for (auto _ : state) {
        auto r = x.extract(text, ref);
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(text.size()));
    state.SetItemsProcessed(std::int64_t(state.iterations()));
}
BENCHMARK(BM_ExtractSeed)->MinTime(2.0);

} // namespace

BENCHMARK_MAIN();
