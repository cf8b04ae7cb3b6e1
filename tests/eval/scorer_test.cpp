// The scoring rules of tests/eval/README.md, each shown on a small gold and
// system pair written for it.

#include "report.h"
#include "scorer.h"

#include <catch2/catch.hpp>

using namespace parley::eval;
using nlohmann::json;

namespace {

json event(const std::string& kind, const json& date, json details = json::object(),
           json actors = json::array(), const std::string& status = "reported") {
    return json{{"kind", kind},
                {"status", status},
                {"date", {{"value", date}, {"text", nullptr}, {"granularity", "day"}}},
                {"actors", std::move(actors)},
                {"details", std::move(details)},
                {"evidence", "A sentence."}};
}

json tariff(double rate, json products, const std::string& target, const json& date) {
    return event("tariff_imposed", date,
                 json{{"rate_pct", rate}, {"products", std::move(products)}, {"target", target}},
                 json{"USA"});
}

json person(const std::string& name, const json& role, const json& country = "USA") {
    return json{{"name", name}, {"role", role}, {"country", country}};
}

Score score_one(json gold_events, json system_events) {
    return score({ArticleCase{"a", json{{"events", std::move(gold_events)}},
                              json{{"events", std::move(system_events)}}}});
}

Score score_people(json gold_people, json system_people) {
    return score({ArticleCase{"a", json{{"people", std::move(gold_people)}},
                              json{{"people", std::move(system_people)}}}});
}

} // namespace

TEST_CASE("an event with the same kind, date value and key details is a true positive") {
    json g = tariff(25, {"steel", "aluminum"}, "ALL", "2025-03");
    auto s = score_one({g}, {g});
    CHECK(s.events.true_pos == 1);
    CHECK(s.events.false_pos == 0);
    CHECK(s.events.false_neg == 0);
    CHECK(s.events.f1() == 1.0);
    CHECK(s.events_by_kind["tariff_imposed"].true_pos == 1);
}

TEST_CASE("a wrong rate is a miss and a false positive") {
    auto s = score_one({tariff(25, {"autos"}, "ALL", "2025-04")},
                       {tariff(10, {"autos"}, "ALL", "2025-04")});
    CHECK(s.events.true_pos == 0);
    CHECK(s.events.false_neg == 1);
    CHECK(s.events.false_pos == 1);
    CHECK(s.events.f1() == 0.0);
}

TEST_CASE("a rate written 25 and a rate written 25.0 agree") {
    json g = tariff(25, {"autos"}, "ALL", "2025-04");
    json sys = g;
    sys["details"]["rate_pct"] = 25.0;
    g["details"]["rate_pct"] = 25;
    CHECK(events_match(g, sys));
}

TEST_CASE("product order does not matter") {
    CHECK(events_match(tariff(25, {"steel", "aluminum"}, "ALL", "2025-03"),
                       tariff(25, {"aluminum", "steel"}, "ALL", "2025-03")));
}

TEST_CASE("a product missing or added is a miss") {
    json g = tariff(25, {"steel", "aluminum"}, "ALL", "2025-03");
    CHECK_FALSE(events_match(g, tariff(25, {"steel"}, "ALL", "2025-03")));
    CHECK_FALSE(events_match(g, tariff(25, {"steel", "aluminum", "copper"}, "ALL", "2025-03")));
}

TEST_CASE("a wrong target, round or quota is a miss") {
    CHECK_FALSE(events_match(tariff(14, json::array(), "JPN", nullptr),
                             tariff(14, json::array(), "ALL", nullptr)));
    json talks = event("talks", "2025-05-23", {{"round", 3}}, {"JPN", "USA"});
    json other_round = talks;
    other_round["details"]["round"] = 4;
    CHECK_FALSE(events_match(talks, other_round));
    json deal = event("deal", nullptr, {{"quota", 100000}, {"rate_pct", 10}}, {"GBR", "USA"});
    json other_quota = deal;
    other_quota["details"]["quota"] = 10000;
    CHECK_FALSE(events_match(deal, other_quota));
}

TEST_CASE("a key detail given on one side only is a miss") {
    json with_round = event("talks", "2025-05-23", {{"round", 3}}, {"JPN", "USA"});
    json without = event("talks", "2025-05-23", json::object(), {"JPN", "USA"});
    CHECK_FALSE(events_match(with_round, without));
    CHECK_FALSE(events_match(without, with_round));
}

