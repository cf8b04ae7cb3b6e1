// timeline, deadlines, tariffs, actors and show, run as a user runs them, on
// stores filled through Store's API.

#include "story_store.h"
#include "support/run.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <random>

using namespace parley;
using namespace parley::test;
using nlohmann::json;

namespace {

struct StoryDb {
    TempDir dir;
    std::string db = (dir / "p.db").string();
    explicit StoryDb(const std::vector<StoryArticle>& articles = seed_story()) {
        fill_store(db, articles);
    }
    RunResult run(std::vector<std::string> args, RunOptions o = {}) const {
        args.insert(args.begin(), {"--db", db});
        o.env["HOME"] = dir.path().string();
        return run_parley(args, o);
    }
    json run_json(std::vector<std::string> args) const {
        auto r = run(std::move(args));
        REQUIRE(r.exit_code == 0);
        return json::parse(r.out);
    }
};

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < s.size()) {
        auto end = s.find('\n', start);
        if (end == std::string::npos) end = s.size();
        out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

const json* find_event(const json& events, const std::string& kind, const std::string& date) {
    for (const auto& e : events)
        if (e["kind"] == kind && e["date"]["value"] == date) return &e;
    return nullptr;
}

} // namespace

TEST_CASE("timeline json gives round 3 on 2025-05-23, held once a later article says so") {
    StoryDb s;
    json events = s.run_json({"timeline", "--format", "json"});
    REQUIRE(events.is_array());
    for (const auto& e : events) {
        CHECK(e["id"].is_string());
        CHECK(e["sources"].is_array());
        CHECK_FALSE(e["sources"].empty());
    }
    const json* round = find_event(events, "talks", "2025-05-23");
    REQUIRE(round);
    CHECK((*round)["status"] == "held");
    CHECK((*round)["details"]["round"] == 3);
    CHECK((*round)["source_count"] == 2);
    CHECK((*round)["actors"] == json({"JPN", "USA", "Ryosei Akazawa"}));
    REQUIRE((*round)["history"].size() == 2);
    CHECK((*round)["history"][0]["status"] == "planned");
    CHECK((*round)["history"][1]["status"] == "held");
    const auto& source = (*round)["sources"][0];
    CHECK(source["outlet"] == "Kyodo");
    CHECK(source["url"] == "https://kyodo.example/seed");
    CHECK(source["published"] == "2025-05-19T15:00:00Z");
    CHECK(source["evidence"].get<std::string>().find("third round") != std::string::npos);
}

TEST_CASE("timeline json keeps the pause's expiry and the UK deal's quota at 10 percent") {
    StoryDb s;
    json events = s.run_json({"timeline", "--format", "json"});
    const json* pause = find_event(events, "tariff_paused", "2025-04-09");
    REQUIRE(pause);
    CHECK((*pause)["expires"]["value"] == "2025-07-08");
    CHECK((*pause)["details"]["duration_days"] == 90);
    CHECK((*pause)["source_count"] == 2);
    const json* deal = find_event(events, "deal", "2025-05-08");
    REQUIRE(deal);
    CHECK((*deal)["details"]["quota"] == 100000);
    CHECK((*deal)["details"]["rate_pct"] == 10);
    CHECK((*deal)["details"]["products"] == json({"autos"}));
    CHECK((*deal)["source_count"] == 2);
}

TEST_CASE("timeline json records the 24 and 14 percent readings as a conflict") {
    StoryDb s;
    json events = s.run_json({"timeline", "--format", "json"});
    const json* japan = find_event(events, "tariff_imposed", "2025-04-09");
    REQUIRE(japan);
    REQUIRE((*japan)["conflicts"].size() == 1);
    CHECK((*japan)["conflicts"][0]["field"] == "rate_pct");
    CHECK((*japan)["conflicts"][0]["values"] == json({"24", "14"}));
    CHECK((*japan)["conflicts"][0]["sources"] == json({{0}, {1}}));
}

