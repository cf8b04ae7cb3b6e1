// From feed files to answers through the real binary: ingest extracts events
// from every article, the timeline and deadlines show them with their
// sources, and rebuild re-reads stored articles when data/ changes.

#include "support/run.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

using namespace parley::test;
using nlohmann::json;

namespace {

std::vector<std::string> example_feeds() {
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(PARLEY_EXAMPLES_DIR "/feeds"))
        out.push_back(entry.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

bool has(const json& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// A short feed in wire style: one article, published on a Tuesday morning in Tokyo.
std::string harbour_feed(const std::string& body) {
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Desk</title><link>https://harbour-desk.example/</link>
<item><guid>hd-1</guid><title>Envoys to resume trade exchange</title>
<link>https://harbour-desk.example/1</link>
<pubDate>Tue, 20 May 2025 09:00:00 +0900</pubDate>
<description>)" +
           body +
           R"(</description></item></channel></rss>
)";
}

} // namespace

TEST_CASE("ingesting the example feeds puts the seed's third round and the early-July pause expiry "
          "on the timeline") {
    TempDir dir;
    const std::string db = (dir / "examples.db").string();
    std::vector<std::string> args{"--db", db, "ingest"};
    for (const auto& f : example_feeds())
        args.push_back(f);
    auto r = run_parley(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);

    auto t = run_parley({"--db", db, "timeline", "--party", "JPN", "--party", "USA", "--kind",
                         "talks", "--format", "json"});
    REQUIRE(t.exit_code == 0);
    const json talks = json::parse(t.out);
    bool round_three = false;
    for (const auto& e : talks) {
        if (e.at("details").value("round", 0) != 3) continue;
        if (e.at("date").at("value") != "2025-05-23") continue;
        round_three = true;
        CHECK(has(e.at("actors"), "Ryosei Akazawa"));
        CHECK(e.at("sources").size() >= 2); // more than one outlet reported it
        for (const auto& s : e.at("sources")) {
            CHECK(!s.at("url").get<std::string>().empty());
            CHECK(!s.at("evidence").get<std::string>().empty());
        }
    }
    CHECK(round_three);

    auto d = run_parley(
        {"--db", db, "deadlines", "--as-of", "2025-06-25", "--within", "30d", "--format", "json"});
    REQUIRE(d.exit_code == 0);
    bool july_expiry = false;
    for (const auto& e : json::parse(d.out))
        if (e.at("kind") == "tariff_paused" && has(e.at("actors"), "JPN")) july_expiry = true;
    CHECK(july_expiry);
}

TEST_CASE("rebuild re-reads stored articles with a trigger word the user added, without fetching") {
    TempDir dir;
    const std::string db = (dir / "p.db").string();
    const auto config = dir / "config";
    const auto feed = dir / "harbour.rss";
    write_file(feed, harbour_feed("Japanese and U.S. trade envoys will hold a parley in Tokyo on "
                                  "Friday, officials said."));
    RunOptions opts;
    opts.env["XDG_CONFIG_HOME"] = config.string();
    REQUIRE(run_parley({"--db", db, "ingest", feed.string()}, opts).exit_code == 0);

    auto before = run_parley({"--db", db, "timeline", "--kind", "talks", "--format", "json"}, opts);
    REQUIRE(before.exit_code == 0);
    CHECK(json::parse(before.out).empty());

    std::filesystem::create_directories(config / "parley" / "events");
    write_file(config / "parley" / "events" / "talks.rules", "trigger parley\n");
    std::filesystem::remove(feed); // nothing to fetch or read again: the store has the text
    auto rebuilt = run_parley({"--db", db, "rebuild"}, opts);
    INFO(rebuilt.err);
    REQUIRE(rebuilt.exit_code == 0);
    CHECK(rebuilt.out.rfind("rebuilt 1 article: ", 0) == 0);

    auto after = run_parley({"--db", db, "timeline", "--kind", "talks", "--format", "json"}, opts);
    REQUIRE(after.exit_code == 0);
    const json events = json::parse(after.out);
    REQUIRE(events.size() == 1);
    CHECK(events[0].at("date").at("value") == "2025-05-23");
    CHECK(events[0].at("status") == "planned");
    CHECK(has(events[0].at("actors"), "JPN"));
    CHECK(has(events[0].at("actors"), "USA"));

    // A second rebuild with the same rules changes nothing, ids included.
    auto whole = run_parley({"--db", db, "timeline", "--format", "json"}, opts);
    auto quiet = run_parley({"--db", db, "rebuild", "--quiet"}, opts);
    REQUIRE(quiet.exit_code == 0);
    CHECK(quiet.out.empty());
    auto again = run_parley({"--db", db, "timeline", "--format", "json"}, opts);
    CHECK(again.out == whole.out);
}

TEST_CASE("a broken rule file in the user's data stops ingest with the file and line named") {
    TempDir dir;
    const auto config = dir / "config";
    std::filesystem::create_directories(config / "parley" / "events");
    write_file(config / "parley" / "events" / "talks.rules", "frobnicate everything\n");
    const auto feed = dir / "harbour.rss";
    write_file(feed, harbour_feed("Trade envoys met in Tokyo on Friday."));
    RunOptions opts;
    opts.env["XDG_CONFIG_HOME"] = config.string();
    auto r = run_parley({"--db", (dir / "p.db").string(), "ingest", feed.string()}, opts);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("talks.rules"));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}