TEST_CASE("a wrong date value is a miss") {
    CHECK_FALSE(events_match(event("talks", "2025-05-23", {}, {"JPN", "USA"}),
                             event("talks", "2025-05-16", {}, {"JPN", "USA"})));
    CHECK_FALSE(
        events_match(event("deadline", "2025-07-01/2025-07-10"), event("deadline", "2025-07")));
    CHECK_FALSE(events_match(event("deadline", nullptr), event("deadline", "2025-07")));
    CHECK(events_match(event("tariff_imposed", nullptr), event("tariff_imposed", nullptr)));
}

TEST_CASE("a wrong kind is a miss") {
    CHECK_FALSE(
        events_match(tariff(25, {"autos"}, "ALL", "2025-04"),
                     event("tariff_changed", "2025-04",
                           {{"rate_pct", 25}, {"products", {"autos"}}, {"target", "ALL"}})));
}

TEST_CASE("status, duration, level, location and evidence do not decide a match") {
    json g = event("talks", "2025-05-23", {{"round", 3}, {"level", "ministerial"}}, {"JPN", "USA"},
                   "planned");
    json sys = event("talks", "2025-05-23", {{"round", 3}, {"location", "Washington"}},
                     {"JPN", "USA"}, "held");
    sys["evidence"] = "Another sentence.";
    CHECK(events_match(g, sys));
    auto s = score_one({g}, {sys});
    CHECK(s.events.true_pos == 1);
    CHECK(s.statuses.hits == 0);
    CHECK(s.statuses.total == 1);
}

TEST_CASE("talks and deals need every gold party among the system's actors") {
    json g = event("talks", "2025-05-23", {}, {"JPN", "USA", "Ryosei Akazawa"});
    CHECK(events_match(g, event("talks", "2025-05-23", {}, {"USA", "JPN"})));
    CHECK(events_match(g, event("talks", "2025-05-23", {}, {"GBR", "JPN", "USA"})));
    CHECK_FALSE(events_match(g, event("talks", "2025-05-23", {}, {"JPN"})));
    CHECK_FALSE(events_match(event("deal", nullptr, {}, {"CHN", "USA"}),
                             event("deal", nullptr, {}, {"GBR", "USA"})));
}

TEST_CASE("for tariff events the target, not the actors, says who is hit") {
    json g = tariff(125, json::array(), "USA", "2025-04-12");
    g["actors"] = {"CHN"};
    json sys = tariff(125, json::array(), "USA", "2025-04-12");
    sys["actors"] = {"USA"};
    CHECK(events_match(g, sys));
}

TEST_CASE("a missing event lowers recall and leaves precision alone") {
    json a = tariff(25, {"autos"}, "ALL", "2025-04");
    json b = event("talks", "2025-05-23", {{"round", 3}}, {"JPN", "USA"});
    auto s = score_one({a, b}, {a});
    CHECK(s.events.precision() == 1.0);
    CHECK(s.events.recall() == 0.5);
    CHECK(s.events.f1() == Approx(2.0 / 3.0));
    CHECK(s.events_by_kind["talks"].false_neg == 1);
    REQUIRE(s.missed_events.size() == 1);
    CHECK(s.missed_events[0].item["kind"] == "talks");
}

TEST_CASE("an extra event lowers precision and leaves recall alone") {
    json a = tariff(25, {"autos"}, "ALL", "2025-04");
    json extra = event("talks", "2025-05-23", {{"round", 3}}, {"JPN", "USA"});
    auto s = score_one({a}, {a, extra});
    CHECK(s.events.recall() == 1.0);
    CHECK(s.events.precision() == 0.5);
    CHECK(s.events_by_kind["talks"].false_pos == 1);
    REQUIRE(s.spurious_events.size() == 1);
}

TEST_CASE("matching is one to one: two gold events cannot share one system event") {
    json a = tariff(25, {"autos"}, "ALL", "2025-04");
    auto s = score_one({a, a}, {a});
    CHECK(s.events.true_pos == 1);
    CHECK(s.events.false_neg == 1);
    auto t = score_one({a}, {a, a});
    CHECK(t.events.true_pos == 1);
    // the second copy restates the matched event: not held against precision
    CHECK(t.events.false_pos == 0);
    CHECK(t.duplicates == 1);
}