TEST_CASE("the same articles in any order give byte-identical timeline json") {
    auto story = seed_story();
    std::string expected = StoryDb(story).run({"timeline", "--format", "json"}).out;
    REQUIRE(expected.size() > 100);
    std::mt19937 rng(523);
    for (int i = 0; i < 4; ++i) {
        std::shuffle(story.begin(), story.end(), rng);
        INFO("order " << i);
        CHECK(StoryDb(story).run({"timeline", "--format", "json"}).out == expected);
    }
}

TEST_CASE("timeline text groups events by month with status marks, source counts and ids") {
    StoryDb s;
    auto r = s.run({"timeline"});
    REQUIRE(r.exit_code == 0);
    auto out = lines(r.out);
    std::vector<std::string> months;
    for (const auto& l : out)
        if (!l.empty() && l[0] != ' ' && l.rfind("marks:", 0) != 0) months.push_back(l);
    CHECK(months == std::vector<std::string>{"2025-03", "2025-04", "2025-05", "2025-07"});
    bool round = false;
    for (const auto& l : out)
        if (l.find("2025-05-23") != std::string::npos && l.find("round 3") != std::string::npos) {
            round = true;
            CHECK(l.find(" + talks") != std::string::npos);
            CHECK(l.find("(2 sources)") != std::string::npos);
            CHECK(l.find("  #") != std::string::npos);
        }
    CHECK(round);
    CHECK(r.out.find("! sources disagree on rate_pct: 24 (1 source) / 14 (1 source)") !=
          std::string::npos);
    CHECK(out.back().rfind("marks: + held", 0) == 0);
    CHECK(r.out.find('\x1b') == std::string::npos);
}

TEST_CASE("timeline --party JPN --party USA lists only events involving both") {
    StoryDb s;
    json both = s.run_json({"timeline", "--party", "JPN", "--party", "USA", "--format", "json"});
    REQUIRE_FALSE(both.empty());
    for (const auto& e : both) {
        auto actors = e["actors"].get<std::vector<std::string>>();
        bool japan = std::count(actors.begin(), actors.end(), "JPN") ||
                     e["details"].value("target", "") == "JPN";
        CHECK(japan);
        CHECK(std::count(actors.begin(), actors.end(), "USA"));
    }
    json uk = s.run_json({"timeline", "--party", "GBR", "--format", "json"});
    REQUIRE(uk.size() == 1);
    CHECK(uk[0]["kind"] == "deal");
    json person = s.run_json({"timeline", "--party", "Ryosei Akazawa", "--format", "json"});
    CHECK(person.size() == 2);
}

TEST_CASE("timeline filters by kind and by dates given as days, months or spans") {
    StoryDb s;
    json talks = s.run_json({"timeline", "--kind", "talks", "--format", "json"});
    CHECK(talks.size() == 2);
    json may =
        s.run_json({"timeline", "--since", "2025-05", "--until", "2025-05", "--format", "json"});
    REQUIRE(may.size() == 4);
    for (const auto& e : may)
        CHECK(e["date"]["value"].get<std::string>().rfind("2025-05", 0) == 0);
    json from_day = s.run_json({"timeline", "--since", "2025-05-20", "--format", "json"});
    CHECK(from_day.size() == 3); // round 3, the end-of-May target, the early-July deadline
    // A span counts back from today; these events are long past.
    CHECK(s.run({"timeline", "--since", "30d"}).out == "no events\n");
    json both =
        s.run_json({"timeline", "--kind", "deal", "--kind", "tariff_paused", "--format", "json"});
    CHECK(both.size() == 2);
    auto bad = s.run({"timeline", "--since", "2025-06-01", "--until", "2025-05-01"});
    CHECK(bad.exit_code == 2);
}

