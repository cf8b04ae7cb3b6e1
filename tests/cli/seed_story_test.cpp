// The seed article and the example feeds, ingested as feeds and read back
// through extraction, merging and the queries: what a trade analyst would
// check first on 2025-05-20 (Japan time), when the seed was published.

#include "ingest/feed/xml_text.h"
#include "support/run.h"
#include "support/shared.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

using namespace parley::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path seed_relative = "seed/000_cc4c5ff2b0d4a67e.txt";

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The seed as the one item of a Tokyo outlet's feed, stamped 09:00 Japan time.
fs::path seed_feed(const fs::path& dir) {
    const fs::path out = dir / "tokyo-desk.rss";
    std::ofstream(out, std::ios::binary)
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        << "<title>Tokyo desk</title><link>https://tokyo-desk.example/</link><item>"
        << "<guid>tokyo-desk-2025-05-20-tariffs</guid>"
        << "<title>Japan weighs accepting lower U.S. tariff rates</title>"
        << "<link>https://tokyo-desk.example/2025/05/20/tariffs</link>"
        << "<pubDate>Tue, 20 May 2025 09:00:00 +0900</pubDate><description>"
        << parley::xml_escaped(read(shared_dir() / seed_relative))
        << "</description></item></channel></rss>\n";
    return out;
}

std::vector<fs::path> example_feeds() {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(PARLEY_EXAMPLES_DIR "/feeds"))
        out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

json query(const std::string& db, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db});
    auto r = run_parley(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

bool has(const json& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// Ingests the seed (as a Tokyo outlet) and the example feeds, in `order`.
void ingest_story(const std::string& db, const fs::path& seed, std::vector<fs::path> feeds) {
    for (const auto& f : feeds) {
        std::vector<std::string> args{"--db", db, "ingest", f.string()};
        if (f == seed) args.insert(args.end(), {"--tz", "Asia/Tokyo"});
        auto r = run_parley(args);
        INFO(f << ": " << r.err);
        REQUIRE(r.exit_code == 0);
    }
}

} // namespace

TEST_CASE("the seed and the example feeds: round 3 held on 2025-05-23, the early-July pause "
          "expiry, the UK deal, and the deadlines as of 2025-05-20 in order") {
    PARLEY_SKIP_WITHOUT_SHARED(seed_relative);
    TempDir dir;
    const std::string db = (dir / "story.db").string();
    const auto seed = seed_feed(dir.path());
    auto feeds = example_feeds();
    feeds.insert(feeds.begin(), seed);
    ingest_story(db, seed, feeds);

    // Round 3: planned in the seed, held by later reports; one event, several sources.
    const json talks = query(db, {"timeline", "--party", "JPN", "--party", "USA", "--kind", "talks",
                                  "--format", "json"});
    const json* round_three = nullptr;
    for (const auto& e : talks)
        if (e.at("details").value("round", 0) == 3) {
            CHECK(round_three == nullptr); // reported once on the timeline
            round_three = &e;
        }
    REQUIRE(round_three != nullptr);
    CHECK(round_three->at("date").at("value") == "2025-05-23");
    CHECK(round_three->at("status") == "held");
    CHECK(has(round_three->at("actors"), "Ryosei Akazawa"));
    bool seed_among_sources = false;
    for (const auto& s : round_three->at("sources"))
        if (s.at("url") == "https://tokyo-desk.example/2025/05/20/tariffs")
            seed_among_sources = true;
    CHECK(seed_among_sources);

    // The UK deal: 100,000 cars a year at 10 %.
    const json deals =
        query(db, {"timeline", "--party", "GBR", "--kind", "deal", "--format", "json"});
    bool uk_deal = false;
    for (const auto& e : deals) {
        const auto& d = e.at("details");
        if (d.value("quota", 0.0) == 100000 && d.value("rate_pct", 0.0) == 10) uk_deal = true;
    }
    CHECK(uk_deal);

    // As of the seed's day: the round on Friday, the end-of-May target, the
    // pause expiring in early July, in that order.
    const json deadlines =
        query(db, {"deadlines", "--as-of", "2025-05-20", "--within", "60d", "--format", "json"});
    std::ptrdiff_t round_at = -1, target_at = -1, expiry_at = -1;
    for (std::size_t i = 0; i < deadlines.size(); ++i) {
        const auto& e = deadlines[i];
        const std::string what = e.at("deadline").at("what");
        const std::string due = e.at("deadline").at("date").at("value");
        if (what == "talks" && e.at("details").value("round", 0) == 3 && due == "2025-05-23" &&
            round_at < 0)
            round_at = static_cast<std::ptrdiff_t>(i);
        if (what == "target" && due == "2025-05-31" && has(e.at("actors"), "JPN") && target_at < 0)
            target_at = static_cast<std::ptrdiff_t>(i);
        if (what == "pause_expiry" && has(e.at("actors"), "JPN") && due.rfind("2025-07", 0) == 0 &&
            expiry_at < 0)
            expiry_at = static_cast<std::ptrdiff_t>(i);
    }
    CHECK(round_at >= 0);
    CHECK(target_at > round_at);
    CHECK(expiry_at > target_at);

    // In force on Japan that day: the 10 % baseline, 25 % on steel and
    // aluminum; the country-specific rate paused.
    const json tariffs =
        query(db, {"tariffs", "--target", "JPN", "--as-of", "2025-05-20", "--format", "json"});
    bool baseline = false, metals = false, country_paused = false;
    for (const auto& m : tariffs) {
        if (m.at("imposer") != "USA") continue;
        const auto& products = m.at("products");
        if (m.at("category") == "baseline" && m.at("rate_pct") == 10.0 && m.at("state") == "active")
            baseline = true;
        if (m.at("rate_pct") == 25.0 && has(products, "steel") && has(products, "aluminum") &&
            m.at("state") == "active")
            metals = true;
        if (m.at("category") == "country-specific" && m.at("target") == "JPN" &&
            m.at("state") == "paused")
            country_paused = true;
    }
    CHECK(baseline);
    CHECK(metals);
    CHECK(country_paused);
}

TEST_CASE("the seed and the example feeds ingested in a shuffled order give the same timeline, "
          "byte for byte") {
    PARLEY_SKIP_WITHOUT_SHARED(seed_relative);
    TempDir dir;
    const auto seed = seed_feed(dir.path());
    auto feeds = example_feeds();
    feeds.push_back(seed);

    const std::string first = (dir / "first.db").string();
    ingest_story(first, seed, feeds);
    auto expected = run_parley({"--db", first, "timeline", "--format", "json"});
    REQUIRE(expected.exit_code == 0);

    std::mt19937 shuffle(20250520);
    for (int round = 0; round < 2; ++round) {
        std::shuffle(feeds.begin(), feeds.end(), shuffle);
        const std::string db = (dir / ("shuffled-" + std::to_string(round) + ".db")).string();
        ingest_story(db, seed, feeds);
        auto got = run_parley({"--db", db, "timeline", "--format", "json"});
        REQUIRE(got.exit_code == 0);
        CHECK(got.out == expected.out);
    }
}
