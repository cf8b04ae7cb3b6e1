#include "support/run.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace parley::test;

TEST_CASE("feed add, list as JSON and remove") {
    TempDir dir;
    auto db = (dir / "p.db").string();
    auto r = run_parley({"--db", db, "feed", "add", "https://wire.example/trade.rss", "--name",
                         "Wire", "--tz", "Asia/Tokyo"});
    REQUIRE(r.exit_code == 0);
    r = run_parley({"--db", db, "feed", "list", "--format", "json"});
    REQUIRE(r.exit_code == 0);
    auto j = nlohmann::json::parse(r.out);
    REQUIRE(j.size() == 1);
    for (const char* key : {"id", "url", "name", "title", "link", "tz", "status", "message",
                            "last_fetched", "articles"}) {
        INFO(key);
        CHECK(j[0].contains(key));
    }
    CHECK(j[0]["url"] == "https://wire.example/trade.rss");
    CHECK(j[0]["name"] == "Wire");
    CHECK(j[0]["tz"] == "Asia/Tokyo");
    CHECK(j[0]["articles"] == 0);
    CHECK(j[0]["last_fetched"].is_null());

    r = run_parley({"--db", db, "feed", "add", "https://wire.example/trade.rss"});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("already") != std::string::npos);

    r = run_parley({"--db", db, "feed", "remove", "https://wire.example/trade.rss"});
    CHECK(r.exit_code == 0);
    r = run_parley({"--db", db, "feed", "list", "--format", "json"});
    CHECK(nlohmann::json::parse(r.out).empty());
    r = run_parley({"--db", db, "feed", "remove", "1"});
    CHECK(r.exit_code == 1);
}
