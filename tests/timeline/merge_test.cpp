#include "build_mentions.h"
#include "timeline/event_json.h"
#include "timeline/merge.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <set>

using namespace parley;
using namespace parley::test;
using K = EventKind;
using S = EventStatus;

namespace {

std::vector<Event> merged(const std::vector<Mention>& m) {
    return merge(m);
}

std::string dump(const std::vector<Event>& events) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& e : events)
        j.push_back(to_json(e));
    return j.dump();
}

MentionBuilder talks(const std::string& guid, const std::string& published) {
    return mention(K::talks, guid, published).actors({"JPN", "USA", "Ryosei Akazawa"});
}

MentionBuilder auto_tariff(const std::string& guid, const std::string& published) {
    return mention(K::tariff_imposed, guid, published)
        .actors({"USA"})
        .target("ALL")
        .products({"autos"})
        .rate(25);
}

} // namespace

TEST_CASE("reports of one round from different articles become one event with every source") {
    auto events = merged(
        {talks("a", "2025-05-20").round(3).status(S::planned).date("2025-05-23", "on Friday"),
         talks("b", "2025-05-21").round(3).status(S::planned).date("2025-05-23", "on Friday")});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sources.size() == 2);
    CHECK(corroboration(events[0]) == 2);
    CHECK(events[0].date.value == "2025-05-23");
    CHECK(events[0].status == S::planned);
    CHECK(events[0].id.size() == 12);
}

TEST_CASE("in April and April 3 merge into one event dated 2025-04-03") {
    auto events = merged({auto_tariff("a", "2025-05-20").date("2025-04", "in April"),
                          auto_tariff("b", "2025-04-04").date("2025-04-03", "on April 3")});
    REQUIRE(events.size() == 1);
    CHECK(events[0].date.value == "2025-04-03");
    CHECK(events[0].date.text == "on April 3");
    CHECK(events[0].sources.size() == 2);
    CHECK(events[0].conflicts.empty());
}

TEST_CASE("a rate reported as 14 percent and as 24 percent is kept as a conflict") {
    auto japan = [](const std::string& guid, const std::string& published, double r) {
        return mention(K::tariff_imposed, guid, published)
            .actors({"USA", "JPN"})
            .target("JPN")
            .rate(r)
            .date("2025-04-09", "on April 9");
    };
    auto events = merged(
        {japan("a", "2025-04-10", 24), japan("b", "2025-05-20", 14), japan("c", "2025-04-11", 24)});
    REQUIRE(events.size() == 1);
    CHECK(events[0].details.rate_pct == 24);
    REQUIRE(events[0].conflicts.size() == 1);
    const Conflict& c = events[0].conflicts[0];
    CHECK(c.field == "rate_pct");
    CHECK(c.values == std::vector<std::string>{"24", "14"});
    REQUIRE(c.sources.size() == 2);
    CHECK(c.sources[0].size() == 2);
    REQUIRE(c.sources[1].size() == 1);
    CHECK(events[0].sources[c.sources[1][0]].url == "https://wire.example/b");
}

TEST_CASE("a planned round later reported as held becomes held, its date refined") {
    auto events = merged(
        {talks("a", "2025-05-20").round(3).status(S::planned).date("2025-W21", "later this week"),
         talks("b", "2025-05-24").round(3).status(S::held).date("2025-05-23", "on Friday")});
    REQUIRE(events.size() == 1);
    CHECK(events[0].status == S::held);
    CHECK(events[0].date.value == "2025-05-23");
    REQUIRE(events[0].history.size() == 2);
    CHECK(events[0].history[0].status == S::planned);
    CHECK(events[0].history[1].status == S::held);
}

TEST_CASE("a round moved to another day is one event on the new day, the move in its history") {
    auto events = merged({talks("a", "2025-05-20").round(3).status(S::planned).date("2025-05-23"),
                          talks("b", "2025-05-22").round(3).status(S::planned).date("2025-05-30"),
                          talks("c", "2025-05-31").round(3).status(S::held).date("2025-05-30")});
    REQUIRE(events.size() == 1);
    CHECK(events[0].date.value == "2025-05-30");
    CHECK(events[0].status == S::held);
    CHECK(events[0].conflicts.empty());
    REQUIRE(events[0].history.size() == 3);
    CHECK(events[0].history[1].change == "rescheduled");
}

