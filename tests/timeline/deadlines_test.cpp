#include "build_mentions.h"
#include "timeline/deadlines.h"
#include "timeline/merge.h"

#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;
using K = EventKind;
using S = EventStatus;

namespace {

// The seed's story, as several articles report it.
std::vector<Mention> seed_story() {
    const std::string pause_sentence =
        "The extra tariffs have been paused for 90 days until early July.";
    return {
        mention(K::talks, "seed", "2025-05-20")
            .actors({"JPN", "USA", "Ryosei Akazawa"})
            .round(3)
            .level("ministerial")
            .status(S::planned)
            .date("2025-05-23", "on Friday"),
        mention(K::deadline, "seed", "2025-05-20")
            .actors({"JPN", "USA"})
            .date("2025-05-31", "by the end of May")
            .evidence("He hopes to visit again by the end of May.", 300),
        mention(K::tariff_paused, "seed", "2025-05-20")
            .actors({"USA"})
            .duration(90)
            .date("2025-07-01/2025-07-10", "until early July")
            .evidence(pause_sentence, 900),
        mention(K::deadline, "seed", "2025-05-20")
            .actors({"USA"})
            .date("2025-07-01/2025-07-10", "until early July")
            .evidence(pause_sentence, 900),
        mention(K::talks, "seed", "2025-05-20")
            .actors({"JPN", "USA"})
            .level("working")
            .status(S::held)
            .date("2025-05-19", "since Monday"),
        mention(K::tariff_imposed, "seed", "2025-05-20")
            .actors({"USA"})
            .target("ALL")
            .products({"autos"})
            .rate(25)
            .date("2025-04", "in April"),
    };
}

std::vector<std::string> listed(const std::vector<DeadlineEntry>& entries) {
    std::vector<std::string> out;
    for (const auto& e : entries)
        out.push_back(std::string(to_string(e.deadline.what)) + " " + e.deadline.due.value);
    return out;
}

} // namespace

TEST_CASE("deadlines as of 2025-05-20 list the round, the end-of-May target and the pause expiry "
          "in order") {
    auto events = merge(seed_story());
    auto d = upcoming_deadlines(events, day(2025, 5, 20), day(2025, 7, 19));
    CHECK(listed(d) == std::vector<std::string>{"talks 2025-05-23", "target 2025-05-31",
                                                "pause_expiry 2025-07-01/2025-07-10"});
    REQUIRE(d.size() == 3);
    CHECK(d[2].deadline.also.size() == 1); // the deadline event from the same sentence
}

TEST_CASE("a deadline outside the window is not listed, one overlapping its edge is") {
    auto events = merge(seed_story());
    CHECK(listed(upcoming_deadlines(events, day(2025, 5, 20), day(2025, 6, 19))) ==
          std::vector<std::string>{"talks 2025-05-23", "target 2025-05-31"});
    CHECK(listed(upcoming_deadlines(events, day(2025, 7, 5), day(2025, 7, 6))) ==
          std::vector<std::string>{"pause_expiry 2025-07-01/2025-07-10"});
}

TEST_CASE("a more precise pause report narrows the expiry to 2025-07-08") {
    auto story = seed_story();
    story.push_back(mention(K::tariff_paused, "apr", "2025-04-10")
                        .actors({"USA"})
                        .duration(90)
                        .date("2025-04-09", "on April 9"));
    auto d = upcoming_deadlines(merge(story), day(2025, 6, 1), day(2025, 7, 31));
    CHECK(listed(d) == std::vector<std::string>{"pause_expiry 2025-07-08"});
}

TEST_CASE("an extension moves the pause's deadline to the new expiry") {
    auto story = seed_story();
    story.push_back(mention(K::tariff_paused, "apr", "2025-04-10")
                        .actors({"USA"})
                        .duration(90)
                        .date("2025-04-09", "on April 9"));
    story.push_back(mention(K::tariff_paused, "jul", "2025-07-07")
                        .actors({"USA"})
                        .date("2025-08-01", "until August 1"));
    auto d = upcoming_deadlines(merge(story), day(2025, 6, 1), day(2025, 8, 31));
    REQUIRE(listed(d) == std::vector<std::string>{"pause_expiry 2025-08-01"});
    REQUIRE(d[0].deadline.moved_from);
    CHECK(d[0].deadline.moved_from->value == "2025-07-08");
}

TEST_CASE("held and planned talks are dates to keep, cancelled ones are not") {
    auto events = merge({mention(K::talks, "a", "2025-05-20")
                             .actors({"JPN", "USA"})
                             .status(S::planned)
                             .date("2025-05-23"),
                         mention(K::talks, "b", "2025-05-20")
                             .actors({"KOR", "USA"})
                             .status(S::cancelled)
                             .date("2025-05-24"),
                         mention(K::talks, "c", "2025-05-26")
                             .actors({"JPN", "USA"})
                             .status(S::held)
                             .date("2025-05-23")});
    CHECK(listed(upcoming_deadlines(events, day(2025, 5, 20), day(2025, 5, 30))) ==
          std::vector<std::string>{"talks 2025-05-23"});
}

TEST_CASE("a tariff set to take effect later is a deadline on that day") {
    auto events = merge({mention(K::tariff_imposed, "a", "2025-07-08")
                             .actors({"USA", "JPN"})
                             .target("JPN")
                             .rate(25)
                             .status(S::planned)
                             .date("2025-08-01", "from August 1"),
                         mention(K::tariff_imposed, "b", "2025-04-10")
                             .actors({"USA"})
                             .target("ALL")
                             .rate(10)
                             .date("2025-04-05")});
    CHECK(listed(upcoming_deadlines(events, day(2025, 3, 1), day(2025, 9, 1))) ==
          std::vector<std::string>{"takes_effect 2025-08-01"});
}

TEST_CASE("a date given only by publication is never a deadline") {
    auto events =
        merge({mention(K::deadline, "a", "2025-05-20").actors({"JPN"}).publication_dated()});
    CHECK(upcoming_deadlines(events, day(2025, 5, 1), day(2025, 6, 1)).empty());
}

TEST_CASE("a deadline reported cancelled is not listed") {
    auto events = merge({mention(K::deadline, "a", "2025-07-08")
                             .actors({"USA"})
                             .status(S::cancelled)
                             .date("2025-07-09", "on Wednesday")});
    CHECK(upcoming_deadlines(events, day(2025, 7, 1), day(2025, 7, 31)).empty());
}

TEST_CASE("an extension on all countries moves the deadline of the pause on Japan") {
    auto events = merge({mention(K::tariff_paused, "a", "2025-05-21")
                             .actors({"USA"})
                             .target("JPN")
                             .rate(24)
                             .date("2025-07-08", "on July 8"),
                         mention(K::tariff_paused, "b", "2025-07-08")
                             .actors({"USA"})
                             .date("2025-08-01", "until Aug. 1")});
    auto d = upcoming_deadlines(events, day(2025, 7, 1), day(2025, 8, 31));
    REQUIRE(listed(d) == std::vector<std::string>{"pause_expiry 2025-08-01"});
    CHECK(d[0].deadline.moved_from->value == "2025-07-08");
}
