// Timeline queries on a generated store of 200,000 articles and 1,000,000
// events, each beside a full-scan baseline run in the same process on the
// same store: the same question asked of the events table with its indexes
// out of play (NOT INDEXED), returning only ids — less work than the real
// query does, so the ratios understate what the indexes buy.
//
//   bench_timeline [--store=PATH] [--articles=N] [--append=N] [--pull=N] [benchmark flags]
//
// --pull=N writes N articles a transaction, from all feeds (default 2,000,
// as `parley pull` groups them). --append=N adds N more articles to the store and prints the ingest
// rate: the news of the days after the store's last, as many a day as the store holds, as a daily
// pull would bring them. --append-scattered=N spreads them over the store's whole span instead, the
// worst case for the merge: every article lands among thousands of stored events and shares no work
// with the next.
//
// The store is generated on first use (its ingest rate is printed) and kept.

#include "generate_store.h"
#include "timeline/deadlines.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace parley;

namespace {

std::filesystem::path store_path = "timeline-bench.db";
std::unique_ptr<Store> store;
std::vector<std::string> show_ids;

date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

std::int64_t n(date::sys_days d) {
    return d.time_since_epoch().count();
}

void BM_TimelinePairYear(benchmark::State& state) {
    EventQuery q;
    q.parties = {"USA", "JPN"};
    q.since = day(2025, 1, 1);
    q.until = day(2025, 12, 31);
    std::size_t found = 0;
    for (auto _ : state) {
        auto events = store->events(q);
        found = events.size();
        benchmark::DoNotOptimize(events);
    }
    state.counters["events"] = static_cast<double>(found);
}

void BM_TimelinePairYear_FullScan(benchmark::State& state) {
    SQLite::Statement st(
        store->database(),
        "SELECT id FROM events NOT INDEXED WHERE first_day <= ? AND last_day >= ? "
        "AND actors LIKE '%\"USA\"%' AND (actors LIKE '%\"JPN\"%' OR target = 'JPN')");
    std::size_t found = 0;
    for (auto _ : state) {
        st.reset();
        st.bind(1, n(day(2025, 12, 31)));
        st.bind(2, n(day(2025, 1, 1)));
        found = 0;
        while (st.executeStep())
            ++found;
    }
    state.counters["events"] = static_cast<double>(found);
}

void BM_Deadlines(benchmark::State& state) {
    date::sys_days from = day(2025, 5, 20), to = from + date::days{30};
    std::size_t found = 0;
    for (auto _ : state) {
        auto d = upcoming_deadlines(store->deadline_events(from, to), from, to);
        found = d.size();
        benchmark::DoNotOptimize(d);
    }
    state.counters["deadlines"] = static_cast<double>(found);
}

void BM_Deadlines_FullScan(benchmark::State& state) {
    SQLite::Statement st(store->database(), "SELECT id FROM events NOT INDEXED "
                                            "WHERE due_first <= ? AND due_last >= ?");
    date::sys_days from = day(2025, 5, 20), to = from + date::days{30};
    std::size_t found = 0;
    for (auto _ : state) {
        st.reset();
        st.bind(1, n(to));
        st.bind(2, n(from));
        found = 0;
        while (st.executeStep())
            ++found;
    }
    state.counters["deadlines"] = static_cast<double>(found);
}

void BM_Show(benchmark::State& state) {
    std::size_t i = 0, sources = 0;
    for (auto _ : state) {
        auto e = store->events_by_id_prefix(show_ids[i++ % show_ids.size()], 10);
        sources = e.empty() ? 0 : e[0].sources.size();
        benchmark::DoNotOptimize(e);
    }
    state.counters["sources"] = static_cast<double>(sources);
}

void BM_Show_FullScan(benchmark::State& state) {
    SQLite::Statement st(store->database(), "SELECT id FROM events NOT INDEXED WHERE uid = ?");
    std::size_t i = 0;
    for (auto _ : state) {
        st.reset();
        st.bind(1, show_ids[i++ % show_ids.size()]);
        while (st.executeStep())
            benchmark::DoNotOptimize(st.getColumn(0).getInt64());
    }
}

// Ingesting into a fresh store, merge included, beside the same articles
// stored without events.
void BM_Ingest(benchmark::State& state, bool with_events) {
    bench::GenerateOptions o;
    o.articles = static_cast<std::size_t>(state.range(0));
    o.with_events = with_events;
    o.first_day = day(2025, 1, 1);
    o.last_day = day(2025, 3, 31);
    double articles = 0;
    for (auto _ : state) {
        std::filesystem::path p = store_path.string() + ".ingest";
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(p.string() + suffix);
        auto report = bench::generate_store(p, o);
        state.SetIterationTime(report.seconds);
        articles += static_cast<double>(report.articles);
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(p.string() + suffix);
    }
    state.counters["articles_per_s"] = benchmark::Counter(articles, benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(BM_TimelinePairYear)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TimelinePairYear_FullScan)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Deadlines)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Deadlines_FullScan)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Show)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Show_FullScan)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Ingest, with_merge, true)
    ->Arg(20'000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kSecond);
BENCHMARK_CAPTURE(BM_Ingest, articles_only, false)
    ->Arg(20'000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kSecond);

int main(int argc, char** argv) {
    std::vector<char*> args;
    bench::GenerateOptions generate;
    std::size_t append = 0;
    bool scattered = false;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--store=", 8) == 0)
            store_path = argv[i] + 8;
        else if (std::strncmp(argv[i], "--articles=", 11) == 0)
            generate.articles = std::stoul(argv[i] + 11);
        else if (std::strncmp(argv[i], "--pull=", 7) == 0)
            generate.articles_per_pull = std::stoul(argv[i] + 7);
        else if (std::strncmp(argv[i], "--append=", 9) == 0)
            append = std::stoul(argv[i] + 9);
        else if (std::strncmp(argv[i], "--append-scattered=", 19) == 0) {
            append = std::stoul(argv[i] + 19);
            scattered = true;
        } else
            args.push_back(argv[i]);
    }
    if (!std::filesystem::exists(store_path)) {
        std::fprintf(stderr, "generating %s\n", store_path.c_str());
        auto c0 = std::clock();
        auto r = bench::generate_store(store_path, generate);
        double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
        std::printf("ingest: %.0f articles/s of CPU time\n", static_cast<double>(r.articles) / cpu);
        std::printf("generated %zu articles, %zu events in %.1f s: %.0f articles/s overall, "
                    "%.0f articles/s for the last 10%%\n",
                    r.articles, r.mentions, r.seconds, static_cast<double>(r.articles) / r.seconds,
                    static_cast<double>(r.articles / 10) / r.last_tenth_seconds);
    }
    if (append > 0) {
        // More articles into the store as it is: the ingest rate of a store this size.
        bench::GenerateOptions more = generate;
        more.articles = append;
        {
            Store existing(store_path);
            auto& db = existing.database();
            // New guids each time, so that a second run appends new articles
            // instead of finding the first run's unchanged.
            more.guid_prefix =
                "more" + std::to_string(db.execAndGet("SELECT count(*) FROM articles").getInt64()) +
                "-";
            if (!scattered) {
                const double per_day =
                    static_cast<double>(generate.articles) /
                    static_cast<double>((generate.last_day - generate.first_day).count() + 1);
                const auto last = date::floor<date::days>(date::sys_seconds{std::chrono::seconds{
                    db.execAndGet("SELECT max(published) FROM articles").getInt64()}});
                more.first_day = last + date::days{1};
                more.last_day =
                    more.first_day +
                    date::days{static_cast<long>(static_cast<double>(append) / per_day) + 1};
            }
        }
        auto c0 = std::clock();
        auto r = bench::generate_store(store_path, more);
        double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
        std::printf(
            "appended %zu articles, %zu events: %.0f articles/s (wall), %.0f articles/s (CPU)\n",
            r.articles, r.mentions, static_cast<double>(r.articles) / r.seconds,
            static_cast<double>(r.articles) / cpu);
        return 0;
    }
    store = std::make_unique<Store>(store_path);
    {
        // Events to show: the best corroborated, and ordinary ones.
        SQLite::Statement st(store->database(),
                             "SELECT uid FROM events ORDER BY source_count DESC LIMIT 50");
        while (st.executeStep())
            show_ids.push_back(st.getColumn(0).getString());
        SQLite::Statement more(store->database(),
                               "SELECT uid FROM events WHERE id % 9973 = 0 LIMIT 50");
        while (more.executeStep())
            show_ids.push_back(more.getColumn(0).getString());
        auto count = [&](const char* sql) { return store->database().execAndGet(sql).getInt64(); };
        std::printf("store: %lld articles, %lld mentions, %lld timeline events\n",
                    static_cast<long long>(count("SELECT count(*) FROM articles")),
                    static_cast<long long>(count("SELECT count(*) FROM mentions")),
                    static_cast<long long>(count("SELECT count(*) FROM events")));
    }
    int n_args = static_cast<int>(args.size());
    benchmark::Initialize(&n_args, args.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