TEST_CASE("a less specific restatement of a matched event is not a false positive") {
    json deal =
        event("deal", nullptr, {{"rate_pct", 10}, {"products", {"autos"}}, {"quota", 100000}},
              {"GBR", "USA"});
    json bare = event("deal", nullptr, json::object(), {"GBR", "USA"});
    auto s = score_one({deal}, {bare, deal});
    CHECK(s.events.true_pos == 1);
    CHECK(s.events.false_pos == 0);
    CHECK(s.duplicates == 1);
    CHECK(restates(bare, deal));
}

TEST_CASE("a restatement must not contradict the matched event") {
    json deal =
        event("deal", "2025-05-08", {{"rate_pct", 10}, {"products", {"autos"}}}, {"GBR", "USA"});
    CHECK_FALSE(restates(event("deal", "2025-05-09", json::object(), {"GBR", "USA"}), deal));
    CHECK_FALSE(restates(event("deal", nullptr, {{"rate_pct", 25}}, {"GBR", "USA"}), deal));
    CHECK_FALSE(restates(event("deal", nullptr, {{"products", {"steel"}}}, {"GBR", "USA"}), deal));
    CHECK_FALSE(restates(event("deal", nullptr, json::object(), {"CHN", "USA"}), deal));
    CHECK_FALSE(restates(event("talks", nullptr, json::object(), {"GBR", "USA"}), deal));
    CHECK(restates(event("deal", "2025-05-08", {{"products", {"autos"}}}, {"USA"}), deal));
}

TEST_CASE("a restatement of a gold event the system missed is a false positive") {
    json deal = event("deal", nullptr, {{"rate_pct", 10}, {"quota", 100000}}, {"GBR", "USA"});
    json bare = event("deal", nullptr, json::object(), {"GBR", "USA"});
    auto s = score_one({deal}, {bare});
    CHECK(s.events.true_pos == 0);
    CHECK(s.events.false_pos == 1);
    CHECK(s.duplicates == 0);
}

TEST_CASE("greedy matching gives each gold event, in order, the first system event it matches") {
    json g1 = event("talks", "2025-05-23", {}, {"JPN", "USA"});
    json g2 = event("talks", "2025-05-23", {}, {"JPN", "USA", "GBR"});
    json s1 = event("talks", "2025-05-23", {}, {"GBR", "JPN", "USA"});
    json s2 = event("talks", "2025-05-23", {}, {"JPN", "USA"});
    auto s = score_one({g1, g2}, {s1, s2});
    // g1 takes s1 (it has JPN and USA); g2 needs GBR, which s2 lacks.
    CHECK(s.events.true_pos == 1);
    CHECK(s.events.false_neg == 1);
}

TEST_CASE("events are matched within their own article only") {
    json a = tariff(25, {"autos"}, "ALL", "2025-04");
    auto s = score({ArticleCase{"one", json{{"events", {a}}}, json{{"events", json::array()}}},
                    ArticleCase{"two", json{{"events", json::array()}}, json{{"events", {a}}}}});
    CHECK(s.events.true_pos == 0);
    CHECK(s.events.false_neg == 1);
    CHECK(s.events.false_pos == 1);
}

TEST_CASE("per-kind counts add up to the overall counts") {
    json t = tariff(25, {"autos"}, "ALL", "2025-04");
    json k = event("talks", "2025-05-23", {}, {"JPN", "USA"});
    json d = event("deadline", "2025-05-31");
    auto s = score_one({t, k, d}, {t, k, event("statement", "2025-05-20")});
    int tp = 0, fp = 0, fn = 0;
    for (const auto& [kind, c] : s.events_by_kind) {
        tp += c.true_pos;
        fp += c.false_pos;
        fn += c.false_neg;
    }
    CHECK(tp == s.events.true_pos);
    CHECK(fp == s.events.false_pos);
    CHECK(fn == s.events.false_neg);
    CHECK(s.events_by_kind.size() == event_kinds().size());
    CHECK(s.events_by_kind["statement"].false_pos == 1);
    CHECK(s.events_by_kind["deadline"].false_neg == 1);
}

