// Event rules over sentences written for these tests, with the dates placed
// by hand so that the rules are tested apart from the temporal engine.

#include "support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>

using namespace parley;
using test::when;

namespace {

std::vector<Event> of_kind(const std::vector<Event>& events, EventKind kind) {
    std::vector<Event> out;
    for (const auto& e : events)
        if (e.kind == kind) out.push_back(e);
    return out;
}

// The target of the one event of `kind` the text tells, or "<not one>".
std::string only_target(std::string_view text, EventKind kind) {
    auto e = of_kind(test::events(text), kind);
    return e.size() == 1 ? e[0].details.target : "<not one>";
}

bool has(const std::vector<std::string>& v, std::string_view s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

TEST_CASE("a planned round of talks with its number, level, place and day") {
    std::string text = "South Korea's trade minister is scheduled to visit Washington for a fourth "
                       "round of working-level talks on Thursday.";
    auto e = test::events(text, {when(text, "on Thursday", "2025-05-22")});
    auto talks = of_kind(e, EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::planned);
    CHECK(talks[0].date.value == "2025-05-22");
    CHECK(talks[0].date.text == "on Thursday");
    CHECK(talks[0].details.round == 4);
    CHECK(talks[0].details.level == "working");
    CHECK(has(talks[0].actors, "KOR"));
    CHECK(has(talks[0].actors, "USA"));
}

TEST_CASE("negotiations told as under way are held talks with no day of their own") {
    std::string text = "Reynolds said on Wednesday that his team was meeting U.S. counterparts "
                       "almost daily.";
    auto talks =
        of_kind(test::events(text, {when(text, "on Wednesday", "2025-05-14")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::held);
    CHECK_FALSE(talks[0].date.known());
    auto ongoing = of_kind(test::events("New Delhi is also negotiating a free trade deal with the "
                                        "European Union."),
                           EventKind::talks);
    REQUIRE(ongoing.size() == 1);
    CHECK(ongoing[0].status == EventStatus::held);
}

TEST_CASE("talks that took place are held, and the place they took place is kept") {
    std::string text = "Chinese and American officials held two days of talks in Geneva "
                       "last weekend.";
    auto e = test::events(text, {when(text, "last weekend", "2025-W20")});
    auto talks = of_kind(e, EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::held);
    CHECK(talks[0].details.location == "Geneva");
    CHECK(talks[0].actors == std::vector<std::string>{"CHN", "USA"});
}

TEST_CASE("one sentence, two tariffs: each rate takes its own goods and month") {
    std::string text = "Washington imposed 50 percent duties on copper in February and 25 percent "
                       "tariffs on heavy trucks in April.";
    auto e = test::events(
        text, {when(text, "in February", "2025-02"), when(text, "in April", "2025-04")});
    auto imposed = of_kind(e, EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[0].details.rate_pct == 50);
    CHECK(imposed[0].details.products == std::vector<std::string>{"copper"});
    CHECK(imposed[0].date.value == "2025-02");
    CHECK(imposed[0].details.target == "ALL");
    CHECK(imposed[1].details.rate_pct == 25);
    CHECK(imposed[1].details.products == std::vector<std::string>{"trucks"});
    CHECK(imposed[1].date.value == "2025-04");
    CHECK(imposed[0].actors == std::vector<std::string>{"USA"});
}

TEST_CASE("a tariff on a country names it as the target and the imposer as actor") {
    std::string text = "The United States slapped a 46 percent tariff on Vietnam.";
    auto imposed = of_kind(test::events(text), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.target == "VNM");
    CHECK(imposed[0].details.rate_pct == 46);
    CHECK(imposed[0].actors == std::vector<std::string>{"USA", "VNM"});
}

TEST_CASE("tariffs on two countries are two events") {
    std::string text = "Trump imposed 25 percent tariffs on imports from Canada and Mexico.";
    auto imposed = of_kind(test::events(text), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[0].details.target == "CAN");
    CHECK(imposed[1].details.target == "MEX");
    CHECK(imposed[0].actors == std::vector<std::string>{"CAN", "USA", "Donald Trump"});
}

TEST_CASE("a change from one rate to another records the new rate") {
    std::string text = "Washington cut the levy on Swiss goods from 39 percent to 15 percent.";
    auto changed = of_kind(test::events(text), EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 15);
    CHECK(changed[0].details.target == "CHE");
}

TEST_CASE("a pause with a start and a duration falls due the day after its last day") {
    std::string text = "On April 9, the White House paused the higher duties for 90 days.";
    auto e =
        test::events(text, {when(text, "April 9", "2025-04-09"), when(text, "90 days", "P90D")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-04-09");
    CHECK(paused[0].details.duration_days == 90);
    CHECK(paused[0].status == EventStatus::reported);
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-07-08");
    CHECK(deadlines[0].status == EventStatus::planned);
}

TEST_CASE("a pause for six months falls due the same day six months on") {
    std::string text = "The EU suspended its countermeasures on Aug. 31 for six months.";
    auto e =
        test::events(text, {when(text, "Aug. 31", "2025-08-31"), when(text, "six months", "P6M")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-08-31");
    CHECK_FALSE(paused[0].details.duration_days); // a count of months, not of days
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2026-02-28"); // February has no 31st
}

TEST_CASE("a pause told only by how long it lasts is a pause") {
    std::string text = "China will suspend the 24 percent tariff on U.S. goods for another year.";
    auto paused =
        of_kind(test::events(text, {when(text, "another year", "P1Y")}), EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 24);
    CHECK(paused[0].status == EventStatus::planned);
}

TEST_CASE("the start a pause's duration runs from dates the pause, though another verb is nearer") {
    std::string text = "China will suspend the 24 percent tariff on U.S. goods for 90 days from "
                       "Nov. 10 and lift duties on American farm products.";
    auto e = test::events(
        text, {when(text, "90 days", "P90D"), when(text, "Nov. 10", "2025-11-10", "from")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-11-10");
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2026-02-08");
}

TEST_CASE("a pause's stated end a day off its count is its only deadline") {
    std::string text = "On April 9, the White House paused the higher duties for 90 days. The "
                       "suspension is due to end on July 9.";
    auto e = test::events(text, {when(text, "April 9", "2025-04-09"), when(text, "90 days", "P90D"),
                                 when(text, "July 9", "2025-07-09", "none")});
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-07-09");
}

TEST_CASE("a pause's counted end stands beside a deadline told for another day") {
    std::string text = "On April 9, the White House paused the higher duties for 90 days. The "
                       "two sides aim to conclude an agreement by June 30.";
    auto e = test::events(text, {when(text, "April 9", "2025-04-09"), when(text, "90 days", "P90D"),
                                 when(text, "June 30", "2025-06-30", "by")});
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 2);
    CHECK(deadlines[0].date.value == "2025-07-08");
    CHECK(deadlines[1].date.value == "2025-06-30");
}

TEST_CASE("time given to a country before a shelved tariff increase is a pause, not a change") {
    std::string text = "Trump on Thursday gave Mexico 90 more days to negotiate, shelving a tariff "
                       "increase on Mexican goods.";
    auto e = test::events(
        text, {when(text, "Thursday", "2025-07-31"), when(text, "90 more days", "P90D")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-07-31");
    CHECK(paused[0].details.target == "MEX");
    CHECK(paused[0].details.duration_days == 90);
    CHECK(of_kind(e, EventKind::tariff_changed).empty());
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-10-29");
}

TEST_CASE("a pause until a date falls due on that date") {
    std::string text = "The reciprocal tariffs remain suspended until Aug. 12.";
    auto e = test::events(text, {when(text, "Aug. 12", "2025-08-12", "until")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-08-12");
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-08-12");
}

TEST_CASE("a stated target falls due on the last day of the period") {
    std::string text = "The two sides aim to conclude an agreement by the end of June.";
    auto e = test::events(text, {when(text, "the end of June", "2025-06-21/2025-06-30")});
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-06-30");
    CHECK(deadlines[0].date.granularity == Granularity::day);
    CHECK(of_kind(e, EventKind::deal).empty());
}

TEST_CASE("a regime that expires at the end of June falls due on June 30") {
    std::string text = "The quota system must expire at the end of June under the bloc's rules.";
    auto e = test::events(text, {when(text, "the end of June", "2025-06-21/2025-06-30")});
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-06-30");
    CHECK(deadlines[0].date.granularity == Granularity::day);
}

TEST_CASE("a deadline until late October keeps its days") {
    std::string text = "The current 25 percent rate will stay in place until late October, while "
                       "the two governments negotiate.";
    auto e = test::events(text, {when(text, "late October", "2025-10-21/2025-10-31", "until")});
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-10-21/2025-10-31");
}

TEST_CASE("a date heading a timeline item dates the tariff the item tells") {
    std::string text = "April 2: Trump announced a 36% tariff on Thai goods.";
    auto e = test::events(text, {when(text, "April 2", "2025-04-02")});
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].date.value == "2025-04-02");
    CHECK(announced[0].details.rate_pct == 36);
}

TEST_CASE("goods past the words that open what a tariff answers are not its goods") {
    std::string text = "China will impose duties of up to 62.4% on pork from the European Union, "
                       "in a row sparked by EU tariffs on Chinese electric vehicles.";
    auto announced = of_kind(test::events(text), EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.products == std::vector<std::string>{"pork"});
    CHECK(announced[0].details.target == "EUU");
}

TEST_CASE("negotiations concluded on an agreement are a deal") {
    std::string text = "The European Union and Indonesia concluded negotiations on a comprehensive "
                       "economic partnership agreement on Tuesday.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Tuesday", "2025-05-13")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-05-13");
}

TEST_CASE("negotiations concluded on a day to modernize an agreement are a deal of that day") {
    std::string text =
        "The European Union and Mexico concluded negotiations on Friday to modernize "
        "their 25-year-old trade agreement.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Friday", "2025-01-17")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-01-17");
    CHECK(has(deals[0].actors, "MEX"));
}

TEST_CASE("duties phased out are a tariff change to zero") {
    std::string text = "Indonesia will phase out its duties on European cheese over five years.";
    auto changed = of_kind(test::events(text), EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 0);
}

TEST_CASE("a surtax is a tariff") {
    std::string text = "Ottawa put a 100% surtax on Chinese electric vehicles last October.";
    auto imposed = of_kind(test::events(text, {when(text, "last October", "2024-10")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 100);
    CHECK(imposed[0].details.target == "CHN");
}

TEST_CASE("a rate told with who put it on is a tariff in force, apart from what answers it") {
    std::string text =
        "Beijing has charged 100% on Canadian canola oil, retaliation for the 100% "
        "surtax Ottawa put on Chinese-made electric vehicles and the 25% it added on "
        "Chinese steel last October.";
    auto imposed = of_kind(test::events(text, {when(text, "last October", "2024-10")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 3);
    std::vector<std::string> seen;
    for (const auto& t : imposed)
        seen.push_back(t.details.target + " " +
                       std::to_string(int(t.details.rate_pct.value_or(-1))) + " " +
                       (t.details.products.empty() ? "" : t.details.products[0]));
    std::sort(seen.begin(), seen.end());
    CHECK(seen == std::vector<std::string>{"CAN 100 agriculture", "CHN 100 autos", "CHN 25 steel"});
}

TEST_CASE(
    "a tariff told in its own relative clause stands though the clause around it is negated") {
    for (std::string text : {"The order leaves the additional 40 percent tariff that Washington "
                             "placed on most Brazilian goods on Aug. 6.",
                             "The order does not touch the additional 40 percent tariff that "
                             "Washington placed on most Brazilian goods on Aug. 6."}) {
        INFO(text);
        auto imposed = of_kind(test::events(text, {when(text, "Aug. 6", "2025-08-06")}),
                               EventKind::tariff_imposed);
        REQUIRE(imposed.size() == 1);
        CHECK(imposed[0].details.rate_pct == 40);
        CHECK(imposed[0].details.target == "BRA");
        CHECK(imposed[0].status == EventStatus::reported);
    }
}

TEST_CASE("a rate named right after denied words of a tariff is denied with them") {
    for (std::string text : {"Washington did not impose a 40 percent tariff on Brazilian goods.",
                             "Trump did not impose a 40 percent tariff on Brazil on Friday."}) {
        INFO(text);
        for (const auto& e : test::events(text))
            CHECK_FALSE(is_tariff(e.kind));
    }
}

TEST_CASE("each of two rates takes the goods after it, and a rate on goods unknown falls where "
          "its sibling does") {
    std::string text = "U.S. tariffs of 25 percent on imported medium and heavy trucks and 10 "
                       "percent on buses took effect on Saturday.";
    auto imposed = of_kind(test::events(text, {when(text, "on Saturday", "2025-04-05")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    std::sort(imposed.begin(), imposed.end(), [](const Event& a, const Event& b) {
        return a.details.rate_pct > b.details.rate_pct;
    });
    CHECK(imposed[0].details.rate_pct == 25);
    CHECK(imposed[0].details.products == std::vector<std::string>{"trucks"});
    CHECK(imposed[1].details.rate_pct == 10);
    CHECK(imposed[1].details.products.empty());
    for (const auto& e : imposed)
        CHECK(e.details.target == "ALL");
}

TEST_CASE("a rate set from a day, an adjective before its tariff word, is a tariff of that day") {
    std::string text = "Washington set a 25 percent reciprocal tariff on Indian goods from Aug. 7 "
                       "and added a further 25 percent from Aug. 27.";
    auto imposed = of_kind(test::events(text, {when(text, "Aug. 7", "2024-08-07", "from"),
                                               when(text, "Aug. 27", "2024-08-27", "from")}),
                           EventKind::tariff_imposed);
    std::vector<std::string> days;
    for (const auto& e : imposed)
        days.push_back(e.date.value);
    std::sort(days.begin(), days.end());
    CHECK(days == std::vector<std::string>{"2024-08-07", "2024-08-27"});
}

TEST_CASE("a position is dated by a past day told right after its own words") {
    std::string floated = "Commerce Secretary Howard Lutnick floated in March the idea that chip "
                          "production be split 50-50 between Taiwan and the United States.";
    auto s = of_kind(test::events(floated, {when(floated, "in March", "2025-03", "in")}),
                     EventKind::statement);
    REQUIRE(s.size() == 1);
    CHECK(s[0].date.value == "2025-03");
    std::string rejected = "Cheng rejected the proposal on April 1, saying Taiwan had never "
                           "agreed to such a split.";
    s = of_kind(test::events(rejected, {when(rejected, "April 1", "2025-04-01")}),
                EventKind::statement);
    REQUIRE(s.size() == 1);
    CHECK(s[0].date.value == "2025-04-01");
    // The day of what the position asks for is not when it was put.
    std::string asked = "Seoul urged Washington to cut the tariff in April.";
    s = of_kind(test::events(asked, {when(asked, "in April", "2025-04", "in")}),
                EventKind::statement);
    REQUIRE(s.size() == 1);
    CHECK(s[0].date.value != "2025-04");
}

TEST_CASE("a rate told with who announced it, its tariff word between, is a tariff announced") {
    std::string text = "Both rates took effect on May 7, far below the 46% rate Trump had "
                       "announced for Vietnam on April 2.";
    auto announced = of_kind(test::events(text, {when(text, "May 7", "2025-05-07"),
                                                 when(text, "April 2", "2025-04-02")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 46);
    CHECK(announced[0].details.target == "VNM");
    CHECK(announced[0].date.value == "2025-04-02");
}

TEST_CASE("a tariff change a clause of \"until\" waits for has not happened") {
    for (std::string text :
         {"Ottawa will keep its remaining counter-tariffs until Washington lifts "
          "its own duties on steel.",
          "Ford urged Carney to keep every counter-tariff in place until the "
          "United States drops its levies."}) {
        INFO(text);
        CHECK(of_kind(test::events(text), EventKind::tariff_changed).empty());
    }
    // A pause until a day is still a pause.
    std::string paused = "Washington suspended the tariff until Aug. 12.";
    CHECK(of_kind(test::events(paused, {when(paused, "Aug. 12", "2025-08-12", "until")}),
                  EventKind::tariff_paused)
              .size() == 1);
}

TEST_CASE("a round pencilled in is planned") {
    std::string text = "A 15th round is pencilled in for New Delhi.";
    auto talks = of_kind(test::events(text), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::planned);
}

TEST_CASE("tariff cuts ruled out are no change, and the refusal is a statement") {
    std::string text = "\"India will not compromise on the interests of its farmers and its dairy "
                       "sector,\" Mr Goyal told reporters on Thursday, ruling out tariff cuts on "
                       "milk products.";
    auto e = test::events(text, {when(text, "on Thursday", "2025-05-15")});
    CHECK(of_kind(e, EventKind::tariff_changed).empty());
    auto said = of_kind(e, EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].status == EventStatus::rejected);
}

TEST_CASE("the framework of an agreement unveiled is a deal") {
    std::string text = "Argentina and the United States on Thursday unveiled the framework of a "
                       "trade and investment agreement.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Thursday", "2025-05-15")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-05-15");
}

TEST_CASE("goods named in a clause that gives a reason are not the tariff's") {
    std::string text =
        "Trump first slapped a 10% duty on all Chinese imports in February, accusing "
        "Beijing of doing too little to stop shipments of fentanyl precursor "
        "chemicals, and lifted it to 20% in March.";
    auto e = test::events(
        text, {when(text, "in February", "2025-02"), when(text, "in March", "2025-03")});
    auto imposed = of_kind(e, EventKind::tariff_imposed);
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(imposed.size() == 1);
    REQUIRE(changed.size() == 1);
    CHECK(imposed[0].details.products.empty());
    CHECK(changed[0].details.products.empty());
    CHECK(changed[0].details.rate_pct == 20);
}

TEST_CASE("a trade probe extended to a day falls due that day") {
    std::string a = "China said it had extended the probe by six months, to March 9.";
    auto da = of_kind(test::events(a, {when(a, "March 9", "2026-03-09")}), EventKind::deadline);
    REQUIRE(da.size() == 1);
    CHECK(da[0].date.value == "2026-03-09");
}

TEST_CASE("a deal the sentence opens under takes the rate its terms tell") {
    std::string text = "Under the agreement struck on July 22, Japan promised to finance $550 "
                       "billion of projects in the United States in return for a 15 percent tariff "
                       "on most of its exports.";
    auto deals =
        of_kind(test::events(text, {when(text, "on July 22", "2024-07-22")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.rate_pct == 15);
}

TEST_CASE("prices and purchases raised are no tariff change") {
    for (std::string text :
         {"Britain agreed to raise the net price its health service pays for new medicines by 25 "
          "percent.",
          "Japan agreed to lift its purchases of American rice by 75% under the tariff deal.",
          "Online retailers raised prices for American shoppers after the tariff took effect."})
        CHECK(of_kind(test::events(text), EventKind::tariff_changed).empty());
}

TEST_CASE("exports or orders a tariff has cut are no tariff change") {
    for (std::string text : {"The 39 percent duty took effect in August and has cut Swiss exports "
                             "to the United States sharply since then.",
                             "The 50 percent levy has cut orders at Indian shrimp farms."})
        CHECK(of_kind(test::events(text), EventKind::tariff_changed).empty());
}

TEST_CASE("a side that keeps pressing the other to lower a tariff changes no tariff") {
    std::string text =
        "New Zealand will keep pressing Washington to lower the 15 percent tariff on "
        "its exports, its trade minister said.";
    auto e = test::events(text);
    CHECK(of_kind(e, EventKind::tariff_changed).empty());
    CHECK(of_kind(e, EventKind::statement).size() == 1);
}

TEST_CASE("an amount converted in parentheses parts no clause from the goods after it") {
    std::string text = "In early August the EU suspended its countermeasures on 93 billion euros "
                       "($108 billion) of American goods.";
    auto paused = of_kind(test::events(text, {when(text, "early August", "2024-08-01/2024-08-10")}),
                          EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.target == "USA");
}

TEST_CASE("the rate told before falls on the goods it fell on two sentences back") {
    std::string text =
        "Under the trade deal struck in Washington on July 30, the United States "
        "agreed to charge 15 percent on most Korean goods, while Seoul pledged $350 "
        "billion in U.S. investment. Officials in Seoul said the terms were fair. The "
        "15 percent rate took effect on Thursday.";
    auto imposed = of_kind(test::events(text, {when(text, "on July 30", "2024-07-30"),
                                               when(text, "on Thursday", "2025-05-15")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].date.value == "2025-05-15");
    CHECK(imposed[0].details.target == "KOR");
}

TEST_CASE("the last day for something is a deadline") {
    std::string text = "Jan. 2, 2026: Last day for USTR to report to Congress on the review.";
    auto deadlines = of_kind(test::events(text, {when(text, "Jan. 2, 2026", "2026-01-02")}),
                             EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2026-01-02");
}

TEST_CASE("an agreement that enters into force on a day is a deal planned for it") {
    std::string text = "The agreement between Switzerland and India enters into force on Oct. 1.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Oct. 1", "2025-10-01")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-10-01");
    CHECK(deals[0].status == EventStatus::planned);
}

TEST_CASE("a tariff named after an opening condition is no fact, a threat still one") {
    std::string a = "If they did not, a 100 percent levy on their U.S.-bound shipments would cost "
                    "them billions of dollars a year.";
    CHECK(of_kind(test::events(a), EventKind::tariff_imposed).empty());
    std::string b = "If no deal is reached, the United States will impose a 30 percent tariff on "
                    "Mexican goods, Trump said.";
    CHECK(of_kind(test::events(b), EventKind::tariff_announced).size() == 1);
}

TEST_CASE("a purchase or a choice promised by a day sets a deadline") {
    std::string a =
        "Tokyo and Washington aimed to choose the first projects by the end of the year.";
    auto da =
        of_kind(test::events(a, {when(a, "the end of the year", "2025-10-01/2025-12-31", "by")}),
                EventKind::deadline);
    REQUIRE(da.size() == 1);
    CHECK(da[0].date.value == "2025-12-31");
    std::string b = "China will buy 12 million tons of U.S. soybeans by the end of the year, the "
                    "White House said.";
    CHECK(of_kind(test::events(b, {when(b, "the end of the year", "2025-10-01/2025-12-31", "by")}),
                  EventKind::deadline)
              .size() == 1);
}

TEST_CASE("lawmakers who hear a deadline do not make it an onlooker's") {
    std::string text = "He told lawmakers he hoped to close the steel talks within 90 days.";
    CHECK(
        of_kind(test::events(text, {when(text, "90 days", "P90D", "within")}), EventKind::deadline)
            .size() == 1);
    std::string said = "Analysts said the two sides hoped to close the talks within 90 days.";
    CHECK(
        of_kind(test::events(said, {when(said, "90 days", "P90D", "within")}), EventKind::deadline)
            .empty());
}

TEST_CASE("a court's justices and the lawyers before it state no side's position") {
    const std::string context = "The Supreme Court heard arguments over the tariffs Trump put on "
                                "Chinese and Canadian goods. ";
    for (std::string said :
         {"Neal Katyal, the lawyer for the small businesses challenging the tariffs, told the "
          "court on Wednesday his clients should get their money back.",
          "Justice Neil Gorsuch warned on Wednesday that Congress might never get back powers it "
          "hands to the executive."}) {
        INFO(said);
        const std::string text = context + said;
        CHECK(of_kind(test::events(text, {when(text, "on Wednesday", "2025-11-05")}),
                      EventKind::statement)
                  .empty());
    }
}

TEST_CASE("talks told after \"after\" take the day of the clause they follow") {
    std::string text = "Trump agreed last week to halve the rate on Chinese goods to 10 percent, "
                       "effective Nov. 10, after meeting Xi Jinping in Busan.";
    auto talks = of_kind(test::events(text, {when(text, "last week", "2025-W44"),
                                             when(text, "Nov. 10", "2025-11-10", "starting")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-W44");
}

TEST_CASE("talks told after a deal's day keep that day, a titled name counted as one word") {
    for (std::string text :
         {"South Korea and the United States struck a deal on Wednesday, after President Lee "
          "Jae Myung hosted President Donald Trump for a summit in Gyeongju.",
          "Britain and the European Union struck a deal on Monday, as Prime Minister Keir "
          "Starmer hosted the first summit between the two sides since Brexit."}) {
        INFO(text);
        const auto day = text.find("Wednesday") != std::string::npos
                             ? when(text, "on Wednesday", "2025-10-29")
                             : when(text, "on Monday", "2025-05-19");
        auto events = test::events(text, {day});
        auto talks = of_kind(events, EventKind::talks);
        REQUIRE(talks.size() == 1);
        CHECK(talks[0].date.value == events.front().date.value);
        CHECK(of_kind(events, EventKind::deal).size() == 1);
    }
    // "it hopes will reopen negotiations": talks hoped for were not held that day.
    std::string hoped = "Swiss exporters warned on Friday of lost orders, as the government "
                        "worked on a revised offer it hopes will reopen negotiations.";
    for (const auto& e :
         of_kind(test::events(hoped, {when(hoped, "on Friday", "2025-08-08")}), EventKind::talks))
        CHECK(e.date.value != "2025-08-08");
}

TEST_CASE("two sides agreeing to terms strike a deal; agreeing to meet or keep talking does not") {
    for (std::string text :
         {"Britain and the European Union agreed on Monday to scrap most routine checks on food "
          "and farm goods crossing the Channel.",
          "South Korea and the United States agreed on Monday on how Seoul will fund the "
          "investment package.",
          "The two sides agreed on Monday to open their markets to each other's beef.",
          "The two sides announced on Monday that they had agreed to pull back from tariffs that "
          "both called unsustainable."}) {
        INFO(text);
        CHECK(of_kind(test::events(text, {when(text, "Monday", "2025-05-19")}), EventKind::deal)
                  .size() == 1);
    }
    for (std::string text :
         {"India and the United States agreed on Monday to intensify efforts toward closer "
          "ties.",
          "The two sides agreed on Monday to meet again in Geneva."}) {
        INFO(text);
        CHECK(of_kind(test::events(text, {when(text, "Monday", "2025-05-19")}), EventKind::deal)
                  .empty());
    }
}

TEST_CASE("deals in the plural with a list of countries strike one each, a compound noun or not") {
    for (std::string text : {"Washington on Thursday announced framework trade agreements with "
                             "Argentina, Ecuador, Guatemala and El Salvador.",
                             "Washington on Thursday announced trade agreements with Argentina, "
                             "Ecuador, Guatemala and El Salvador."}) {
        INFO(text);
        auto deals =
            of_kind(test::events(text, {when(text, "on Thursday", "2025-11-13")}), EventKind::deal);
        REQUIRE(deals.size() == 4);
        for (const auto& d : deals)
            CHECK(d.actors.size() == 2);
    }
}

TEST_CASE("after \", and\" a subject that opens with a determiner and its verb open talks of "
          "their own") {
    std::string text = "Negotiators held talks in Brussels on April 6, and a team of EU officials "
                       "will travel to New Delhi next Tuesday for further sessions.";
    auto talks = of_kind(test::events(text, {when(text, "April 6", "2025-04-06"),
                                             when(text, "next Tuesday", "2025-05-27")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 2);
    std::vector<std::string> days{talks[0].date.value, talks[1].date.value};
    std::sort(days.begin(), days.end());
    CHECK(days == std::vector<std::string>{"2025-04-06", "2025-05-27"});
}

TEST_CASE("talks told after \"during\" take the day of the clause they follow") {
    std::string text = "Trump announced the agreement on April 22, during Akazawa's eighth visit "
                       "to Washington for tariff negotiations.";
    auto talks =
        of_kind(test::events(text, {when(text, "April 22", "2025-04-22")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-04-22");
}

TEST_CASE("a call in which something was rejected was held") {
    std::string text = "Trump rejected the offer in a tense phone call with Keller-Sutter on "
                       "April 30.";
    auto talks =
        of_kind(test::events(text, {when(text, "April 30", "2025-04-30")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::held);
}

TEST_CASE("a joint text dated in an aside is a deal at the rate it sets") {
    std::string text = "The fact sheet, released on Friday, sets a 15 percent ceiling on U.S. "
                       "tariffs for most Korean goods.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Friday", "2025-05-16")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-05-16");
    CHECK(deals[0].details.rate_pct == 15);
}

TEST_CASE("countries listed before deals in the plural strike one each") {
    std::string text = "Malaysia and Cambodia signed trade agreements with Washington on Sunday.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Sunday", "2025-10-26")}), EventKind::deal);
    REQUIRE(deals.size() == 2);
    for (const auto& d : deals) {
        CHECK(d.actors.size() == 2);
        CHECK(std::find(d.actors.begin(), d.actors.end(), "USA") != d.actors.end());
    }
    std::string two = "Japan and the United States signed two agreements on Sunday.";
    CHECK(of_kind(test::events(two, {when(two, "on Sunday", "2025-10-26")}), EventKind::deal)
              .size() == 1);
}

TEST_CASE("a date that opens the sentence dates each happening with no day of its own") {
    std::string text = "From Nov. 10, China will suspend its 24% tariff on U.S. goods for a year "
                       "and will scrap retaliatory levies of up to 15% on American farm products.";
    auto changed = of_kind(test::events(text, {when(text, "Nov. 10", "2025-11-10", "from"),
                                               when(text, "a year", "P1Y")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].date.value == "2025-11-10");
    std::string but = "On Nov. 14, Trump scrapped the tariff on coffee from all countries, but "
                      "Brazilian shippers still faced the 40 percent charge.";
    auto imposed = of_kind(test::events(but, {when(but, "On Nov. 14", "2025-11-14")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].date.value.empty());
}

TEST_CASE("a tariff told with the rate after it and who put it on is in force") {
    std::string text = "Beijing dropped the extra duties of up to 15% it had placed on U.S. farm "
                       "products in March.";
    auto imposed =
        of_kind(test::events(text, {when(text, "in March", "2025-03")}), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 15);
    CHECK(imposed[0].date.value == "2025-03");
}

TEST_CASE("a happening told after \"while\" in the past shares the day of the clause before") {
    std::string text = "Washington halved its tariff on Chinese goods to 10% on Monday, while "
                       "Beijing dropped the extra duties it had placed on U.S. farm products.";
    auto changed = of_kind(test::events(text, {when(text, "on Monday", "2025-11-10")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 2);
    for (const auto& e : changed)
        CHECK(e.date.value == "2025-11-10");
    std::string state = "Washington raised its tariff on Canadian goods to 35% on Aug. 1, while "
                        "steel from Canada pays 50%.";
    for (const auto& e : test::events(state, {when(state, "on Aug. 1", "2025-08-01")}))
        if (e.details.rate_pct == 50) CHECK(e.date.value.empty());
}

TEST_CASE("agreements companies sign are no deal between sides") {
    for (std::string text : {"Vietnamese companies have signed agreements in recent months to buy "
                             "American cotton, soybeans and wheat.",
                             "Japanese carmakers struck a deal with U.S. steelmakers."}) {
        INFO(text);
        CHECK(of_kind(test::events(text), EventKind::deal).empty());
    }
}

TEST_CASE("a deal a side has yet to reach is no deal") {
    for (std::string text : {"Taiwan has yet to reach a trade deal with Washington.",
                             "The two governments have yet to sign an agreement."}) {
        INFO(text);
        CHECK(of_kind(test::events(text), EventKind::deal).empty());
    }
}

TEST_CASE(
    "a ruling, a review, a report, decisions or legislation put forward by a day set a deadline") {
    std::string text = "The investigation was extended this summer, and a final ruling is due by "
                       "Feb. 21.";
    auto deadlines = of_kind(test::events(text, {when(text, "Feb. 21", "2026-02-21", "by")}),
                             EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2026-02-21");
    std::string report = "Commerce Secretary Howard Lutnick is due to report to Trump by Oct. 1 "
                         "on whether imports of wood products warrant further action.";
    CHECK(of_kind(test::events(report, {when(report, "Oct. 1", "2026-10-01", "by")}),
                  EventKind::deadline)
              .size() == 1);
    for (std::string text :
         {"Lutnick told reporters Washington aimed to make the first funding decisions by Dec. 31.",
          "Sefcovic said the Commission would put forward the legislation by Dec. 31."}) {
        INFO(text);
        CHECK(of_kind(test::events(text, {when(text, "Dec. 31", "2025-12-31", "by")}),
                      EventKind::deadline)
                  .size() == 1);
    }
}

TEST_CASE("a goal within months or a year is due that many calendar months after publication") {
    std::string text = "Argentina will open its market to U.S. poultry within a year.";
    auto year =
        of_kind(test::events(text, {when(text, "a year", "P1Y", "within")}), EventKind::deadline);
    REQUIRE(year.size() == 1);
    CHECK(year[0].date.value == "2026-05-20");
    std::string months = "The two sides aim to sign a deal within six months.";
    auto six = of_kind(test::events(months, {when(months, "six months", "P6M", "within")}),
                       EventKind::deadline);
    REQUIRE(six.size() == 1);
    CHECK(six[0].date.value == "2025-11-20");
}

TEST_CASE("a position told by \"He said\" takes the day the sentence before was told") {
    std::string text = "Economy Minister Marcelo Ebrard said on Wednesday the plan was meant to "
                       "protect jobs. He said Mexico was ready to discuss the measures with "
                       "Chinese officials.";
    auto statements = of_kind(test::events(text, {when(text, "on Wednesday", "2025-05-14")}),
                              EventKind::statement);
    REQUIRE_FALSE(statements.empty());
    CHECK(statements.back().date.value == "2025-05-14");
}

TEST_CASE("\"He\" or \"The president\" opening a sentence is the person named before") {
    auto has = [](const Event& e, std::string_view actor) {
        return std::find(e.actors.begin(), e.actors.end(), actor) != e.actors.end();
    };
    std::string he = "President Donald Trump spoke to reporters on Monday. He met Chinese "
                     "President Xi Jinping in Busan on Thursday.";
    auto talks = of_kind(test::events(he, {when(he, "on Monday", "2025-10-27"),
                                           when(he, "on Thursday", "2025-10-30")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(has(talks[0], "USA"));
    CHECK(has(talks[0], "Donald Trump"));
    CHECK(has(talks[0], "CHN"));
    std::string title = "President Donald Trump spoke to reporters on Monday. The president flies "
                        "to Gyeongju on Wednesday, where he will meet South Korean President Lee "
                        "Jae-myung.";
    auto planned = of_kind(test::events(title, {when(title, "on Monday", "2025-10-27"),
                                                when(title, "on Wednesday", "2025-10-29")}),
                           EventKind::talks);
    REQUIRE(planned.size() == 1);
    CHECK(has(planned[0], "USA"));
    CHECK(has(planned[0], "KOR"));
}

TEST_CASE("countries talks covered are what was talked about, not who talked") {
    std::string text = "Prime Minister Benjamin Netanyahu told President Donald Trump that "
                       "Israel would cut its trade surplus with the United States. The two "
                       "leaders met in the Oval Office on Monday, in talks that also covered "
                       "Iran, Gaza and Turkey.";
    auto talks =
        of_kind(test::events(text, {when(text, "on Monday", "2025-04-07")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    const auto& a = talks[0].actors;
    CHECK(std::find(a.begin(), a.end(), "IRN") == a.end());
    CHECK(std::find(a.begin(), a.end(), "TUR") == a.end());
    CHECK(std::find(a.begin(), a.end(), "ISR") != a.end());
    CHECK(std::find(a.begin(), a.end(), "USA") != a.end());
}

TEST_CASE("a deal with a bloc is a deal with each of its members") {
    std::string text = "Switzerland and its partners in the European Free Trade Association "
                       "signed a free trade agreement with the South American Mercosur bloc in "
                       "Rio de Janeiro on Tuesday.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Tuesday", "2025-09-16")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    const auto& a = deals[0].actors;
    for (const char* code : {"CHE", "NOR", "ISL", "LIE", "BRA", "ARG", "URY", "PRY"})
        CHECK(std::find(a.begin(), a.end(), code) != a.end());
}

TEST_CASE("talks told as a whole, concluded, stalled or with no date set are no meeting") {
    for (std::string text :
         {"Negotiators had concluded the talks in Buenos Aires on July 2.",
          "The accord was concluded in Montevideo in December, after a quarter of a century of "
          "on-off talks.",
          "China imposed final duties on EU brandy on July 5, after months of negotiations with "
          "French cognac makers.",
          "The negotiations had stalled after Trump imposed a 25% tariff on Aug. 7.",
          "No date has been set for a fourth round, a Treasury spokesperson said on Monday."}) {
        INFO(text);
        std::vector<TimeExpression> dates;
        for (std::string_view d :
             {"on July 2", "in December", "on July 5", "on Aug. 7", "on Monday"})
            if (text.find(d) != std::string::npos) dates.push_back(when(text, d, "2025-07-02"));
        CHECK(of_kind(test::events(text, dates), EventKind::talks).empty());
    }
}

TEST_CASE("a deal the sides are racing or on course to conclude is no deal yet") {
    for (std::string text :
         {"India and the European Union said on Friday they remain on course to conclude a free "
          "trade agreement by the end of the year.",
          "India is racing to reach an interim agreement with the United States before Aug. 1."}) {
        INFO(text);
        CHECK(of_kind(test::events(text), EventKind::deal).empty());
    }
}

TEST_CASE("a threatened rate that a new one replaces is cancelled") {
    std::string text = "The 19 percent rate replaces the 25 percent tariff that Trump had "
                       "threatened to impose on Malaysian goods from Aug. 1.";
    auto announced = of_kind(test::events(text, {when(text, "Aug. 1", "2025-08-01", "from")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 25);
    CHECK(announced[0].status == EventStatus::cancelled);
}

TEST_CASE("a rate that is capped is the tariff in force; one an order caps is a change") {
    std::string in_force = "Cabinets from Britain pay 10%, while the rate on those from Japan is "
                           "capped at 15%.";
    auto e = test::events(in_force);
    CHECK(of_kind(e, EventKind::tariff_changed).empty());
    bool capped = false;
    for (const auto& x : of_kind(e, EventKind::tariff_imposed))
        capped = capped || x.details.rate_pct == 15;
    CHECK(capped);
    std::string order = "The order caps most reciprocal duties on Japanese goods at 15% from "
                        "Aug. 7.";
    CHECK(of_kind(test::events(order, {when(order, "Aug. 7", "2025-08-07", "from")}),
                  EventKind::tariff_changed)
              .size() == 1);
}

TEST_CASE("a pause at a rate told before falls where that rate fell") {
    std::string text = "Trump announced a 36% tariff on Thai goods on April 2. On April 9, he "
                       "suspended 36% tariffs for 90 days.";
    auto paused = of_kind(
        test::events(text, {when(text, "on April 2", "2025-04-02"),
                            when(text, "On April 9", "2025-04-09"), when(text, "90 days", "P90D")}),
        EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.target == "THA");
}

TEST_CASE("a suspension clause and a truce named by its day are no pause") {
    std::string clause = "Parliament negotiators agreed on Tuesday to attach a suspension "
                         "safeguard to the law that would scrap EU tariffs on U.S. goods.";
    CHECK(of_kind(test::events(clause, {when(clause, "on Tuesday", "2025-12-16")}),
                  EventKind::tariff_paused)
              .empty());
    std::string truce = "Beijing agreed to let trade from Nexperia's Chinese plants resume as part "
                        "of its Oct. 30 truce with Washington.";
    CHECK(of_kind(test::events(truce, {when(truce, "Oct. 30", "2025-10-30")}),
                  EventKind::tariff_paused)
              .empty());
}

TEST_CASE("what a side said it wanted, or would do only on a condition, is its position") {
    for (std::string text :
         {"Trade Secretary Peter Kyle said Britain still wanted the steel quota in place as soon "
          "as possible.",
          "Commerce Secretary Howard Lutnick said Washington would discuss steel relief only if "
          "the European Union eased its digital rules."}) {
        INFO(text);
        CHECK(of_kind(test::events(text), EventKind::statement).size() == 1);
    }
}

TEST_CASE("the rate a relative clause says a deal set is its rate, goods named as examples aside") {
    std::string text = "The investment pledge was the centerpiece of the deal the two governments "
                       "struck on July 22, which set a 15 percent tariff on most Japanese goods, "
                       "including cars.";
    auto deals =
        of_kind(test::events(text, {when(text, "on July 22", "2025-07-22")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.rate_pct == 15);
    CHECK(deals[0].details.products.empty());
}

TEST_CASE("talks split by their days each take the place told with that day") {
    std::string text = "Chinese and American officials held talks in Geneva in May, in London in "
                       "June and in Stockholm in July.";
    auto talks = of_kind(
        test::events(text, {when(text, "in May", "2025-05"), when(text, "in June", "2025-06"),
                            when(text, "in July", "2025-07")}),
        EventKind::talks);
    REQUIRE(talks.size() == 3);
    std::map<std::string, std::string> where;
    for (const auto& t : talks)
        where[t.date.value] = t.details.location;
    CHECK(where["2025-05"] == "Geneva");
    CHECK(where["2025-06"] == "London");
    CHECK(where["2025-07"] == "Stockholm");
    std::string list = "Chinese and American officials met after sessions in Geneva in May, "
                       "London in June and Stockholm in July.";
    for (const auto& t : of_kind(
             test::events(list, {when(list, "in May", "2025-05"), when(list, "in June", "2025-06"),
                                 when(list, "in July", "2025-07")}),
             EventKind::talks)) {
        CHECK(std::find(t.actors.begin(), t.actors.end(), "GBR") == t.actors.end());
        CHECK(std::find(t.actors.begin(), t.actors.end(), "SWE") == t.actors.end());
    }
}

TEST_CASE(
    "a past happening with no day of its own, after talks told with theirs, took place that day") {
    std::string text =
        "Prabowo and Commission President Ursula von der Leyen announced a political "
        "agreement on the pact after talks in Brussels on July 13.";
    auto deals =
        of_kind(test::events(text, {when(text, "on July 13", "2025-07-13")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-07-13");
}

TEST_CASE("a deadline in a relative clause on another noun is no onlooker's") {
    std::string text = "Business groups want sectoral relief well before the pact's joint review, "
                       "which is due by July 1.";
    CHECK(
        of_kind(test::events(text, {when(text, "July 1", "2026-07-01", "by")}), EventKind::deadline)
            .size() == 1);
    std::string own = "European carmakers, which currently pay 27.5 percent on vehicles, have "
                      "urged a quick settlement by July 1.";
    CHECK(
        of_kind(test::events(own, {when(own, "July 1", "2025-07-01", "by")}), EventKind::statement)
            .empty());
}

TEST_CASE("drug cartels and copper prices name no goods of a tariff") {
    std::string text =
        "Trump threatened to charge 30 percent on Mexican imports, saying the country "
        "had not done enough to stop drug cartels and keep copper prices down.";
    auto announced = of_kind(test::events(text), EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.products.empty());
}

TEST_CASE("a rate floated at a cabinet meeting is a tariff proposed, and the meeting no talks") {
    std::string text = "Trump first floated the 50 percent rate on copper at a cabinet meeting on "
                       "July 8.";
    auto e = test::events(text, {when(text, "on July 8", "2024-07-08")});
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].status == EventStatus::proposed);
    CHECK(announced[0].details.rate_pct == 50);
    CHECK(announced[0].date.value == "2024-07-08");
    CHECK(of_kind(e, EventKind::talks).empty());
}

TEST_CASE("a named deadline takes the date in front of it") {
    std::string text = "Negotiators raced to finish ahead of the July 9 deadline.";
    auto deadlines =
        of_kind(test::events(text, {when(text, "July 9", "2025-07-09")}), EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-07-09");
}

TEST_CASE("negated events are never reported") {
    std::string a = "Japan and the United States did not hold talks on Friday.";
    CHECK(test::events(a, {when(a, "on Friday", "2025-05-16")}).empty());
    std::string b = "Canada will not impose tariffs on U.S. steel.";
    CHECK(test::events(b).empty());
    std::string c = "There is no deal with India yet, officials said.";
    CHECK(of_kind(test::events(c), EventKind::deal).empty());
}

TEST_CASE("hypothetical and considered events are proposed, not facts") {
    std::string a = "If talks fail, the EU could impose 30 percent tariffs on American cars.";
    auto e = test::events(a);
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    auto threatened = of_kind(e, EventKind::tariff_announced);
    REQUIRE(threatened.size() == 1);
    CHECK(threatened[0].status == EventStatus::proposed);
    CHECK(threatened[0].details.target == "USA");
    std::string b = "India is considering lowering tariffs on U.S. farm goods.";
    auto changed = of_kind(test::events(b), EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].status == EventStatus::proposed);
    CHECK(changed[0].details.products == std::vector<std::string>{"agriculture"});
}

TEST_CASE("a rejection is a rejected statement") {
    std::string text = "Beijing has rejected Washington's call for export controls.";
    auto s = of_kind(test::events(text), EventKind::statement);
    REQUIRE(s.size() == 1);
    CHECK(s[0].status == EventStatus::rejected);
    CHECK(s[0].actors == std::vector<std::string>{"CHN", "USA"});
    CHECK(s[0].date.value == "2025-05-20"); // dated only by publication
    CHECK(s[0].date.text.empty());
}

TEST_CASE("talks called off are cancelled") {
    std::string text = "Talks set for Monday in Ottawa were called off.";
    auto talks =
        of_kind(test::events(text, {when(text, "Monday", "2025-05-26")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::cancelled);
}

TEST_CASE("a deal keeps its quota, rate and goods") {
    std::string text = "Britain sealed a deal that lets 100,000 British cars a year into the "
                       "United States at a 10 percent tariff.";
    auto deals = of_kind(test::events(text), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.quota == 100000);
    CHECK(deals[0].details.rate_pct == 10);
    CHECK(deals[0].details.products == std::vector<std::string>{"autos"});
    CHECK(deals[0].actors == std::vector<std::string>{"GBR", "USA"});
    CHECK(deals[0].status == EventStatus::reported);
}

TEST_CASE("a date after a verb of saying dates the report, not the event") {
    std::string text = "Japan raised tariffs on U.S. rice to 20 percent, officials said Wednesday.";
    auto changed = of_kind(test::events(text, {when(text, "Wednesday", "2025-05-14")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK_FALSE(changed[0].date.known());
}

TEST_CASE("the talks of the next sentence borrow their sides from the one before") {
    std::string text = "Japanese and U.S. negotiators met in Tokyo on Monday. The talks will "
                       "resume on June 2.";
    auto talks = of_kind(test::events(text, {when(text, "on Monday", "2025-05-19"),
                                             when(text, "on June 2", "2025-06-02")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[1].status == EventStatus::planned);
    CHECK(talks[1].actors == std::vector<std::string>{"JPN", "USA"});
}

TEST_CASE("a tariff whose sentence names no imposer takes the article's") {
    std::string text = "The United States imposed 25 percent tariffs on autos in April. A "
                       "24 percent rate was imposed on Japan as well.";
    auto e = test::events(text, {when(text, "in April", "2025-04")});
    auto imposed = of_kind(e, EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[1].details.target == "JPN");
    CHECK(imposed[1].actors == std::vector<std::string>{"JPN", "USA"});
}

TEST_CASE("every event keeps the sentence that states it with its offsets") {
    std::string text = "Stocks rose. Seoul and Washington will meet on Friday.";
    auto e = test::events(text, {when(text, "on Friday", "2025-05-23")});
    REQUIRE(e.size() == 1);
    CHECK(e[0].evidence.sentence == "Seoul and Washington will meet on Friday.");
    CHECK(text.substr(e[0].evidence.begin, e[0].evidence.end - e[0].evidence.begin) ==
          e[0].evidence.sentence);
}

TEST_CASE("the same event told twice in one article is one event") {
    std::string text = "Trump imposed 25 percent tariffs on steel in March. The 25 percent "
                       "steel tariffs imposed in March hurt Japan.";
    auto e = test::events(
        text, {when(text, "in March", "2025-03"), when(text, "in March hurt", "2025-03")});
    CHECK(of_kind(e, EventKind::tariff_imposed).size() == 1);
}

TEST_CASE("two triggers in two clauses are two events with their own rates and targets") {
    std::string text = "U.S. tariffs on Chinese goods will fall to 30 percent from 145 percent, "
                       "while Chinese duties on U.S. imports will drop to 10 percent from 125 "
                       "percent.";
    auto changed = of_kind(test::events(text), EventKind::tariff_changed);
    REQUIRE(changed.size() == 2);
    CHECK(changed[0].details.rate_pct == 30);
    CHECK(changed[0].details.target == "CHN");
    CHECK(changed[0].actors == std::vector<std::string>{"CHN", "USA"});
    CHECK(changed[1].details.rate_pct == 10);
    CHECK(changed[1].details.target == "USA");
    CHECK(changed[0].status == EventStatus::planned);
}

TEST_CASE("a country that faces a tariff is its target, not its imposer") {
    std::string text = "The White House imposed tariffs on steel in March. Japan will face a 25 "
                       "percent tariff from Aug. 1.";
    auto e = test::events(
        text, {when(text, "in March", "2025-03"), when(text, "Aug. 1", "2025-08-01", "from")});
    REQUIRE(of_kind(e, EventKind::tariff_imposed).size() == 1);
    auto coming = of_kind(e, EventKind::tariff_announced);
    REQUIRE(coming.size() == 1);
    CHECK(coming[0].details.target == "JPN");
    CHECK(coming[0].details.rate_pct == 25);
    CHECK(coming[0].date.value == "2025-08-01");
    CHECK(coming[0].status == EventStatus::planned);
    CHECK(coming[0].actors == std::vector<std::string>{"JPN", "USA"});
}

TEST_CASE("a tariff is dated by the day it takes effect rather than the day it was signed") {
    std::string text = "The order, signed on Sept. 4, lowers tariffs on Japanese autos to 15 "
                       "percent, effective Sept. 16.";
    auto changed = of_kind(test::events(text, {when(text, "Sept. 4", "2025-09-04"),
                                               when(text, "Sept. 16", "2025-09-16")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].date.value == "2025-09-16");
    CHECK(changed[0].details.rate_pct == 15);
    CHECK(changed[0].details.target == "JPN");
    CHECK(changed[0].details.products == std::vector<std::string>{"autos"});
}

TEST_CASE("talks on two days in a row are one event over both days") {
    std::string text = "Mexico and the United States held a fifth round of negotiations in "
                       "Washington on Thursday and Friday.";
    auto talks = of_kind(test::events(text, {when(text, "Thursday", "2025-05-15"),
                                             when(text, "Friday", "2025-05-16")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-05-15/2025-05-16");
    CHECK(talks[0].details.round == 5);
    CHECK(talks[0].status == EventStatus::held);
}

TEST_CASE("talks in two months are two events") {
    std::string text = "Officials from Tokyo and Washington held talks in April and May.";
    auto talks =
        of_kind(test::events(text, {when(text, "April", "2025-04"), when(text, "May", "2025-05")}),
                EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].date.value == "2025-04");
    CHECK(talks[1].date.value == "2025-05");
}

TEST_CASE("an announced tariff is one event, dated by the day it is to take effect") {
    std::string text = "Trump announced on Wednesday that he would impose a 25 percent tariff on "
                       "all imported cars starting June 3.";
    auto e = test::events(text, {when(text, "on Wednesday", "2025-05-14"),
                                 when(text, "June 3", "2025-06-03", "starting")});
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].date.value == "2025-06-03");
    CHECK(announced[0].status == EventStatus::planned);
    CHECK(announced[0].details.rate_pct == 25);
    CHECK(announced[0].details.products == std::vector<std::string>{"autos"});
    CHECK(announced[0].details.target == "ALL");
}

TEST_CASE("an announcement alone is dated by the day it was made") {
    std::string text = "The White House announced 25 percent tariffs on imported trucks on "
                       "Wednesday.";
    auto announced = of_kind(test::events(text, {when(text, "on Wednesday", "2025-05-14")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].date.value == "2025-05-14");
    CHECK(announced[0].details.products == std::vector<std::string>{"trucks"});
}

TEST_CASE("a sentence that points back takes the goods of the one before") {
    std::string text = "Trump put a 25 percent tariff on cars. The tariffs are set to take "
                       "effect on Aug. 1.";
    auto coming = of_kind(test::events(text, {when(text, "Aug. 1", "2025-08-01")}),
                          EventKind::tariff_announced);
    REQUIRE(coming.size() == 1);
    CHECK(coming[0].date.value == "2025-08-01");
    CHECK(coming[0].details.products == std::vector<std::string>{"autos"});
    CHECK(coming[0].status == EventStatus::planned);
}

TEST_CASE("a country set off after the city of the talks is where they were, not a party") {
    std::string text = "Xi Jinping and Donald Trump met in Busan, South Korea, on Thursday.";
    auto talks =
        of_kind(test::events(text, {when(text, "Thursday", "2025-10-30")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    for (const auto& a : talks[0].actors)
        CHECK(a != "KOR");
    // A country that goes on into its own phrase speaks for itself.
    std::string said = "Speaking in Tokyo, Japan's negotiator said talks would resume on Monday.";
    auto planned =
        of_kind(test::events(said, {when(said, "Monday", "2025-05-26")}), EventKind::talks);
    REQUIRE(planned.size() == 1);
    CHECK(std::find(planned[0].actors.begin(), planned[0].actors.end(), "JPN") !=
          planned[0].actors.end());
}

TEST_CASE("a date before \"and\" and a second tariff verb dates the first verb") {
    std::string text = "Washington imposed a 25 percent tariff on steel in March and raised it "
                       "to 50 percent in June.";
    auto e = test::events(text, {when(text, "March", "2025-03"), when(text, "June", "2025-06")});
    auto imposed = of_kind(e, EventKind::tariff_imposed);
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(imposed.size() == 1);
    REQUIRE(changed.size() == 1);
    CHECK(imposed[0].date.value == "2025-03");
    CHECK(imposed[0].details.rate_pct == 25);
    CHECK(changed[0].date.value == "2025-06");
    CHECK(changed[0].details.rate_pct == 50);
}

TEST_CASE("a round numbered past what an int holds is no round") {
    std::string text = "The 7777777777th round of talks was held in Geneva on Monday.";
    auto talks =
        of_kind(test::events(text, {when(text, "Monday", "2025-05-19")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK_FALSE(talks[0].details.round);
}

TEST_CASE("the outline of a deal agreed is the deal struck") {
    std::string text = "The European Union and the United States agreed the broad outline of a "
                       "trade deal in Scotland on Sunday.";
    auto deals = of_kind(test::events(text, {when(text, "Sunday", "2025-07-27")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-07-27");
    CHECK(deals[0].actors == std::vector<std::string>{"EUU", "USA"});
}

TEST_CASE("a deal only offered or feared is not an event") {
    std::string text = "The tariffs take effect on Friday unless the two sides strike a deal.";
    CHECK(
        of_kind(test::events(text, {when(text, "Friday", "2025-05-23")}), EventKind::deal).empty());
}

TEST_CASE("a date far nearer to another event does not date the talks of a purpose clause") {
    std::string text = "Canada will drop most of its retaliatory tariffs on U.S. goods from "
                       "Sept. 1, Prime Minister Mark Carney said, in a bid to restart stalled "
                       "trade talks with Washington.";
    auto e = test::events(text, {when(text, "Sept. 1", "2025-09-01", "from")});
    CHECK(of_kind(e, EventKind::talks).empty());
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.target == "USA");
    CHECK(changed[0].date.value == "2025-09-01");
}

TEST_CASE("a levy averted is no fact") {
    std::string text = "The deal averts a 25 percent levy that was due to take effect on Friday.";
    CHECK(
        of_kind(test::events(text, {when(text, "Friday", "2025-05-23")}), EventKind::tariff_imposed)
            .empty());
}

TEST_CASE("a tariff named in passing is a tariff in force") {
    std::string text = "Japan wants relief from the 25 percent levy on automobiles.";
    auto imposed = of_kind(test::events(text), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 25);
    CHECK(imposed[0].details.products == std::vector<std::string>{"autos"});
    CHECK(imposed[0].details.target == "ALL");
    CHECK(imposed[0].status == EventStatus::reported);
    CHECK_FALSE(imposed[0].date.known());
}

TEST_CASE("a tariff named as what a verb imposes is not a second tariff") {
    std::string text = "Trump imposed a 25 percent levy on automobiles in April.";
    auto e = test::events(text, {when(text, "in April", "2025-04")});
    REQUIRE(e.size() == 1);
    CHECK(e[0].kind == EventKind::tariff_imposed);
    CHECK(e[0].date.value == "2025-04");
}

TEST_CASE("the country goods are shipped to imposes the tariff and is not its target") {
    std::string text = "Switzerland will face a 39 percent tariff on its exports to the United "
                       "States.";
    auto e = test::events(text);
    REQUIRE(e.size() == 1);
    CHECK(e[0].details.target == "CHE");
    CHECK(has(e[0].actors, "USA"));
}

TEST_CASE("a country after a tariff word or a verb is not the tariff's target") {
    std::string text = "India will pay a 25 percent tariff, plus a penalty for buying Russian oil.";
    auto e = test::events(text);
    REQUIRE(!e.empty());
    CHECK(e[0].details.target == "IND");
    std::string stacked = "Goods from China will be charged an additional 34 percent, stacked on "
                          "the duties Washington imposed earlier.";
    auto s = test::events(stacked);
    REQUIRE(!s.empty());
    CHECK(s[0].details.target == "CHN");
}

TEST_CASE("two sides cutting their tariffs in one sentence each cut the other's goods") {
    std::string text = "Washington will cut its levies on Chinese products to 30 percent from 145 "
                       "percent and Beijing will lower its duties on U.S. goods to 10 percent "
                       "from 125 percent.";
    auto changed = of_kind(test::events(text), EventKind::tariff_changed);
    REQUIRE(changed.size() == 2);
    CHECK(changed[0].details.rate_pct == 30);
    CHECK(changed[0].details.target == "CHN");
    CHECK(changed[0].actors == std::vector<std::string>{"CHN", "USA"});
    CHECK(changed[1].details.rate_pct == 10);
    CHECK(changed[1].details.target == "USA");
}

TEST_CASE("an order cutting a tariff is the cut, with the rate it goes to") {
    std::string text = "Trump signed an order cutting the U.S. tariff on up to 100,000 British "
                       "cars a year to 10 percent.";
    auto e = test::events(text);
    CHECK(of_kind(e, EventKind::tariff_announced).empty());
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 10);
    CHECK(changed[0].details.target == "GBR");
}

TEST_CASE("a tariff on all goods of one country falls on that country") {
    std::string text = "China will raise its tariffs on all U.S. goods to 125 percent.";
    auto changed = of_kind(test::events(text), EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.target == "USA");
}

TEST_CASE("a tariff on all imports from one country falls on that country") {
    std::string text = "The 25 percent duty on all imports from Mexico took effect on Tuesday.";
    auto imposed = of_kind(test::events(text, {when(text, "on Tuesday", "2025-05-20")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.target == "MEX");
    std::string goods = "Washington will charge 10 percent on all goods from China.";
    auto announced = of_kind(test::events(goods), EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.target == "CHN");
}

TEST_CASE("words that only say when a cut takes effect date the cut and are no tariff of their "
          "own") {
    std::string text = "Beijing will lower its duties on U.S. goods to 10 percent, with the cut "
                       "taking effect on Wednesday.";
    auto e = test::events(text, {when(text, "Wednesday", "2025-05-14")});
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    CHECK(of_kind(e, EventKind::tariff_announced).empty());
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].date.value == "2025-05-14");
    CHECK(changed[0].details.rate_pct == 10);
}

TEST_CASE("an official going home is no talks, and going back for a round is") {
    std::string home = "The minister is due to return to Seoul on Sunday.";
    CHECK(of_kind(test::events(home, {when(home, "on Sunday", "2025-05-25")}), EventKind::talks)
              .empty());
    std::string round = "He will return to Washington next week for a fifth round of talks.";
    auto talks =
        of_kind(test::events(round, {when(round, "next week", "2025-W22")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].details.round == 5);
}

TEST_CASE("a deal only aimed at, hoped for or doubted is no deal") {
    for (std::string text : {"The two governments aimed to seal an agreement before the summit.",
                             "Seoul is committed to securing a deal that protects its farmers.",
                             "The president has said he doubts a deal can be reached."}) {
        INFO(text);
        CHECK(of_kind(test::events(text), EventKind::deal).empty());
    }
}

TEST_CASE("a tariff refused just to reach a deal stays a tariff in force") {
    std::string text =
        "Officials said Seoul would not accept the 25 percent tariff on steel simply to "
        "strike a quick deal.";
    auto e = test::events(text);
    CHECK(of_kind(e, EventKind::deal).empty());
    auto imposed = of_kind(e, EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 25);
    CHECK(imposed[0].details.products == std::vector<std::string>{"steel"});
}

TEST_CASE("a goal within a number of days falls due that many days after publication") {
    std::string text = "Officials said the two sides aimed to sign an agreement within 60 days.";
    auto e = test::events(text, {when(text, "60 days", "P60D", "within")});
    CHECK(of_kind(e, EventKind::deal).empty());
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-07-19");
}

TEST_CASE("a rate that names neither goods nor a country they come from is no tariff") {
    for (std::string text : {"The 20 percent rate compares with 12 percent for most exporters.",
                             "The 18 percent rate includes the duties already charged.",
                             "The order lifts the rate from the 30 percent charged since March."}) {
        INFO(text);
        auto e = test::events(text);
        CHECK(of_kind(e, EventKind::tariff_imposed).empty());
        CHECK(of_kind(e, EventKind::tariff_changed).empty());
        CHECK(of_kind(e, EventKind::tariff_announced).empty());
    }
}

TEST_CASE("a refusal that names a tariff in passing is still the speaker's statement") {
    std::string text = "Officials said Seoul would not accept the 25 percent levy on its ships.";
    auto e = test::events(text);
    auto statements = of_kind(e, EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(statements[0].status == EventStatus::rejected);
    CHECK(has(statements[0].actors, "KOR"));
    CHECK(of_kind(e, EventKind::tariff_imposed).size() == 1);
}

TEST_CASE("a position told beside an event that is no fact is a statement") {
    std::string text = "The minister said Ottawa would press for the steel tariffs to be lifted.";
    CHECK(of_kind(test::events(text), EventKind::statement).size() == 1);
}

TEST_CASE("earlier rounds held in two cities in two months are the rounds before the latest") {
    std::string text = "China and the United States will hold a third round of talks in Stockholm "
                       "next week. The earlier rounds were held in Geneva in March and in London "
                       "in April.";
    auto e = test::events(text, {when(text, "next week", "2025-W22"),
                                 when(text, "March", "2025-03"), when(text, "April", "2025-04")});
    auto talks = of_kind(e, EventKind::talks);
    REQUIRE(talks.size() == 3);
    for (const auto& t : talks) {
        INFO(t.date.value);
        CHECK(has(t.actors, "CHN"));
        CHECK(has(t.actors, "USA"));
        CHECK_FALSE(has(t.actors, "CHE"));
        CHECK_FALSE(has(t.actors, "GBR"));
        if (t.date.value == "2025-03") CHECK(t.details.round == 1);
        if (t.date.value == "2025-04") CHECK(t.details.round == 2);
    }
}

TEST_CASE("rounds told as earlier number talks anywhere in their sentence") {
    std::string text = "Seoul and Washington will hold a third round of talks on Friday. In the "
                       "previous two rounds of tariff negotiations that took place in March and "
                       "April, Ahn held talks with Greer.";
    auto e = test::events(text, {when(text, "on Friday", "2025-05-23"),
                                 when(text, "March", "2025-03"), when(text, "April", "2025-04")});
    std::map<std::string, int> rounds;
    for (const auto& t : of_kind(e, EventKind::talks))
        if (t.details.round) rounds[t.date.value] = *t.details.round;
    CHECK(rounds["2025-03"] == 1);
    CHECK(rounds["2025-04"] == 2);
    CHECK(rounds["2025-05-23"] == 3);
}

TEST_CASE("a tariff set to apply from a day is a tariff to come, dated by that day") {
    std::string text = "A 25 percent duty on imported trucks is set to apply from June 2.";
    auto e = test::events(text, {when(text, "June 2", "2025-06-02", "from")});
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].status == EventStatus::planned);
    CHECK(announced[0].date.value == "2025-06-02");
    CHECK(announced[0].details.rate_pct == 25);
    CHECK(announced[0].details.target == "ALL");
}

TEST_CASE("the country whose firms a tariff puts pressure on is not its target") {
    std::string text = "A 25 percent duty on auto parts took effect on Friday, adding to "
                       "pressure on Korean suppliers.";
    auto e = test::events(text, {when(text, "on Friday", "2025-05-16")});
    auto imposed = of_kind(e, EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.target == "ALL");
}

TEST_CASE("a deal with no rate takes none of the goods its sentence names") {
    std::string text = "The leaders pledged cooperation in shipbuilding and energy under the trade "
                       "deal their governments struck in April.";
    auto deals = of_kind(test::events(text, {when(text, "in April", "2025-04")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-04");
    CHECK(deals[0].details.products.empty());
    CHECK_FALSE(deals[0].details.rate_pct);
}

TEST_CASE(
    "agreeing to cut tariffs is a deal, and agreeing to push one back or push for more is not") {
    std::string cut = "Seoul and Washington agreed on Friday to slash the tariffs they have "
                      "imposed on each other's goods.";
    CHECK(of_kind(test::events(cut, {when(cut, "on Friday", "2025-05-16")}), EventKind::deal)
              .size() == 1);
    for (std::string text :
         {"Trump has agreed to push back a threatened 40 percent tariff on Swiss goods.",
          "The two sides had agreed to push for a further extension of the pause on their "
          "tariffs."}) {
        INFO(text);
        CHECK(of_kind(test::events(text), EventKind::deal).empty());
    }
}

TEST_CASE("a rate agreed with a country is a deal at that rate") {
    std::string text = "The rate is far higher than the 15 percent agreed with Japan in April.";
    auto deals = of_kind(test::events(text, {when(text, "in April", "2025-04")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.rate_pct == 15);
    CHECK(has(deals[0].actors, "JPN"));
}

TEST_CASE("a deal pointed back to takes no rate told before it") {
    std::string text = "The order cuts the tariff on British cars to 10 percent, putting into "
                       "effect the core of the trade agreement the two countries announced in "
                       "April.";
    auto deals = of_kind(test::events(text, {when(text, "in April", "2025-04")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK_FALSE(deals[0].details.rate_pct);
    CHECK(deals[0].details.products.empty());
}

TEST_CASE("a tariff told before the deal it falls under gives the deal its rate") {
    std::string text = "Most Thai goods have paid a 19 percent tariff since Aug. 7 under a "
                       "framework the two governments agreed in July.";
    auto events = test::events(text, {when(text, "since Aug. 7", "2025-08-07", "since"),
                                      when(text, "in July", "2025-07")});
    auto deals = of_kind(events, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.rate_pct == 19);
    CHECK(of_kind(events, EventKind::tariff_imposed).size() == 1);
}

TEST_CASE("signing a comprehensive economic partnership agreement is a deal") {
    std::string text = "Indonesia signed a comprehensive economic partnership agreement with "
                       "Canada in Ottawa on Wednesday.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Wednesday", "2025-09-24")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-09-24");
}

TEST_CASE("what a party says it will do is a statement, and a forecast about a thing is not") {
    for (std::string text : {"Goyal said India would not bow to pressure from Washington.",
                             "The ministry said on Friday it would defend its interests.",
                             "Canada will not back down in the dispute, Carney said."}) {
        INFO(text);
        CHECK(of_kind(test::events(text), EventKind::statement).size() == 1);
    }
    for (std::string text : {"Officials said the framework would settle the dispute over magnets.",
                             "A spokesman said details would be announced after a review."}) {
        INFO(text);
        CHECK(of_kind(test::events(text), EventKind::statement).empty());
    }
}

TEST_CASE("a deadline a speaker hopes to meet leaves the speaker's statement standing") {
    std::string text = "The minister said Seoul would press for lower tariffs on its cars, and "
                       "hoped to settle the details by the end of September.";
    auto e = test::events(text, {when(text, "the end of September", "2025-09", "by")});
    CHECK(of_kind(e, EventKind::statement).size() == 1);
    CHECK(of_kind(e, EventKind::deadline).size() == 1);
}

TEST_CASE("two rates in a row each keep their own goods, however long the list") {
    std::string text = "Tariffs of 25 percent on cars and 50 percent on steel, aluminum and copper "
                       "remain in place.";
    auto imposed = of_kind(test::events(text), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    for (const auto& t : imposed) {
        if (t.details.rate_pct == 25)
            CHECK(t.details.products == std::vector<std::string>{"autos"});
        if (t.details.rate_pct == 50)
            CHECK(t.details.products == std::vector<std::string>{"steel", "aluminum", "copper"});
    }
}

TEST_CASE("a tariff announced to apply from a day is dated by that day, not a pause beside it") {
    std::string text = "Canada will extend its suspension of countermeasures until early "
                       "August, the minister said on Sunday, a day after Trump announced a 35 "
                       "percent tariff on Canadian imports from Aug. 1.";
    auto e = test::events(text, {when(text, "early August", "2025-08-01/2025-08-10", "until"),
                                 when(text, "on Sunday", "2025-07-13"), when(text, "a day", "P1D"),
                                 when(text, "Aug. 1", "2025-08-01", "from")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-08-01/2025-08-10");
    CHECK_FALSE(paused[0].details.duration_days);
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].date.value == "2025-08-01");
    CHECK(announced[0].details.rate_pct == 35);
    CHECK(announced[0].details.target == "CAN");
}

TEST_CASE("two meetings on one day with different people are two talks") {
    std::string text = "Commerce Secretary Howard Lutnick and Ryosei Akazawa held a fourth round "
                       "of talks on Friday. Akazawa also met Treasury Secretary Scott Bessent "
                       "later in the day.";
    auto talks = of_kind(test::events(text, {when(text, "on Friday", "2025-05-16"),
                                             when(text, "later in the day", "2025-05-16")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].details.round == 4);
    CHECK_FALSE(talks[1].details.round);
    CHECK(has(talks[1].actors, "Scott Bessent"));
}

TEST_CASE("of a week and a day in it, talks take the day") {
    std::string text = "Earlier in the week, Bessent met Japanese Finance Minister Katsunobu Kato "
                       "on Wednesday in Banff.";
    auto talks = of_kind(test::events(text, {when(text, "Earlier in the week", "2025-W21"),
                                             when(text, "on Wednesday", "2025-05-21")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-05-21");
}

TEST_CASE("both cuts taking effect on one day date each cut") {
    std::string text = "Ottawa will cut its levies on U.S. steel to 10 percent and Washington "
                       "will lower its duties on Canadian lumber to 5 percent, with both cuts "
                       "taking effect on Monday.";
    auto changed = of_kind(test::events(text, {when(text, "on Monday", "2025-05-26")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 2);
    for (const auto& c : changed)
        CHECK(c.date.value == "2025-05-26");
}

TEST_CASE("a rate told with the one it came down from is a change, on the goods' country") {
    std::string text = "Korean ships will be charged 10 percent, down from 20 percent, officials "
                       "said.";
    auto e = test::events(text);
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 10);
    CHECK(changed[0].details.target == "KOR");
    CHECK(changed[0].status == EventStatus::planned);
}

TEST_CASE("goods named with the adjective of their country fall on that country") {
    std::string text = "British steel and aluminum will stay at 25 percent.";
    auto imposed = of_kind(test::events(text), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.target == "GBR");
}

TEST_CASE("tariffs put on hold for a time are paused from that day, however many words name "
          "them") {
    std::string text = "Trump on Wednesday put his higher country-specific tariffs on hold for 90 "
                       "days, while keeping a 10 percent duty on almost all imports in place.";
    auto e = test::events(
        text, {when(text, "on Wednesday", "2025-04-09"), when(text, "90 days", "P90D")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-04-09");
    CHECK(paused[0].details.duration_days == 90);
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-07-08");
}

TEST_CASE("a tariff kept on hold until a day is paused, its rate read through the percent sign") {
    std::string text = "Washington agreed to keep its own 24% reciprocal tariff on Chinese goods "
                       "on hold until Nov. 10, 2026.";
    auto e = test::events(text, {when(text, "Nov. 10, 2026", "2026-11-10", "until")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 24);
    CHECK(paused[0].details.target == "CHN");
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2026-11-10");
}

TEST_CASE("holding off on raising tariffs pauses the raise and is no change") {
    std::string text = "Trump said he would hold off for 60 days on raising tariffs on Canadian "
                       "goods to 40 percent.";
    auto e = test::events(text, {when(text, "60 days", "P60D")});
    CHECK(of_kind(e, EventKind::tariff_changed).empty());
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 40);
    CHECK(paused[0].details.target == "CAN");
}

TEST_CASE("a truce put back on track is no pause") {
    std::string text = "The two sides agreed on a framework to put their tariff truce back on "
                       "track after two days of talks.";
    CHECK(of_kind(test::events(text, {when(text, "two days", "P2D")}), EventKind::tariff_paused)
              .empty());
}

TEST_CASE("agreements with two countries are not merged into one country's deal") {
    std::string text = "Britain and the United States agreed a trade deal that lets 100,000 "
                       "British cars in at 10 percent. Washington has already reached "
                       "tariff-cutting agreements with China and Britain.";
    auto deals = of_kind(test::events(text), EventKind::deal);
    REQUIRE(deals.size() == 2);
    int with_china = 0;
    for (const auto& d : deals)
        if (has(d.actors, "CHN")) {
            ++with_china;
            CHECK_FALSE(d.details.quota);
        }
    CHECK(with_china == 1);
}

TEST_CASE("talks running since a month are no talks of that month, since a day they are") {
    std::string months = "The two countries have held five rounds of negotiations since March.";
    CHECK(
        of_kind(test::events(months, {when(months, "March", "2025-03", "since")}), EventKind::talks)
            .empty());
    std::string day = "Mexican negotiators have been holding talks in Washington since Friday.";
    auto talks =
        of_kind(test::events(day, {when(day, "Friday", "2025-05-16", "since")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-05-16");
}

TEST_CASE("a tariff in a clause of condition or one that would have risen is no event") {
    for (std::string text :
         {"If Washington imposes tariffs on semiconductors, Seoul will respond in kind.",
          "U.S. tariffs on Chinese goods would have risen to 145 percent on Tuesday."}) {
        INFO(text);
        auto e = test::events(text);
        CHECK(of_kind(e, EventKind::tariff_announced).empty());
        CHECK(of_kind(e, EventKind::tariff_imposed).empty());
        CHECK(of_kind(e, EventKind::tariff_changed).empty());
    }
}

TEST_CASE("the country of a relative clause's subject is the target of what it pays") {
    std::string text = "Korean shipbuilders, which currently pay 20 percent on vessels sold to the "
                       "United States, want a quick settlement.";
    auto imposed = of_kind(test::events(text), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 20);
    CHECK(imposed[0].details.target == "KOR");
}

TEST_CASE("a tariff told as the term of a deal is the deal's rate, not a tariff of its own") {
    std::string text = "Trump said on Tuesday that the United States had concluded a deal with "
                       "Vietnam under which Vietnamese imports will face a 20 percent tariff.";
    auto e = test::events(text, {when(text, "on Tuesday", "2025-05-20")});
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    CHECK(of_kind(e, EventKind::tariff_announced).empty());
    auto deals = of_kind(e, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.rate_pct == 20);
    CHECK(has(deals[0].actors, "VNM"));
}

TEST_CASE("earlier meetings listed with their places and months are talks of their own") {
    std::string text =
        "Bessent and He Lifeng led two days of talks in Stockholm on July 28 and 29, "
        "following earlier meetings in Geneva in May and in London in June.";
    auto talks = of_kind(
        test::events(text, {when(text, "July 28 and 29", "2025-07-28/2025-07-29"),
                            when(text, "in May", "2025-05"), when(text, "in June", "2025-06")}),
        EventKind::talks);
    REQUIRE(talks.size() == 3);
    CHECK(talks[0].date.value == "2025-07-28/2025-07-29");
    CHECK(talks[0].details.location == "Stockholm");
    CHECK(talks[1].date.value == "2025-05");
    CHECK(talks[1].details.location == "Geneva");
    CHECK(talks[2].date.value == "2025-06");
    CHECK(talks[2].details.location == "London");
}

TEST_CASE("sessions told after a numbered round are talks apart from it") {
    std::string text =
        "It was the fourth round of talks this year, after sessions in Geneva in May, "
        "London in June and Stockholm in July.";
    auto talks = of_kind(
        test::events(text, {when(text, "this year", "2025"), when(text, "in May", "2025-05"),
                            when(text, "in June", "2025-06"), when(text, "in July", "2025-07")}),
        EventKind::talks);
    REQUIRE(talks.size() == 4);
    CHECK(talks[0].details.round == 4);
    CHECK(talks[1].details.location == "Geneva");
    CHECK(talks[2].details.location == "London");
    CHECK(talks[3].details.location == "Stockholm");
    CHECK(talks[3].date.value == "2025-07");
}

TEST_CASE("a change told in a second that-clause of a saying is dated by the saying") {
    std::string text = "Parmelin told a news conference on Friday that Swiss companies planned to "
                       "invest $200 billion in the United States, and that Switzerland would open "
                       "tariff-free quotas for 500 tonnes of American beef.";
    auto e = of_kind(test::events(text, {when(text, "on Friday", "2025-05-16", "report")}),
                     EventKind::tariff_changed);
    REQUIRE(e.size() == 1);
    CHECK(e[0].date.value == "2025-05-16");
    CHECK(e[0].status == EventStatus::planned);
}

TEST_CASE("a threat to raise a tariff is a tariff announced at the rate threatened") {
    std::string text = "Trump has threatened to raise the tariff on Canadian goods not covered by "
                       "the continental trade pact to 35 percent from Aug. 1.";
    auto e = test::events(text, {when(text, "Aug. 1", "2025-08-01", "from")});
    CHECK(of_kind(e, EventKind::tariff_changed).empty());
    auto threats = of_kind(e, EventKind::tariff_announced);
    REQUIRE(threats.size() == 1);
    CHECK(threats[0].details.rate_pct == 35);
    CHECK(threats[0].details.target == "CAN");
    CHECK(threats[0].status == EventStatus::proposed);
}

TEST_CASE("a duty cut on goods of no known name and no origin falls on all") {
    std::string text = "India cut the import duty on motorcycles to 30 percent from 50 percent on "
                       "Feb. 1.";
    auto changed = of_kind(test::events(text, {when(text, "on Feb. 1", "2025-02-01")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.target == "ALL");
    CHECK(changed[0].details.rate_pct == 30);
    CHECK(changed[0].date.value == "2025-02-01");
}

TEST_CASE("a call on the phone and the one expected again are two talks") {
    std::string text = "Sefcovic said he had spent two hours on the phone with Lutnick on Friday "
                       "and expected to speak to him again this week.";
    auto talks = of_kind(test::events(text, {when(text, "on Friday", "2025-05-16"),
                                             when(text, "this week", "2025-W21")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].date.value == "2025-05-16");
    CHECK(talks[0].status == EventStatus::held);
    CHECK(talks[1].date.value == "2025-W21");
    CHECK(talks[1].status == EventStatus::planned);
}

TEST_CASE("a tariff that took effect up from a lower rate is a change to its rate") {
    std::string text = "Beijing's own 125 percent tariff on American goods took effect on "
                       "Saturday, up from 84 percent.";
    auto e = test::events(text, {when(text, "on Saturday", "2025-05-17")});
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 125);
    CHECK(changed[0].details.target == "USA");
    CHECK(changed[0].date.value == "2025-05-17");
}

TEST_CASE("duties recommended with a day and their kind between are a tariff proposed") {
    std::string text = "South Korea's trade commission recommended on Thursday provisional "
                       "anti-dumping duties of up to 38.02 percent on steel plate from China.";
    auto e = test::events(text, {when(text, "on Thursday", "2025-05-15")});
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    auto proposed = of_kind(e, EventKind::tariff_announced);
    REQUIRE(proposed.size() == 1);
    CHECK(proposed[0].status == EventStatus::proposed);
    CHECK(proposed[0].details.rate_pct == 38.02);
    CHECK(proposed[0].details.target == "CHN");
    CHECK(proposed[0].date.value == "2025-05-15");
}

TEST_CASE("a deadline the sides must meet is theirs even when an onlooker tells it") {
    std::string bound = "Analysts said the tariffs were a message to Washington ahead of a review "
                        "of the pact that Mexico and Canada must complete by July 1.";
    auto e = test::events(bound, {when(bound, "by July 1", "2025-07-01", "by")});
    REQUIRE(of_kind(e, EventKind::deadline).size() == 1);
    CHECK(of_kind(e, EventKind::deadline)[0].date.value == "2025-07-01");
    std::string guessed = "Analysts said Mexico and Canada were unlikely to complete the review "
                          "by July 1.";
    CHECK(of_kind(test::events(guessed, {when(guessed, "by July 1", "2025-07-01", "by")}),
                  EventKind::deadline)
              .empty());
}

TEST_CASE("a planned increase put off is the pause's rate, not a change") {
    std::string text = "Trump agreed to put off for 90 days a planned increase in the tariff on "
                       "Mexican goods to 30 percent.";
    auto e = test::events(text, {when(text, "90 days", "P90D")});
    CHECK(of_kind(e, EventKind::tariff_changed).empty());
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 30);
    CHECK(paused[0].details.target == "MEX");
    CHECK(paused[0].details.duration_days == 90);
}

TEST_CASE("a cabinet sitting or a minister meeting business leaders at home is no talks") {
    for (std::string text :
         {"Switzerland's Federal Council met in extraordinary session on Tuesday to discuss the "
          "39 percent U.S. tariff.",
          "Brazil's Vice President Geraldo Alckmin met industry and farm leaders on Tuesday to "
          "discuss the U.S. tariff."}) {
        auto e = test::events(text, {when(text, "on Tuesday", "2025-05-20")});
        CHECK(of_kind(e, EventKind::talks).empty());
    }
}

TEST_CASE("goods from countries left unnamed fall on no target rather than on all") {
    std::string text =
        "From Jan. 1, cars from those countries will pay 50%, and textiles, clothing "
        "and steel up to 35%, according to the final text.";
    auto e = of_kind(test::events(text, {when(text, "From Jan. 1", "2026-01-01", "from")}),
                     EventKind::tariff_announced);
    REQUIRE(e.size() == 2);
    for (const auto& tariff : e) {
        CHECK(tariff.details.target.empty());
        CHECK(tariff.date.value == "2026-01-01");
    }
    CHECK(e[0].details.products == std::vector<std::string>{"autos"});
    CHECK(e[1].details.rate_pct == 35);
}

TEST_CASE("rates told at the same time as a dated one share its day") {
    std::string text = "The 15 percent rate on South Korean goods took effect on Thursday, at the "
                       "same time as the 15 percent levy on Japanese goods and the 20 percent on "
                       "goods from Taiwan.";
    auto e = of_kind(test::events(text, {when(text, "on Thursday", "2025-05-15")}),
                     EventKind::tariff_imposed);
    REQUIRE(e.size() == 3);
    for (const auto& tariff : e)
        CHECK(tariff.date.value == "2025-05-15");
}

TEST_CASE("a threat a deal replaced is no term of the deal but a threat called off") {
    std::string text =
        "The two sides struck a deal on July 30 under which Korean goods would face a "
        "15 percent tariff instead of the 25 percent Trump had threatened, in return "
        "for $100 billion of purchases of American liquefied natural gas.";
    auto e = test::events(text, {when(text, "July 30", "2025-07-30")});
    auto deals = of_kind(e, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.rate_pct == 15);
    CHECK(deals[0].details.products.empty());
    auto threats = of_kind(e, EventKind::tariff_announced);
    REQUIRE(threats.size() == 1);
    CHECK(threats[0].details.rate_pct == 25);
    CHECK(threats[0].details.target == "KOR");
    CHECK(threats[0].status == EventStatus::cancelled);
}

TEST_CASE("a tariff told in a saying after a deal is announced is the deal's rate") {
    std::string text = "Trump announced the agreement on July 22, during Akazawa's eighth visit to "
                       "Washington, saying Japan would face a 15 percent tariff.";
    auto e = test::events(text, {when(text, "July 22", "2025-07-22")});
    CHECK(of_kind(e, EventKind::tariff_announced).empty());
    auto deals = of_kind(e, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.rate_pct == 15);
    CHECK(deals[0].date.value == "2025-07-22");
}

TEST_CASE("a deal that caps tariffs at a rate sets the deal's rate and is no change of its own") {
    std::string text = "The European Union's framework deal, agreed at Turnberry in Scotland on "
                       "July 27, caps U.S. tariffs on most European goods at 15 percent.";
    auto e = test::events(text, {when(text, "on July 27", "2025-07-27")});
    CHECK(of_kind(e, EventKind::tariff_changed).empty());
    auto deals = of_kind(e, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.rate_pct == 15);
}

TEST_CASE("a rule's gap passes over an aside between commas") {
    for (const std::string text :
         {"Washington capped its tariffs on most Korean goods, including cars, at 15 percent.",
          "Washington capped its tariffs on most Korean goods, cars included, at 15 percent."}) {
        auto changed = of_kind(test::events(text), EventKind::tariff_changed);
        REQUIRE(changed.size() == 1);
        CHECK(changed[0].details.rate_pct == 15);
        CHECK(changed[0].details.target == "KOR");
    }
    // Any words between commas are no aside.
    auto changed = of_kind(test::events("Washington capped its tariffs on most Korean goods, "
                                        "Trump said, at 15 percent."),
                           EventKind::tariff_changed);
    CHECK(changed.empty());
}

TEST_CASE("a party urged on a day makes a statement of that day") {
    std::string text = "Trump also urged China on Sunday to quadruple its purchases of soybeans.";
    auto statements =
        of_kind(test::events(text, {when(text, "on Sunday", "2025-05-18")}), EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(statements[0].date.value == "2025-05-18");
}

TEST_CASE("a day between the speaker and the position's verb dates the statement") {
    std::string text = "President Donald Trump on Sunday urged China to quadruple its purchases "
                       "of soybeans.";
    auto statements =
        of_kind(test::events(text, {when(text, "on Sunday", "2025-05-18")}), EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(statements[0].date.value == "2025-05-18");
}

TEST_CASE("a position put when the leaders met is dated by their meeting") {
    std::string text = "When the two presidents met on May 12 in Kuala Lumpur, Lula asked Trump "
                       "to suspend the tariffs on Brazilian coffee.";
    auto statements =
        of_kind(test::events(text, {when(text, "on May 12", "2025-05-12")}), EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(statements[0].date.value == "2025-05-12");
}

TEST_CASE("a position pressed when a minister met a secretary takes the meeting's date") {
    std::string text = "Lee pressed for a currency swap line as a safeguard when he met Treasury "
                       "Secretary Scott Bessent in New York last month.";
    auto statements =
        of_kind(test::events(text, {when(text, "last month", "2025-04")}), EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(statements[0].date.value == "2025-04");
}

TEST_CASE("a position still held is dated by publication, whatever a when-clause dates") {
    std::string text = "Seoul wants Washington to lower the levy on its cars, which rose when the "
                       "order took effect on April 3.";
    auto statements =
        of_kind(test::events(text, {when(text, "on April 3", "2025-04-03")}), EventKind::statement);
    for (const auto& s : statements)
        CHECK(s.date.value != "2025-04-03");
}

TEST_CASE("a time at the head of the sentence dates each thing it tells as done") {
    std::string text = "Three days later Akazawa met Commerce Secretary Howard Lutnick in "
                       "Washington, and the two signed a memorandum on investment.";
    auto e = test::events(text, {when(text, "Three days later", "2025-05-08")});
    auto deals = of_kind(e, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-05-08");
}

TEST_CASE("a time at the head of the sentence puts no date on a tariff kept in force") {
    std::string text = "Last month Washington extended its suspension of higher tariffs on "
                       "Chinese goods, keeping them at 30 percent.";
    auto e = test::events(text, {when(text, "Last month", "2025-04")});
    for (const auto& t : of_kind(e, EventKind::tariff_imposed))
        CHECK(t.date.value != "2025-04");
}

TEST_CASE("a further rate added on top of a tariff is a tariff of its own, from its own day") {
    std::string text = "Washington imposed a 25% tariff on Indian goods on April 7, then added a "
                       "further 30% from April 27.";
    auto imposed = of_kind(test::events(text, {when(text, "on April 7", "2025-04-07"),
                                               when(text, "April 27", "2025-04-27", "from")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[0].details.rate_pct == 25);
    CHECK(imposed[0].date.value == "2025-04-07");
    CHECK(imposed[1].details.rate_pct == 30);
    CHECK(imposed[1].date.value == "2025-04-27");
    CHECK(imposed[1].details.target == "IND");
}

TEST_CASE("talks put off after a long aside between commas are cancelled") {
    std::string text =
        "The sixth round, which had been due to begin in New Delhi on May 25 with "
        "both chief negotiators present, was put off after Washington raised duties.";
    auto talks =
        of_kind(test::events(text, {when(text, "on May 25", "2025-05-25")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::cancelled);
}

TEST_CASE("a cue past the look after a comma that closes no aside tells its own clause") {
    std::string text = "Washington charges 25 percent on Mexican goods outside the pact, and on "
                       "May 2 the president agreed to put off for 90 days a planned increase.";
    auto imposed = of_kind(test::events(text, {when(text, "on May 2", "2025-05-02")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].status == EventStatus::reported);
}

TEST_CASE("a threat of a tariff is a tariff announced as a threat") {
    std::string text = "Trump's threat of an additional 100% tariff on Chinese goods from May 1 "
                       "has rattled markets.";
    auto announced = of_kind(test::events(text, {when(text, "May 1", "2025-05-01", "from")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 100);
    CHECK(announced[0].details.target == "CHN");
    CHECK(announced[0].status == EventStatus::proposed);
}

TEST_CASE("a threat of a tariff lifted is a tariff cancelled, and no tariff changed") {
    std::string text = "The agreement lifted the threat of a 100% tariff on Chinese goods.";
    auto e = test::events(text);
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 100);
    CHECK(announced[0].status == EventStatus::cancelled);
    CHECK(of_kind(e, EventKind::tariff_changed).empty());
}

TEST_CASE("a threat with no tariff near it is no tariff") {
    std::string text = "Officials said the threat of a wider trade war had eased.";
    CHECK(of_kind(test::events(text), EventKind::tariff_announced).empty());
}

TEST_CASE("talks off the table are cancelled") {
    std::string text =
        "Talks between Japan and the United States planned for May 16 are off the table.";
    auto talks =
        of_kind(test::events(text, {when(text, "May 16", "2025-05-16", "for")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::cancelled);
}

TEST_CASE("pausing an advertising campaign or frozen talks pause no tariff") {
    for (std::string text :
         {"Ontario's premier said that he would pause the advertising campaign on Monday.",
          "Negotiations between Canada and the United States remained frozen on Monday after "
          "Trump raised tariffs on Canadian goods."}) {
        auto e = test::events(text, {when(text, "on Monday", "2025-05-19")});
        CHECK(of_kind(e, EventKind::tariff_paused).empty());
    }
}

TEST_CASE("a call being arranged is talks planned, though no day is given") {
    std::string text = "Finance Minister Fernando Haddad said he was arranging a video call with "
                       "Treasury Secretary Scott Bessent.";
    auto talks = of_kind(test::events(text), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::planned);
    CHECK(has(talks[0].actors, "Scott Bessent"));
}

TEST_CASE("the higher rate that kicks in on a day is the tariff told before, from that day") {
    std::string text =
        "Trump signed an order on Monday imposing an additional 40% duty on "
        "Brazilian goods. The higher rate kicks in May 28, a week after the signing.";
    auto announced = of_kind(test::events(text, {when(text, "on Monday", "2025-05-19"),
                                                 when(text, "May 28", "2025-05-28")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 40);
    CHECK(announced[0].details.target == "BRA");
    CHECK(announced[0].date.value == "2025-05-28");
}

TEST_CASE("an interest rate that takes effect is no tariff") {
    std::string text = "Trump signed an order on Monday imposing an additional 40% duty on "
                       "Brazilian goods. The new interest rate takes effect on May 28.";
    auto e = test::events(
        text, {when(text, "on Monday", "2025-05-19"), when(text, "on May 28", "2025-05-28")});
    for (const auto& t : e)
        CHECK(t.date.value != "2025-05-28");
}

TEST_CASE("tariffs a side wants lifted by a day set a deadline") {
    std::string text = "Brazil wants the remaining tariffs lifted by the end of the year.";
    auto deadlines =
        of_kind(test::events(text, {when(text, "by the end of the year", "2025-12-31", "by")}),
                EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-12-31");
}

TEST_CASE("a framework agreement unveiled on a day is a deal of that day") {
    std::string text = "The United States will lower its tariff on most Swiss goods to 15% from "
                       "39% under a framework agreement unveiled on Friday.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Friday", "2025-05-16")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-05-16");
}

TEST_CASE("corporate deals unveiled during a visit are no trade deal") {
    std::string text = "Korean Air announced an order for 100 Boeing aircraft on Monday, one of "
                       "several corporate deals unveiled during the visit.";
    CHECK(of_kind(test::events(text, {when(text, "on Monday", "2025-05-19")}), EventKind::deal)
              .empty());
}

TEST_CASE("a tariff named where the sentence says it will take effect is not also in force") {
    std::string text = "The 19 percent tariff on Malaysian goods was announced on Monday and will "
                       "take effect on May 28.";
    auto e = test::events(
        text, {when(text, "on Monday", "2025-05-19"), when(text, "on May 28", "2025-05-28")});
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].date.value == "2025-05-28");
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
}

TEST_CASE("a cut a party hopes will come is no change") {
    std::string text = "The two sides discussed a package that Seoul hopes will ease U.S. levies "
                       "on its cars.";
    CHECK(of_kind(test::events(text), EventKind::tariff_changed).empty());
}

TEST_CASE("countermeasures suspended come from the other side and fall on the side that "
          "imposed tariffs") {
    std::string text = "Washington imposed 25 percent tariffs on European steel in March. The "
                       "United States also raised duties on European cars to 25 percent in April. "
                       "The EU has prepared countermeasures on billions of euros of goods but has "
                       "suspended a first package until July 14.";
    auto e =
        test::events(text, {when(text, "in March", "2025-03"), when(text, "in April", "2025-04"),
                            when(text, "July 14", "2025-07-14", "until")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].actors.front() == "EUU");
    CHECK(paused[0].details.target == "USA");
}

TEST_CASE("a deal keeps its rate when a later mention of it points back") {
    std::string text = "Britain and the United States agreed a trade deal on Thursday that lets "
                       "British carmakers export 100,000 vehicles a year at a tariff of 10 "
                       "percent, the first agreement Washington has struck this year.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Thursday", "2025-05-15")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.rate_pct == 10);
    CHECK(deals[0].details.quota == 100000);
}

TEST_CASE("talks reached by a journey are dated by the day of the talks, not of the journey") {
    std::string text = "Canada's trade minister will travel to Washington on Monday and hold a "
                       "second round of talks with U.S. officials on Tuesday.";
    auto talks = of_kind(test::events(text, {when(text, "on Monday", "2025-06-02"),
                                             when(text, "on Tuesday", "2025-06-03")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-06-03");
    CHECK(talks[0].details.round == 2);
}

TEST_CASE("a statement from a country the article barely names is no side's position") {
    std::string text = "Canada and the United States held talks in Ottawa on Monday. Canada "
                       "demanded that Washington drop its tariffs. U.S. officials urged Canada "
                       "to open its dairy market. The United States and Canada will meet again "
                       "in June. Norway's prime minister urged both sides to settle quickly.";
    auto statements = of_kind(test::events(text, {when(text, "on Monday", "2025-06-02"),
                                                  when(text, "in June", "2025-06")}),
                              EventKind::statement);
    REQUIRE(statements.size() == 2);
    for (const auto& s : statements)
        CHECK_FALSE(has(s.actors, "NOR"));
}

TEST_CASE("talks told in a clause of their own run from the first day to the last") {
    std::string text = "The negotiations, which ran from Wednesday to Thursday night, ended "
                       "without an agreement between Canada and the United States.";
    auto talks = of_kind(test::events(text, {when(text, "Wednesday", "2025-06-04"),
                                             when(text, "Thursday night", "2025-06-05")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-06-04/2025-06-05");
}

TEST_CASE("a pause extended by some days to a date ends on that date") {
    std::string text = "Washington extended its tariff reprieve for Mexico by 60 days to Oct. 3.";
    auto e =
        test::events(text, {when(text, "60 days", "P60D"), when(text, "Oct. 3", "2025-10-03")});
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-10-03");
}

TEST_CASE("a pause said on a day to run for some days runs from the day it was said") {
    std::string text = "The U.S. president said on Monday he would hold off for 60 days on raising "
                       "tariffs on Canadian goods to 35 percent.";
    auto e =
        test::events(text, {when(text, "on Monday", "2025-06-02"), when(text, "60 days", "P60D")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-06-02");
    CHECK(paused[0].details.duration_days == 60);
}

TEST_CASE("a position told in a call dated by its day is dated by the call") {
    std::string text = "During Monday's phone call, Ishiba told Trump that Washington should "
                       "drop the measures it had taken against Japan.";
    auto e = test::events(text, {when(text, "Monday", "2025-06-02")});
    auto statements = of_kind(e, EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(statements[0].date.value == "2025-06-02");
}

TEST_CASE("a date after said in a statement dates the report, not the talks") {
    std::string text = "Ishiba said in a statement on Thursday that Japan would keep pressing "
                       "its case in the talks with Washington.";
    auto e = test::events(text, {when(text, "on Thursday", "2025-05-22")});
    for (const auto& t : of_kind(e, EventKind::talks))
        CHECK(t.date.value != "2025-05-22");
}

TEST_CASE("the odds of reaching a deal are no deal") {
    std::string text = "Officials put the chances of reaching a deal with Japan this week at "
                       "no better than even, Trump told reporters on Friday.";
    CHECK(of_kind(test::events(text, {when(text, "on Friday", "2025-05-23")}), EventKind::deal)
              .empty());
}

TEST_CASE("a truce that expires on a day is a deadline, not a pause") {
    std::string text = "Canada and the United States agreed to cut tariffs in June. The truce "
                       "expires on Sept. 2 unless it is extended.";
    auto e = test::events(text, {when(text, "on Sept. 2", "2025-09-02")});
    CHECK(of_kind(e, EventKind::tariff_paused).empty());
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-09-02");
}

TEST_CASE("a rate pointed back to in a sentence naming no country takes an earlier target") {
    SECTION("the target of the tariff told at that rate") {
        std::string text = "Washington will cut its tariff on Brazilian goods to 20 percent from "
                           "40 percent. Canada will also remove its duties on American beef. "
                           "The 40 percent rate had weighed on coffee roasters.";
        auto imposed = of_kind(test::events(text), EventKind::tariff_imposed);
        REQUIRE(imposed.size() == 1);
        CHECK(imposed[0].details.rate_pct == 40);
        CHECK(imposed[0].details.target == "BRA");
    }
    SECTION("else the target of the tariff told last") {
        std::string text = "The United States said it would raise its tariff on Indian goods "
                           "to 50 percent. The current 25 percent rate stays in place meanwhile.";
        auto imposed = of_kind(test::events(text), EventKind::tariff_imposed);
        REQUIRE(imposed.size() == 1);
        CHECK(imposed[0].details.rate_pct == 25);
        CHECK(imposed[0].details.target == "IND");
    }
    SECTION("a sentence that names a country keeps its own reading") {
        std::string text = "Washington raised its tariff on Indian goods to 50 percent. "
                           "The 25 percent rate on Vietnam stays.";
        for (const auto& e : test::events(text))
            if (e.details.rate_pct == 25) CHECK(e.details.target == "VNM");
    }
}

TEST_CASE("a speaker who is no negotiating side states no position and sets no deadline") {
    std::string text = "Quebec Premier Jean Tremblay urged Ottawa to retaliate against the "
                       "American levies. Economists said the two sides were unlikely to settle "
                       "before the deadline on Aug. 1. Canada demanded that Washington lift the "
                       "duties.";
    auto e = test::events(text, {when(text, "on Aug. 1", "2025-08-01")});
    auto statements = of_kind(e, EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(statements[0].evidence.sentence.rfind("Canada demanded", 0) == 0);
    CHECK(of_kind(e, EventKind::deadline).empty());
}

TEST_CASE("an order named as a noun announces no tariff of its own") {
    std::string text = "Trump ordered a 20 percent tariff on Brazilian goods on Monday. The order "
                       "raises the total duty on many Brazilian products to 60 percent.";
    auto e = test::events(text, {when(text, "on Monday", "2025-07-07")});
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 20);
}

TEST_CASE("a country's deal is a deal, with either apostrophe") {
    for (std::string text :
         {"Canada's deal last week set a 12 percent rate, officials said.",
          "Canada\u2019s deal last week set a 12 percent rate, officials said."}) {
        auto deals =
            of_kind(test::events(text, {when(text, "last week", "2025-W20")}), EventKind::deal);
        REQUIRE(deals.size() == 1);
        CHECK(deals[0].date.value == "2025-W20");
        CHECK(deals[0].details.rate_pct == 12);
        CHECK(has(deals[0].actors, "CAN"));
    }
}

TEST_CASE("a tariff change still to come is dated by the day it was said right before it") {
    std::string text =
        "Trump said on Tuesday he would cut the tariff on Brazilian coffee to 5 percent.";
    auto changed = of_kind(test::events(text, {when(text, "on Tuesday", "2025-05-20")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].date.value == "2025-05-20");
    CHECK(changed[0].details.rate_pct == 5);

    std::string later = "The duty on Brazilian coffee will be cut to 5 percent, officials said on "
                        "Tuesday.";
    auto reported = of_kind(test::events(later, {when(later, "on Tuesday", "2025-05-20")}),
                            EventKind::tariff_changed);
    REQUIRE(reported.size() == 1);
    CHECK_FALSE(reported[0].date.known());
}

TEST_CASE("a clause of terms after a deal and its date gives the deal its rate") {
    std::string text =
        "Canada's deal last week, which set a 12 percent rate, eased pressure on Mexico.";
    auto deals =
        of_kind(test::events(text, {when(text, "last week", "2025-W20")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-W20");
    CHECK(deals[0].details.rate_pct == 12);
}

TEST_CASE("an offer turned down is a deal rejected, not a statement") {
    for (std::string text :
         {"Ottawa last month offered to cut its dairy quotas, an offer Washington has so far "
          "rejected.",
          "He said the White House had not accepted the offer Ottawa sent last month."}) {
        auto e = test::events(text, {when(text, "last month", "2025-04")});
        auto deals = of_kind(e, EventKind::deal);
        REQUIRE(deals.size() == 1);
        CHECK(deals[0].status == EventStatus::rejected);
        CHECK(has(deals[0].actors, "CAN"));
        CHECK(has(deals[0].actors, "USA"));
        for (const auto& s : of_kind(e, EventKind::statement))
            CHECK(s.status != EventStatus::rejected);
    }
}

TEST_CASE("talks said to continue some day are planned talks with no date") {
    std::string text = "Norway and Britain said negotiations on fish quotas would continue in the "
                       "coming weeks.";
    auto talks = of_kind(test::events(text), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::planned);
    CHECK_FALSE(talks[0].date.known());
    CHECK(has(talks[0].actors, "NOR"));
    CHECK(has(talks[0].actors, "GBR"));
}

TEST_CASE("talks to come some day leave a position beside them standing") {
    std::string text = "Ottawa said it would not retaliate and would keep negotiating.";
    auto e = test::events(text);
    CHECK(of_kind(e, EventKind::statement).size() == 1);
}

TEST_CASE("a truce that keeps two sides' tariffs at their rates names both tariffs in force") {
    std::string text = "The truce, which keeps U.S. tariffs on Brazilian goods at 20 percent and "
                       "Brazilian duties on U.S. goods at 12 percent, expires next month.";
    auto imposed = of_kind(test::events(text), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[0].details.rate_pct == 20);
    CHECK(imposed[0].details.target == "BRA");
    CHECK(imposed[1].details.rate_pct == 12);
    CHECK(imposed[1].details.target == "USA");
}

TEST_CASE("an amount counts as one word between a tariff's preposition and its target") {
    std::string text = "Mexico still applies 20 percent counter-tariffs to about 4 billion U.S. "
                       "dollars of American goods.";
    auto imposed = of_kind(test::events(text), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 20);
    CHECK(imposed[0].details.target == "USA");
}

TEST_CASE("a share of the goods counts as one word between a tariff's preposition and its "
          "target") {
    for (std::string share : {"about 95 percent", "more than 99%", "less than half"}) {
        std::string text = "Under the accord, Jakarta will scrap tariffs on " + share +
                           " of U.S. goods, officials said.";
        auto changed = of_kind(test::events(text), EventKind::tariff_changed);
        REQUIRE(changed.size() == 1);
        CHECK(changed[0].details.rate_pct == 0);
        CHECK(changed[0].details.target == "USA");
    }
}

TEST_CASE("a country named inside an amount of money is no target") {
    std::string text = "Ottawa applies 25 percent counter-tariffs to 30 billion Canadian dollars "
                       "of goods.";
    for (const auto& e : of_kind(test::events(text), EventKind::tariff_imposed))
        CHECK(e.details.target != "CAN");
}

TEST_CASE("raising tariffs by an additional rate announces a new tariff") {
    std::string text = "Trump said on Tuesday he would raise tariffs on Brazilian goods by an "
                       "additional 15 percent, a day after he called off talks with Brasilia.";
    auto e = test::events(text, {when(text, "on Tuesday", "2025-05-20")});
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 15);
    CHECK(announced[0].details.target == "BRA");
    CHECK(announced[0].date.value == "2025-05-20");
    CHECK(announced[0].status == EventStatus::planned);
    CHECK(of_kind(e, EventKind::tariff_changed).empty());
}

TEST_CASE("talks the news follows are held the day the news was told") {
    std::string text = "Trump said on Tuesday he would lower tariffs on Vietnamese goods, after a "
                       "phone call with President To Lam.";
    auto talks =
        of_kind(test::events(text, {when(text, "on Tuesday", "2025-05-20")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::held);
    CHECK(talks[0].date.value == "2025-05-20");
    CHECK(has(talks[0].actors, "VNM"));

    std::string lede = "Earlier in the day, Trump announced a deal with Vietnam setting a 20 "
                       "percent tariff, after meeting its president in the Oval Office.";
    auto e = test::events(lede, {when(lede, "Earlier in the day", "2025-05-19")});
    auto held = of_kind(e, EventKind::talks);
    REQUIRE(held.size() == 1);
    CHECK(held[0].date.value == "2025-05-19");
}

TEST_CASE("talks told with no date and no news to follow stay out") {
    std::string text = "Akazawa said the meeting had been constructive.";
    CHECK(of_kind(test::events(text), EventKind::talks).empty());
}

TEST_CASE("a rate set from a day is a tariff announced, whichever word bounds the day") {
    for (std::string cue : {"from", "starting"}) {
        std::string text =
            "Trump sent a letter to Lula setting a 40 percent rate on Brazilian goods " + cue +
            " Aug. 1.";
        auto announced = of_kind(test::events(text, {when(text, "Aug. 1", "2025-08-01", cue)}),
                                 EventKind::tariff_announced);
        REQUIRE(announced.size() == 1);
        CHECK(announced[0].details.rate_pct == 40);
        CHECK(announced[0].details.target == "BRA");
        CHECK(announced[0].date.value == "2025-08-01");
    }
}

TEST_CASE("a change is dated by the day its rate applies to goods that enter from then") {
    std::string text = "The tariff on Mexican trucks will fall to 10 percent, with the lower rate "
                       "applying to vehicles that enter the United States from Sept. 16.";
    auto changed = of_kind(test::events(text, {when(text, "Sept. 16", "2025-09-16", "from")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].date.value == "2025-09-16");
    CHECK(changed[0].details.rate_pct == 10);
}

TEST_CASE("a tariff told as the term of a dated deal is dated by the deal") {
    std::string text = "Washington will lower its tariff on Thai goods to 18 percent under a "
                       "framework agreement struck on Tuesday, officials said.";
    auto e = test::events(text, {when(text, "on Tuesday", "2025-05-20")});
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].date.value == "2025-05-20");
    CHECK(changed[0].details.target == "THA");
}

TEST_CASE("pausing export controls or a probe is no tariff pause") {
    std::string text = "Hanoi will pause for six months the export controls on rare earths, "
                       "officials said.";
    CHECK(of_kind(test::events(text), EventKind::tariff_paused).empty());
    std::string probe = "Ottawa suspended its anti-dumping probe into U.S. steel for 90 days.";
    CHECK(of_kind(test::events(probe), EventKind::tariff_paused).empty());
}

TEST_CASE("a second report in a sentence keeps its rate from the deal before it") {
    std::string text =
        "Seoul confirmed on Tuesday that the two sides had reached an agreement, and "
        "said its 12 percent tariff on U.S. beef would remain suspended.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Tuesday", "2025-05-20")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK_FALSE(deals[0].details.rate_pct.has_value());
    CHECK(deals[0].date.value == "2025-05-20");
}

TEST_CASE("goods that name another measure are no tariff's goods") {
    std::string text = "Washington had threatened to impose a 60 percent tariff on Chinese goods "
                       "in response to the rare earth controls.";
    auto announced = of_kind(test::events(text), EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.products.empty());
    CHECK(announced[0].details.target == "CHN");
}

TEST_CASE("a willingness to negotiate is no talks, however many words it takes") {
    std::string text = "Trump reversed course on Wednesday, citing the willingness of more than 75 "
                       "countries to negotiate.";
    CHECK(of_kind(test::events(text, {when(text, "on Wednesday", "2025-05-14")}), EventKind::talks)
              .empty());
}

TEST_CASE("positions put forward: also weighing, plans to propose") {
    for (std::string text :
         {"Hanoi is also weighing whether to offer to buy more American cotton.",
          "Hanoi plans to propose larger purchases of U.S. aircraft in return for relief, the "
          "people said."}) {
        auto statements = of_kind(test::events(text), EventKind::statement);
        REQUIRE(statements.size() == 1);
        CHECK(statements[0].status == EventStatus::proposed);
        CHECK(has(statements[0].actors, "VNM"));
    }
}

TEST_CASE("a position told after a first verb of its speaker and \"and said\"") {
    std::string text =
        "Brazil's foreign ministry called the levy unjustified, and said the country "
        "would take all actions necessary to protect its farmers.";
    auto statements = of_kind(test::events(text), EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(has(statements[0].actors, "BRA"));
}

TEST_CASE("rates one sentence tells apart keep their own goods") {
    std::string text = "Goods outside the pact have paid 30 percent since May 1, and Mexican "
                       "steel and aluminum face 50 percent.";
    auto imposed = of_kind(test::events(text, {when(text, "May 1", "2025-05-01", "since")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[0].details.rate_pct == 30);
    CHECK(imposed[0].details.products.empty());
    CHECK(imposed[0].date.value == "2025-05-01");
    CHECK(imposed[1].details.rate_pct == 50);
    CHECK(imposed[1].details.products == std::vector<std::string>{"steel", "aluminum"});
    CHECK(imposed[1].details.target == "MEX");
}

TEST_CASE("working on a deal in the other side's capital is talks held") {
    std::string text =
        "Mexico's economy minister spent much of April in Washington working on a deal "
        "covering steel and autos.";
    auto talks = of_kind(test::events(text, {when(text, "April", "2025-04")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::held);
    CHECK(talks[0].date.value == "2025-04");
    CHECK(has(talks[0].actors, "MEX"));
    CHECK(has(talks[0].actors, "USA"));
}

TEST_CASE("the lower tariff pointed back to is the change told before, with its own date") {
    std::string text =
        "Washington will lower its tariff on Thai rice to 10 percent from 30 percent, "
        "officials said. The trade minister said the lower rice tariff was expected "
        "to apply retroactively from June 1.";
    auto changed = of_kind(test::events(text, {when(text, "June 1", "2025-06-01", "from")}),
                           EventKind::tariff_changed);
    // One change, told twice: the second mention gives it its day.
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].date.value == "2025-06-01");
    CHECK(changed[0].details.rate_pct == 10);
    CHECK(changed[0].details.target == "THA");
    CHECK(changed[0].details.products == std::vector<std::string>{"rice"});
    CHECK(of_kind(test::events(text, {when(text, "June 1", "2025-06-01", "from")}),
                  EventKind::tariff_imposed)
              .empty());
}

TEST_CASE("a tariff kept in place is a tariff in force") {
    std::string text =
        "Trump paused the higher tariffs for 90 days, while keeping a 10 percent duty "
        "on almost all imports in place.";
    auto imposed =
        of_kind(test::events(text, {when(text, "90 days", "P90D")}), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].status == EventStatus::reported);
    CHECK(imposed[0].details.rate_pct == 10);
    CHECK(imposed[0].details.target == "ALL");
}

TEST_CASE("an investment pledged by a date sets a deadline") {
    std::string text = "Thai companies intend to invest $50 billion in the United States by the "
                       "end of 2027, the White House said.";
    auto deadlines =
        of_kind(test::events(text, {when(text, "the end of 2027", "2027-12-31", "by")}),
                EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2027-12-31");
}

TEST_CASE("goods exempt on both sides are each side's change on the other") {
    std::string text = "Vietnam and the United States struck a deal on Tuesday. Vietnam will cut "
                       "its tariffs on U.S. cars, officials said. Aircraft parts will be exempt on "
                       "both sides.";
    auto changed = of_kind(test::events(text, {when(text, "on Tuesday", "2025-05-20")}),
                           EventKind::tariff_changed);
    std::vector<std::pair<std::string, std::string>> exempt;
    for (const auto& e : changed)
        if (e.details.products == std::vector<std::string>{"aircraft"}) {
            CHECK(e.details.rate_pct == 0);
            exempt.push_back({e.actors.front(), e.details.target});
        }
    std::sort(exempt.begin(), exempt.end());
    CHECK(exempt ==
          std::vector<std::pair<std::string, std::string>>{{"USA", "VNM"}, {"VNM", "USA"}});
}

TEST_CASE("goods that are exempt tell a state, not a change") {
    std::string text = "Smartphones and pharmaceuticals are currently exempt.";
    CHECK(of_kind(test::events(text), EventKind::tariff_changed).empty());
}

TEST_CASE("a return visit to the other side's country is talks planned") {
    std::string text = "Lula said he would visit China in April, and that Xi would make a return "
                       "visit to Brazil at a later date.";
    auto talks = of_kind(test::events(text, {when(text, "in April", "2026-04")}), EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[1].status == EventStatus::planned);
    CHECK_FALSE(talks[1].date.known());
    CHECK(has(talks[1].actors, "BRA"));
    CHECK(has(talks[1].actors, "CHN"));
}

TEST_CASE("a clause after the sides of the talks tells the talks' day") {
    std::string text = "Trade talks between Vietnam and the United States that had been scheduled "
                       "for Friday in Hanoi have been called off.";
    auto talks =
        of_kind(test::events(text, {when(text, "Friday", "2025-05-23")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-05-23");
    CHECK(talks[0].status == EventStatus::cancelled);
    CHECK(has(talks[0].actors, "VNM"));
    CHECK(has(talks[0].actors, "USA"));
}

TEST_CASE("a meeting held and another to come with the same person are two talks") {
    std::string text = "Vietnam's trade minister met Commerce Secretary Howard Lutnick on Monday "
                       "and will see him again on Friday, officials said.";
    auto talks = of_kind(test::events(text, {when(text, "on Monday", "2025-05-19"),
                                             when(text, "on Friday", "2025-05-23")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].date.value == "2025-05-19");
    CHECK(talks[0].status == EventStatus::held);
    CHECK(talks[1].date.value == "2025-05-23");
    CHECK(talks[1].status == EventStatus::planned);
}

TEST_CASE("a combined rate brought down by a cut is no change of its own") {
    std::string text = "Trump said the cut would bring the combined U.S. rate on Brazilian imports "
                       "down to 40 percent from 50 percent.";
    CHECK(of_kind(test::events(text), EventKind::tariff_changed).empty());
}

TEST_CASE("a deal put into effect was struck on another day than the order's") {
    std::string text =
        "Trump signed an order on Thursday putting Vietnam's trade deal into effect.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Thursday", "2025-05-15")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK_FALSE(deals[0].date.known());
    CHECK(has(deals[0].actors, "VNM"));
}

TEST_CASE("a demand and the other side's refusal in one sentence are two positions") {
    std::string text = "He said he had again called for the removal of the 20 percent levy on "
                       "rice, but that the Thai side had rejected any change so far.";
    auto statements = of_kind(test::events(text), EventKind::statement);
    REQUIRE(statements.size() == 2);
    CHECK(statements[0].status == EventStatus::reported);
    CHECK(statements[1].status == EventStatus::rejected);
}

TEST_CASE("an invitation to visit is talks proposed, dated or not") {
    std::string text = "Lula said Xi had invited him to visit China.";
    auto talks = of_kind(test::events(text), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::proposed);
    CHECK_FALSE(talks[0].date.known());
    CHECK(has(talks[0].actors, "CHN"));
}

TEST_CASE("a deal to close before a tariff takes effect on a day sets that day as deadline") {
    std::string text = "Lula will meet Trump on Sunday to try to close a trade deal before a 40 "
                       "percent U.S. tariff on Brazilian goods takes effect on Aug. 1.";
    auto deadlines = of_kind(test::events(text, {when(text, "on Sunday", "2025-05-25"),
                                                 when(text, "Aug. 1", "2025-08-01")}),
                             EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-08-01");
}

TEST_CASE("countermeasures fall on the side the article's other tariffs come from") {
    std::string text =
        "Trump agreed to push back a threatened 50 percent tariff on EU goods until "
        "July 9. The EU's first package of countermeasures, suspended until July 14, "
        "remains on hold.";
    auto paused = of_kind(test::events(text, {when(text, "July 9", "2025-07-09", "until"),
                                              when(text, "July 14", "2025-07-14", "until")}),
                          EventKind::tariff_paused);
    REQUIRE(paused.size() == 2);
    CHECK(paused[1].details.target == "USA");
    CHECK(paused[1].actors.front() == "EUU");
}

namespace {
bool has_actor(const Event& e, const std::string& who) {
    return std::find(e.actors.begin(), e.actors.end(), who) != e.actors.end();
}
} // namespace

TEST_CASE("what a subject faces is imposed by the country its goods go to or whose duty it is") {
    // The article is about the EU's own measures: its side is not the one
    // that sets the rates European and Japanese exporters pay.
    auto imposed =
        of_kind(test::events(
                    "The European Union on Tuesday suspended its planned countermeasures against "
                    "U.S. tariffs for six months. European carmakers currently pay 27.5 percent to "
                    "export to the United States. Japanese steel exporters still face a 50 percent "
                    "U.S. duty."),
                EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[0].details.target == "EUU");
    CHECK(has_actor(imposed[0], "USA"));
    CHECK(imposed[1].details.target == "JPN");
    CHECK(has_actor(imposed[1], "USA"));
    CHECK_FALSE(has_actor(imposed[1], "EUU"));
}

TEST_CASE("a subject's exports to a country are the subject's, not that country's") {
    auto faced =
        of_kind(test::events("Most EU exports to the United States will face a 15 percent tariff."),
                EventKind::tariff_imposed);
    REQUIRE(faced.size() == 1);
    CHECK(faced[0].details.target == "EUU");
}

TEST_CASE("efforts to conclude a deal are no deal") {
    CHECK(
        of_kind(test::events("The two sides agreed to intensify efforts to conclude a deal soon."),
                EventKind::deal)
            .empty());
    CHECK(of_kind(test::events("The two sides are working toward a trade agreement."),
                  EventKind::deal)
              .empty());
    CHECK(of_kind(test::events("Japan and the United States on Tuesday concluded a trade deal."),
                  EventKind::deal)
              .size() == 1);
}

TEST_CASE("talks called off after a tariff was imposed leave the tariff imposed") {
    std::string text = "A sixth round of negotiations was called off after President Donald Trump "
                       "imposed an additional 25 percent tariff on Indian goods from May 2.";
    auto e = test::events(text, {when(text, "May 2", "2025-05-02", "from")});
    auto talks = of_kind(e, EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::cancelled);
    auto imposed = of_kind(e, EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].status == EventStatus::reported);
    CHECK(imposed[0].details.target == "IND");
    CHECK(of_kind(e, EventKind::tariff_announced).empty());
}

TEST_CASE("the rate a sentence gives under the deal it names is that deal's") {
    std::string text = "Under the deal reached in Turnberry on July 27, most EU exports to the "
                       "United States will face a 15 percent tariff.";
    auto e = test::events(text, {when(text, "July 27", "2025-07-27")},
                          ReferenceTime{date::sys_days{date::year{2025} / 8 / 5}, "", {}});
    auto deals = of_kind(e, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-07-27");
    CHECK(deals[0].details.rate_pct == 15);
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    CHECK(of_kind(e, EventKind::tariff_announced).empty());

    // Terms told under a deal named before are changes of their own.
    auto cut = of_kind(test::events("Under the deal, U.S. tariffs on British steel will be cut "
                                    "to zero."),
                       EventKind::tariff_changed);
    REQUIRE(cut.size() == 1);
    CHECK(cut[0].details.rate_pct == 0);
}

TEST_CASE("a pause told under the deal it names stays a pause, each side's on the other") {
    std::string text = "China and the United States met in Geneva. Under a joint statement the "
                       "two sides released on Monday, each agreed to suspend 24 percentage points "
                       "of its tariffs for 90 days from Wednesday.";
    auto e =
        test::events(text, {when(text, "on Monday", "2025-05-12"), when(text, "90 days", "P90D"),
                            when(text, "from Wednesday", "2025-05-14", "from")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    std::vector<std::pair<std::string, std::string>> sides;
    for (const auto& p : paused) {
        CHECK(p.details.rate_pct == 24);
        CHECK(p.date.value == "2025-05-14");
        sides.push_back({p.actors.front(), p.details.target});
    }
    std::sort(sides.begin(), sides.end());
    CHECK(sides ==
          std::vector<std::pair<std::string, std::string>>{{"CHN", "USA"}, {"USA", "CHN"}});
    auto deals = of_kind(e, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK_FALSE(deals[0].details.rate_pct);
}

TEST_CASE("goods valued in one currency and converted in parentheses still name their country") {
    CHECK(only_target("Ottawa imposed 25 percent duties on 30 billion Canadian dollars ($21 "
                      "billion) of U.S. products.",
                      EventKind::tariff_imposed) == "USA");
}

TEST_CASE("a dated tariff on all goods and an undated one on named goods are two measures") {
    std::string text = "Ottawa struck back on March 4 with 25 percent duties on U.S. goods. "
                       "Canada's 25 percent counter-tariffs on U.S. steel and autos will stay.";
    auto imposed = of_kind(test::events(text, {when(text, "on March 4", "2025-03-04")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[0].date.value == "2025-03-04");
    CHECK(imposed[0].details.products.empty());
    CHECK_FALSE(imposed[1].date.known());
    CHECK(imposed[1].details.products == std::vector<std::string>{"steel", "autos"});
}

TEST_CASE("percentage points added to duties on goods announce a tariff on them") {
    std::string text = "China said on Tuesday that from March 10 it would add 15 percent to duties "
                       "on U.S. wheat and corn.";
    auto announced =
        of_kind(test::events(text, {when(text, "from March 10", "2025-03-10", "from")}),
                EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 15);
    CHECK(announced[0].details.target == "USA");
    CHECK(announced[0].date.value == "2025-03-10");
}

TEST_CASE("a second rate on goods after a long list of the first rate's goods is a rate too") {
    auto announced = of_kind(test::events("Beijing would impose 15 percent on U.S. chicken, wheat, "
                                          "corn and cotton, and 10 percent on sorghum, soybeans, "
                                          "pork and beef."),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 2);
    CHECK(announced[0].details.rate_pct == 15);
    CHECK(announced[0].details.products == std::vector<std::string>{"wheat", "corn"});
    CHECK(announced[1].details.rate_pct == 10);
    CHECK(announced[1].details.products == std::vector<std::string>{"soybeans", "pork", "beef"});
}

TEST_CASE("a market's biggest drop in a single session is neither a tariff cut nor talks") {
    std::string text = "The Taiex index closed down 9.7 percent on Monday, its biggest drop ever "
                       "in a single session, with Taiwan Semiconductor falling by 10 percent.";
    CHECK(test::events(text, {when(text, "on Monday", "2025-05-19")}).empty());
}

TEST_CASE("a tariff suspended as 'it' is the tariff the sentence before names") {
    std::string text = "Trump announced a 26 percent tariff on Indian goods on April 2. He "
                       "suspended it on April 9 for 90 days.";
    auto paused = of_kind(
        test::events(text, {when(text, "on April 2", "2025-04-02"),
                            when(text, "on April 9", "2025-04-09"), when(text, "90 days", "P90D")}),
        EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-04-09");
    CHECK(paused[0].details.rate_pct == 26);
    CHECK(paused[0].details.target == "IND");

    // With no tariff before, "it" is something else.
    CHECK(of_kind(test::events("The minister said the plan was sound. He suspended it on April 9."),
                  EventKind::tariff_paused)
              .empty());
}

TEST_CASE("a rate put on hold as 'it' is paused at that rate") {
    std::string text = "Trump announced a 44 percent rate for Sri Lanka on April 2, then put it on "
                       "hold a week later for 90 days.";
    auto paused = of_kind(test::events(text, {when(text, "on April 2", "2025-04-02"),
                                              when(text, "a week later", "2025-04-09"),
                                              when(text, "90 days", "P90D")}),
                          EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 44);
    CHECK(paused[0].details.target == "LKA");
}

TEST_CASE("a reprieve that runs out is the pause's end, not another pause") {
    std::string text = "Trump suspended the 26 percent tariff on Indian goods on April 9 for 90 "
                       "days. New Delhi hopes to strike a deal before the reprieve runs out in "
                       "early July.";
    auto e =
        test::events(text, {when(text, "on April 9", "2025-04-09"), when(text, "90 days", "P90D"),
                            when(text, "in early July", "2025-07-01/2025-07-10")});
    CHECK(of_kind(e, EventKind::tariff_paused).size() == 1);
}

TEST_CASE("a country named in an apposition to the side that pays is not the target") {
    CHECK(only_target("Brazil, the second-largest foreign supplier of steel to the United States, "
                      "has paid 50 percent on its steel.",
                      EventKind::tariff_imposed) == "BRA");
}

TEST_CASE("a country whose goods another buys is no subject that faces the tariff") {
    std::string text = "An additional 25 percent penalty on Indian goods over New Delhi's "
                       "purchases of Russian oil took effect on Wednesday, and Brazilian goods "
                       "have faced a 50 percent rate since Aug. 6.";
    auto imposed =
        of_kind(test::events(text,
                             {when(text, "on Wednesday", "2025-08-27"),
                              when(text, "since Aug. 6", "2025-08-06", "since")},
                             ReferenceTime{date::sys_days{date::year{2025} / 8 / 30}, "", {}}),
                EventKind::tariff_imposed);
    auto penalty = std::find_if(imposed.begin(), imposed.end(),
                                [](const Event& e) { return e.details.rate_pct == 25; });
    REQUIRE(penalty != imposed.end());
    CHECK(penalty->details.target == "IND");
}

TEST_CASE("a tariff extended to more goods is imposed on the day told") {
    std::string text = "The United States on Monday extended its 50 percent tariffs on steel and "
                       "aluminum to 407 more categories of imported goods.";
    auto imposed = of_kind(test::events(text, {when(text, "on Monday", "2025-05-19")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].date.value == "2025-05-19");
    CHECK(imposed[0].details.rate_pct == 50);
    // A pause extended is no tariff laid on more goods.
    std::string pause = "Trump on Tuesday extended the tariff pause to Aug. 12.";
    CHECK(of_kind(test::events(pause), EventKind::tariff_imposed).empty());
}

TEST_CASE("a country named in a relative clause on the side that pays is not the target") {
    CHECK(only_target("Britain, which secured a trade deal with Washington in May, is the only "
                      "country still paying 25 percent on its steel and aluminum.",
                      EventKind::tariff_imposed) == "GBR");
}

TEST_CASE("a country a tariff is a blow to is not its target") {
    CHECK(only_target("Washington doubled its tariffs on imported steel and aluminum to 50 "
                      "percent on June 4, a blow to Canada.",
                      EventKind::tariff_changed) != "CAN");
}

TEST_CASE("each country listed before the second rate of a sentence pays that rate") {
    std::string text = "South Africa will pay 30 percent, and Japan, South Korea and Malaysia 25 "
                       "percent.";
    std::vector<std::string> at25;
    for (const auto& e : test::events(text))
        if (e.details.rate_pct == 25) at25.push_back(e.details.target);
    std::sort(at25.begin(), at25.end());
    CHECK(at25 == std::vector<std::string>{"JPN", "KOR", "MYS"});
}

TEST_CASE("a rate lower than another is a comparison and no change") {
    CHECK(of_kind(test::events("Pakistan's rate is lower than the 25 percent set for India."),
                  EventKind::tariff_changed)
              .empty());
}

TEST_CASE("a tariff on goods that someone announced is announced by that one's side") {
    std::string text = "Taiwan's government said on Thursday that the chipmaker should escape the "
                       "roughly 100 percent tariff on foreign-made chips that U.S. President "
                       "Donald Trump announced the previous day.";
    auto announced = of_kind(test::events(text, {when(text, "on Thursday", "2025-05-15"),
                                                 when(text, "the previous day", "2025-05-14")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].date.value == "2025-05-14");
    CHECK(announced[0].details.rate_pct == 100);
    CHECK(announced[0].details.target == "ALL");
    CHECK(has(announced[0].actors, "USA"));
    CHECK_FALSE(has(announced[0].actors, "TWN"));
}

TEST_CASE("a tariff imposed on one day to take effect on another is announced for that other") {
    std::string text =
        "Trump on Wednesday imposed an additional 25 percent tariff on Indian goods, "
        "to take effect in 21 days.";
    auto e = test::events(text, {when(text, "Wednesday", "2025-05-14"),
                                 when(text, "in 21 days", "2025-06-04", "in")});
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].date.value == "2025-06-04");
    CHECK(announced[0].status == EventStatus::planned);
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
}

TEST_CASE("an aside opened by a country's name names neither a target nor goods") {
    std::string text = "Bangladesh and Vietnam, Sri Lanka's main rivals in garments, will also pay "
                       "20 percent from Aug. 7.";
    auto e = test::events(text, {when(text, "from Aug. 7", "2025-08-07", "from")});
    std::vector<std::string> targets;
    for (const auto& x : e) {
        targets.push_back(x.details.target);
        CHECK(x.details.products.empty());
    }
    std::sort(targets.begin(), targets.end());
    CHECK(targets == std::vector<std::string>{"BGD", "VNM"});
}

TEST_CASE("goods that have carried a baseline duty are its target") {
    CHECK(only_target("Sri Lankan shipments have carried a 10 percent baseline duty since early "
                      "April.",
                      EventKind::tariff_imposed) == "LKA");
}

TEST_CASE("steel melted and poured in a country falls on that country") {
    CHECK(only_target("Canada will slap a 25 percent surtax on steel melted and poured in China "
                      "from July 31.",
                      EventKind::tariff_announced) == "CHN");
}

TEST_CASE("a tariff on foreign cars or imported steel falls on every country") {
    // Not the target of the same rate the sentence before told.
    std::string text = "A 25 percent penalty on Indian goods took effect on Wednesday. The ruling "
                       "does not touch the 25 percent levy on foreign cars and auto parts.";
    for (const auto& e : of_kind(test::events(text), EventKind::tariff_imposed))
        if (!e.details.products.empty()) CHECK(e.details.target == "ALL");
    CHECK(only_target("Canada imposed a 25 percent tariff on steel imported from China.",
                      EventKind::tariff_imposed) == "CHN");
}

TEST_CASE("an agreement expected to take effect by a day is a deadline of that day") {
    std::string text = "The agreement must still be approved by parliament and is expected to "
                       "take effect in the first half of next year.";
    auto deadlines =
        of_kind(test::events(text, {when(text, "the first half of next year", "2026-H1")}),
                EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2026-H1");
    CHECK(deadlines[0].status == EventStatus::planned);
    // A tariff due to take effect, told beside a deal, is no deadline of the deal.
    std::string tariff =
        "The deal averted a 25% tariff that Trump had set to take effect on Aug. 1.";
    CHECK(of_kind(test::events(tariff, {when(tariff, "Aug. 1", "2025-08-01")}), EventKind::deadline)
              .empty());
}

TEST_CASE("the side that pays a tariff imposed on most partners is its target") {
    CHECK(only_target("Brazilian exports already pay the 10 percent baseline tariff Trump imposed "
                      "on most trading partners.",
                      EventKind::tariff_imposed) == "BRA");
}

TEST_CASE("a round the negotiators had planned to hold and then called off is cancelled") {
    std::string text = "A sixth round that U.S. negotiators had planned to hold in New Delhi from "
                       "Aug. 25 to 29 was called off.";
    auto talks = of_kind(
        test::events(text, {when(text, "from Aug. 25 to 29", "2025-08-25/2025-08-29", "from")}),
        EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::cancelled);
    CHECK(talks[0].details.round == 6);
}

TEST_CASE("a team that had been due for a round tells of a round that did not take place") {
    std::string text = "A U.S. negotiating team had been due in New Delhi on Monday for a sixth "
                       "round of talks.";
    auto talks =
        of_kind(test::events(text, {when(text, "on Monday", "2025-05-19")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::cancelled);
}

TEST_CASE("goods shipped from a country name it as the target") {
    CHECK(only_target("Automakers have paid an extra 25 percent on vehicles shipped from Japan.",
                      EventKind::tariff_imposed) == "JPN");
}

TEST_CASE("a phrase of the rules read through the quotes inside it") {
    std::string text = "Trump's first 25 percent, the \"reciprocal\" rate he set for India, has "
                       "applied since Aug. 7.";
    auto imposed = of_kind(test::events(text, {when(text, "since Aug. 7", "2025-08-07", "since")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 25);
    CHECK(imposed[0].details.target == "IND");
}

TEST_CASE("a change's new rate follows however long an object runs before its 'to'") {
    auto changed = of_kind(test::events("Washington will reduce the duty it charges on vehicles "
                                        "and auto parts made in the EU to 15 percent."),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 15);
    CHECK(changed[0].details.target == "EUU");
}

TEST_CASE("a country named with 'non-' is not the target") {
    CHECK(only_target("Canadian-built cars pay 25 percent on their non-American content.",
                      EventKind::tariff_imposed) == "CAN");
}

TEST_CASE("a side that ruled out retaliating states a refusal") {
    std::string text = "Australia ruled out retaliatory tariffs in April.";
    auto said =
        of_kind(test::events(text, {when(text, "in April", "2025-04")}), EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].status == EventStatus::rejected);
    CHECK(said[0].date.value == "2025-04");
}

TEST_CASE("a side that could revive its measures, or says there would be no talks, states a "
          "position") {
    CHECK(of_kind(test::events("The Commission said it could revive them at any time if "
                               "Washington failed to honor the deal."),
                  EventKind::statement)
              .size() == 1);
    CHECK(of_kind(test::events("Trump said there would be no trade talks with India until the "
                               "oil dispute was resolved."),
                  EventKind::statement)
              .size() == 1);
}

TEST_CASE("counter-tariffs put on ice are paused, not imposed") {
    std::string text = "The European Union on Tuesday put on ice for six months the "
                       "counter-tariffs it had readied against U.S. goods.";
    auto e = test::events(
        text, {when(text, "on Tuesday", "2025-05-20"), when(text, "six months", "P6M")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.target == "USA");
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
}

TEST_CASE("a pause told only with its end starts on the day heading the sentence") {
    std::string text = "On Feb. 3, after a phone call between the two leaders, Mexico agreed to "
                       "send troops to the border, and Trump held off his 25 percent tariff on "
                       "Mexican goods until March 4.";
    auto paused = of_kind(test::events(text, {when(text, "Feb. 3", "2025-02-03"),
                                              when(text, "until March 4", "2025-03-04", "until")}),
                          EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-02-03");
    CHECK(paused[0].details.rate_pct == 25);
}

TEST_CASE("a chronology's day heading its line with a colon starts a pause told with its end") {
    std::string text = "May 25: After a call with von der Leyen, Trump agrees to hold off on the "
                       "50 percent rate on EU goods until July 9.";
    auto paused = of_kind(test::events(text, {when(text, "May 25", "2025-05-25"),
                                              when(text, "until July 9", "2025-07-09", "until")}),
                          EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-05-25");
    CHECK(paused[0].details.rate_pct == 50);
}

TEST_CASE("a rate that is on hold until a day is paused until that day") {
    std::string text = "The 26 percent rate set for India is on hold until Wednesday.";
    auto e = test::events(text, {when(text, "until Wednesday", "2025-07-09", "until")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 26);
    CHECK(paused[0].details.target == "IND");
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-07-09");
}

TEST_CASE("a day a state runs since heading the sentence starts no pause told with its end") {
    std::string text = "Since April 5, Indian goods have been charged the universal 10 percent "
                       "duty, and the 26 percent rate set for India is on hold until Wednesday.";
    auto paused =
        of_kind(test::events(text, {when(text, "Since April 5", "2025-04-05", "since"),
                                    when(text, "until Wednesday", "2025-07-09", "until")}),
                EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-07-09");
}

TEST_CASE("a tariff raised in a relative clause after a comma is the tariff it hangs on") {
    std::string text = "In May it filed a notice over the U.S. tariff on steel and aluminum, which "
                       "was raised from 25 percent to 50 percent on June 4.";
    auto changed = of_kind(test::events(text, {when(text, "In May", "2025-05"),
                                               when(text, "on June 4", "2025-06-04")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 50);
    CHECK(changed[0].details.products == std::vector<std::string>{"steel", "aluminum"});
    CHECK(has(changed[0].actors, "USA"));
    CHECK(changed[0].date.value == "2025-06-04");
}

TEST_CASE("goods that will be taxed at a rate from a day face a tariff announced for that day") {
    std::string text = "Lesotho's goods will be taxed at 15 percent from Aug. 7.";
    auto announced = of_kind(test::events(text, {when(text, "from Aug. 7", "2025-08-07", "from")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 15);
    CHECK(announced[0].details.target == "LSO");
    CHECK(announced[0].date.value == "2025-08-07");
}

TEST_CASE("a word of goods that is a verb of sending before where they go names no goods") {
    std::string text = "Goods that Lesotho ships to the United States will be taxed at 15 percent "
                       "from Aug. 7.";
    auto announced = of_kind(test::events(text, {when(text, "from Aug. 7", "2025-08-07", "from")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.products.empty());
    CHECK(announced[0].details.target == "LSO");
}

TEST_CASE("a tariff someone was ordered to impose is announced and not yet imposed") {
    std::string text = "Petro said he had ordered his trade minister to impose a 25 percent tariff "
                       "on imports from the United States.";
    auto e = test::events(text);
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 25);
    CHECK(announced[0].details.target == "USA");
}

TEST_CASE("an order told as given on a day of saying is announced that day") {
    std::string text = "Trump said on Sunday that he had directed his administration to impose "
                       "tariffs of 25 percent on goods from Colombia.";
    auto announced = of_kind(test::events(text, {when(text, "on Sunday", "2025-01-26")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].date.value == "2025-01-26");
    CHECK(announced[0].details.target == "COL");
}

TEST_CASE("what a country's carmakers pay is a tariff on its cars") {
    std::string text = "Japan's carmakers have paid 15 percent since Sept. 16.";
    auto imposed =
        of_kind(test::events(text, {when(text, "since Sept. 16", "2025-09-16", "since")}),
                EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.products == std::vector<std::string>{"autos"});
    CHECK(imposed[0].details.target == "JPN");
}

TEST_CASE("another session in the same clause is talks of its own day") {
    std::string text =
        "Kim met Commerce Secretary Howard Lutnick in Washington on Oct. 16 and flew "
        "back for another session with him last week.";
    auto talks = of_kind(test::events(text, {when(text, "on Oct. 16", "2025-10-16"),
                                             when(text, "last week", "2025-W43")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].date.value == "2025-10-16");
    CHECK(talks[1].date.value == "2025-W43");
}

TEST_CASE("a demand to cut tariffs told across a short aside is no cut") {
    std::string text = "Reiche said on Thursday that Berlin would press Washington, through the "
                       "Commission, to cut tariffs further, starting with steel.";
    auto e = test::events(text, {when(text, "on Thursday", "2025-09-25")});
    CHECK(of_kind(e, EventKind::tariff_changed).empty());
}

TEST_CASE("leaders who agree on a percentage ceiling strike a deal") {
    auto deals = of_kind(test::events("Trump and von der Leyen agreed on a 15 percent ceiling for "
                                      "most EU goods."),
                         EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.rate_pct == 15);
}

TEST_CASE("rounds held in one month and again in another are talks of each") {
    std::string text = "Vietnamese negotiators held rounds of talks in Washington in late May and "
                       "again in mid-June.";
    auto talks = of_kind(test::events(text, {when(text, "late May", "2025-05-21/2025-05-31"),
                                             when(text, "mid-June", "2025-06-11/2025-06-20")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].date.value == "2025-05-21/2025-05-31");
    CHECK(talks[1].date.value == "2025-06-11/2025-06-20");
}

TEST_CASE("a happening told as a span of days before a dated one took place that span "
          "before") {
    std::string text = "Carney announced the move on Aug. 22, a day after a phone call with "
                       "President Donald Trump.";
    auto talks = of_kind(
        test::events(text, {when(text, "on Aug. 22", "2025-08-22"), when(text, "a day", "P1D")}),
        EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-08-21");

    // Weeks tell no day.
    text = "Trump signed the order on Thursday, six weeks after the two sides announced the deal.";
    auto deals = of_kind(test::events(text, {when(text, "on Thursday", "2025-05-15"),
                                             when(text, "six weeks", "P6W")}),
                         EventKind::deal);
    for (const auto& d : deals)
        CHECK(d.date.value != "2025-04-03");
}

TEST_CASE("a tariff the highest on any European country is not the EU's") {
    std::string text = "The 39 percent duty, the steepest Washington imposed on any European "
                       "country, took effect on Aug. 7.";
    auto imposed =
        of_kind(test::events(text, {when(text, "on Aug. 7", "2025-08-07")},
                             ReferenceTime{date::sys_days{date::year{2025} / 8 / 8}, "", {}}),
                EventKind::tariff_imposed);
    for (const auto& e : imposed)
        CHECK(e.details.target != "EUU");
}

TEST_CASE("goods named with a country's initials are that country's") {
    CHECK(only_target("Canada hit U.S. goods with 25 percent tariffs.",
                      EventKind::tariff_imposed) == "USA");
}

TEST_CASE("both rates told before that took effect on a day are a tariff each") {
    std::string text = "Trump announced the deal on July 2, under which Vietnamese goods would pay "
                       "20% and goods transshipped through Vietnam 40%. Both rates took effect on "
                       "Aug. 7, far below the 46% rate Trump had announced for Vietnam.";
    auto imposed = of_kind(
        test::events(text,
                     {when(text, "on July 2", "2025-07-02"), when(text, "on Aug. 7", "2025-08-07")},
                     ReferenceTime{date::sys_days{date::year{2025} / 8 / 10}, "", {}}),
        EventKind::tariff_imposed);
    std::vector<double> rates;
    for (const auto& e : imposed)
        if (e.date.value == "2025-08-07" && e.details.rate_pct)
            rates.push_back(*e.details.rate_pct);
    CHECK(rates == std::vector<double>{20, 40});
}

TEST_CASE("a warning that measures could be reinstated is a side's position") {
    auto said = of_kind(test::events("The EU remains committed to the talks, Commission spokesman "
                                     "Olof Gill told reporters, adding that the measures could be "
                                     "reinstated at any time if Washington failed to honor its "
                                     "commitments."),
                        EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].status == EventStatus::reported);
}

TEST_CASE("a deal that could be reached is no deal, one that was reached is") {
    CHECK(of_kind(test::events("Parmelin said talks would resume next week, and that he remained "
                               "confident a deal could be reached within weeks."),
                  EventKind::deal)
              .empty());
    CHECK(of_kind(test::events("Officials said a deal was reached on Tuesday."), EventKind::deal)
              .size() == 1);
}

TEST_CASE("a country's council or cabinet speaks for it") {
    auto said = of_kind(test::events("The Federal Council said on Thursday that it was "
                                     "prepared to present a more attractive offer to the United "
                                     "States."),
                        EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].status == EventStatus::proposed);
}

TEST_CASE("goods let in with no tariff are a tariff cut to zero") {
    std::string text = "Under the pact, Australia will open its market to 20,000 tonnes of "
                       "American pork free of duty.";
    auto changed = of_kind(test::events(text), EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 0);
    CHECK(changed[0].details.products == std::vector<std::string>{"pork"});
    CHECK(changed[0].details.target == "USA");
    CHECK(changed[0].details.quota == 20000);
}

TEST_CASE("a zero rate in words told after another rate is a change of its own") {
    std::string text = "Duties on Japanese cars fell to 15 percent within a quota of 50,000 "
                       "vehicles on Sept. 16, when Japanese aircraft parts also began entering "
                       "the United States duty-free.";
    auto e = test::events(text, {when(text, "Sept. 16", "2025-09-16")});
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(changed.size() == 2);
    CHECK(changed[0].details.rate_pct == 15);
    CHECK(changed[0].details.products == std::vector<std::string>{"autos"});
    CHECK(changed[0].details.quota == 50000);
    CHECK(changed[1].details.rate_pct == 0);
    CHECK(changed[1].details.products == std::vector<std::string>{"aircraft"});
    CHECK(changed[1].details.target == "JPN");
    CHECK_FALSE(changed[1].details.quota);
    CHECK(changed[1].date.value == "2025-09-16");
}

TEST_CASE("a date that qualifies a noun dates what that noun states, not the talks beside it") {
    std::string text = "Rutte and Trump set the Sept. 1 target when they met on the sidelines of "
                       "the NATO summit in The Hague earlier this month.";
    auto e = test::events(
        text, {when(text, "Sept. 1", "2025-09-01"), when(text, "earlier this month", "2025-05")});
    auto talks = of_kind(e, EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-05");
    CHECK(talks[0].status == EventStatus::held);
}

TEST_CASE("a deadline told by its day's name with 's is dated by that day") {
    std::string text = "Swiss watches will keep paying a 39 percent U.S. tariff after Friday's "
                       "deadline for a deal passed without one.";
    auto e = test::events(text, {when(text, "Friday", "2025-05-16")});
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-05-16");
}

TEST_CASE("a deal told by its month and again by its day is one deal on that day") {
    std::string text = "Talks on finalizing the March trade deal between Seoul and Washington "
                       "dragged on, officials said on Monday. Under the deal announced on "
                       "March 28, South Korea pledged to invest $350 billion in the United "
                       "States.";
    auto e = test::events(text, {when(text, "March", "2025-03"), when(text, "Monday", "2025-05-19"),
                                 when(text, "March 28", "2025-03-28")});
    auto deals = of_kind(e, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-03-28");
}

TEST_CASE("pressing the other side to act, or having proposed something, is a position") {
    for (std::string text :
         {"Washington has pressed Tokyo to raise its purchases of American rice.",
          "Ottawa would keep pressing Washington to widen the exemptions, officials said.",
          "Tokyo has proposed a joint shipbuilding fund with the United States."}) {
        auto statements = of_kind(test::events(text), EventKind::statement);
        REQUIRE(statements.size() == 1);
        CHECK(has(statements[0].actors, "USA"));
    }
    auto proposal = of_kind(test::events("Tokyo has proposed a joint shipbuilding fund with the "
                                         "United States."),
                            EventKind::statement);
    REQUIRE(proposal.size() == 1);
    CHECK(proposal[0].status == EventStatus::proposed);
}

TEST_CASE("a country weighing tariffs announces them as proposed") {
    std::string text = "Brazil is weighing tariffs of up to 30 percent on American ethanol.";
    auto announced = of_kind(test::events(text), EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].status == EventStatus::proposed);
    CHECK(announced[0].details.rate_pct == 30);
    CHECK(announced[0].details.target == "USA");
    CHECK(has(announced[0].actors, "BRA"));
}

TEST_CASE("a leader who hosts another at a summit holds talks with them") {
    std::string text = "Officials hope to settle the terms before Ishiba hosts Trump at the "
                       "Asia-Pacific Economic Cooperation summit in late November.";
    auto e = test::events(text, {when(text, "late November", "2025-11-21/2025-11-30")});
    auto talks = of_kind(e, EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::planned);
    CHECK(talks[0].date.value == "2025-11-21/2025-11-30");
    CHECK(has(talks[0].actors, "Donald Trump"));
}

TEST_CASE("a second clause with its own subject after \", and\" tells talks of its own") {
    std::string text = "Economy Minister Guy Parmelin met Commerce Secretary Howard Lutnick in "
                       "Washington on Friday, and State Secretary Helene Budliger Artieda will "
                       "travel to Washington next week to continue the talks.";
    auto e = test::events(
        text, {when(text, "on Friday", "2025-05-16"), when(text, "next week", "2025-W22")});
    auto talks = of_kind(e, EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].status == EventStatus::held);
    CHECK(talks[0].date.value == "2025-05-16");
    CHECK(talks[1].status == EventStatus::planned);
    CHECK(talks[1].date.value == "2025-W22");
    CHECK(has(talks[1].actors, "CHE"));
}

TEST_CASE("goods a tariff spares are not the tariff's goods") {
    std::string text = "Washington raised tariffs on Brazilian goods to 50 percent, but spared "
                       "civil aircraft and energy products.";
    auto changed = of_kind(test::events(text), EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 50);
    CHECK(changed[0].details.target == "BRA");
    CHECK(changed[0].details.products.empty());

    std::string exempted = "Washington exempted civil aircraft from its tariffs on Brazil.";
    auto cut = of_kind(test::events(exempted), EventKind::tariff_changed);
    REQUIRE(cut.size() == 1);
    CHECK(cut[0].details.products == std::vector<std::string>{"aircraft"});
}

TEST_CASE("talks told only as a condition are no talks") {
    std::string text = "Carney said Canada could answer with the law parliament passed in March "
                       "if talks failed.";
    auto e = test::events(text, {when(text, "in March", "2025-03")});
    CHECK(of_kind(e, EventKind::talks).empty());
}

TEST_CASE("speaking with a titled official, and talking again, are talks") {
    std::string text = "Alckmin said he had spoken with Commerce Secretary Howard Lutnick by video "
                       "on Saturday, and that the two would talk again next week.";
    auto e = test::events(
        text, {when(text, "on Saturday", "2025-05-17"), when(text, "next week", "2025-W22")});
    auto talks = of_kind(e, EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].status == EventStatus::held);
    CHECK(talks[0].date.value == "2025-05-17");
    CHECK(has(talks[0].actors, "Howard Lutnick"));
    CHECK(talks[1].status == EventStatus::planned);
    CHECK(talks[1].date.value == "2025-W22");
}

TEST_CASE("negotiators coming to the other side's capital is talks") {
    std::string text = "Trump said Japanese negotiators would come to Washington on Thursday.";
    auto e = test::events(text, {when(text, "on Thursday", "2025-05-22")});
    auto talks = of_kind(e, EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::planned);
    CHECK(talks[0].date.value == "2025-05-22");
    CHECK(has(talks[0].actors, "JPN"));
}

TEST_CASE("a rate told before its verb belongs to that verb's tariff") {
    std::string text = "The 15 percent rate is well below the 32 percent Trump announced for "
                       "Indonesia in April.";
    auto e = test::events(text, {when(text, "in April", "2025-04")});
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 32);
    CHECK(announced[0].details.target == "IDN");
    CHECK(announced[0].date.value == "2025-04");
}

TEST_CASE("a tariff told in a relative clause is the tariff the clause hangs on") {
    std::string text = "The deal replaces the 32 percent Trump announced for Indonesia in April, "
                       "which he suspended on April 9 for 90 days with his other higher levies.";
    auto e =
        test::events(text, {when(text, "in April", "2025-04"), when(text, "April 9", "2025-04-09"),
                            when(text, "90 days", "P90D")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 32);
    CHECK(paused[0].details.target == "IDN");
    CHECK(paused[0].date.value == "2025-04-09");
}

TEST_CASE("a pause begun in a month, not on a day, gives no counted deadline") {
    std::string text = "Last month Washington extended by 90 days its suspension of higher "
                       "tariffs on Mexican goods.";
    auto e =
        test::events(text, {when(text, "Last month", "2025-04"), when(text, "90 days", "P90D")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.duration_days == 90);
    CHECK(of_kind(e, EventKind::deadline).empty());
}

TEST_CASE("with no rate to go by, the country right after the tariff word is its target") {
    std::string text = "Trump called the levy an attack on the United States and threatened a "
                       "new tariff on Swiss goods.";
    auto announced = of_kind(test::events(text), EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.target == "CHE");
    CHECK(announced[0].status == EventStatus::proposed);
}

TEST_CASE("an order of a change told with the goods' country between is the change alone") {
    std::string text = "Trump on Wednesday ordered tariffs on Indian goods raised to 50 percent "
                       "from Aug. 27.";
    auto e = test::events(
        text, {when(text, "on Wednesday", "2025-05-14"), when(text, "Aug. 27", "2025-08-27")});
    CHECK(of_kind(e, EventKind::tariff_announced).empty());
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 50);
    CHECK(changed[0].details.target == "IND");
    CHECK(changed[0].date.value == "2025-08-27");
}

TEST_CASE("goods told as a country's, with no preposition before them, are the target") {
    std::string text = "Under the deal, Indonesia will let American products into its market "
                       "with no tariffs.";
    auto changed = of_kind(test::events(text), EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 0);
    CHECK(changed[0].details.target == "USA");
    CHECK(has(changed[0].actors, "IDN"));
}

TEST_CASE("a date beyond a colon does not date the talks before it") {
    std::string text = "Ministers say the steel talks are complicated by ownership: the Scunthorpe "
                       "works was taken under government control in April.";
    auto e = test::events(text, {when(text, "in April", "2025-04")});
    // Undated talks told only as a description are no event at all.
    CHECK(of_kind(e, EventKind::talks).empty());
}

TEST_CASE("a name with its title set off by commas, then a verb of saying, states a position") {
    std::string text = "Wang Wentao, China's commerce minister, told reporters that Washington "
                       "must lift its restrictions on Chinese firms.";
    auto statements = of_kind(test::events(text), EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(has(statements[0].actors, "CHN"));
    CHECK(has(statements[0].actors, "USA"));
}

TEST_CASE("a position told in a second \"and that\" clause stands beside the sentence's deal") {
    std::string text = "Wang Wentao, China's commerce minister, told reporters that the two sides "
                       "had reached a framework agreement, and that Washington must lift its "
                       "restrictions on Chinese firms.";
    auto e = test::events(text);
    CHECK(of_kind(e, EventKind::deal).size() == 1);
    CHECK(of_kind(e, EventKind::statement).size() == 1);
}

TEST_CASE("a target to settle before a leader hosts another sets a deadline on that day") {
    std::string text = "Officials hope to settle the terms before Ishiba hosts Trump in Tokyo in "
                       "late November.";
    auto e = test::events(text, {when(text, "late November", "2025-11-21/2025-11-30")});
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-11-21/2025-11-30");
    CHECK(deadlines[0].status == EventStatus::planned);
}

TEST_CASE("a date in an \"after\" clause with its own subject is that clause's, not the talks'") {
    std::string text = "Ottawa said trade negotiations with the United States would resume after "
                       "President Donald Trump broke them off on Friday.";
    auto e = test::events(text, {when(text, "on Friday", "2025-05-16")});
    for (const auto& t : of_kind(e, EventKind::talks))
        CHECK(t.date.value != "2025-05-16");
}

TEST_CASE("talks one sentence leaves undated stay apart from talks another sentence dates") {
    std::string text = "Alckmin said the two sides would talk again next week. Finance Minister "
                       "Fernando Haddad said he expected to meet Treasury Secretary Scott Bessent "
                       "in the coming weeks.";
    auto e = test::events(text, {when(text, "next week", "2025-W22")});
    auto talks = of_kind(e, EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].date.value == "2025-W22");
    CHECK_FALSE(has(talks[0].actors, "Scott Bessent"));
    CHECK_FALSE(talks[1].date.known());
    CHECK(has(talks[1].actors, "Scott Bessent"));
}

TEST_CASE("a tariff removed at its rate leaves a rate of zero; a cut \"to\" a rate keeps it") {
    std::string removed = "The United States on Thursday removed the 40 percent tariff on "
                          "Brazilian beef.";
    auto r = of_kind(test::events(removed), EventKind::tariff_changed);
    REQUIRE(r.size() == 1);
    CHECK(r[0].details.rate_pct == 0);
    std::string exempt = "Washington will exempt Malaysian farm goods from the 19 percent rate.";
    auto x = of_kind(test::events(exempt), EventKind::tariff_announced);
    auto xc = of_kind(test::events(exempt), EventKind::tariff_changed);
    x.insert(x.end(), xc.begin(), xc.end());
    REQUIRE(x.size() == 1);
    CHECK(x[0].details.rate_pct == 0);
    std::string cut = "Tokyo will lift the tariff on U.S. rice to 5 percent.";
    for (const auto& e : test::events(cut))
        if (e.details.rate_pct) CHECK(*e.details.rate_pct == 5);
}

TEST_CASE("agreements in the plural with a list of countries are one deal with each") {
    std::string text = "Trump signed trade agreements with Malaysia and Cambodia that keep U.S. "
                       "tariffs on their goods at 19 percent.";
    auto deals = of_kind(test::events(text), EventKind::deal);
    REQUIRE(deals.size() == 2);
    CHECK(has(deals[0].actors, "MYS"));
    CHECK_FALSE(has(deals[0].actors, "KHM"));
    CHECK(has(deals[1].actors, "KHM"));
    CHECK_FALSE(has(deals[1].actors, "MYS"));
    for (const auto& d : deals) {
        CHECK(has(d.actors, "USA"));
        CHECK(d.details.rate_pct == 19);
    }
    std::string one = "Japan signed an agreement with the United States and Britain.";
    CHECK(of_kind(test::events(one), EventKind::deal).size() == 1);
}

TEST_CASE("confidence of reaching a deal is no deal, though its deadline stands") {
    std::string text = "Sheinbaum said on Saturday that she was confident of reaching an "
                       "agreement before Aug. 1.";
    auto e = test::events(text, {when(text, "on Saturday", "2025-07-12"),
                                 when(text, "Aug. 1", "2025-08-01", "before")});
    CHECK(of_kind(e, EventKind::deal).empty());
    CHECK(of_kind(e, EventKind::deadline).size() == 1);
    std::string optimistic = "Officials are optimistic about striking a deal this month.";
    CHECK(of_kind(test::events(optimistic), EventKind::deal).empty());
}

TEST_CASE("shares that recovered by midday set no deadline") {
    std::string text = "Shares of European drugmakers opened lower but recovered by midday in "
                       "Frankfurt.";
    auto e = test::events(text, {when(text, "midday", "2025-09-26T12:00", "by")});
    CHECK(of_kind(e, EventKind::deadline).empty());
}

TEST_CASE("a tariff announced with a date set off by commas before it is announced, not in force") {
    std::string text =
        "He also announced, from the same date, a 25 percent tariff on heavy trucks.";
    auto e = test::events(text, {when(text, "the same date", "2025-10-01", "from")});
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    auto a = of_kind(e, EventKind::tariff_announced);
    REQUIRE(a.size() == 1);
    CHECK(a[0].date.value == "2025-10-01");
    CHECK(a[0].details.rate_pct == 25);
}

TEST_CASE("the place a visit goes to is where the talks take place") {
    std::string text = "A U.S. trade team has postponed its visit to New Delhi for the sixth round "
                       "of talks.";
    auto talks = of_kind(test::events(text), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].details.location == "New Delhi");
}

TEST_CASE("a clause saying when talks had been planned dates them past what they are about") {
    std::string text = "A U.S. team has postponed the sixth round of talks on a bilateral trade "
                       "agreement, which had been planned from Aug. 25 to 29.";
    auto talks =
        of_kind(test::events(text, {when(text, "Aug. 25 to 29", "2025-08-25/2025-08-29", "from")}),
                EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-08-25/2025-08-29");
    CHECK(talks[0].status == EventStatus::cancelled);
}

TEST_CASE("a position told in the words said is dated by the saying") {
    std::string text = "Lula said on Thursday that Brazil would keep pressing for the tariff to be "
                       "lifted from all of its products.";
    auto s = of_kind(test::events(text, {when(text, "on Thursday", "2025-11-20")}),
                     EventKind::statement);
    REQUIRE(s.size() == 1);
    CHECK(s[0].date.value == "2025-11-20");
}

TEST_CASE("asking another side for lower rates is a position") {
    std::string text = "Jakarta will ask Washington for lower rates on palm oil.";
    auto s = of_kind(test::events(text), EventKind::statement);
    REQUIRE(s.size() == 1);
    CHECK(has(s[0].actors, "IDN"));
}

TEST_CASE("discussing a matter with a named counterpart is talks") {
    std::string text = "Trade Commissioner Maros Sefcovic will discuss the new tariffs with "
                       "Commerce Secretary Howard Lutnick next week.";
    auto talks =
        of_kind(test::events(text, {when(text, "next week", "2025-W40")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-W40");
    CHECK(has(talks[0].actors, "Howard Lutnick"));
    std::string press = "The minister discussed the tariffs with reporters on Friday.";
    CHECK(of_kind(test::events(press), EventKind::talks).empty());
}

TEST_CASE("two verbs of talks joined by \"and\", each with its own date, are two talks") {
    std::string text =
        "Trump and Lula spoke by phone on Oct. 6 and met in Kuala Lumpur on Oct. 26.";
    auto talks = of_kind(test::events(text, {when(text, "Oct. 6", "2025-10-06"),
                                             when(text, "Oct. 26", "2025-10-26")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].date.value == "2025-10-06");
    CHECK(talks[1].date.value == "2025-10-26");
    std::string since = "The two sides held talks on Tuesday, their first meeting since the "
                        "tariffs rose last month.";
    CHECK(of_kind(test::events(since, {when(since, "Tuesday", "2025-08-26"),
                                       when(since, "last month", "2025-07")}),
                  EventKind::talks)
              .size() == 1);
}

TEST_CASE("tariffs that stand at a rate are in force at it") {
    std::string text = "U.S. tariffs on Chinese goods currently stand at 30 percent.";
    auto t = of_kind(test::events(text), EventKind::tariff_imposed);
    REQUIRE(t.size() == 1);
    CHECK(t[0].details.rate_pct == 30);
    CHECK(t[0].details.target == "CHN");
}

TEST_CASE("a pause agreed in May that runs until November ends in November, not May") {
    std::string text = "U.S. tariffs on Chinese goods currently stand at 30 percent, and a "
                       "suspension of higher rates agreed in May runs until Nov. 10.";
    auto e = test::events(
        text, {when(text, "May", "2025-05"), when(text, "Nov. 10", "2025-11-10", "until")});
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-11-10");
    auto pauses = of_kind(e, EventKind::tariff_paused);
    REQUIRE(pauses.size() == 1);
    CHECK(pauses[0].date.value == "2025-05");
}

TEST_CASE("a suspension's relative clause saying how long it runs dates it past its topic") {
    std::string text = "The agreement would settle the future of the suspension of higher U.S. "
                       "tariffs on Chinese goods, which runs until Nov. 10.";
    auto e = test::events(text, {when(text, "Nov. 10", "2025-11-10", "until")});
    auto pauses = of_kind(e, EventKind::tariff_paused);
    REQUIRE(pauses.size() == 1);
    CHECK(pauses[0].date.value == "2025-11-10");
    CHECK(pauses[0].details.target == "CHN");
}

TEST_CASE("a country whose exports face a tariff is its target") {
    std::string text = "Switzerland, whose exports already face a 39 percent U.S. tariff, said it "
                       "was assessing the impact.";
    auto t = of_kind(test::events(text), EventKind::tariff_imposed);
    REQUIRE(t.size() == 1);
    CHECK(t[0].details.target == "CHE");
    CHECK(t[0].details.rate_pct == 39);
}

TEST_CASE("a rate a country agreed to or secured is a deal at that rate") {
    std::string agreed = "Vietnam agreed to a 20 percent rate earlier this month.";
    auto a = of_kind(test::events(agreed, {when(agreed, "earlier this month", "2025-07")}),
                     EventKind::deal);
    REQUIRE(a.size() == 1);
    CHECK(a[0].details.rate_pct == 20);
    CHECK(a[0].date.value == "2025-07");
    std::string both = "The Philippines will face a 20 percent tariff imposed by the United "
                       "States. Indonesia secured the same 19 percent rate last week, while "
                       "Vietnam agreed to a 20 percent rate earlier this month.";
    auto b = of_kind(test::events(both, {when(both, "last week", "2025-W29"),
                                         when(both, "earlier this month", "2025-07")}),
                     EventKind::deal);
    REQUIRE(b.size() == 2);
    CHECK(b[0].details.rate_pct == 19);
    CHECK(has(b[0].actors, "IDN"));
    CHECK_FALSE(has(b[0].actors, "VNM"));
    CHECK(has(b[1].actors, "VNM"));
    CHECK_FALSE(has(b[1].actors, "IDN"));
}

TEST_CASE("a rate agreed to with its day between or accepted is a deal at that rate") {
    std::string dated = "South Korea agreed late last month to a 15 percent rate on most of its "
                        "goods.";
    auto a = of_kind(test::events(dated, {when(dated, "late last month", "2025-07-21/2025-07-31")}),
                     EventKind::deal);
    REQUIRE(a.size() == 1);
    CHECK(a[0].details.rate_pct == 15);
    CHECK(a[0].date.value == "2025-07-21/2025-07-31");
    std::string accepted = "Japan agreed in July to accept a 15 percent tariff on most of its "
                           "exports.";
    auto b = of_kind(test::events(accepted, {when(accepted, "July", "2025-07")}), EventKind::deal);
    REQUIRE(b.size() == 1);
    CHECK(b[0].details.rate_pct == 15);
    CHECK(b[0].date.value == "2025-07");
}

TEST_CASE("a deal one country strikes alone is with the side the article's tariffs come from") {
    std::string text = "The Philippines will face a 20 percent tariff imposed by the United "
                       "States. Indonesia secured a 19 percent rate last week.";
    auto deals =
        of_kind(test::events(text, {when(text, "last week", "2025-W29")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(has(deals[0].actors, "IDN"));
    CHECK(has(deals[0].actors, "USA"));
}

TEST_CASE("a tariff after \"but\" lends nothing to the one before it") {
    std::string text = "Trump had scrapped the reciprocal tariff on beef from all countries, but "
                       "Brazilian shippers still faced the 40 percent charge.";
    auto changed = of_kind(test::events(text), EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.target == "ALL");
}

TEST_CASE("a clause of its own subject after \", and\" runs on past its next comma") {
    std::string text = "American products will enter Indonesia without tariffs, and Indonesia "
                       "will buy $15 billion of U.S. energy, Trump wrote.";
    auto changed = of_kind(test::events(text), EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.products.empty());
    CHECK(changed[0].details.target == "USA");
}

TEST_CASE("a speaker's threat stands beside another side's tariff the sentence tells") {
    std::string text = "China said on Sunday it would take resolute countermeasures, two days "
                       "after Trump announced a 100 percent tariff on Chinese goods.";
    auto e = test::events(text, {when(text, "on Sunday", "2025-10-12")});
    auto s = of_kind(e, EventKind::statement);
    REQUIRE(s.size() == 1);
    CHECK(has(s[0].actors, "CHN"));
    CHECK(of_kind(e, EventKind::tariff_announced).size() == 1);
    std::string own = "China said on Sunday it would impose a 34 percent tariff on U.S. goods.";
    CHECK(of_kind(test::events(own, {when(own, "on Sunday", "2025-10-12")}), EventKind::statement)
              .empty());
}

TEST_CASE("goods another measure is on are not a tariff's goods") {
    std::string text = "Trump announced the levy in response to Beijing's new limits on rare "
                       "earth exports.";
    for (const auto& e : test::events(text))
        CHECK(e.details.products.empty());
}

TEST_CASE("what a \", when\" clause tells happened at the time it hangs on") {
    std::string text = "Bessent and He Lifeng last met in Madrid last month, when they agreed on a "
                       "framework for the video app.";
    auto deals =
        of_kind(test::events(text, {when(text, "last month", "2025-09")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-09");
}

TEST_CASE("the goods of \"its\" are the country's named before, and a rate told to it that day is "
          "announced") {
    std::string text = "Canada had been told on Thursday that its goods would face 35 percent.";
    auto e = test::events(text, {when(text, "on Thursday", "2025-07-10")});
    auto a = of_kind(e, EventKind::tariff_announced);
    REQUIRE(a.size() == 1);
    CHECK(a[0].details.target == "CAN");
    CHECK(a[0].details.rate_pct == 35);
    CHECK(a[0].date.value == "2025-07-10");
}

TEST_CASE("a tariff in an \"after\" clause takes no target from the clause before") {
    std::string text = "European medicines would pay no more than 15 percent in the United "
                       "States, after Trump announced a 100 percent tariff on patented drugs.";
    auto a = of_kind(test::events(text), EventKind::tariff_announced);
    bool hundred = false;
    for (const auto& e : a)
        if (e.details.rate_pct == 100) {
            hundred = true;
            CHECK(e.details.target != "EUU");
        }
    CHECK(hundred);
}

TEST_CASE("negotiators who will meet hold talks though no country is named") {
    std::string text = "She said negotiators from both sides would meet in the coming weeks to "
                       "put the terms in writing.";
    CHECK(of_kind(test::events(text), EventKind::talks).size() == 1);
}

TEST_CASE("the tariff pointed back to has the rate the sentence before told") {
    std::string text = "China vowed to respond to an additional 100 percent tariff on Chinese "
                       "goods. Trump said on Friday that the tariff would take effect on Nov. 1.";
    auto e = test::events(
        text, {when(text, "on Friday", "2025-10-10"), when(text, "Nov. 1", "2025-11-01")});
    bool found = false;
    for (const auto& a : of_kind(e, EventKind::tariff_announced))
        if (a.date.value == "2025-11-01") {
            found = true;
            CHECK(a.details.rate_pct == 100);
        }
    CHECK(found);
}

TEST_CASE("\"both countries\" are the pair named before with the same rate") {
    std::string text = "Trump signed trade agreements with Malaysia and Cambodia that keep U.S. "
                       "tariffs at 19 percent. He also signed frameworks with Thailand and "
                       "Vietnam. The 19 percent rate has applied to both countries since Aug. 7.";
    auto e = test::events(text, {when(text, "Aug. 7", "2025-08-07", "since")});
    std::vector<std::string> targets;
    for (const auto& t : of_kind(e, EventKind::tariff_imposed))
        if (t.date.value == "2025-08-07") targets.push_back(t.details.target);
    std::sort(targets.begin(), targets.end());
    CHECK(targets == std::vector<std::string>{"KHM", "MYS"});
}

TEST_CASE("the goods of \"its\" are not those of a country naming who imposes the tariff") {
    std::string text = "Japan said U.S. tariffs on its goods would stay at 15 percent.";
    for (const auto& e : test::events(text))
        CHECK(e.details.target != "USA");
}

TEST_CASE("the rate two sides agreed goods will face is the deal's term and rate") {
    std::string text =
        "Marcos and Trump agreed in Washington on Tuesday that Philippine goods will "
        "face a 19 percent U.S. tariff.";
    auto e = test::events(text, {when(text, "on Tuesday", "2025-07-22")});
    auto deals = of_kind(e, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.rate_pct == 19);
    CHECK(of_kind(e, EventKind::tariff_announced).empty());
}

TEST_CASE("the day a relative clause on the subject tells dates what the subject did") {
    std::string text = "Trump, who arrived in Kuala Lumpur on Sunday for a summit, signed trade "
                       "agreements with Malaysia and Cambodia.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Sunday", "2025-10-26")}), EventKind::deal);
    REQUIRE(deals.size() == 2);
    for (const auto& d : deals)
        CHECK(d.date.value == "2025-10-26");
}

TEST_CASE("an event told with \"also\" after one of its kind took place the same day") {
    std::string text = "Trump signed trade agreements with Malaysia and Cambodia on Sunday. He "
                       "also signed frameworks for agreements with Thailand and Vietnam.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Sunday", "2025-10-26")}), EventKind::deal);
    REQUIRE(deals.size() == 4);
    for (const auto& d : deals)
        CHECK(d.date.value == "2025-10-26");
}

TEST_CASE("no country imposes a tariff on its own goods") {
    // The article's tariffs are China's; the rate Chinese goods face is the
    // other side's.
    auto imposed = of_kind(test::events("China imposed a 34 percent tariff on American goods. "
                                        "Chinese goods now face a 20 percent tariff."),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[1].details.target == "CHN");
    CHECK(has_actor(imposed[1], "USA"));
}

TEST_CASE("a country written on a tariff word imposes it and is not its target") {
    for (const auto& e : test::events("India and the United States are close to a deal, as "
                                      "exporters wait for relief from the steepest U.S. tariffs "
                                      "imposed on any Asian economy."))
        CHECK(e.details.target != "USA");
    // Countermeasures against those tariffs still fall on their side.
    std::string text = "The EU suspended its countermeasures against U.S. tariffs until Feb. 7.";
    auto paused = of_kind(test::events(text, {when(text, "Feb. 7", "2026-02-07", "until")}),
                          EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.target == "USA");
}

TEST_CASE("a deal told in an aside is a deal, dated by the aside") {
    std::string text = "The agreement, struck in July, sets a 15 percent tariff on most EU goods.";
    auto deals = of_kind(test::events(text, {when(text, "July", "2025-07")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-07");
    std::string which = "The framework, which was reached in Geneva, lowered U.S. tariffs on "
                        "Chinese goods to 30 percent.";
    CHECK(of_kind(test::events(which), EventKind::deal).size() == 1);
}

TEST_CASE("a side that retaliates with duties imposes them, on the day it does") {
    std::string text = "China retaliated on Friday with 15 percent duties on U.S. coal.";
    auto imposed = of_kind(test::events(text, {when(text, "on Friday", "2025-05-16")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].date.value == "2025-05-16");
    CHECK(imposed[0].details.target == "USA");
}

TEST_CASE("a quota opened free of duty or raised is a tariff change with its quota") {
    auto opened = of_kind(test::events("Bern will also open a tariff-free quota for 500 tonnes "
                                       "of American beef."),
                          EventKind::tariff_changed);
    REQUIRE(opened.size() == 1);
    CHECK(opened[0].details.quota == 500);
    CHECK(opened[0].details.rate_pct == 0);
    CHECK(opened[0].details.target == "USA");
    auto raised = of_kind(test::events("Trump said he would raise the quota for Argentine beef "
                                       "to 80,000 tonnes a year."),
                          EventKind::tariff_changed);
    REQUIRE(raised.size() == 1);
    CHECK(raised[0].details.quota == 80000);
    CHECK(raised[0].details.target == "ARG");
}

TEST_CASE("a side that charges a rate imposes it; goods charged a rate are its target") {
    auto imposed = of_kind(test::events("Washington charges 50 percent on steel and aluminum "
                                        "and 25 percent on cars from all countries."),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[0].details.target == "ALL");
    CHECK(imposed[1].details.target == "ALL");
    auto charged = of_kind(test::events("Goods shipped through Vietnam will be charged 40 "
                                        "percent, Trump said."),
                           EventKind::tariff_imposed);
    REQUIRE(charged.size() == 1);
    CHECK(charged[0].details.target == "VNM");
}

TEST_CASE("discussions continued and sides that reconvene are talks") {
    std::string text = "The two sides plan to continue the discussions by video next month.";
    auto talks =
        of_kind(test::events(text, {when(text, "next month", "2025-06")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::planned);
    std::string again = "The two sides will reconvene in Washington next week.";
    CHECK(of_kind(test::events(again, {when(again, "next week", "2025-W22")}), EventKind::talks)
              .size() == 1);
}

TEST_CASE("a tariff increase put off for 90 days is a pause") {
    std::string text = "Trump agreed on May 16 to put off for 90 days a threatened increase of "
                       "the tariff on Mexican goods to 30 percent.";
    auto paused = of_kind(
        test::events(text, {when(text, "on May 16", "2025-05-16"), when(text, "90 days", "P90D")}),
        EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.duration_days == 90);
}

TEST_CASE("a completion the sides aim for in a quarter is a deadline") {
    std::string text = "Greer said the two sides aimed to complete a binding trade agreement in "
                       "the first quarter of next year.";
    auto deadlines =
        of_kind(test::events(text, {when(text, "the first quarter of next year", "2026-Q1")}),
                EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2026-Q1");
}

TEST_CASE("not wanting to meet the other side is a refusal") {
    std::string text =
        "On Saturday, Trump told reporters he did not want to meet Prime Minister Mark Carney.";
    auto said = of_kind(test::events(text, {when(text, "On Saturday", "2025-05-17")}),
                        EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].status == EventStatus::rejected);
    CHECK(of_kind(test::events(text, {when(text, "On Saturday", "2025-05-17")}), EventKind::talks)
              .empty());
}

TEST_CASE("a deal named by the month it was struck is that deal") {
    std::string text =
        "Under the July agreement, the United States set a 15 percent tariff on most Japanese "
        "goods.";
    auto deals = of_kind(test::events(text, {when(text, "July", "2025-07")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-07");
    CHECK(deals[0].details.rate_pct == 15);
}

TEST_CASE("the countries in a trade pact's name are no target") {
    auto imposed = of_kind(test::events("Most Mexican goods that do not qualify under the "
                                        "U.S.-Mexico-Canada Agreement pay a 25 percent tariff."),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.target == "MEX");
}

TEST_CASE("talks a side stands ready to resume whenever the other is willing are at most "
          "proposed") {
    // The day is the speaking's: the talks have none, and a wish with no day
    // is no talks at all.
    std::string text = "Carney, speaking to reporters on Sunday, said Canada stood ready to "
                       "resume the talks whenever Washington was willing.";
    auto talks =
        of_kind(test::events(text, {when(text, "on Sunday", "2025-05-18")}), EventKind::talks);
    for (const auto& t : talks)
        CHECK(t.status == EventStatus::proposed);
    text = "Canada stood ready to resume the talks in Ottawa on Sunday whenever Washington was "
           "willing.";
    talks = of_kind(test::events(text, {when(text, "on Sunday", "2025-05-25")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::proposed);
}

TEST_CASE("rates that are all the subject of one dated verb share its date") {
    std::string text = "U.S. tariffs of 10 percent on softwood lumber and 25 percent on kitchen "
                       "cabinets took effect on Tuesday.";
    auto imposed = of_kind(test::events(text, {when(text, "on Tuesday", "2025-05-20")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[0].date.value == "2025-05-20");
    CHECK(imposed[1].date.value == "2025-05-20");
    // A comma ends the list: what follows it dates only its own rate.
    std::string apart = "The 25 percent duty on Mexican goods would stay, instead of rising to 30 "
                        "percent as he had threatened earlier this month.";
    for (const auto& e : test::events(apart, {when(apart, "earlier this month", "2025-05")}))
        if (e.details.rate_pct == 25) CHECK(e.date.value.empty());
}

TEST_CASE("a list of countries after one of two rates takes that rate for each") {
    auto imposed = of_kind(test::events("The frameworks leave in place tariffs of 10 percent on "
                                        "Argentina, Guatemala and El Salvador and 15 percent on "
                                        "Ecuador."),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 4);
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(imposed[i].details.rate_pct == 10);
    CHECK(imposed[1].details.target == "GTM");
    CHECK(imposed[2].details.target == "SLV");
    CHECK(imposed[3].details.target == "ECU");
    CHECK(imposed[3].details.rate_pct == 15);
}

TEST_CASE("a list of goods before the second of two rates takes that rate, whole") {
    auto imposed = of_kind(test::events("Mexican cars still face 25% and steel, aluminum and "
                                        "copper 50%."),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[0].details.rate_pct == 25);
    CHECK(imposed[0].details.products == std::vector<std::string>{"autos"});
    CHECK(imposed[1].details.rate_pct == 50);
    CHECK(imposed[1].details.products == std::vector<std::string>{"steel", "aluminum", "copper"});
}

TEST_CASE("a second rate with no verb of its own may name a part of its goods") {
    auto imposed = of_kind(test::events("Steel and aluminum from Canada pay 50% and the non-U.S. "
                                        "content of Canadian cars 25%."),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[0].details.rate_pct == 50);
    CHECK(imposed[0].details.products == std::vector<std::string>{"steel", "aluminum"});
    CHECK(imposed[1].details.rate_pct == 25);
    CHECK(imposed[1].details.products == std::vector<std::string>{"autos"});
    CHECK(imposed[1].details.target == "CAN");
}

TEST_CASE("a known rate imposed on a day of its own takes the target it was told with") {
    std::string text = "The United States will cut its tariff on most Swiss goods to 15 percent "
                       "from 39 percent. President Donald Trump imposed the 39 percent rate on "
                       "Aug. 7, days after a phone call with Swiss President Karin Keller-Sutter.";
    auto imposed = of_kind(test::events(text, {when(text, "Aug. 7", "2024-08-07")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.target == "CHE");
    CHECK(imposed[0].date.value == "2024-08-07");
}

TEST_CASE("a day in the phrase that opens a sentence dates the saying after it") {
    std::string text = "Aboard Air Force One on Saturday, Trump told reporters he did not want "
                       "to meet Prime Minister Mark Carney.";
    auto said =
        of_kind(test::events(text, {when(text, "Saturday", "2025-05-17")}), EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].date.value == "2025-05-17");
    // Told after the event, the attribution dates nothing.
    std::string after = "The two sides agreed to meet again later this month, Akazawa said.";
    for (const auto& e : test::events(after, {when(after, "later this month", "2025-05")}))
        if (e.kind == EventKind::talks) CHECK(e.status != EventStatus::reported);
}

TEST_CASE("negotiation left for later is no talks") {
    std::string text = "The framework the two sides set out in August left the metals for "
                       "later negotiation.";
    CHECK(of_kind(test::events(text, {when(text, "August", "2024-08")}), EventKind::talks).empty());
}

TEST_CASE("a budget share increased is no tariff change") {
    CHECK(of_kind(test::events("The health service will increase the share of its budget spent "
                               "on new medicines by 25 percent."),
                  EventKind::tariff_changed)
              .empty());
}

TEST_CASE("talks called off or terminated are talks cancelled, dated or not") {
    auto talks = of_kind(test::events("Trump said he would raise tariffs on Canadian goods by an "
                                      "additional 10 percent, two days after he called off trade "
                                      "negotiations with Canada."),
                         EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::cancelled);
    auto ended = of_kind(test::events("Trump said he was terminating all trade negotiations "
                                      "with Canada."),
                         EventKind::talks);
    REQUIRE(ended.size() == 1);
    CHECK(ended[0].status == EventStatus::cancelled);
}

TEST_CASE("tariffs of up to a rate removed leave zero") {
    auto changed = of_kind(test::events("China removed tariffs of up to 15 percent on American "
                                        "wheat and corn."),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 0);
}

TEST_CASE("a market moving on hopes for the talks reports no talks") {
    std::string text = "The rupee firmed against the dollar on Friday on hopes of progress in "
                       "the talks.";
    CHECK(of_kind(test::events(text, {when(text, "on Friday", "2025-05-16")}), EventKind::talks)
              .empty());
}

TEST_CASE("a speaker who says he will change a tariff that names no imposer states no position") {
    std::string text = "Trump said on Friday that he would raise the quota for Argentine beef to "
                       "80,000 tonnes a year.";
    auto e = test::events(text, {when(text, "on Friday", "2025-05-16")});
    CHECK(of_kind(e, EventKind::tariff_changed).size() == 1);
    CHECK(of_kind(e, EventKind::statement).empty());
}

TEST_CASE("a date after taking office is the office's, not the meeting's") {
    std::string text = "The meeting, Takaichi's first with Trump since taking office last week, "
                       "ended with a signing.";
    std::size_t dated_by_office = 0;
    for (const auto& e : test::events(text, {when(text, "last week", "2025-W20")}))
        dated_by_office += e.date.value == "2025-W20";
    CHECK(dated_by_office == 0);
}

TEST_CASE("political parties calling for a referendum state no side's position") {
    CHECK(of_kind(test::events("The Swiss concessions will need the approval of parliament, "
                               "where some parties have called for a referendum."),
                  EventKind::statement)
              .empty());
}

TEST_CASE("an infinitive joined to a requested one is requested too") {
    CHECK(of_kind(test::events("Washington has asked India to buy more American energy and farm "
                               "goods and to lower its duties on U.S. industrial products."),
                  EventKind::tariff_changed)
              .empty());
}

TEST_CASE("talks that could run into another day are the same talks") {
    std::string text = "Trade Representative Jamieson Greer will also attend, and the talks "
                       "could run into Sunday, officials in Bern said.";
    CHECK(of_kind(test::events(text, {when(text, "Sunday", "2025-05-25")}), EventKind::talks)
              .empty());
}

TEST_CASE("a deal whose makers stand between it and its verb is dated in their clause") {
    std::string text = "Under the pact that Tokyo and Washington signed on Aug. 4, Japanese cars "
                       "face a 15 percent tariff.";
    auto deals = of_kind(test::events(text, {when(text, "Aug. 4", "2025-08-04")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-08-04");
    std::string named = "Under the deal, which President Donald Trump and Commission President "
                        "Ursula von der Leyen sealed in Scotland on July 27, EU cars pay less.";
    deals = of_kind(test::events(named, {when(named, "July 27", "2025-07-27")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-07-27");
}

TEST_CASE("words told to reporters in a city on a day are dated by that day") {
    std::string text = "\"We will not accept a deal that hurts our farmers,\" Goyal told "
                       "reporters in New Delhi on Wednesday.";
    auto said =
        of_kind(test::events(text, {when(text, "Wednesday", "2025-05-14")}), EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].date.value == "2025-05-14");
    std::string conference = "Hayashi told a news conference on Wednesday that Japan would not "
                             "accept the tariff.";
    said = of_kind(test::events(conference, {when(conference, "Wednesday", "2025-05-14")}),
                   EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].date.value == "2025-05-14");
    std::string gathering = "Goyal told an industry gathering on Wednesday that India would not "
                            "give ground on dairy.";
    said = of_kind(test::events(gathering, {when(gathering, "Wednesday", "2025-05-14")}),
                   EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].date.value == "2025-05-14");
    std::string briefing = "\"We will answer with countermeasures,\" spokesman Lin Jian told a "
                           "regular news briefing on Wednesday.";
    said = of_kind(test::events(briefing, {when(briefing, "Wednesday", "2025-05-14")}),
                   EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].date.value == "2025-05-14");
}

TEST_CASE("a rate lifted to a higher one is not removed") {
    std::string text = "The levy on Brazilian goods lifted the rate on many of them to 50 percent.";
    for (const auto& e : test::events(text))
        if (e.kind == EventKind::tariff_changed) CHECK(e.details.rate_pct != 0);
    std::string lifted = "The United States lifted the tariff on Swiss watches on Friday.";
    auto changed = of_kind(test::events(lifted, {when(lifted, "Friday", "2025-05-16")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 0);
}

TEST_CASE("a tariff told before the goods that paid it is imposed on them, from that day") {
    std::string paid = "The 35 percent tariff that Canadian goods have paid since March 4 hurts "
                       "exporters.";
    auto imposed = of_kind(test::events(paid, {when(paid, "March 4", "2025-03-04")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].date.value == "2025-03-04");
    CHECK(imposed[0].details.target == "CAN");
}

TEST_CASE("a joint statement of terms the sides put out is a deal, one told in it is not") {
    std::string text = "The European Union and the United States on Thursday published a joint "
                       "statement setting out the terms of their trade deal.";
    auto deals =
        of_kind(test::events(text, {when(text, "Thursday", "2025-05-15")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-05-15");
    std::string issued = "Under the joint statement the EU and the United States issued on May 2, "
                         "U.S. tariffs on most European goods cannot exceed 15 percent.";
    deals = of_kind(test::events(issued, {when(issued, "May 2", "2025-05-02")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-05-02");
    std::string told = "The two sides announced in a joint statement that talks would continue.";
    CHECK(of_kind(test::events(told), EventKind::deal).empty());
}

TEST_CASE("the outline or the remaining details of a deal agreed are a deal") {
    for (std::string text : {"The negotiators said on Sunday they had agreed on the outline of a "
                             "trade agreement between China and the United States.",
                             "South Korea and the United States have settled the remaining "
                             "details of their July trade agreement."})
        CHECK(of_kind(test::events(text), EventKind::deal).size() == 1);
}

TEST_CASE("goods a speaker says would face a rate face it later, not now") {
    std::string text = "Trump said heavy trucks would face a 25 percent tariff.";
    auto announced = of_kind(test::events(text), EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].status == EventStatus::planned);
    CHECK(of_kind(test::events(text), EventKind::tariff_imposed).empty());
}

TEST_CASE("a second rate after and with no verb of its own shares the verb and its day") {
    std::string text = "Trump said heavy trucks would face a 25 percent tariff and kitchen "
                       "cabinets a 50 percent tariff from Oct. 1.";
    auto announced = of_kind(test::events(text, {when(text, "Oct. 1", "2025-10-01")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 2);
    std::sort(announced.begin(), announced.end(), [](const Event& a, const Event& b) {
        return a.details.rate_pct < b.details.rate_pct;
    });
    CHECK(announced[0].details.rate_pct == 25);
    CHECK(announced[0].details.products == std::vector<std::string>{"trucks"});
    CHECK(announced[0].date.value == "2025-10-01");
    CHECK(announced[1].details.rate_pct == 50);
    CHECK(announced[1].details.products == std::vector<std::string>{"furniture"});
    CHECK(announced[1].date.value == "2025-10-01");
    // A list of goods is no second clause: "on U.S. steel and aluminum".
    std::string list = "Canada would keep its 25 percent counter-tariffs on U.S. steel and "
                       "aluminum for as long as Washington charged 50 percent on Canadian steel.";
    for (const auto& e : test::events(list))
        if (e.details.rate_pct == 25)
            CHECK(e.details.products == std::vector<std::string>{"steel", "aluminum"});
}

TEST_CASE("a country told in an if-clause is not the target of what the subject faces") {
    std::string text = "Trump warned that India could face an additional 25 percent tariff if its "
                       "refiners resumed purchases from Russian suppliers.";
    auto announced = of_kind(test::events(text), EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.target == "IND");
}

TEST_CASE("a threat told by a second verb of saying is dated by the first one's day") {
    std::string text = "Trump said on Tuesday that the penalty would stay, and warned that India "
                       "could face an additional 25 percent tariff.";
    auto announced = of_kind(test::events(text, {when(text, "Tuesday", "2025-05-13")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].date.value == "2025-05-13");
}

TEST_CASE("a penalty at a rate is a tariff, and the oil bought is no target") {
    std::string text = "Most Indian goods have paid 50 percent since May 2, when Washington added "
                       "a 25 percent penalty for purchases of Russian oil.";
    bool penalty = false;
    for (const auto& e : test::events(text, {when(text, "May 2", "2025-05-02")}))
        if (e.kind == EventKind::tariff_imposed && e.details.rate_pct == 25) {
            penalty = true;
            CHECK(e.details.target == "IND");
        }
    CHECK(penalty);
}

TEST_CASE("a side asked during a call to act states a position that day") {
    std::string text = "Lula asked Trump during Monday's call to withdraw the surcharge on "
                       "Brazilian goods.";
    auto said =
        of_kind(test::events(text, {when(text, "Monday", "2025-05-19")}), EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].date.value == "2025-05-19");
}

TEST_CASE("a side pressing another to cut a tariff wants the cut; it is no change made") {
    for (std::string text :
         {"Taipei presses the United States to lower the 20 percent tariff on Taiwanese goods.",
          "EU trade chief Maros Sefcovic pressed U.S. Trade Representative Jamieson Greer in "
          "Brussels on Monday to cut the 50% U.S. tariff on European steel."}) {
        CHECK(of_kind(test::events(text), EventKind::tariff_changed).empty());
    }
}

TEST_CASE("a deal a side would sign only when its terms are met is its position, no deal") {
    std::string text = "Goyal said on Tuesday that India would sign a deal only when it was fair "
                       "and balanced.";
    auto e = test::events(text, {when(text, "on Tuesday", "2025-05-20")});
    CHECK(of_kind(e, EventKind::deal).empty());
    CHECK(of_kind(e, EventKind::statement).size() == 1);
}

TEST_CASE("bringing a tariff down, the particle told after the tariff, is a change") {
    std::string text = "Trump said he would bring tariffs on India down at some point.";
    auto changed = of_kind(test::events(text), EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.target == "IND");
}

TEST_CASE("days of talks ended on a day run up to it, and begun on a day run from it") {
    std::string ended = "India and the United States ended three days of trade talks in New "
                        "Delhi on Friday.";
    auto e = of_kind(test::events(ended, {when(ended, "three days", "P3D"),
                                          when(ended, "on Friday", "2025-05-16")}),
                     EventKind::talks);
    REQUIRE(e.size() == 1);
    CHECK(e[0].date.value == "2025-05-14/2025-05-16");
    std::string begun = "Negotiators began three days of talks in Washington on Monday.";
    e = of_kind(test::events(begun, {when(begun, "three days", "P3D"),
                                     when(begun, "on Monday", "2025-05-19")}),
                EventKind::talks);
    REQUIRE(e.size() == 1);
    CHECK(e[0].date.value == "2025-05-19/2025-05-21");
}

TEST_CASE("a rate told with who has charged it since a day is a tariff in force") {
    std::string text = "The 19% rate that Washington has charged on Malaysian goods since Aug. 7 "
                       "stays.";
    auto imposed = of_kind(test::events(text, {when(text, "Aug. 7", "2025-08-07", "since")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 19);
    CHECK(imposed[0].details.target == "MYS");
    CHECK(imposed[0].date.value == "2025-08-07");
}

TEST_CASE("the day a tariff has run since dates no cut still to come") {
    std::string text = "Washington keeps the 19% rate on Malaysian goods since Aug. 7, but will "
                       "cut the tariff to zero for some products.";
    auto changed = of_kind(test::events(text, {when(text, "Aug. 7", "2025-08-07", "since")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK_FALSE(changed[0].date.known());
}

TEST_CASE("a tariff named in passing keeps its since-day past a list of the goods' countries") {
    std::string text = "Washington keeps the 19% rate it has charged on Malaysian and Cambodian "
                       "goods since Aug. 7.";
    auto imposed = of_kind(test::events(text, {when(text, "Aug. 7", "2025-08-07", "since")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    for (const auto& e : imposed)
        CHECK(e.date.value == "2025-08-07");
}

TEST_CASE("a joint text told with the sides that released it is a deal") {
    std::string text = "Under the joint fact sheet the two countries released on Nov. 14, the 15% "
                       "rate on cars applies from Nov. 1.";
    auto deals = of_kind(test::events(text, {when(text, "Nov. 14", "2025-11-14"),
                                             when(text, "Nov. 1", "2025-11-01", "from")}),
                         EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-11-14");
    CHECK(deals[0].details.rate_pct == 15);
}

TEST_CASE("a rate told as the one replaced is no tariff to come") {
    std::string text = "Swiss goods will face a 15% U.S. tariff instead of 39% from Friday.";
    for (const auto& e : test::events(text, {when(text, "Friday", "2025-05-23", "from")}))
        if (e.details.rate_pct == 39) CHECK(e.status == EventStatus::cancelled);
}

TEST_CASE("speaking to a named negotiator is talks, as speaking with one is") {
    std::string text = "Reynolds said he would speak to Commerce Secretary Howard Lutnick later "
                       "this week.";
    auto talks =
        of_kind(test::events(text, {when(text, "later this week", "2025-W21")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::planned);
    std::string reporters = "Reynolds spoke to reporters on Monday.";
    CHECK(of_kind(test::events(reporters, {when(reporters, "Monday", "2025-05-19")}),
                  EventKind::talks)
              .empty());
}

TEST_CASE("a deal signed after dated talks takes their day past the words of what was agreed") {
    std::string text = "Takaichi and Trump signed a framework on securing supplies of rare earths "
                       "and other critical minerals after their first summit talks at the Akasaka "
                       "Palace in Tokyo on Tuesday.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Tuesday", "2025-05-20")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-05-20");
}

TEST_CASE("the percentage points of a tariff a pause holds off are the pause's rate") {
    std::string text = "China said 24 percentage points of the 34% tariff it imposed in April "
                       "would stay suspended for one year, with a 10% rate retained.";
    auto paused =
        of_kind(test::events(text, {when(text, "one year", "P1Y")}), EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 24);
}

TEST_CASE("a text a side aims to publish by a day is a deadline; talks it aims to hold are not") {
    std::string text = "Kim said the U.S. side aimed to publish the lower rate in the Federal "
                       "Register early next month.";
    auto due =
        of_kind(test::events(text, {when(text, "early next month", "2025-06-01/2025-06-10")}),
                EventKind::deadline);
    REQUIRE(due.size() == 1);
    CHECK(due[0].date.value == "2025-06-01/2025-06-10");
    std::string talks = "The two sides agreed to aim to hold ministerial talks again in mid-May.";
    CHECK(of_kind(test::events(talks, {when(talks, "mid-May", "2025-05-11/2025-05-20")}),
                  EventKind::deadline)
              .empty());
}

TEST_CASE("goods a scrapped tariff was kept on are not the goods it was scrapped on") {
    std::string text = "Canada scrapped most of its counter-tariffs on U.S. goods on Sept. 1, "
                       "keeping those on American steel, aluminum and autos.";
    auto changed = of_kind(test::events(text, {when(text, "Sept. 1", "2025-09-01")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.target == "USA");
    CHECK(changed[0].details.products.empty());
}

TEST_CASE("a summit someone skipped is no talks of theirs") {
    std::string text = "Prime Minister Narendra Modi skipped the summit of Southeast Asian nations "
                       "in Kuala Lumpur on Sunday.";
    CHECK(of_kind(test::events(text, {when(text, "Sunday", "2025-05-18")}), EventKind::talks)
              .empty());
}

TEST_CASE("a tariff told as the time of something else is not imposed there") {
    std::string text = "Hayashi said Tokyo would ask Washington to confirm the treatment of "
                       "Japanese medicines before the new tariff takes effect.";
    CHECK(of_kind(test::events(text), EventKind::tariff_imposed).empty());
}

TEST_CASE("a tariff on a country's goods borrows no products from the tariff beside it") {
    std::string text = "Beijing extended on Monday its suspension of an additional 24 percent "
                       "tariff on American goods, and removed its retaliatory tariffs on U.S. farm "
                       "goods.";
    auto paused =
        of_kind(test::events(text, {when(text, "Monday", "2025-05-19")}), EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 24);
    CHECK(paused[0].details.products.empty());
}

TEST_CASE("a bill wanted passed by a date sets a deadline") {
    std::string text = "The ruling party wants the act passed by the end of the year.";
    auto deadlines =
        of_kind(test::events(text, {when(text, "the end of the year", "2025-12-21/2025-12-31")}),
                EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-12-31");
}

TEST_CASE("talks a day after which the news was told took place the day before") {
    std::string text = "Mexico is close to an agreement with the United States, Economy Secretary "
                       "Marcelo Ebrard said on Friday, a day after meeting Commerce Secretary "
                       "Howard Lutnick in Washington.";
    auto talks = of_kind(
        test::events(text, {when(text, "Friday", "2025-05-16"), when(text, "a day", "P1D")}),
        EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-05-15");
}

TEST_CASE("what a side says it will keep doing is a position beside the tariffs it names") {
    std::string text = "Carney said on Monday that Canada would keep its 25 percent "
                       "counter-tariffs on U.S. steel for as long as Washington charged 50 percent "
                       "on Canadian steel.";
    auto said =
        of_kind(test::events(text, {when(text, "Monday", "2025-05-19")}), EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].date.value == "2025-05-19");
    CHECK(has(said[0].actors, "Mark Carney"));
    // Found by two of its words, one position is told once, with its speaker.
    std::string pressing = "Lula said on Thursday that Brazil would keep pressing for the tariff "
                           "to be lifted.";
    said = of_kind(test::events(pressing, {when(pressing, "Thursday", "2025-05-15")}),
                   EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(has(said[0].actors, "Luiz Inacio Lula da Silva"));
}

TEST_CASE("a deal one side names is not struck with the country of the sentence before") {
    std::string text =
        "Gill said Trade Commissioner Maros Sefcovic would discuss the new tariffs "
        "with Commerce Secretary Howard Lutnick next week. In Tokyo, Japan's chief "
        "negotiator Ryosei Akazawa said Japan would insist that its drugmakers be "
        "charged no more than those of any other country, as the agreement it struck "
        "with Washington in April guaranteed.";
    auto deals = of_kind(test::events(text, {when(text, "April", "2025-04")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(has(deals[0].actors, "JPN"));
    CHECK_FALSE(has(deals[0].actors, "EUU"));
}

TEST_CASE("a lone side's deal is with the side whose rates the article tells, not one that removes "
          "duties") {
    std::string text = "Trump set a 19 percent tariff on Philippine goods on Tuesday. The "
                       "Philippines agreed to remove its tariffs on American cars, and Manila "
                       "will also scrap its duties on U.S. wheat. Indonesia secured the same 19 "
                       "percent rate last week.";
    auto deals = of_kind(test::events(text, {when(text, "Tuesday", "2025-05-13"),
                                             when(text, "last week", "2025-W19")}),
                         EventKind::deal);
    bool indonesia = false;
    for (const auto& d : deals)
        if (has(d.actors, "IDN")) {
            indonesia = true;
            CHECK(has(d.actors, "USA"));
            CHECK_FALSE(has(d.actors, "PHL"));
        }
    CHECK(indonesia);
}

TEST_CASE("a rate after a comma and the rate's goods shares the change and its day") {
    std::string text = "The rate on upholstered furniture is due to rise to 30 percent on Jan. 1, "
                       "and the rate on kitchen cabinets and vanities to 50 percent, for countries "
                       "without a deal.";
    auto changed = of_kind(test::events(text, {when(text, "Jan. 1", "2026-01-01")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 2);
    for (const auto& e : changed)
        CHECK(e.date.value == "2026-01-01");
    // A rate followed by a verb of its own is its own tariff.
    std::string own = "Brazilian goods have faced a 10 percent tariff since April 2, and the 40 "
                      "percent levy added later lifted the rate on many of them.";
    for (const auto& e : test::events(own, {when(own, "April 2", "2025-04-02")}))
        if (e.details.rate_pct == 40) CHECK(e.date.value != "2025-04-02");
}

TEST_CASE("rates told after \", with\" share the day of the rate before them") {
    std::string text = "He said heavy trucks would face a 25% tariff from Oct. 1, with 50% on "
                       "kitchen cabinets and 30% on upholstered furniture.";
    auto announced = of_kind(test::events(text, {when(text, "Oct. 1", "2025-10-01")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 3);
    for (const auto& e : announced)
        CHECK(e.date.value == "2025-10-01");
}

TEST_CASE("\", as\" with a named subject and its verb opens a clause of its own") {
    std::string text = "A lower U.S. tariff on Chinese goods took effect on Monday, as Beijing "
                       "lifted retaliatory duties on American farm produce.";
    auto e = test::events(text, {when(text, "on Monday", "2025-11-10")});
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.target == "USA");
    for (const auto& imposed : of_kind(e, EventKind::tariff_imposed)) {
        CHECK(imposed.details.target == "CHN");
        CHECK(imposed.details.products.empty());
    }
}

TEST_CASE("rules eased and tariff cuts named again are no tariff change") {
    for (std::string text :
         {"Lutnick said Washington would look at the steel request once the EU had eased its "
          "rules for large technology companies.",
          "Lutnick said Washington would look at the steel request once the EU had adopted the "
          "tariff cuts."})
        CHECK(of_kind(test::events(text), EventKind::tariff_changed).empty());
}

TEST_CASE("a side's words told at a news conference are a position of that day") {
    std::string text = "Lutnick told a news conference on Monday evening that Washington would "
                       "look at the steel request only once the EU had adopted the cuts.";
    auto said = of_kind(test::events(text, {when(text, "Monday evening", "2025-05-19")}),
                        EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].date.value == "2025-05-19");
}

TEST_CASE("what a side wants done to a tariff is its position") {
    std::string text = "New Delhi wants the penalty dropped and the reciprocal rate cut to about "
                       "15 percent.";
    CHECK(of_kind(test::events(text), EventKind::statement).size() == 1);
}

TEST_CASE("a penalty a side added on a day is imposed that day") {
    std::string text = "Washington added a 25 percent penalty to its tariff on Indian goods in "
                       "April over the oil purchases.";
    auto imposed =
        of_kind(test::events(text, {when(text, "April", "2025-04")}), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].date.value == "2025-04");
}

TEST_CASE("a raise by a further rate is announced like one by an additional rate") {
    for (std::string text : {"Trump threatened to raise tariffs on Chinese goods by an additional "
                             "50 percent.",
                             "Trump threatened to raise tariffs on Chinese goods by a further "
                             "50 percent."}) {
        auto announced = of_kind(test::events(text), EventKind::tariff_announced);
        REQUIRE(announced.size() == 1);
        CHECK(announced[0].details.rate_pct == 50);
    }
}

TEST_CASE("a deal pointed back to is not dated by the day the news was told") {
    std::string text = "Beijing halted its charges on Monday, officials said Tuesday, as the two "
                       "governments put into effect the trade truce their leaders reached in "
                       "Busan.";
    for (const auto& e : test::events(
             text, {when(text, "Monday", "2025-05-12"), when(text, "Tuesday", "2025-05-13")}))
        if (e.kind == EventKind::deal) CHECK(e.date.value != "2025-05-13");
}

TEST_CASE("goods told as a country's after the second rate are its target") {
    std::string text =
        "Carney said Canada would keep its 25 percent counter-tariffs on U.S. steel "
        "and aluminum for as long as Washington charged 50 percent on Canadian steel "
        "and aluminum.";
    bool fifty = false;
    for (const auto& e : test::events(text))
        if (e.kind == EventKind::tariff_imposed && e.details.rate_pct == 50) {
            fifty = true;
            CHECK(e.details.target == "CAN");
        }
    CHECK(fifty);
}

TEST_CASE("a rate set before and replaced is an announcement cancelled, dated by when it was due") {
    std::string text = "The 19 percent rate replaces the 32 percent that Trump had set for "
                       "Indonesia in a letter last week, to take effect on June 1.";
    auto announced = of_kind(test::events(text, {when(text, "last week", "2025-W20"),
                                                 when(text, "June 1", "2025-06-01")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].status == EventStatus::cancelled);
    CHECK(announced[0].details.rate_pct == 32);
    CHECK(announced[0].details.target == "IDN");
    CHECK(announced[0].date.value == "2025-06-01");
}

TEST_CASE("a clause that says when a rate was due dates it across the words about its letter") {
    std::string text = "The 19 percent rate replaces a 20 percent duty that Trump set out in a "
                       "April 9 letter to Manila, which was due to take effect on June 1.";
    auto announced = of_kind(test::events(text, {when(text, "April 9", "2025-04-09"),
                                                 when(text, "June 1", "2025-06-01")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 20);
    CHECK(announced[0].date.value == "2025-06-01");
}

TEST_CASE("goods told before the words that spare them are not the tariff's goods") {
    std::string text = "Brazilian goods have faced a 10 percent baseline tariff since April 2, and "
                       "the 40 percent levy added later lifted the rate on many of them to 50 "
                       "percent, although orange juice, civil aircraft and some energy products "
                       "were spared.";
    bool forty = false;
    for (const auto& e : test::events(text, {when(text, "April 2", "2025-04-02")}))
        if (e.kind == EventKind::tariff_imposed && e.details.rate_pct == 40) {
            forty = true;
            CHECK(e.details.products.empty());
        }
    CHECK(forty);
    // Unless the words are the event's own.
    std::string own = "Aircraft and aircraft parts from Japan will be exempt from the tariff.";
    auto changed = of_kind(test::events(own), EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.products == std::vector<std::string>{"aircraft"});
}

TEST_CASE("goods said to face a tariff of about a rate face that rate") {
    std::string text = "Trump said in April that imported chips would face a tariff of about 100 "
                       "percent.";
    auto announced =
        of_kind(test::events(text, {when(text, "April", "2025-04")}), EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 100);
    CHECK(announced[0].details.products == std::vector<std::string>{"semiconductors"});
}

TEST_CASE("a side's word that its tariff stays is a position beside the threat it adds") {
    std::string text = "India and the United States are close to a trade deal. Trump said on "
                       "Tuesday that the penalty would stay until India stops buying Russian oil, "
                       "and warned that India could face an additional 25 percent tariff.";
    auto said =
        of_kind(test::events(text, {when(text, "Tuesday", "2025-05-13")}), EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].date.value == "2025-05-13");
}

TEST_CASE("a deadline whose sentence names no side is the article's sides'") {
    std::string text = "The United States suspended its port fees on Chinese ships on Monday, and "
                       "China halted its charges on American vessels. Both suspensions run until "
                       "Nov. 10.";
    auto deadlines = of_kind(test::events(text, {when(text, "Monday", "2025-05-19"),
                                                 when(text, "Nov. 10", "2025-11-10")}),
                             EventKind::deadline);
    REQUIRE_FALSE(deadlines.empty());
    for (const auto& d : deadlines) {
        CHECK(has(d.actors, "USA"));
        CHECK(has(d.actors, "CHN"));
    }
}

TEST_CASE("a quota opened free of duty is not the removal another sentence tells") {
    std::string text =
        "Switzerland will scrap its remaining tariffs on U.S. industrial goods. Bern "
        "will also open a tariff-free quota for 500 tonnes of American beef.";
    auto changed = of_kind(test::events(text), EventKind::tariff_changed);
    CHECK(changed.size() == 2);
}

TEST_CASE("words quoted before their speaker that refuse make a rejected position") {
    std::string text =
        "Brazil and the United States agreed to open trade negotiations. \"The door "
        "is open and we will negotiate seriously, but Brazil's sovereignty is not on "
        "the table,\" Vice President Geraldo Alckmin told reporters in Brasilia on "
        "Tuesday.";
    auto said =
        of_kind(test::events(text, {when(text, "Tuesday", "2025-05-13")}), EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].status == EventStatus::rejected);
    CHECK(said[0].date.value == "2025-05-13");
}

TEST_CASE("a tariff paid since a day is in force, though the levy beside it is still to come") {
    std::string text = "Ottawa said the new levy would come on top of the 35 percent tariff that "
                       "Canadian goods have paid since April 1.";
    auto e = test::events(text, {when(text, "April 1", "2025-04-01", "since")});
    auto imposed = of_kind(e, EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].status == EventStatus::reported);
    CHECK(imposed[0].details.rate_pct == 35);
    CHECK(imposed[0].details.target == "CAN");
    CHECK(imposed[0].date.value == "2025-04-01");
    CHECK(of_kind(e, EventKind::tariff_announced).empty());
}

TEST_CASE("a relative clause with no comma ends where the main clause's verb comes") {
    std::string text = "The 25 percent tariff on Mexican goods that meet the rules of the trade "
                       "pact is suspended until April 2.";
    auto e = test::events(text, {when(text, "April 2", "2025-04-02", "until")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 25);
    CHECK(paused[0].details.target == "MEX");
    CHECK(paused[0].date.value == "2025-04-02");
    // The clause's own auxiliary comes first when its subject does.
    std::string object = "The duties that Washington has imposed on Chinese steel are suspended "
                         "until April 2.";
    auto e2 = test::events(object, {when(object, "April 2", "2025-04-02", "until")});
    auto paused2 = of_kind(e2, EventKind::tariff_paused);
    REQUIRE(paused2.size() == 1);
    CHECK(paused2[0].details.target == "CHN");
}

TEST_CASE("a pause of tariffs on two countries is one pause for each, dated by its own day") {
    std::string text = "The president on Monday put off for a month the 25 percent tariffs on "
                       "goods from Mexico and Canada, hours before they were due to take effect "
                       "on Tuesday.";
    auto e =
        test::events(text, {when(text, "on Monday", "2025-05-19"), when(text, "for a month", "P1M"),
                            when(text, "on Tuesday", "2025-05-20")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 2);
    CHECK(paused[0].details.target == "MEX");
    CHECK(paused[1].details.target == "CAN");
    for (const auto& p : paused) {
        CHECK(p.date.value == "2025-05-19");
        CHECK(p.details.rate_pct == 25);
    }
}

TEST_CASE("a rate that totals the tariffs told beside it is no tariff of its own") {
    std::string text = "The new rate comes on top of the 20 percent duty imposed on Chinese "
                       "imports in March, bringing the new duties to 54 percent.";
    auto imposed =
        of_kind(test::events(text, {when(text, "in March", "2025-03")}), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 20);
}

TEST_CASE("phone calls with two leaders are talks") {
    std::string text = "The president warned on Saturday, after phone calls with the Thai and "
                       "Cambodian prime ministers, that he would not sign trade deals.";
    auto talks =
        of_kind(test::events(text, {when(text, "on Saturday", "2025-05-17")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::held);
    CHECK(has(talks[0].actors, "THA"));
    CHECK(has(talks[0].actors, "KHM"));
}

TEST_CASE("deals struck with both of two countries are a deal with each") {
    std::string text = "Washington struck trade deals with both Thailand and Cambodia on "
                       "Wednesday.";
    auto deals =
        of_kind(test::events(text, {when(text, "on Wednesday", "2025-05-14")}), EventKind::deal);
    REQUIRE(deals.size() == 2);
    CHECK(has(deals[0].actors, "THA"));
    CHECK(has(deals[1].actors, "KHM"));
}

TEST_CASE("goods of two countries told together each face the rate, and its old rate is none") {
    std::string text = "Thai and Cambodian goods will be charged a 19% tariff from Aug. 7, down "
                       "from the 36% both countries had been threatened with.";
    auto e = test::events(text, {when(text, "Aug. 7", "2025-08-07", "from")});
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 2);
    CHECK(announced[0].details.target == "THA");
    CHECK(announced[1].details.target == "KHM");
    for (const auto& a : announced)
        CHECK(a.details.rate_pct == 19);
}

TEST_CASE("a side that will levy a tariff on all goods imported from another announces it") {
    std::string text = "China will levy an additional 34 percent tariff on all goods imported "
                       "from the United States starting April 10.";
    auto e = test::events(text, {when(text, "April 10", "2025-04-10", "starting")});
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 34);
    CHECK(announced[0].details.target == "USA");
    CHECK(announced[0].date.value == "2025-04-10");
}

TEST_CASE("a target day the sides missed is a deadline that has passed") {
    std::string text = "The two sides missed an April 1 target for a deal.";
    auto deadlines =
        of_kind(test::events(text, {when(text, "April 1", "2025-04-01")}), EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-04-01");
    CHECK(deadlines[0].status == EventStatus::reported);
}

TEST_CASE("after a comma and \"and\", a pronoun and its verb open a clause with its own day") {
    std::string text = "Trump will meet Lee Jae-myung in Gyeongju on Wednesday, and he is due to "
                       "hold talks with Xi Jinping in Busan on Thursday.";
    auto talks = of_kind(test::events(text, {when(text, "on Wednesday", "2025-05-21"),
                                             when(text, "on Thursday", "2025-05-22")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].date.value == "2025-05-21");
    CHECK(talks[1].date.value == "2025-05-22");
}

TEST_CASE("a tariff scheduled to begin on a day is announced for that day") {
    std::string text = "A 25 percent U.S. tariff on all steel and aluminum imports is scheduled to "
                       "begin on June 12.";
    auto e = test::events(text, {when(text, "on June 12", "2025-06-12")});
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].date.value == "2025-06-12");
    CHECK(announced[0].details.rate_pct == 25);
}

TEST_CASE("time left for talks is no talks") {
    std::string text = "Trump delayed the levies on Mexican goods by a month in early May to leave "
                       "time for talks on border security.";
    auto e = test::events(text, {when(text, "early May", "2025-05-01/2025-05-10")});
    CHECK(of_kind(e, EventKind::talks).empty());
    CHECK(of_kind(e, EventKind::tariff_paused).size() == 1);
}

TEST_CASE("goods made in a country are its goods, the tariff's target") {
    std::string text = "Washington will charge 25 percent on cars made in Mexico from June 1.";
    auto announced = of_kind(test::events(text, {when(text, "June 1", "2025-06-01", "from")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.target == "MEX");
}

TEST_CASE("a tariff that came into force before another was announced is in force, not announced") {
    std::string text = "China said it will impose tariffs of 15% on American coal from June 10, "
                       "minutes after a 10% U.S. duty on all Chinese imports came into force.";
    auto e = test::events(text, {when(text, "June 10", "2025-06-10", "from")});
    auto announced = of_kind(e, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 15);
    CHECK(announced[0].details.target == "USA");
    auto imposed = of_kind(e, EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 10);
    CHECK(imposed[0].details.target == "CHN");
}

TEST_CASE("rates after one verb that list their goods share the day told after them all") {
    std::string text = "China will impose tariffs of 15% on American steel and 10% on U.S. crude "
                       "oil, farm machinery and cars from June 10.";
    auto announced = of_kind(test::events(text, {when(text, "June 10", "2025-06-10", "from")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 2);
    CHECK(announced[0].details.rate_pct == 15);
    CHECK(announced[0].date.value == "2025-06-10");
    CHECK(announced[1].details.rate_pct == 10);
    CHECK(announced[1].date.value == "2025-06-10");
}

TEST_CASE("a levy that would wait until a day gives that deadline") {
    std::string text = "Trump said the levies on Mexican goods would wait until June 4.";
    auto deadlines = of_kind(test::events(text, {when(text, "June 4", "2025-06-04", "until")}),
                             EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-06-04");
}

TEST_CASE("tariffs removed but for those kept are a removal and tariffs in force") {
    std::string text = "Canada removed most of its retaliatory tariffs on U.S. goods on June 1, "
                       "keeping only its 25% levies on American steel, aluminum and automobiles.";
    auto e = test::events(text, {when(text, "on June 1", "2025-06-01")});
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 0);
    CHECK(changed[0].details.products.empty());
    CHECK(changed[0].date.value == "2025-06-01");
    auto imposed = of_kind(e, EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 25);
    CHECK(imposed[0].details.products == std::vector<std::string>{"steel", "aluminum", "autos"});
    CHECK(imposed[0].status == EventStatus::reported);
}

TEST_CASE("a suspension extended by a number of days is a pause of that length") {
    std::string text = "Washington's suspension of higher tariffs on Chinese goods, which Trump "
                       "extended by 90 days in April, is due to expire on May 30.";
    auto e = test::events(text, {when(text, "90 days", "P90D"), when(text, "in April", "2025-04"),
                                 when(text, "on May 30", "2025-05-30")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.duration_days == 90);
    CHECK(paused[0].details.target == "CHN");
    CHECK(paused[0].date.value == "2025-04");
}

TEST_CASE("a deal agreed on a day told between the verb and the deal") {
    std::string text = "U.S. and Chinese negotiators agreed on Sunday on a framework to halt a new "
                       "escalation of their trade war.";
    auto deals = of_kind(test::events(text, {when(text, "Sunday", "2025-05-18")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-05-18");
}

TEST_CASE("a tranche hoped to be completed by a month is a deadline") {
    std::string text = "Goyal said he hoped the tranche could be completed by November.";
    auto deadlines =
        of_kind(test::events(text, {when(text, "November", "2025-11", "by")}), EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-11");
}

TEST_CASE("a tariff its subject imposed is in force, though a modal comes before it") {
    std::string text = "Trump has said he could lower the tariff he imposed on Chinese goods in "
                       "March.";
    auto e = test::events(text, {when(text, "in March", "2025-03")});
    auto imposed = of_kind(e, EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].status == EventStatus::reported);
    CHECK(imposed[0].details.target == "CHN");
    CHECK(of_kind(e, EventKind::tariff_announced).empty());
}

TEST_CASE("goods spared in one clause are not spared from a tariff of another") {
    std::string text = "Pharmaceuticals have been spared, although Trump has threatened tariffs "
                       "of up to 250 percent on imported medicines.";
    auto announced = of_kind(test::events(text), EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.products == std::vector<std::string>{"pharmaceuticals"});
    CHECK(announced[0].details.rate_pct == 250);
    std::string that = "Trump said that firms building plants would be spared, and that heavy "
                       "trucks would face 25% and upholstered furniture 30% from June 1.";
    announced = of_kind(test::events(that, {when(that, "June 1", "2025-06-01", "from")}),
                        EventKind::tariff_announced);
    REQUIRE(announced.size() == 2);
    CHECK(announced[0].details.products == std::vector<std::string>{"trucks"});
    CHECK(announced[1].details.products == std::vector<std::string>{"furniture"});
}

TEST_CASE("purchases lifted by a percentage are no tariff") {
    std::string text = "Japan agreed to lift purchases of U.S. rice by 75 percent.";
    CHECK(of_kind(test::events(text), EventKind::tariff_changed).empty());
}

TEST_CASE("what a country is said to face falls on it, not on a place named before it") {
    std::string text = "Trump spoke during the minister's visit to Washington, saying Japan would "
                       "face a 15 percent tariff.";
    for (const auto& e : test::events(text))
        if (e.kind == EventKind::tariff_announced || e.kind == EventKind::tariff_imposed)
            CHECK(e.details.target == "JPN");
}

TEST_CASE("a pause in force until a day, told on a day, is dated by the telling") {
    std::string text = "The 25 percent tariff on Mexican goods is suspended until June 2, Trump "
                       "said on Thursday.";
    auto e = test::events(
        text, {when(text, "June 2", "2025-06-02", "until"), when(text, "Thursday", "2025-05-15")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-05-15");
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-06-02");
    std::string will = "The bloc will extend its suspension of countermeasures against U.S. "
                       "tariffs until June 2, von der Leyen said on Thursday.";
    paused = of_kind(test::events(will, {when(will, "June 2", "2025-06-02", "until"),
                                         when(will, "Thursday", "2025-05-15")}),
                     EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-06-02");
}

TEST_CASE("a joint statement told with its day is a deal of that day") {
    std::string text = "A joint statement on May 14 confirmed that the ceiling would also cover "
                       "any future U.S. tariffs on European pharmaceuticals.";
    auto deals = of_kind(test::events(text, {when(text, "May 14", "2025-05-14")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-05-14");
}

TEST_CASE("a deal is dated by the day it was struck, not a day a tariff has run since") {
    std::string text = "Most EU goods have faced a 15% U.S. tariff since May 7 under the framework "
                       "that Commission President Ursula von der Leyen and President Donald Trump "
                       "struck in Scotland on April 27.";
    auto deals = of_kind(test::events(text, {when(text, "May 7", "2025-05-07", "since"),
                                             when(text, "on April 27", "2025-04-27")}),
                         EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-04-27");
}

TEST_CASE("the month May inside a trigger is no modal") {
    std::string text = "The two sides signed the May 8 agreement in London.";
    auto deals = of_kind(test::events(text, {when(text, "May 8", "2025-05-08")}), EventKind::deal);
    for (const auto& d : deals)
        CHECK(d.status == EventStatus::reported);
    std::string joint = "A joint statement on May 14 confirmed that the ceiling would also cover "
                        "any future U.S. tariffs on European pharmaceuticals.";
    deals = of_kind(test::events(joint, {when(joint, "May 14", "2025-05-14")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].status == EventStatus::reported);
}

TEST_CASE("the two sides are the article's sides, not the cities they met in") {
    std::string text = "U.S. Treasury Secretary Scott Bessent held talks with Chinese Vice "
                       "Premier He Lifeng in Geneva on Saturday. The two sides met again in "
                       "London on Monday, and agreed on a framework to put the Geneva deal into "
                       "practice, including faster Chinese approvals for exports of magnets.";
    auto talks = of_kind(test::events(text, {when(text, "on Saturday", "2025-05-10"),
                                             when(text, "on Monday", "2025-05-12")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 2);
    for (const auto& t : talks) {
        CHECK(has(t.actors, "USA"));
        CHECK(has(t.actors, "CHN"));
        CHECK_FALSE(has(t.actors, "GBR"));
        CHECK_FALSE(has(t.actors, "CHE"));
    }
}

TEST_CASE("a participle after a comma takes no day told before the comma") {
    std::string text = "President Donald Trump suspended the 25 percent tariff on Korean goods on "
                       "April 9, leaving a 10 percent tariff in place.";
    auto e = test::events(text, {when(text, "April 9", "2025-04-09")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-04-09");
    CHECK(paused[0].details.rate_pct == 25);
    auto imposed = of_kind(e, EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 10);
    CHECK(imposed[0].date.value.empty());
}

TEST_CASE("a meeting in the Oval Office is dated; taking office is another happening") {
    std::string text = "President Donald Trump met Prime Minister Benjamin Netanyahu in the Oval "
                       "Office on Monday.";
    auto talks =
        of_kind(test::events(text, {when(text, "on Monday", "2025-04-07")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-04-07");
}

TEST_CASE("the two leaders who met are the sides that met") {
    std::string text = "President Donald Trump spoke with Prime Minister Keir Starmer about steel "
                       "on Friday. The two leaders met at Chequers on Sept. 18.";
    auto talks = of_kind(test::events(text, {when(text, "on Friday", "2025-09-12"),
                                             when(text, "on Sept. 18", "2025-09-18")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 2);
    CHECK(talks[1].date.value == "2025-09-18");
}

TEST_CASE("a tariff suspended as \"it\" is the tariff told before, across a but") {
    std::string text = "President Donald Trump announced a 31 percent tariff on South Africa on "
                       "April 2 but suspended it a week later, on April 9.";
    auto paused = of_kind(test::events(text, {when(text, "April 2", "2025-04-02"),
                                              when(text, "April 9", "2025-04-09")}),
                          EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 31);
    CHECK(paused[0].details.target == "ZAF");
    CHECK(paused[0].date.value == "2025-04-09");
}

TEST_CASE("a tariff announced and suspended in one relative clause keeps its rate in both") {
    std::string text = "Both rates took effect on Aug. 7, replacing the 46 percent tariff that "
                       "Trump had announced for Vietnam on April 2 and suspended a week later.";
    auto e =
        test::events(text, {when(text, "Aug. 7", "2025-08-07"), when(text, "April 2", "2025-04-02"),
                            when(text, "a week later", "2025-04-09")});
    auto paused = of_kind(e, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 46);
    CHECK(paused[0].details.target == "VNM");
}

TEST_CASE("what a speaker says the target will face, the speaker's side imposes") {
    std::string text = "Israel and its exporters waited. President Donald Trump said on Monday "
                       "that Chinese goods would face an additional 50 percent tariff from "
                       "Wednesday.";
    auto announced = of_kind(test::events(text, {when(text, "on Monday", "2025-04-07"),
                                                 when(text, "from Wednesday", "2025-04-09")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.target == "CHN");
    CHECK(has(announced[0].actors, "USA"));
    CHECK_FALSE(has(announced[0].actors, "ISR"));
}

TEST_CASE("a deal agreed on a day told before its outline, or unveiled by two leaders") {
    std::string outline = "Bangladesh's adviser said the two sides had agreed this week on the "
                          "outline of a reciprocal trade agreement.";
    auto deals =
        of_kind(test::events(outline, {when(outline, "this week", "2025-W31")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-W31");
    std::string unveiled = "Under the economic prosperity deal that Trump and Prime Minister Keir "
                           "Starmer unveiled on May 8, Britain accepted a 10 percent tariff.";
    deals = of_kind(test::events(unveiled, {when(unveiled, "on May 8", "2025-05-08")}),
                    EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-05-08");
}

TEST_CASE("a tariff a speaker says they will impose is the speaker's side's") {
    std::string text = "China bought more soybeans. President Donald Trump said on Truth Social "
                       "that he would impose a 25% tariff on Japanese goods from Aug. 1.";
    auto announced = of_kind(test::events(text, {when(text, "from Aug. 1", "2025-08-01")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.target == "JPN");
    CHECK(has(announced[0].actors, "USA"));
    CHECK_FALSE(has(announced[0].actors, "CHN"));
}

TEST_CASE("the rate a change starts from is no tariff in force") {
    auto e = test::events("U.S. duties on Chinese imports will fall to 30% from 145% and Chinese "
                          "duties on U.S. goods will drop to 10% from 125%.");
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    CHECK(of_kind(e, EventKind::tariff_changed).size() == 2);
}

TEST_CASE("a change told after the deal that decided it, with no day of its own, has the deal's") {
    std::string text = "The United States and China agreed on Monday to slash tariffs for 90 days, "
                       "with U.S. duties on Chinese imports falling to 30% from 145%.";
    auto e = test::events(text, {when(text, "on Monday", "2025-05-12")});
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 30);
    CHECK(changed[0].date.value == "2025-05-12");
}

TEST_CASE("a tariff told with its day and then \"up from\" a rate is a change") {
    std::string text = "Canada's goods will face a 35% tariff from Friday, up from 25%.";
    auto e = test::events(text, {when(text, "from Friday", "2025-08-01")});
    CHECK(of_kind(e, EventKind::tariff_announced).empty());
    auto changed = of_kind(e, EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 35);
    CHECK(changed[0].details.target == "CAN");
    CHECK(changed[0].date.value == "2025-08-01");
}

TEST_CASE("talks that ended without extending a truce are talks, not the truce's end") {
    std::string text = "Talks between U.S. and Chinese officials in Stockholm ended on Tuesday "
                       "without a deal to extend the tariff truce, which expires on Aug. 12.";
    auto e = test::events(
        text, {when(text, "on Tuesday", "2025-07-29"), when(text, "on Aug. 12", "2025-08-12")});
    auto talks = of_kind(e, EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-07-29");
    auto deadlines = of_kind(e, EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-08-12");
}

TEST_CASE("a country hit with a tariff is its target; the one it was imposed by imposes it") {
    std::string text = "Switzerland was hit with a 39% tariff on April 9, one of the highest "
                       "rates imposed by President Donald Trump on any country.";
    auto imposed = of_kind(test::events(text, {when(text, "on April 9", "2025-04-09")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 39);
    CHECK(imposed[0].details.target == "CHE");
    CHECK(has(imposed[0].actors, "USA"));
}

TEST_CASE("an order that caps tariffs at a rate changes them") {
    auto changed = of_kind(test::events("The order also caps tariffs on most other Japanese goods "
                                        "at 15%."),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 15);
    CHECK(changed[0].details.target == "JPN");
}

TEST_CASE("a tariff on two countries joined by \"and the\" falls on each, from its start") {
    std::string text = "President Donald Trump announced on Saturday a 30% tariff on imports from "
                       "Mexico and the European Union starting Aug. 1.";
    auto announced = of_kind(test::events(text, {when(text, "on Saturday", "2025-07-12"),
                                                 when(text, "starting Aug. 1", "2025-08-01")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 2);
    CHECK(announced[0].details.target == "MEX");
    CHECK(announced[1].details.target == "EUU");
    for (const auto& a : announced)
        CHECK(a.date.value == "2025-08-01");
}

TEST_CASE("a day told after a comma with the words of taking effect dates every rate") {
    std::string text = "Washington cut its tariffs on Chinese goods to 30 percent from 145 percent "
                       "and Beijing cut its duties on American goods to 10 percent from 125 "
                       "percent, with effect from May 14.";
    auto changed = of_kind(test::events(text, {when(text, "from May 14", "2025-05-14")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 2);
    for (const auto& c : changed)
        CHECK(c.date.value == "2025-05-14");
}

TEST_CASE("a pause told twice in a sentence gives its rate to the first telling") {
    std::string text = "President Donald Trump extended his tariff truce with China for another 90 "
                       "days, signing an order on Monday that keeps a 24 percent levy on Chinese "
                       "goods suspended until Nov. 10.";
    auto paused = of_kind(test::events(text, {when(text, "on Monday", "2024-08-11"),
                                              when(text, "until Nov. 10", "2024-11-10")}),
                          EventKind::tariff_paused);
    REQUIRE_FALSE(paused.empty());
    CHECK(paused[0].date.value == "2024-08-11");
    CHECK(paused[0].details.rate_pct == 24);
    CHECK(paused[0].details.target == "CHN");
}

TEST_CASE("a deal aimed at by a deadline is no deal struck") {
    std::string text = "President Donald Trump has set an Aug. 1 deadline for trading partners to "
                       "strike deals or face higher tariffs.";
    auto e = test::events(text, {when(text, "Aug. 1", "2025-08-01")});
    CHECK(of_kind(e, EventKind::deal).empty());
    CHECK(of_kind(e, EventKind::deadline).size() == 1);
}

TEST_CASE("a negation that says which goods leaves the event a fact") {
    std::string text = "President Donald Trump raised tariffs on Canadian goods not covered by "
                       "USMCA to 35% from 25% on April 1.";
    auto changed = of_kind(test::events(text, {when(text, "on April 1", "2025-04-01")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.rate_pct == 35);
    CHECK(changed[0].details.target == "CAN");
}

TEST_CASE("a call with a leader on a day is talks of that day") {
    std::string text = "Canada will drop its counter-tariffs, Prime Minister Mark Carney said on "
                       "Friday, after a call with President Donald Trump on Thursday.";
    auto talks = of_kind(test::events(text, {when(text, "on Friday", "2025-05-16"),
                                             when(text, "on Thursday", "2025-05-15")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-05-15");
    CHECK(has(talks[0].actors, "CAN"));
    CHECK(has(talks[0].actors, "USA"));
}

TEST_CASE("talks two sides agreed to intensify are planned") {
    auto talks = of_kind(test::events("Prime Minister Mark Carney said he and President Donald "
                                      "Trump had agreed to intensify talks on steel and energy."),
                         EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::planned);
}

TEST_CASE("the person a who-clause of talks tells of takes part in them") {
    std::string text = "Japan's chief negotiator Ryosei Akazawa, who met Commerce Secretary Howard "
                       "Lutnick in Washington on Tuesday, said the deal had been hard-won.";
    auto talks =
        of_kind(test::events(text, {when(text, "on Tuesday", "2025-05-20")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(has(talks[0].actors, "Ryosei Akazawa"));
    CHECK(has(talks[0].actors, "Howard Lutnick"));
    CHECK(has(talks[0].actors, "JPN"));
}

TEST_CASE("a country's rate is the rate it is charged, unless it answers tariffs") {
    std::string text = "Japan's 15 percent tariff took effect on Thursday.";
    auto imposed = of_kind(test::events(text, {when(text, "on Thursday", "2025-05-15")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.target == "JPN");
    std::string answer = "China's 34 percent retaliatory tariff took effect on Thursday.";
    for (const auto& e : test::events(answer, {when(answer, "on Thursday", "2025-05-15")}))
        CHECK(e.details.target != "CHN");
}

TEST_CASE("the additional duty that came into effect is the one told before") {
    std::string text = "The United States doubled tariffs on Indian goods to 50% on Wednesday. The "
                       "additional 25% duty came into effect at 12:01 a.m. EDT on Wednesday.";
    auto imposed =
        of_kind(test::events(text, {when(text, "on Wednesday", "2025-05-14"),
                                    when(text, "12:01 a.m. EDT on Wednesday", "2025-05-14T00:01")}),
                EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 25);
    CHECK(imposed[0].details.target == "IND");
}

TEST_CASE("a side calling a measure unfair states its position") {
    std::string text = "India's foreign ministry on Thursday called the penalty unfair, "
                       "unjustified and unreasonable.";
    auto statements = of_kind(test::events(text, {when(text, "on Thursday", "2025-05-15")}),
                              EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(has(statements[0].actors, "IND"));
    CHECK(statements[0].date.value == "2025-05-15");
}

TEST_CASE("the side a relative clause on a paid tariff names imposes it") {
    std::string text = "The European Union watched closely. Since April, Indonesian exporters "
                       "have paid a 10 percent duty that Washington applies to most partners.";
    auto imposed = of_kind(test::events(text, {when(text, "Since April", "2025-04")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.target == "IDN");
    CHECK(has(imposed[0].actors, "USA"));
    CHECK_FALSE(has(imposed[0].actors, "EUU"));
}

TEST_CASE("a tariff of about a rate charged on goods, told on a day, falls on all") {
    std::string text = "President Donald Trump told reporters at the White House on Wednesday that "
                       "the United States would charge a tariff of about 100 percent on imported "
                       "chips.";
    auto announced = of_kind(test::events(text, {when(text, "on Wednesday", "2025-05-14")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.rate_pct == 100);
    CHECK(announced[0].details.target == "ALL");
    CHECK(announced[0].details.products == std::vector<std::string>{"semiconductors"});
}

TEST_CASE("a sentence opened by its tells of the country that opened the one before") {
    std::string text = "India is in a similar position. Its exports to the United States have "
                       "been hit with a 50 percent tariff since Aug. 27.";
    auto imposed = of_kind(test::events(text, {when(text, "since Aug. 27", "2025-08-27")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.target == "IND");
    CHECK(imposed[0].details.rate_pct == 50);
    CHECK(imposed[0].date.value == "2025-08-27");
    std::string other = "Indian officials are in a similar position. Its exports to the United "
                        "States have been hit with a 50 percent tariff since Aug. 27.";
    CHECK(of_kind(test::events(other, {when(other, "since Aug. 27", "2025-08-27")}),
                  EventKind::tariff_imposed)
              .empty());
}

TEST_CASE("two deadlines in one clause each keep the day their words hold") {
    std::string text = "The two sides aim to sign the agreement by the end of the year and bring "
                       "it into force on Jan. 1, 2027.";
    auto deadlines = of_kind(test::events(text, {when(text, "by the end of the year", "2025-12-31"),
                                                 when(text, "on Jan. 1, 2027", "2027-01-01")}),
                             EventKind::deadline);
    REQUIRE(deadlines.size() == 2);
    CHECK(deadlines[0].date.value == "2025-12-31");
    CHECK(deadlines[1].date.value == "2027-01-01");
}

TEST_CASE("negotiators sent to the other side's capital go to talks") {
    std::string text = "Indonesia will send negotiators to Washington next week to seek exemptions "
                       "for palm oil.";
    auto talks =
        of_kind(test::events(text, {when(text, "next week", "2025-W22")}), EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::planned);
    CHECK(has(talks[0].actors, "IDN"));
    CHECK(has(talks[0].actors, "USA"));
}

TEST_CASE("a minister who says he will travel to a capital goes to talks") {
    std::string text = "Economy Minister Marcelo Ebrard said on Friday that Mexico would ask "
                       "Washington to exempt trucks entirely, and that he would travel to "
                       "Washington next week to press the case.";
    auto talks = of_kind(test::events(text, {when(text, "on Friday", "2025-11-14"),
                                             when(text, "next week", "2025-W47")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::planned);
    CHECK(talks[0].date.value == "2025-W47");
}

TEST_CASE("a tariff a side began collecting on a day was imposed that day") {
    std::string text = "The United States began collecting a 17.09 percent antidumping duty on "
                       "fresh tomatoes from Mexico on Monday.";
    auto imposed = of_kind(test::events(text, {when(text, "on Monday", "2025-05-19")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].date.value == "2025-05-19");
    CHECK(imposed[0].details.rate_pct == 17.09);
    CHECK(imposed[0].details.target == "MEX");
}

TEST_CASE("a tariff suspended as it after a comma is the one its sentence told") {
    std::string text = "Trump announced a 30 percent tariff on South African goods on April 2, one "
                       "of the steepest rates he set, but suspended it until July 9.";
    auto paused = of_kind(test::events(text, {when(text, "on April 2", "2025-04-02"),
                                              when(text, "until July 9", "2025-07-09")}),
                          EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 30);
    CHECK(paused[0].details.target == "ZAF");
}

TEST_CASE("what a decree did is dated by the day its relative clause says it took effect") {
    std::string text = "A decree that took effect on March 31 lowered import duties on a range of "
                       "goods, cutting the rate on liquefied natural gas to 2 percent from 5 "
                       "percent.";
    auto changed = of_kind(test::events(text, {when(text, "on March 31", "2025-03-31")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].date.value == "2025-03-31");
    CHECK(changed[0].details.rate_pct == 2);
    // Not a day told of the subject's maker: "Trump, who took office on
    // Jan. 20, raised tariffs" is no clause of taking effect.
    std::string other = "The president who took office on Jan. 20 raised the tariff on Chinese "
                        "goods to 20 percent.";
    auto raised = of_kind(test::events(other, {when(other, "on Jan. 20", "2025-01-20")}),
                          EventKind::tariff_changed);
    REQUIRE(raised.size() == 1);
    CHECK_FALSE(raised[0].date.known());
}

TEST_CASE("goods built in a country that pay a tariff on all imports make it that country's") {
    std::string text = "Cars built in South Africa also pay the 25 percent U.S. tariff on imported "
                       "vehicles that has applied since April 3.";
    auto imposed = of_kind(test::events(text, {when(text, "since April 3", "2025-04-03")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.target == "ZAF");
    CHECK(imposed[0].details.rate_pct == 25);
}

TEST_CASE("the same rate put on more goods is a tariff of its own at the rate told before") {
    std::string text =
        "Ottawa answered those duties with 25 percent tariffs on C$30 billion of U.S. "
        "goods on March 4, and put the same rate on a further C$29.8 billion of "
        "American steel and aluminum on March 13.";
    auto imposed = of_kind(test::events(text, {when(text, "on March 4", "2025-03-04"),
                                               when(text, "on March 13", "2025-03-13")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    CHECK(imposed[0].date.value == "2025-03-04");
    CHECK(imposed[1].date.value == "2025-03-13");
    CHECK(imposed[1].details.rate_pct == 25);
    CHECK(imposed[1].details.products == std::vector<std::string>{"steel", "aluminum"});
}

TEST_CASE("an offer to cut tariffs is a side's position and no tariff change") {
    std::string text = "To narrow its trade surplus, Colombo offered to cut its own tariffs on a "
                       "range of American goods, officials said.";
    auto e = test::events(text, {});
    CHECK(of_kind(e, EventKind::tariff_changed).empty());
    auto statements = of_kind(e, EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(statements[0].status == EventStatus::proposed);
}

TEST_CASE("a position on a chronology's line is dated by the line's heading") {
    std::string text =
        "Late May: Finance Minister Pichai Chunhavajira offered to buy more American "
        "energy and aircraft.";
    auto statements = of_kind(test::events(text, {when(text, "Late May", "2025-05-21/2025-05-31")}),
                              EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(statements[0].date.value == "2025-05-21/2025-05-31");
}

TEST_CASE("a deal in a clause of its own past verb takes no future from the clause it hangs in") {
    std::string text = "Pakistani goods will pay a 19 percent tariff under a trade agreement the "
                       "two countries concluded this week.";
    auto deals =
        of_kind(test::events(text, {when(text, "this week", "2025-W21")}), EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].status == EventStatus::reported);
    // A verb after an auxiliary is the clause's own: "a deal will be concluded".
    std::string future = "Officials said a trade agreement will be concluded this week.";
    auto planned =
        of_kind(test::events(future, {when(future, "this week", "2025-W21")}), EventKind::deal);
    REQUIRE(planned.size() == 1);
    CHECK(planned[0].status == EventStatus::planned);
}

TEST_CASE("a threat told after declaring keeps its own rate and day") {
    std::string text = "Trump has also said he will impose reciprocal tariffs on the EU from April "
                       "2, after declaring last month that European goods would face a 25 percent "
                       "tariff.";
    auto announced = of_kind(test::events(text, {when(text, "from April 2", "2025-04-02"),
                                                 when(text, "last month", "2025-04")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 2);
    CHECK(announced[0].date.value == "2025-04-02");
    CHECK_FALSE(announced[0].details.rate_pct);
    CHECK(announced[1].date.value == "2025-04");
    CHECK(announced[1].details.rate_pct == 25);
}

TEST_CASE("revenue a levy raises, the rate it replaces and duty-free access lost are no tariffs") {
    std::string revenue = "Canada's 25 percent tariff on U.S. auto parts took effect on Wednesday. "
                          "Carney has said the levy will raise about C$8 billion, money he has "
                          "promised to workers hurt by the trade war.";
    CHECK(of_kind(test::events(revenue, {}), EventKind::tariff_changed).empty());
    std::string replaced = "Trump signed proclamations that will impose a 25 percent tariff on all "
                           "steel and aluminium imports, up from 10 percent for aluminium.";
    auto e = test::events(replaced, {});
    CHECK(of_kind(e, EventKind::tariff_imposed).empty());
    REQUIRE(of_kind(e, EventKind::tariff_announced).size() == 1);
    CHECK(of_kind(e, EventKind::tariff_announced)[0].details.rate_pct == 25);
    std::string lost = "South Africa is in a difficult position. Its exporters also face the loss "
                       "of duty-free access under the African Growth and Opportunity Act.";
    CHECK(of_kind(test::events(lost, {}), EventKind::tariff_imposed).empty());
}

TEST_CASE("Latin American exporters name no American side") {
    std::string text = "U.S. President Donald Trump on Friday exempted beef and coffee from his "
                       "reciprocal tariffs, a relief for Latin American exporters.";
    auto changed = of_kind(test::events(text, {when(text, "on Friday", "2025-05-16")}),
                           EventKind::tariff_changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].details.target == "ALL");
}

TEST_CASE("a review due by a day is a deadline though analysts cite it") {
    std::string text = "Analysts see the move as an effort to placate Washington ahead of a review "
                       "of the pact due by July 1.";
    auto deadlines =
        of_kind(test::events(text, {when(text, "by July 1", "2025-07-01")}), EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-07-01");
    // What analysts expect by a day is their view, no deadline.
    std::string view = "Analysts expect a deal by July 1.";
    CHECK(of_kind(test::events(view, {when(view, "by July 1", "2025-07-01")}), EventKind::deadline)
              .empty());
}

TEST_CASE("time given until a day to act is a deadline") {
    std::string text = "The White House has given London until July 9 to meet conditions on the "
                       "security of supply chains.";
    auto deadlines = of_kind(test::events(text, {when(text, "July 9", "2025-07-09", "until")}),
                             EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-07-09");
    CHECK(deadlines[0].status == EventStatus::planned);
}

TEST_CASE("terms to be set out by a day are a deadline") {
    std::string text = "The government will set out the new pricing terms by the end of the year.";
    auto deadlines =
        of_kind(test::events(text, {when(text, "the end of the year", "2025-12-31", "by")}),
                EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-12-31");
}

TEST_CASE("a pause until a day keeps its day when a participle after it leaves a levy in place") {
    std::string text = "Beijing suspended a 24 percent tariff on U.S. goods until Nov. 10, leaving "
                       "a 10 percent levy in place.";
    auto events = test::events(text, {when(text, "Nov. 10", "2026-11-10", "until")});
    auto paused = of_kind(events, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2026-11-10");
    CHECK(paused[0].details.rate_pct == 24);
    auto imposed = of_kind(events, EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 10);
    CHECK(of_kind(events, EventKind::deadline).size() == 1);
}

TEST_CASE("a truce struck is a deal and no pause") {
    std::string text = "The truce the two leaders struck in Busan on Oct. 30 took effect on "
                       "Nov. 10.";
    auto events = test::events(
        text, {when(text, "on Oct. 30", "2025-10-30"), when(text, "on Nov. 10", "2025-11-10")});
    CHECK(of_kind(events, EventKind::tariff_paused).empty());
    CHECK(of_kind(events, EventKind::deal).size() == 1);
}

TEST_CASE("the suspension of export controls under a truce struck is no tariff pause") {
    std::string text = "China's suspension of the sweeping rare-earth export controls it "
                       "announced in October took effect on Monday, as the two governments "
                       "carried out the truce struck in Busan.";
    auto events = test::events(
        text, {when(text, "in October", "2025-10"), when(text, "on Monday", "2025-11-10")});
    CHECK(of_kind(events, EventKind::tariff_paused).empty());
}

TEST_CASE("talks since they met are talks of their own between the sides told first") {
    std::string text = "Chinese President Xi Jinping and U.S. President Donald Trump spoke by "
                       "telephone on Monday for the first time since they met in South Korea "
                       "last month, and Trump said afterwards that he had agreed to visit "
                       "Beijing in June.";
    auto talks = of_kind(
        test::events(text, {when(text, "on Monday", "2025-05-19"),
                            when(text, "last month", "2025-04"), when(text, "in June", "2025-06")}),
        EventKind::talks);
    REQUIRE(talks.size() >= 2);
    auto met = std::find_if(talks.begin(), talks.end(),
                            [](const Event& e) { return e.date.value == "2025-04"; });
    REQUIRE(met != talks.end());
    CHECK(met->details.location == "South Korea");
    for (const char* side : {"CHN", "USA"})
        CHECK(std::find(met->actors.begin(), met->actors.end(), side) != met->actors.end());
    CHECK(std::find(met->actors.begin(), met->actors.end(), "KOR") == met->actors.end());
}

TEST_CASE("goods paying a rate to enter a country pay it to that country") {
    std::string text = "That still leaves U.S. soybeans paying 13 percent to enter China.";
    auto imposed = of_kind(test::events(text), EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.target == "USA");
    CHECK(imposed[0].details.rate_pct == 13);
    CHECK(std::find(imposed[0].actors.begin(), imposed[0].actors.end(), "CHN") !=
          imposed[0].actors.end());
}

TEST_CASE("a threat a day after which a saying came is dated the day before the saying") {
    std::string text = "Sheinbaum said on Tuesday that Mexico would send Washington a plan to step "
                       "up water deliveries, a day after U.S. President Donald Trump threatened a "
                       "5 percent tariff on Mexican goods.";
    auto announced = of_kind(
        test::events(text, {when(text, "on Tuesday", "2025-05-20"), when(text, "a day", "P1D")}),
        EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].date.value == "2025-05-19");
    CHECK(announced[0].details.rate_pct == 5);
}

TEST_CASE("talks called off two days before a saying take no day from it") {
    std::string text = "Trump said on Saturday he would raise tariffs on Canadian goods by an "
                       "additional 10 percent, two days after he called off trade negotiations "
                       "with Canada.";
    auto talks = of_kind(test::events(text, {when(text, "on Saturday", "2025-05-17"),
                                             when(text, "two days", "P2D")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].status == EventStatus::cancelled);
    CHECK_FALSE(talks[0].date.known());
}

TEST_CASE("a release demanded by a day is a deadline") {
    std::string text = "Trump said that unless Mexico released 200,000 acre-feet of water by Dec. "
                       "31 its exports would be hit with a new levy.";
    auto deadlines = of_kind(test::events(text, {when(text, "Dec. 31", "2025-12-31", "by")}),
                             EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-12-31");
}

TEST_CASE("a decision called bad and to be reversed is a position") {
    std::string text =
        "\"This is a bad decision, and we will work to have it reversed,\" Norwegian "
        "Prime Minister Jonas Gahr Stoere told reporters in Oslo.";
    auto statements = of_kind(test::events(text), EventKind::statement);
    REQUIRE(statements.size() == 1);
    CHECK(std::find(statements[0].actors.begin(), statements[0].actors.end(), "NOR") !=
          statements[0].actors.end());
}

TEST_CASE("an aside after the subject of a while clause keeps the clause's tariff its own") {
    std::string text = "Kenyan goods have paid a 10 percent tariff since April 5, while Lesotho, "
                       "another African garment exporter, faces 15 percent.";
    auto imposed = of_kind(test::events(text, {when(text, "April 5", "2025-04-05", "since")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 2);
    auto fifteen = std::find_if(imposed.begin(), imposed.end(),
                                [](const Event& e) { return e.details.rate_pct == 15; });
    REQUIRE(fifteen != imposed.end());
    CHECK(fifteen->details.target == "LSO");
    CHECK_FALSE(fifteen->date.known());
}

TEST_CASE("a relative aside after a subject still ends at its comma") {
    std::string text = "South Africa, which surrounds Lesotho, will pay 30 percent from Aug. 7, "
                       "while Kenya and Eswatini, Lesotho's closest rivals in clothing, stay at "
                       "10 percent.";
    auto events = test::events(text, {when(text, "Aug. 7", "2025-08-07", "from")});
    auto announced = of_kind(events, EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].details.target == "ZAF");
    CHECK(announced[0].details.rate_pct == 30);
}

TEST_CASE("a cut a side is ready or prepared to make is its offer and no tariff change") {
    for (std::string text :
         {"Argentine Economy Minister Luis Caputo said Argentina was prepared to cut its tariffs "
          "on U.S. machinery.",
          "Argentine Economy Minister Luis Caputo said Argentina stood ready to cut its tariffs "
          "on U.S. machinery."}) {
        auto events = test::events(text);
        CHECK(of_kind(events, EventKind::tariff_changed).empty());
        CHECK(of_kind(events, EventKind::statement).size() == 1);
    }
}

TEST_CASE("a day told in one clause brings its goods to no tariff of the next") {
    std::string text = "From Jan. 1, cars from China will pay 50 percent, up from 20 percent, "
                       "while duties on Chinese steel, textiles and footwear will rise to as much "
                       "as 35 percent.";
    auto events = test::events(text, {when(text, "Jan. 1", "2026-01-01", "from")});
    bool found = false;
    for (const auto& e : events)
        if (e.details.rate_pct == 35) {
            found = true;
            CHECK(e.details.products == std::vector<std::string>{"steel", "textiles"});
            CHECK(e.date.value == "2026-01-01");
        }
    CHECK(found);
}

TEST_CASE("a truce agreed by leaders is no pause of its own") {
    std::string text = "From Nov. 10, China will suspend its 24% additional tariff on U.S. goods, "
                       "the State Council said, carrying out the truce agreed by the two "
                       "countries' leaders.";
    auto paused = of_kind(test::events(text, {when(text, "Nov. 10", "2025-11-10", "from")}),
                          EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].details.rate_pct == 24);
}

TEST_CASE("goods a relative clause says pay a rate are that tariff's goods") {
    for (std::string text :
         {"Korean cars, which still pay 25 percent, are to get the same 15 percent rate once "
          "the deal is formalized.",
          "Korean cars that fall outside the quota pay 25 percent."}) {
        auto imposed = of_kind(test::events(text), EventKind::tariff_imposed);
        REQUIRE(imposed.size() == 1);
        CHECK(imposed[0].details.rate_pct == 25);
        CHECK(imposed[0].details.products == std::vector<std::string>{"autos"});
        CHECK(imposed[0].details.target == "KOR");
    }
}

TEST_CASE("a clause set against the one before with but takes none of its days") {
    std::string text = "That rate has applied to most Korean goods since Aug. 7, but Korean cars "
                       "have gone on paying 25 percent.";
    auto imposed = of_kind(test::events(text, {when(text, "Aug. 7", "2025-08-07", "since")}),
                           EventKind::tariff_imposed);
    REQUIRE(imposed.size() == 1);
    CHECK(imposed[0].details.rate_pct == 25);
    CHECK(imposed[0].details.products == std::vector<std::string>{"autos"});
    CHECK_FALSE(imposed[0].date.known());
}

TEST_CASE("a rate a deal's relative clause sets is the deal's term") {
    std::string text = "South Korea and the United States struck a trade deal in Washington on "
                       "Wednesday that sets a 15 percent tariff on Korean goods.";
    auto events = test::events(text, {when(text, "on Wednesday", "2025-05-14")});
    auto deals = of_kind(events, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].details.rate_pct == 15);
    CHECK(of_kind(events, EventKind::tariff_imposed).empty());
}

TEST_CASE("that before a singular noun after a verb points and opens no clause") {
    std::string text = "The order caps most reciprocal duties on Japanese goods at 15%, and "
                       "applies that cap retroactively from Aug. 7.";
    auto events = test::events(text, {when(text, "Aug. 7", "2025-08-07", "from")});
    bool dated = false;
    for (const auto& e : events)
        if (is_tariff(e.kind) && e.details.rate_pct == 15) dated = e.date.value == "2025-08-07";
    CHECK(dated);
}

TEST_CASE("what is due by a day and a trade pledged to double by a year are deadlines") {
    std::string comments = "Written comments are due by Aug. 18, the trade office said.";
    auto due = of_kind(test::events(comments, {when(comments, "Aug. 18", "2025-08-18", "by")}),
                       EventKind::deadline);
    REQUIRE(due.size() == 1);
    CHECK(due[0].date.value == "2025-08-18");
    std::string pledge = "They also pledged to more than double bilateral trade to $500 billion "
                         "by 2030.";
    auto doubled =
        of_kind(test::events(pledge, {when(pledge, "2030", "2030", "by")}), EventKind::deadline);
    REQUIRE(doubled.size() == 1);
    CHECK(doubled[0].date.value == "2030");
}

TEST_CASE("a rate after and falls on the countries after it, not on those of the rate before") {
    std::string text = "Higher rates took effect on Thursday, including 20 percent for Vietnam and "
                       "19 percent for Malaysia, Indonesia and Thailand.";
    auto imposed = of_kind(test::events(text, {when(text, "on Thursday", "2025-05-15")}),
                           EventKind::tariff_imposed);
    std::vector<std::string> nineteen;
    for (const auto& e : imposed)
        if (e.details.rate_pct == 19) nineteen.push_back(e.details.target);
    std::sort(nineteen.begin(), nineteen.end());
    CHECK(nineteen == std::vector<std::string>{"IDN", "MYS", "THA"});
}

TEST_CASE("a separate session held on another day is talks of its own") {
    std::string text = "Wang also met Muto on Sunday morning and held a separate session with Ahn "
                       "on Saturday, officials said.";
    auto talks = of_kind(test::events(text, {when(text, "on Sunday morning", "2025-05-18"),
                                             when(text, "on Saturday", "2025-05-17")}),
                         EventKind::talks);
    REQUIRE(talks.size() == 2);
    std::vector<std::string> days{talks[0].date.value, talks[1].date.value};
    std::sort(days.begin(), days.end());
    CHECK(days == std::vector<std::string>{"2025-05-17", "2025-05-18"});
}

TEST_CASE("a tariff said on a day in a that clause with a long subject takes the day") {
    std::string text = "Trump said on Wednesday that chips made abroad would face a tariff of "
                       "roughly 100 percent.";
    auto announced = of_kind(test::events(text, {when(text, "on Wednesday", "2025-05-14")}),
                             EventKind::tariff_announced);
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].date.value == "2025-05-14");
    CHECK(announced[0].details.rate_pct == 100);
}

TEST_CASE("a goal of doubling trade by a year is a deadline") {
    std::string text = "In a joint statement, the two leaders set a goal of more than doubling "
                       "two-way trade to 50 billion Canadian dollars by 2030.";
    auto deadlines =
        of_kind(test::events(text, {when(text, "2030", "2030", "by")}), EventKind::deadline);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2030");
}