TEST_CASE("two held reports of a round on different days are a date conflict") {
    auto events = merged({talks("a", "2025-05-24").round(3).status(S::held).date("2025-05-23"),
                          talks("b", "2025-05-25").round(3).status(S::held).date("2025-05-22")});
    REQUIRE(events.size() == 1);
    REQUIRE(events[0].conflicts.size() == 1);
    CHECK(events[0].conflicts[0].field == "date");
    CHECK(events[0].conflicts[0].values.size() == 2);
}

TEST_CASE("working-level and ministerial talks on the same day stay apart") {
    auto events =
        merged({talks("a", "2025-05-20").level("working").status(S::held).date("2025-05-19"),
                talks("b", "2025-05-20").level("ministerial").status(S::held).date("2025-05-19")});
    CHECK(events.size() == 2);
}

TEST_CASE("talks without a round join the round held that day") {
    auto events =
        merged({talks("a", "2025-05-20").round(3).status(S::planned).date("2025-05-23"),
                talks("b", "2025-05-24").status(S::held).date("2025-05-23", "on Friday")});
    REQUIRE(events.size() == 1);
    CHECK(events[0].status == S::held);
    CHECK(events[0].details.round == 3);
}

TEST_CASE("a vague report that two events could take stays on its own") {
    auto events = merged({talks("a", "2025-04-04").status(S::held).date("2025-04-03"),
                          talks("b", "2025-04-21").status(S::held).date("2025-04-20"),
                          talks("c", "2025-05-02").status(S::held).date("2025-04", "in April")});
    CHECK(events.size() == 3);
}

TEST_CASE("a vague report joins the one event in its span") {
    auto events = merged({talks("a", "2025-04-04").status(S::held).date("2025-04-03"),
                          talks("c", "2025-05-02").status(S::held).date("2025-04", "in April")});
    REQUIRE(events.size() == 1);
    CHECK(events[0].date.value == "2025-04-03");
    CHECK(events[0].sources.size() == 2);
}

TEST_CASE("a deal dated only by its article joins the one deal in the weeks before") {
    auto deal = [](const std::string& guid, const std::string& published) {
        return mention(K::deal, guid, published).actors({"USA", "GBR"}).products({"autos"});
    };
    auto events = merged({deal("a", "2025-05-09").date("2025-05-08", "on Thursday").rate(10),
                          deal("b", "2025-05-20").publication_dated().quota(100000).rate(10)});
    REQUIRE(events.size() == 1);
    CHECK(events[0].date.value == "2025-05-08");
    CHECK(events[0].details.quota == 100000);
    CHECK(events[0].details.rate_pct == 10);
    CHECK(events[0].sources.size() == 2);
}

TEST_CASE("a report dated only by its article with nothing to join is dated on or before it") {
    auto events =
        merged({mention(K::deal, "b", "2025-05-20").actors({"USA", "GBR"}).publication_dated()});
    REQUIRE(events.size() == 1);
    CHECK(events[0].date.value == "2025-05-20");
    CHECK(events[0].date.mod == "ON_OR_BEFORE");
    CHECK(events[0].date.text.empty());
}

TEST_CASE("statements merge only with copies of the same sentence") {
    auto st = [](const std::string& guid, const std::string& sentence) {
        return mention(K::statement, guid, "2025-05-20")
            .actors({"JPN"})
            .date("2025-05-20", "on Tuesday")
            .evidence(sentence);
    };
    auto events =
        merged({st("a", "Japan rejected the proposal."), st("b", "Japan  rejected the proposal."),
                st("c", "Japan wants a deal by July.")});
    CHECK(events.size() == 2);
}

TEST_CASE("a change to another rate is another happening, not a conflict") {
    auto events = merged({auto_tariff("a", "2025-05-10").date("2025-05-09"),
                          mention(K::tariff_changed, "b", "2025-05-10")
                              .actors({"USA"})
                              .target("ALL")
                              .products({"autos"})
                              .rate(10)
                              .date("2025-05-09")});
    CHECK(events.size() == 2);
}