TEST_CASE("with nothing to find and nothing found, precision, recall and F1 are 1") {
    auto s = score_one(json::array(), json::array());
    CHECK(s.events.precision() == 1.0);
    CHECK(s.events.recall() == 1.0);
    CHECK(s.events.f1() == 1.0);
    CHECK_FALSE(s.dates.defined());
}

TEST_CASE("finding nothing when there is something gives F1 0") {
    auto s = score_one({event("deadline", "2025-05-31")}, json::array());
    CHECK(s.events.recall() == 0.0);
    CHECK(s.events.f1() == 0.0);
}

TEST_CASE("date accuracy is the share of date-blind pairs whose date values agree") {
    json talks = event("talks", "2025-05-23", {{"round", 3}}, {"JPN", "USA"});
    json tariff_g = tariff(25, {"autos"}, "ALL", "2025-04");
    json talks_s = talks;
    talks_s["date"]["value"] = "2025-05-16";
    json unrelated = event("deal", nullptr, json::object(), {"GBR", "USA"});
    auto s = score_one({talks, tariff_g, unrelated}, {talks_s, tariff_g});
    CHECK(s.dates.total == 2); // the deal found no partner at all
    CHECK(s.dates.hits == 1);
    CHECK(s.dates.value() == 0.5);
    CHECK(s.dates_by_kind["talks"].hits == 0);
    CHECK(s.dates_by_kind["tariff_imposed"].hits == 1);
    REQUIRE(s.wrong_dates.size() == 1);
    CHECK(s.wrong_dates[0].system["date"]["value"] == "2025-05-16");
}

TEST_CASE("date-blind pairing prefers the partner whose date agrees") {
    json a = event("deadline", "2025-07-08", {{"target", "ALL"}});
    json b = event("deadline", "2025-08-12", {{"target", "ALL"}});
    auto s = score_one({a, b}, {b, a});
    CHECK(s.dates.hits == 2);
}

TEST_CASE("a person with the same name and role matches, role case and periods aside") {
    json g = person("Jamieson Greer", "U.S. Trade Representative");
    CHECK(people_match(g, person("Jamieson Greer", "US trade representative")));
    CHECK(people_match(g, person("jamieson  greer", "U.S. Trade Representative")));
    auto s = score_people({g}, {person("Jamieson Greer", "U.S. Trade Representative")});
    CHECK(s.people.true_pos == 1);
    CHECK(s.people.f1() == 1.0);
}

TEST_CASE("a role contained in the other agrees") {
    CHECK(roles_agree("U.S. Trade Representative", "Trade Representative"));
    CHECK(roles_agree("Treasury Secretary", "U.S. Treasury Secretary"));
    CHECK(roles_agree("the economic revitalization minister", "Economic Revitalization Minister"));
    CHECK_FALSE(roles_agree("Commerce Secretary", "Treasury Secretary"));
    CHECK_FALSE(roles_agree("Prime Minister", ""));
}

TEST_CASE("a gold person with no role accepts any role the system gives") {
    CHECK(people_match(person("Xi Jinping", nullptr, "CHN"), person("Xi Jinping", "President")));
    CHECK(people_match(person("Xi Jinping", "", "CHN"), person("Xi Jinping", nullptr)));
}

TEST_CASE("a wrong role is both a missed and a spurious person") {
    auto s = score_people({person("Howard Lutnick", "Commerce Secretary")},
                          {person("Howard Lutnick", "Treasury Secretary")});
    CHECK(s.people.true_pos == 0);
    CHECK(s.people.false_neg == 1);
    CHECK(s.people.false_pos == 1);
}

TEST_CASE("another role the gold lists for the person is accepted") {
    json g = person("Ryosei Akazawa", "economic revitalization minister", "JPN");
    g["other_roles"] = {"top tariff negotiator"};
    CHECK(people_match(g, person("Ryosei Akazawa", "Japan's top tariff negotiator", "JPN")));
    CHECK(people_match(g, person("Ryosei Akazawa", "Economic Revitalization Minister", "JPN")));
    CHECK_FALSE(people_match(g, person("Ryosei Akazawa", "Foreign Minister", "JPN")));
}

TEST_CASE("a surname alone does not match the full name") {
    CHECK_FALSE(
        people_match(person("Ryosei Akazawa", nullptr, "JPN"), person("Akazawa", nullptr, "JPN")));
}

