#include "ingest/feed/feed_date.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>

using namespace parley;

namespace {

struct DateCase {
    const char* text;
    const char* instant; // UTC, or nullptr when unreadable
    std::optional<int> offset_minutes;
};

constexpr std::optional<int> none = std::nullopt;

// Strings as feeds in the wild write them, with the instant each stands for.
const DateCase cases[] = {
    // RFC 822 / RFC 2822 as the RSS 2.0 specification shows them
    {"Tue, 20 May 2025 09:30:00 +0900", "2025-05-20T00:30:00Z", 540},
    {"Tue, 20 May 2025 09:30:00 -0400", "2025-05-20T13:30:00Z", -240},
    {"Tue, 20 May 2025 09:30:00 +0530", "2025-05-20T04:00:00Z", 330},
    {"Tue, 20 May 2025 09:30:00 GMT", "2025-05-20T09:30:00Z", 0},
    {"Tue, 20 May 2025 09:30:00 UT", "2025-05-20T09:30:00Z", 0},
    {"Tue, 20 May 2025 09:30:00 UTC", "2025-05-20T09:30:00Z", 0},
    {"Tue, 20 May 2025 09:30:00 Z", "2025-05-20T09:30:00Z", 0},
    {"Tue, 20 May 2025 09:30:00 -0000", "2025-05-20T09:30:00Z", 0},
    // obsolete US zones
    {"Tue, 20 May 2025 09:30:00 EST", "2025-05-20T14:30:00Z", -300},
    {"Tue, 20 May 2025 09:30:00 EDT", "2025-05-20T13:30:00Z", -240},
    {"Tue, 20 May 2025 09:30:00 CST", "2025-05-20T15:30:00Z", -360},
    {"Tue, 20 May 2025 09:30:00 CDT", "2025-05-20T14:30:00Z", -300},
    {"Tue, 20 May 2025 09:30:00 MST", "2025-05-20T16:30:00Z", -420},
    {"Tue, 20 May 2025 09:30:00 MDT", "2025-05-20T15:30:00Z", -360},
    {"Tue, 20 May 2025 09:30:00 PST", "2025-05-20T17:30:00Z", -480},
    {"Tue, 20 May 2025 09:30:00 PDT", "2025-05-20T16:30:00Z", -420},
    // military letters, as RFC 822 defines them (A = -1 hour, N = +1 hour)
    {"Tue, 20 May 2025 09:30:00 A", "2025-05-20T10:30:00Z", -60},
    {"Tue, 20 May 2025 09:30:00 M", "2025-05-20T21:30:00Z", -720},
    {"Tue, 20 May 2025 09:30:00 N", "2025-05-20T08:30:00Z", 60},
    {"Tue, 20 May 2025 09:30:00 Y", "2025-05-19T21:30:00Z", 720},
    // variants: no day name, no seconds, two-digit years, full names, case
    {"20 May 2025 09:30:00 +0900", "2025-05-20T00:30:00Z", 540},
    {"Tue, 20 May 2025 09:30 +0900", "2025-05-20T00:30:00Z", 540},
    {"Tue, 20 May 25 09:30:00 GMT", "2025-05-20T09:30:00Z", 0},
    {"Mon, 31 Dec 99 23:59:59 GMT", "1999-12-31T23:59:59Z", 0},
    {"Tuesday, 20 May 2025 09:30:00 GMT", "2025-05-20T09:30:00Z", 0},
    {"Tue, 20 September 2025 09:30:00 GMT", "2025-09-20T09:30:00Z", 0},
    {"Sat, 20 Sept 2025 09:30:00 GMT", "2025-09-20T09:30:00Z", 0},
    {"tue, 20 may 2025 09:30:00 gmt", "2025-05-20T09:30:00Z", 0},
    {"Tue,20 May 2025 09:30:00 GMT", "2025-05-20T09:30:00Z", 0},
    {"Tue, 2 Dec 2025 7:05:00 GMT", "2025-12-02T07:05:00Z", 0},
    {"Tue, 20 May 2025 09:30:00 +09:00", "2025-05-20T00:30:00Z", 540},
    {"Tue, 20 May 2025 09:30:00 GMT+0900", "2025-05-20T00:30:00Z", 540},
    {"Tue, 20 May 2025 09:30:00 +0900 (JST)", "2025-05-20T00:30:00Z", 540},
    {"Tue, 20 May 2025 09:30:00", "2025-05-20T09:30:00Z", none},
    {"Tue, 20 May 2025", "2025-05-20T00:00:00Z", none},
    // RFC 850 and asctime
    {"Tuesday, 20-May-25 09:30:00 GMT", "2025-05-20T09:30:00Z", 0},
    {"Tue May 20 09:30:00 2025", "2025-05-20T09:30:00Z", none},
    {"May 20, 2025 9:30 PM EDT", "2025-05-21T01:30:00Z", -240},
    // RFC 3339 / ISO 8601 / W3C-DTF (Atom, dc:date, JSON Feed)
    {"2025-05-20T09:30:00Z", "2025-05-20T09:30:00Z", 0},
    {"2025-05-20T09:30:00+09:00", "2025-05-20T00:30:00Z", 540},
    {"2025-05-20T09:30:00-05:00", "2025-05-20T14:30:00Z", -300},
    {"2025-05-20T09:30:00.123456Z", "2025-05-20T09:30:00Z", 0},
    {"2025-05-20T09:30:00.5+02:00", "2025-05-20T07:30:00Z", 120},
    {"2025-05-20T09:30Z", "2025-05-20T09:30:00Z", 0},
    {"2025-05-20t09:30:00z", "2025-05-20T09:30:00Z", 0},
    {"2025-05-20 09:30:00", "2025-05-20T09:30:00Z", none},
    {"2025-05-20T09:30:00+0900", "2025-05-20T00:30:00Z", 540},
    {"2025-05-20T09:30:00", "2025-05-20T09:30:00Z", none},
    {"2025-05-20", "2025-05-20T00:00:00Z", none},
    {"2025-05", "2025-05-01T00:00:00Z", none},
    {"20250520T093000Z", "2025-05-20T09:30:00Z", 0},
    {"2024-02-29T12:00:00Z", "2024-02-29T12:00:00Z", 0},
    {"2025-12-31T24:00:00Z", "2026-01-01T00:00:00Z", 0},
    {"  2025-05-20T09:30:00Z\n", "2025-05-20T09:30:00Z", 0},
    // unreadable: no date, never "now"
    {"", nullptr, none},
    {"yesterday", nullptr, none},
    {"2025-02-30T10:00:00Z", nullptr, none},
    {"Tue, 31 Apr 2025 09:30:00 GMT", nullptr, none},
    {"2025-13-01", nullptr, none},
    {"20/05/2025", nullptr, none},
    {"Tue, 20 May 2025 25:30:00 GMT", nullptr, none},
    {"Tue, 20 Foo 2025 09:30:00 GMT", nullptr, none},
};

} // namespace

TEST_CASE("feed dates in real-world spellings read as the instants they stand for") {
    for (const DateCase& c : cases) {
        INFO("date text: '" << c.text << "'");
        const auto t = parse_feed_date(c.text);
        if (!c.instant) {
            CHECK_FALSE(t);
            continue;
        }
        REQUIRE(t);
        CHECK(date::format("%Y-%m-%dT%H:%M:%SZ", t->instant) == c.instant);
        if (c.offset_minutes) {
            REQUIRE(t->offset);
            CHECK(t->offset->count() == *c.offset_minutes);
        } else {
            CHECK_FALSE(t->offset);
        }
    }
    CHECK(std::size(cases) >= 40);
}

TEST_CASE("a date of huge length or binary noise is unreadable, not a crash") {
    CHECK_FALSE(parse_feed_date(std::string(100000, '9')));
    CHECK_FALSE(parse_feed_date(std::string("Tue, 20 May 2025\0 09:30", 23)));
    CHECK_FALSE(parse_feed_date("99999999999999999999-05-20"));
    CHECK_FALSE(parse_feed_date("Tue, 99999999999 May 2025"));
}