TEST_CASE(
    "announced and imposed reports of one measure on one day merge and keep the disagreement") {
    auto events = merged({auto_tariff("a", "2025-04-03").date("2025-04-02"),
                          mention(K::tariff_announced, "b", "2025-04-03")
                              .actors({"USA"})
                              .target("ALL")
                              .products({"autos"})
                              .rate(25)
                              .date("2025-04-02")});
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == K::tariff_imposed);
    REQUIRE(events[0].conflicts.size() == 1);
    CHECK(events[0].conflicts[0].field == "kind");
}

TEST_CASE("a pause from April 9 for 90 days and a pause until early July are one pause expiring "
          "2025-07-08") {
    auto pause = [](const std::string& guid, const std::string& published) {
        return mention(K::tariff_paused, guid, published).actors({"USA"}).duration(90);
    };
    auto events =
        merged({pause("a", "2025-04-10").date("2025-04-09", "on April 9"),
                pause("b", "2025-05-20").date("2025-07-01/2025-07-10", "until early July")});
    REQUIRE(events.size() == 1);
    CHECK(events[0].date.value == "2025-04-09");
    REQUIRE(events[0].expires);
    CHECK(events[0].expires->value == "2025-07-08");
    CHECK(events[0].details.duration_days == 90);
}

TEST_CASE("a pause known only by its end keeps the end as its date") {
    auto events = merged({mention(K::tariff_paused, "b", "2025-05-20")
                              .actors({"USA"})
                              .duration(90)
                              .date("2025-07-01/2025-07-10", "until early July")});
    REQUIRE(events.size() == 1);
    CHECK(events[0].date.value == "2025-07-01/2025-07-10");
    CHECK(events[0].expires->value == "2025-07-01/2025-07-10");
}

TEST_CASE("talks between other parties on the same day never merge") {
    auto events =
        merged({talks("a", "2025-05-20").date("2025-05-19"),
                mention(K::talks, "b", "2025-05-20").actors({"GBR", "USA"}).date("2025-05-19")});
    CHECK(events.size() == 2);
}

TEST_CASE("a surname alone gives way to the full name") {
    auto events = merged({talks("a", "2025-05-20")
                              .round(3)
                              .date("2025-05-23")
                              .actors({"JPN", "USA", "Akazawa", "Jamieson Greer"}),
                          talks("b", "2025-05-21")
                              .round(3)
                              .date("2025-05-23")
                              .actors({"USA", "JPN", "Ryosei Akazawa"})});
    REQUIRE(events.size() == 1);
    CHECK(events[0].actors ==
          std::vector<std::string>{"JPN", "USA", "Jamieson Greer", "Ryosei Akazawa"});
}

TEST_CASE("the same sentence in one article counts once") {
    auto a = talks("a", "2025-05-20").round(3).date("2025-05-23");
    auto events = merged({a, a});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sources.size() == 1);
}

TEST_CASE("a later report refining an event keeps the event's id") {
    Mention vague = auto_tariff("a", "2025-04-05").date("2025-04", "in April");
    auto before = merged({vague});
    auto after = merged({vague, auto_tariff("b", "2025-04-20").date("2025-04-03")});
    REQUIRE(before.size() == 1);
    REQUIRE(after.size() == 1);
    CHECK(after[0].date.value == "2025-04-03");
    CHECK(after[0].id == before[0].id);
}