TEST_CASE("people are matched one to one and a missing person lowers recall") {
    json greer = person("Jamieson Greer", "U.S. Trade Representative");
    json bessent = person("Scott Bessent", "Treasury Secretary");
    auto s = score_people({greer, bessent}, {greer, greer});
    CHECK(s.people.true_pos == 1);
    CHECK(s.people.false_neg == 1);
    CHECK(s.people.false_pos == 1);
}

TEST_CASE("a matched person's country is checked on the side") {
    auto s = score_people({person("Scott Bessent", "Treasury Secretary", "USA")},
                          {person("Scott Bessent", "Treasury Secretary", "JPN")});
    CHECK(s.people.true_pos == 1);
    CHECK(s.people_countries.hits == 0);
    CHECK(s.people_countries.total == 1);
}

TEST_CASE("a design row is exact only with its status, every gold detail and its countries") {
    json g = event("talks", "2025-05-23", {{"round", 3}, {"level", "ministerial"}},
                   {"JPN", "USA", "Ryosei Akazawa"}, "planned");
    g["seed_row"] = 1;
    json good = event("talks", "2025-05-23",
                      {{"round", 3}, {"level", "ministerial"}, {"location", "Washington"}},
                      {"JPN", "USA"}, "planned");
    CHECK(event_exact(g, good));
    json held = good;
    held["status"] = "held";
    CHECK_FALSE(event_exact(g, held));
    json no_level = good;
    no_level["details"].erase("level");
    CHECK_FALSE(event_exact(g, no_level));
    json pause = event("tariff_paused", "2025-07-01/2025-07-10", {{"duration_days", 90}});
    json pause_60 = pause;
    pause_60["details"]["duration_days"] = 60;
    CHECK(event_exact(pause, pause));
    CHECK_FALSE(event_exact(pause, pause_60));
    json tariff_g = tariff(14, json::array(), "JPN", nullptr);
    tariff_g["actors"] = {"USA", "JPN"};
    json tariff_s = tariff_g;
    tariff_s["actors"] = {"USA"};
    CHECK_FALSE(event_exact(tariff_g, tariff_s));
}

TEST_CASE("a design row person is exact only with the same role and country") {
    json g = person("Jamieson Greer", "U.S. Trade Representative", "USA");
    CHECK(person_exact(g, person("Jamieson Greer", "U.S. trade representative", "USA")));
    CHECK_FALSE(person_exact(g, person("Jamieson Greer", "Trade Representative", "USA")));
    CHECK_FALSE(person_exact(g, person("Jamieson Greer", "U.S. Trade Representative", "")));
}

TEST_CASE("marked rows are checked in row order and unmarked items are skipped") {
    json deadline = event("deadline", "2025-05-31", json::object(), json::array(), "planned");
    deadline["seed_row"] = 7;
    json greer = person("Jamieson Greer", "U.S. Trade Representative", "USA");
    greer["seed_row"] = 8;
    json talks = event("talks", "2025-05-23", {{"round", 3}}, {"JPN", "USA"}, "planned");
    talks["seed_row"] = 1;
    json gold{{"events", {deadline, talks, event("statement", "2025-05-20")}}, {"people", {greer}}};
    json system{{"events", {deadline}}, {"people", {greer}}};
    auto rows = check_marked_rows(gold, system);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].row == 1);
    CHECK_FALSE(rows[0].exact);
    CHECK(rows[1].row == 7);
    CHECK(rows[1].exact);
    CHECK(rows[2].row == 8);
    CHECK(rows[2].exact);
}

TEST_CASE("the report has a row per event kind, the totals and people") {
    json a = tariff(25, {"autos"}, "ALL", "2025-04");
    auto s = score({ArticleCase{"x", json{{"events", {a}}, {"people", {person("A B", "C")}}},
                                json{{"events", {a}}, {"people", json::array()}}}});
    std::string r = format_report(s);
    for (const auto& kind : event_kinds())
        CHECK(r.find(kind) != std::string::npos);
    CHECK(r.find("all events") != std::string::npos);
    CHECK(r.find("people") != std::string::npos);
    std::string m = format_misses(s);
    CHECK(m.find("missed people (1)") != std::string::npos);
    CHECK(m.find("\"A B\"") != std::string::npos);
}