TEST_CASE("deadlines as of 2025-05-20 list the round, the end-of-May target and the pause expiry "
          "in order") {
    StoryDb s;
    json d =
        s.run_json({"deadlines", "--as-of", "2025-05-20", "--within", "60d", "--format", "json"});
    REQUIRE(d.size() == 3);
    CHECK(d[0]["kind"] == "talks");
    CHECK(d[0]["deadline"]["date"]["value"] == "2025-05-23");
    CHECK(d[1]["kind"] == "deadline");
    CHECK(d[1]["deadline"]["what"] == "target");
    CHECK(d[1]["deadline"]["date"]["value"] == "2025-05-31");
    CHECK(d[2]["kind"] == "tariff_paused");
    CHECK(d[2]["deadline"]["what"] == "pause_expiry");
    CHECK(d[2]["deadline"]["date"]["value"] == "2025-07-08");
    CHECK(d[2]["deadline"]["also"].size() == 1); // the deadline event from the same sentence
    for (const auto& e : d) {
        CHECK(e["id"].is_string());
        CHECK(e["sources"].is_array());
    }
    auto text = s.run({"deadlines", "--as-of", "2025-05-20", "--within", "60d"});
    auto out = lines(text.out);
    REQUIRE(out.size() == 4);
    CHECK(out[0] == "Deadlines from 2025-05-20 to 2025-07-19");
    CHECK(out[1].find("2025-05-23") != std::string::npos);
    CHECK(out[1].find("talks (in 3 days)") != std::string::npos);
    CHECK(out[2].find("2025-05-31") != std::string::npos);
    CHECK(out[3].find("pause expires (in 49 days)") != std::string::npos);
}

TEST_CASE("deadlines look 30 days ahead by default") {
    StoryDb s;
    json d = s.run_json({"deadlines", "--as-of", "2025-05-20", "--format", "json"});
    CHECK(d.size() == 2);
    json later =
        s.run_json({"deadlines", "--as-of", "2025-07-01", "--within", "1w", "--format", "json"});
    REQUIRE(later.size() == 1);
    CHECK(later[0]["deadline"]["date"]["value"] == "2025-07-08");
}

TEST_CASE("an interval deadline shows its range") {
    auto story = seed_story();
    // Without the April report the pause is known only to end in early July.
    story.erase(story.begin());
    StoryDb s(story);
    auto r = s.run({"deadlines", "--as-of", "2025-06-25", "--within", "30d"});
    CHECK(r.out.find("2025-07-01..2025-07-10") != std::string::npos);
    CHECK(r.out.find("in 6-15 days") != std::string::npos);
}

TEST_CASE("tariffs on Japan as of 2025-05-20: 10 percent baseline active, country rate paused, "
          "steel, aluminum and autos at 25 percent") {
    StoryDb s;
    json m =
        s.run_json({"tariffs", "--target", "JPN", "--as-of", "2025-05-20", "--format", "json"});
    REQUIRE(m.size() == 4);
    CHECK(m[0]["category"] == "baseline");
    CHECK(m[0]["rate_pct"] == 10);
    CHECK(m[0]["state"] == "active");
    CHECK(m[1]["category"] == "country-specific");
    CHECK(m[1]["target"] == "JPN");
    CHECK(m[1]["state"] == "paused");
    CHECK(m[1]["paused_until"]["value"] == "2025-07-08");
    CHECK(m[1]["other_rates"] == json({"14"}));
    CHECK(m[2]["category"] == "sectoral");
    CHECK(m[2]["products"] == json({"aluminum", "steel"}));
    CHECK(m[2]["rate_pct"] == 25);
    CHECK(m[3]["products"] == json({"autos"}));
    CHECK(m[3]["rate_pct"] == 25);
    for (const auto& x : m) {
        CHECK_FALSE(x["events"].empty());
        CHECK(x["sources"].get<int>() >= 1);
    }
    auto text = s.run({"tariffs", "--target", "jpn", "--as-of", "2025-05-20"});
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("Tariffs on JPN in force on 2025-05-20") == 0);
    CHECK(text.out.find("paused until 2025-07-08") != std::string::npos);
    CHECK(s.run({"tariffs", "--target", "Japan"}).exit_code == 2);
}

