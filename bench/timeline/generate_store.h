#pragma once
// A generated store the size of years of trade news: articles from many
// feeds, each reporting about five events, most of them happenings other
// articles report too, in words of varying precision.

#include "store/store.h"

#include <cstdint>
#include <filesystem>

namespace parley::bench {

struct GenerateOptions {
    std::size_t articles = 200'000;
    std::size_t events_per_article = 5;
    // Written together, from all feeds, as `parley pull` groups the feeds it
    // fetched (cli/cmd_pull.cpp).
    std::size_t articles_per_pull = 2000;
    std::uint32_t seed = 2025;
    date::sys_days first_day = date::sys_days{date::year{2021} / 1 / 1};
    date::sys_days last_day = date::sys_days{date::year{2025} / 12 / 31};
    bool with_events = true;       // false: the articles alone (the ingest baseline)
    std::string guid_prefix = "a"; // another prefix adds new articles to an existing store
};

struct GenerateReport {
    std::size_t articles = 0;
    std::size_t mentions = 0;
    double seconds = 0;
    double last_tenth_seconds = 0; // the last 10% of articles, into an almost full store
};

GenerateReport generate_store(const std::filesystem::path& db, const GenerateOptions& o);

} // namespace parley::bench
