// `parley extract`: the dates of one article as the real binary prints them.

#include "support/run.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace parley::test;

namespace {
RunOptions with_input(const std::string& text) {
    RunOptions o;
    o.input = text;
    return o;
}
} // namespace

TEST_CASE("extract prints the published instant in the outlet's zone and the dates in JSON") {
    const std::string text = "Negotiators will meet on Friday. The levies were paused for 90 days.";
    auto r = run_parley({"extract", "-", "--published", "2025-05-19T15:00:00Z", "--tz",
                         "Asia/Tokyo", "--format", "json"},
                        with_input(text));
    REQUIRE(r.exit_code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["published"] == "2025-05-20T00:00:00+09:00");
    CHECK(j["people"].is_array());
    CHECK(j["events"].is_array());
    REQUIRE(j["dates"].size() == 2);
    const auto& friday = j["dates"][0];
    CHECK(friday["text"] == "Friday");
    CHECK(friday["type"] == "DATE");
    CHECK(friday["value"] == "2025-05-23");
    CHECK(text.substr(friday["begin"].get<std::size_t>(),
                      friday["end"].get<std::size_t>() - friday["begin"].get<std::size_t>()) ==
          "Friday");
    CHECK(j["dates"][1]["type"] == "DURATION");
    CHECK(j["dates"][1]["value"] == "P90D");
}

TEST_CASE("extract keeps the published offset when no zone is given and reads a file") {
    TempDir dir;
    write_file(dir / "a.txt", "Officials said on Tuesday that talks would go on.");
    auto r = run_parley({"extract", (dir / "a.txt").string(), "--published",
                         "2025-05-20T08:30:00+09:00", "--format", "json"});
    REQUIRE(r.exit_code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["published"] == "2025-05-20T08:30:00+09:00");
    CHECK(j["dates"][0]["value"] == "2025-05-20");
}

TEST_CASE("a reference parley cannot place is printed with a null value") {
    auto r = run_parley({"extract", "--published", "2025-05-20T00:00:00Z", "--format", "json"},
                        with_input("They aim to agree before the G7 summit."));
    REQUIRE(r.exit_code == 0);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["dates"].size() == 1);
    CHECK(j["dates"][0]["value"].is_null());
    CHECK(j["dates"][0]["text"] == "the G7 summit");
}

TEST_CASE("extract rejects a publication time without an offset, or a zone tz does not know") {
    for (const auto& bad :
         {"2025-05-20", "2025-05-20T00:00:00", "yesterday", "2025-13-01T00:00Z"}) {
        INFO(bad);
        auto r = run_parley({"extract", "--published", bad}, with_input("text"));
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("--published") != std::string::npos);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    }
    auto r = run_parley({"extract", "--published", "2025-05-20T00:00:00Z", "--tz", "Mars/Olympus"},
                        with_input("text"));
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("Mars/Olympus") != std::string::npos);
    r = run_parley({"extract", "/nonexistent/article.txt", "--published", "2025-05-20T00:00:00Z"});
    CHECK(r.exit_code == 2);
}

TEST_CASE("extract's text format shows each date on its own line") {
    auto r = run_parley({"extract", "--published", "2025-05-20T00:00:00+09:00"},
                        with_input("Talks resume on May 23, 2025."));
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("published 2025-05-20T00:00:00+09:00") != std::string::npos);
    CHECK(r.out.find("2025-05-23") != std::string::npos);
    CHECK(r.out.find("May 23, 2025") != std::string::npos);
}