TEST_CASE(
    "tariffs after the pause show the country rate active again, and the UK deal for Britain") {
    StoryDb s;
    json m =
        s.run_json({"tariffs", "--target", "JPN", "--as-of", "2025-07-08", "--format", "json"});
    CHECK(m[1]["state"] == "active");
    json uk =
        s.run_json({"tariffs", "--target", "GBR", "--as-of", "2025-06-01", "--format", "json"});
    bool deal = false;
    for (const auto& x : uk)
        if (x["by_deal"] == true) {
            deal = true;
            CHECK(x["quota"] == 100000);
            CHECK(x["rate_pct"] == 10);
        }
    CHECK(deal);
}

TEST_CASE("actors lists people with roles, countries and mention counts") {
    StoryDb s;
    json a = s.run_json({"actors", "--format", "json"});
    REQUIRE(a.size() >= 4);
    CHECK(a[0]["name"] == "Ryosei Akazawa");
    CHECK(a[0]["kind"] == "person");
    CHECK(a[0]["country"] == "JPN");
    auto roles = a[0]["roles"].get<std::vector<std::string>>();
    CHECK(std::count(roles.begin(), roles.end(), "top tariff negotiator"));
    CHECK(std::count(roles.begin(), roles.end(), "economic revitalization minister"));
    CHECK(a[0]["articles"] == 2);
    CHECK(a[0]["first_seen"] == "2025-05-19T15:00:00Z");
    CHECK(a[0]["last_seen"] == "2025-05-24T02:00:00Z");
    bool usa = false;
    for (const auto& x : a)
        if (x["name"] == "USA") {
            usa = true;
            CHECK(x["kind"] == "country");
            CHECK(x["events"].get<int>() >= 5);
        }
    CHECK(usa);
    auto text = s.run({"actors"});
    CHECK(text.out.rfind("People\n  Ryosei Akazawa (JPN)", 0) == 0);
    CHECK(text.out.find("\nCountries\n") != std::string::npos);
}

TEST_CASE("show prints every source with outlet, URL, time, evidence and the conflict") {
    StoryDb s;
    json events = s.run_json({"timeline", "--format", "json"});
    const json* japan = find_event(events, "tariff_imposed", "2025-04-09");
    REQUIRE(japan);
    std::string id = (*japan)["id"];
    auto r = s.run({"show", id});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.rfind("#" + id, 0) == 0);
    CHECK(r.out.find("sources disagree on rate_pct: 24 per [1] Wire; 14 per [2] Kyodo") !=
          std::string::npos);
    CHECK(r.out.find("[1] Wire, 2025-04-09T14:00:00Z") != std::string::npos);
    CHECK(r.out.find("https://wire.example/apr-09") != std::string::npos);
    CHECK(r.out.find("\"Japan faces a country-specific rate of 24 percent.\"") !=
          std::string::npos);
    CHECK(r.out.find("[2] Kyodo, 2025-05-19T15:00:00Z") != std::string::npos);
    CHECK(r.out.find("Japan may concede lower duty rates") != std::string::npos);
    // A prefix will do, with or without '#'.
    CHECK(s.run({"show", "#" + id.substr(0, 6)}).out == r.out);
    json shown = s.run_json({"show", id, "--format", "json"});
    CHECK(shown == *japan);
}

TEST_CASE("show of a round prints its history") {
    StoryDb s;
    json events = s.run_json({"timeline", "--format", "json"});
    auto r = s.run({"show", (*find_event(events, "talks", "2025-05-23"))["id"]});
    CHECK(r.out.find("history    planned 2025-05-23, reported 2025-05-19T15:00:00Z by [1] Kyodo") !=
          std::string::npos);
    CHECK(r.out.find("held 2025-05-23, reported 2025-05-24T02:00:00Z by [2] Wire") !=
          std::string::npos);
}

TEST_CASE("show of an unknown id fails with one line; a malformed id is a usage error") {
    StoryDb s;
    auto missing = s.run({"show", "ffffffffffff"});
    CHECK(missing.exit_code == 1);
    CHECK(lines(missing.err).size() == 1);
    CHECK(s.run({"show", "xyz"}).exit_code == 2);
    CHECK(s.run({"show", "12"}).exit_code == 2);
    CHECK(s.run({"show", "0123456789abc"}).exit_code == 2);
}
