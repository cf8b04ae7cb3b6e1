// `parley extract` as a user runs it: people and events in DESIGN.md's JSON,
// and text a reader scans.

#include "support/run.h"
#include "support/shared.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace parley::test;

namespace {

RunOptions with_input(const std::string& text) {
    RunOptions o;
    o.input = text;
    o.env["PARLEY_DATA_DIR"] = PARLEY_DATA_DIR_FOR_TESTS;
    return o;
}

const char* article = "TOKYO (Wire) -- Japan's chief negotiator, Kenji Morita, will visit "
                      "Washington for a fifth round of ministerial talks on Friday, officials "
                      "said Tuesday.\n\nMorita hopes to reach a deal by the end of June.";

} // namespace

TEST_CASE("extract --format json prints people and events in DESIGN.md's fields") {
    auto r = run_parley({"extract", "-", "--published", "2025-05-20T09:00:00+09:00", "--tz",
                         "Asia/Tokyo", "--format", "json"},
                        with_input(article));
    REQUIRE(r.exit_code == 0);
    auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["people"].size() == 1);
    CHECK(j["people"][0] == nlohmann::json{{"name", "Kenji Morita"},
                                           {"role", "chief negotiator"},
                                           {"country", "JPN"}});
    REQUIRE(j["events"].size() == 2);
    const auto& talks = j["events"][0];
    CHECK(talks["kind"] == "talks");
    CHECK(talks["status"] == "planned");
    CHECK(talks["date"] ==
          nlohmann::json{{"value", "2025-05-23"}, {"text", "Friday"}, {"granularity", "day"}});
    CHECK(talks["actors"] == nlohmann::json{"JPN", "USA", "Kenji Morita"});
    CHECK(talks["details"] == nlohmann::json{{"round", 5}, {"level", "ministerial"}});
    CHECK(talks["evidence"].get<std::string>().rfind("Japan's chief negotiator", 0) == 0);
    const auto& deadline = j["events"][1];
    CHECK(deadline["kind"] == "deadline");
    CHECK(deadline["date"]["value"] == "2025-06-30");
}

TEST_CASE("extract's text format lists people and events with their evidence") {
    auto r = run_parley({"extract", "-", "--published", "2025-05-20T09:00:00+09:00"},
                        with_input(article));
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("people (1)\n  Kenji Morita \u2014 chief negotiator (JPN)\n") !=
          std::string::npos);
    CHECK(r.out.find("events (2)\n") != std::string::npos);
    CHECK(r.out.find("2025-05-23") != std::string::npos);
    CHECK(r.out.find("talks, round 5, ministerial: JPN, USA, Kenji Morita") != std::string::npos);
    CHECK(r.out.find("\u201cJapan's chief negotiator") != std::string::npos);
}

TEST_CASE("extract prints the seed article's events as JSON") {
    PARLEY_SKIP_WITHOUT_SHARED("seed/000_cc4c5ff2b0d4a67e.txt");
    RunOptions o;
    o.env["PARLEY_DATA_DIR"] = PARLEY_DATA_DIR_FOR_TESTS;
    auto r = run_parley({"extract", (shared_dir() / "seed/000_cc4c5ff2b0d4a67e.txt").string(),
                         "--published", "2025-05-20T00:00:00+09:00", "--tz", "Asia/Tokyo",
                         "--format", "json"},
                        o);
    REQUIRE(r.exit_code == 0);
    auto j = nlohmann::json::parse(r.out);
    bool greer = false;
    for (const auto& p : j["people"])
        if (p["name"] == "Jamieson Greer") {
            greer = true;
            CHECK(p["role"] == "U.S. Trade Representative");
            CHECK(p["country"] == "USA");
        }
    CHECK(greer);
    bool round3 = false;
    for (const auto& e : j["events"])
        if (e["kind"] == "talks" && e["details"].value("round", 0) == 3) {
            round3 = true;
            CHECK(e["date"]["value"] == "2025-05-23");
            CHECK(e["status"] == "planned");
        }
    CHECK(round3);
}

TEST_CASE("terminal escapes in an article never reach the terminal") {
    auto r = run_parley({"extract", "-", "--published", "2025-05-20T09:00:00+09:00"},
                        with_input("Japan and the U.S. will meet\x1b[31m on Friday.\x07"));
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find('\x07') == std::string::npos);
}
