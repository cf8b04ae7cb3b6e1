#include "build_mentions.h"
#include "timeline/pause.h"

#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

TEST_CASE("a 90-day pause from 2025-04-09 expires on 2025-07-08") {
    Event e;
    e.kind = EventKind::tariff_paused;
    e.date = on("2025-04-09", "on April 9");
    e.details.duration_days = 90;
    PauseTerms t = pause_terms(e, day(2025, 4, 10));
    REQUIRE(t.expires);
    CHECK(t.expires->value == "2025-07-08");
    CHECK(t.expires_derived);
    REQUIRE(t.start);
    CHECK(t.start->value == "2025-04-09");
    CHECK_FALSE(t.start_derived);
}

TEST_CASE("a pause until early July expires in early July and began 90 days before") {
    Event e;
    e.kind = EventKind::tariff_paused;
    e.date = on("2025-07-01/2025-07-10", "until early July");
    e.details.duration_days = 90;
    PauseTerms t = pause_terms(e, day(2025, 5, 20));
    REQUIRE(t.expires);
    CHECK(t.expires->value == "2025-07-01/2025-07-10");
    CHECK_FALSE(t.expires_derived);
    REQUIRE(t.start);
    CHECK(t.start->value == "2025-04-02/2025-04-11");
    CHECK(t.start_derived);
}

TEST_CASE("a pause dated by its expiry alone began its 90 days before it, not on it") {
    Event e;
    e.kind = EventKind::tariff_paused;
    e.date = on("2025-07-01/2025-07-10", "early July");
    e.expires = e.date;
    e.details.duration_days = 90;
    PauseTerms t = pause_terms(e, day(2025, 5, 20));
    REQUIRE(t.expires);
    CHECK(t.expires->value == "2025-07-01/2025-07-10");
    REQUIRE(t.start);
    CHECK(t.start->value == "2025-04-02/2025-04-11");
    CHECK(t.start_derived);
}

TEST_CASE("a pause date after the article's publication is its end, not its start") {
    Event e;
    e.kind = EventKind::tariff_paused;
    e.date = on("2025-07-09", "July 9");
    PauseTerms t = pause_terms(e, day(2025, 5, 20));
    REQUIRE(t.expires);
    CHECK(t.expires->value == "2025-07-09");
    CHECK_FALSE(t.start);
}

TEST_CASE("a pause stated with its expiry keeps its date as the start") {
    Event e;
    e.kind = EventKind::tariff_paused;
    e.date = on("2025-04-09", "on April 9");
    e.expires = on("2025-07-09", "until July 9");
    PauseTerms t = pause_terms(e, day(2025, 4, 10));
    CHECK(t.start->value == "2025-04-09");
    CHECK(t.expires->value == "2025-07-09");
}

TEST_CASE("an interval covering exactly the pause gives the day after it as expiry") {
    Event e;
    e.kind = EventKind::tariff_paused;
    e.date = on("2025-04-09/2025-07-07", "from April 9 to July 7");
    e.details.duration_days = 90;
    PauseTerms t = pause_terms(e, day(2025, 4, 10));
    CHECK(t.start->value == "2025-04-09");
    CHECK(t.expires->value == "2025-07-08");
}

TEST_CASE("the until cue is read case-insensitively and only at the start of the date's words") {
    CHECK(is_until_date(on("2025-07-09", "Until July 9")));
    CHECK(is_until_date(on("2025-07-09", "through July 9")));
    CHECK_FALSE(is_until_date(on("2025-07-09", "on July 9")));
    CHECK_FALSE(is_until_date(on("2025-07-09", "July 9, until further notice")));
}