TEST_CASE("a statement matches on kind, date and parties whatever numbers it carries") {
    json g = event("statement", "2025-05-20", json::object(), {"USA", "JPN"}, "rejected");
    json sys = event("statement", "2025-05-20", {{"rate_pct", 25}, {"products", {"autos"}}},
                     {"JPN", "USA", "Scott Bessent"}, "rejected");
    CHECK(events_match(g, sys));
    json g_rate = g;
    g_rate["details"] = {{"rate_pct", 25}, {"target", "JPN"}};
    json sys_bare = sys;
    sys_bare["details"] = json::object();
    CHECK(events_match(g_rate, sys_bare));
    auto s = score_one({g}, {sys});
    CHECK(s.events_by_kind["statement"].true_pos == 1);
}

TEST_CASE("a statement with another date or without a gold party is a miss") {
    json g = event("statement", "2025-05-20", json::object(), {"USA", "JPN"}, "rejected");
    CHECK_FALSE(events_match(g, event("statement", "2025-05-19", json::object(), {"USA", "JPN"})));
    CHECK_FALSE(events_match(g, event("statement", nullptr, json::object(), {"USA", "JPN"})));
    CHECK_FALSE(events_match(g, event("statement", "2025-05-20", json::object(), {"USA"})));
    CHECK_FALSE(events_match(g, event("talks", "2025-05-20", json::object(), {"USA", "JPN"})));
}

TEST_CASE("a second statement by the same parties on the same day restates the first") {
    json g = event("statement", "2025-05-20", json::object(), {"USA", "JPN"}, "rejected");
    json again = event("statement", "2025-05-20", {{"rate_pct", 10}}, {"USA"});
    CHECK(restates(again, g));
    CHECK_FALSE(restates(event("statement", "2025-05-20", json::object(), {"CHN"}), g));
    auto s = score_one({g}, {g, again});
    CHECK(s.events.false_pos == 0);
    CHECK(s.duplicates == 1);
}

TEST_CASE("a date value with a clock time is compared by its day") {
    json g = tariff(39, json::array(), "CHE", "2025-08-07");
    json sys = g;
    sys["date"]["value"] = "2025-08-07T00:01";
    CHECK(events_match(g, sys));
    sys["date"]["value"] = "2025-08-08T00:01";
    CHECK_FALSE(events_match(g, sys));
    CHECK_FALSE(
        events_match(event("deadline", "2025-07-01/2025-07-10"), event("deadline", "2025-07-01")));
}

TEST_CASE("a deadline matches on kind and date whatever details it carries") {
    json g = event("deadline", "2025-08-12", json::object(), {"CHN", "USA"}, "planned");
    json sys = event("deadline", "2025-08-12", {{"target", "CHN"}, {"duration_days", 90}}, {"USA"},
                     "planned");
    CHECK(events_match(g, sys));
    CHECK_FALSE(events_match(g, event("deadline", "2025-11-10", {{"target", "CHN"}})));
    CHECK(restates(event("deadline", "2025-08-12", {{"target", "CHN"}}, {"USA"}), g));
    CHECK_FALSE(restates(event("deadline", "2025-08-12", json::object(), {"JPN"}), g));
}

TEST_CASE("a name read with or without its periods is the same name") {
    CHECK(people_match(person("Ferdinand Marcos Jr.", "President", "PHL"),
                       person("Ferdinand Marcos Jr", "President", "PHL")));
    CHECK_FALSE(people_match(person("Ferdinand Marcos Jr.", "President", "PHL"),
                             person("Ferdinand Marcos", "President", "PHL")));
}

TEST_CASE("a name spelled with or without its accents or hyphens is the same name") {
    CHECK(people_match(person("Maroš Šefčovič", "Trade Commissioner", "EUU"),
                       person("Maros Sefcovic", "Trade Commissioner", "EUU")));
    CHECK(people_match(person("Lee Jae-myung", "President", "KOR"),
                       person("Lee Jae Myung", "President", "KOR")));
    CHECK(people_match(person("Stéphane Séjourné", "Commissioner", "EUU"),
                       person("Stephane Sejourne", "Commissioner", "EUU")));
    CHECK_FALSE(people_match(person("Maroš Šefčovič", "Trade Commissioner", "EUU"),
                             person("Maros Sefcovicova", "Trade Commissioner", "EUU")));
}
