// parley feed import / feed export, through the real binary and a real store.

#include "support/run.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

using namespace parley::test;

namespace {

std::string fixture(const std::string& name) {
    return (std::filesystem::path(PARLEY_FIXTURES_DIR) / "feeds" / name).string();
}

nlohmann::json feed_list(const std::string& db) {
    const auto r = run_parley({"--db", db, "feed", "list", "--format", "json"});
    REQUIRE(r.exit_code == 0);
    return nlohmann::json::parse(r.out);
}

} // namespace

TEST_CASE("feed import adds every feed of an OPML file and says how many") {
    TempDir dir;
    const auto db = (dir / "p.db").string();
    const auto r = run_parley({"--db", db, "feed", "import", fixture("opml1-reader-export.opml")});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "imported 4 feeds, skipped 0 already present\n");
    const auto feeds = feed_list(db);
    REQUIRE(feeds.size() == 4);
    CHECK(feeds[1]["url"] == "https://tokyodesk.example/en.rss");
    CHECK(feeds[1]["name"] == "Tokyo Desk (English)");
}

TEST_CASE("feed import skips feeds already present and URLs parley cannot fetch") {
    TempDir dir;
    const auto db = (dir / "p.db").string();
    REQUIRE(
        run_parley({"--db", db, "feed", "import", fixture("opml1-reader-export.opml")}).exit_code ==
        0);
    const auto r = run_parley({"--db", db, "feed", "import", fixture("opml2-subscriptions.opml")});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "imported 4 feeds, skipped 1 already present and 1 with unsupported URLs\n");
    CHECK(r.err.find("gopher://relic.example/feed") != std::string::npos);
    CHECK(feed_list(db).size() == 8);
    const auto again =
        run_parley({"--db", db, "feed", "import", fixture("opml2-subscriptions.opml")});
    CHECK(again.out == "imported 0 feeds, skipped 5 already present and 1 with unsupported URLs\n");
}

TEST_CASE("feed import of a file that is not OPML fails with one line and stores nothing") {
    TempDir dir;
    const auto db = (dir / "p.db").string();
    auto r = run_parley({"--db", db, "feed", "import", fixture("rss20-harbour-wire.xml")});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("not OPML: the root element is <rss>") != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    r = run_parley({"--db", db, "feed", "import", (dir / "missing.opml").string()});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("cannot read") != std::string::npos);
    CHECK(feed_list(db).empty());
}

TEST_CASE("feed import reads OPML from stdin") {
    TempDir dir;
    const auto db = (dir / "p.db").string();
    RunOptions o;
    o.input = read_file(fixture("opml2-subscriptions.opml"));
    const auto r = run_parley({"--db", db, "feed", "import", "-"}, o);
    CHECK(r.exit_code == 0);
    CHECK(feed_list(db).size() == 5);
}

TEST_CASE("feed export prints OPML that feed import turns back into the same feeds") {
    TempDir dir;
    const auto db = (dir / "p.db").string();
    REQUIRE(run_parley({"--db", db, "feed", "add", "https://wire.example/trade.rss", "--name",
                        "Wire & Co", "--tz", "Asia/Tokyo"})
                .exit_code == 0);
    REQUIRE(run_parley({"--db", db, "feed", "add", "file:///srv/feeds/archive.xml"}).exit_code ==
            0);
    REQUIRE(
        run_parley({"--db", db, "feed", "import", fixture("opml2-subscriptions.opml")}).exit_code ==
        0);
    const auto exported = run_parley({"--db", db, "feed", "export"});
    REQUIRE(exported.exit_code == 0);
    CHECK(exported.out.find("<opml version=\"2.0\"") != std::string::npos);
    write_file(dir / "out.opml", exported.out);

    const auto db2 = (dir / "q.db").string();
    const auto r = run_parley({"--db", db2, "feed", "import", (dir / "out.opml").string()});
    CHECK(r.exit_code == 0);
    auto original = feed_list(db);
    auto copy = feed_list(db2);
    REQUIRE(original.size() == copy.size());
    for (std::size_t i = 0; i < original.size(); ++i) {
        INFO(original[i]["url"]);
        CHECK(copy[i]["url"] == original[i]["url"]);
        CHECK(copy[i]["name"] == original[i]["name"]);
        CHECK(copy[i]["tz"] == original[i]["tz"]);
    }
}

TEST_CASE("feed export of an empty store is a valid OPML document without outlines") {
    TempDir dir;
    const auto r = run_parley({"--db", (dir / "p.db").string(), "feed", "export"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("<body />") != std::string::npos);
}