TEST_CASE("the same mentions in any order give the same timeline, ids included") {
    std::vector<Mention> mentions{
        talks("a", "2025-05-20").round(3).status(S::planned).date("2025-05-23"),
        talks("b", "2025-05-24").round(3).status(S::held).date("2025-05-23"),
        talks("c", "2025-05-20").level("working").status(S::held).date("2025-05-19"),
        talks("d", "2025-04-30").status(S::held).date("2025-04", "in April"),
        talks("e", "2025-04-18").status(S::held).date("2025-04-17"),
        auto_tariff("f", "2025-04-05").date("2025-04", "in April"),
        auto_tariff("g", "2025-04-04").date("2025-04-03"),
        auto_tariff("h", "2025-05-20").publication_dated(),
        mention(K::tariff_imposed, "i", "2025-04-10")
            .actors({"USA", "JPN"})
            .target("JPN")
            .rate(24)
            .date("2025-04-09"),
        mention(K::tariff_imposed, "j", "2025-05-20")
            .actors({"USA", "JPN"})
            .target("JPN")
            .rate(14)
            .date("2025-04-09"),
        mention(K::tariff_paused, "k", "2025-04-10")
            .actors({"USA"})
            .duration(90)
            .date("2025-04-09"),
        mention(K::tariff_paused, "l", "2025-05-20")
            .actors({"USA"})
            .duration(90)
            .date("2025-07-01/2025-07-10", "until early July"),
        mention(K::deal, "m", "2025-05-09").actors({"USA", "GBR"}).date("2025-05-08"),
        mention(K::deal, "n", "2025-05-20")
            .actors({"GBR", "USA"})
            .publication_dated()
            .quota(100000),
        mention(K::deadline, "o", "2025-05-20")
            .actors({"JPN"})
            .date("2025-05-31", "by the end of May"),
        mention(K::statement, "p", "2025-05-20")
            .actors({"JPN"})
            .date("2025-05-20", "on Tuesday")
            .evidence("Japan said no."),
        mention(K::statement, "q", "2025-05-20")
            .actors({"JPN"})
            .date("2025-05-20", "on Tuesday")
            .evidence("Japan said no."),
        talks("r", "2025-05-21").status(S::planned).date("2025-05-23", "on Friday"),
    };
    std::string expected = dump(merge(mentions));
    std::mt19937 rng(20250520);
    for (int i = 0; i < 50; ++i) {
        std::shuffle(mentions.begin(), mentions.end(), rng);
        INFO("shuffle " << i);
        REQUIRE(dump(merge(mentions)) == expected);
    }
    auto events = merge(mentions);
    std::set<std::string> ids;
    for (const auto& e : events)
        ids.insert(e.id);
    CHECK(ids.size() == events.size());
}

TEST_CASE("merge keys follow the tiers of merge.h") {
    auto k = merge_keys(talks("a", "2025-05-20").round(3).date("2025-05-23"));
    CHECK(k.tier == MergeTier::round);
    CHECK(k.block == "talks|JPN,USA");
    k = merge_keys(talks("a", "2025-05-20").date("2025-05-23"));
    CHECK(k.tier == MergeTier::day);
    CHECK(k.window_first == day(2025, 5, 23));
    k = merge_keys(talks("a", "2025-05-20").date("2025-05"));
    CHECK(k.tier == MergeTier::vague);
    k = merge_keys(talks("a", "2025-05-20").date("2025"));
    CHECK(k.tier == MergeTier::vague);
    CHECK_FALSE(k.window_first);
    k = merge_keys(talks("a", "2025-05-20").publication_dated());
    CHECK(k.tier == MergeTier::weak);
    CHECK(k.window_first == day(2025, 5, 13));
    CHECK(k.window_last == day(2025, 5, 20));
    k = merge_keys(auto_tariff("a", "2025-05-20").date("2025-04"));
    CHECK(k.block == "tariff|USA>ALL:autos");
    k = merge_keys(mention(K::tariff_paused, "a", "2025-05-20")
                       .actors({"USA"})
                       .duration(90)
                       .date("2025-04-09"));
    CHECK(k.block == "pause|USA>ALL:|end");
    CHECK(k.home == "pause|USA>ALL:|end|d|2025-07-08");
}

TEST_CASE("talks on a day do not join a round known only by its month") {
    auto events =
        merge({talks("a", "2025-05-02").round(2).status(S::held).date("2025-05", "in May"),
               talks("b", "2025-05-20").status(S::held).date("2025-05-19")});
    CHECK(events.size() == 2);
}

TEST_CASE("two changes of the same goods told in one sentence keep ids of their own") {
    const std::string sentence = "The rate on upholstered furniture is due to rise to 30 percent "
                                 "on Jan. 1, and the rate on kitchen cabinets to 50 percent.";
    auto change = [&](double rate) {
        return mention(K::tariff_changed, "a", "2025-10-14")
            .actors({"USA"})
            .target("ALL")
            .products({"furniture"})
            .rate(rate)
            .date("2026-01-01")
            .evidence(sentence);
    };
    auto events = merged({change(30), change(50)});
    REQUIRE(events.size() == 2);
    CHECK(events[0].id != events[1].id);
    CHECK(dump(merged({change(50), change(30)})) == dump(events));
}
