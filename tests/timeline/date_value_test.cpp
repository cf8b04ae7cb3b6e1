#include "timeline/date_value.h"

#include <catch2/catch.hpp>

using namespace parley;
using date::sys_days;

namespace {
sys_days ymd(int y, unsigned m, unsigned d) {
    return sys_days{date::year{y} / date::month{m} / date::day{d}};
}
} // namespace

TEST_CASE("a day value covers exactly that day") {
    auto v = parse_date_value("2025-05-23");
    REQUIRE(v);
    CHECK(v->granularity == Granularity::day);
    CHECK(*v->first == ymd(2025, 5, 23));
    CHECK(*v->last == ymd(2025, 5, 23));
}

TEST_CASE("a month value covers the whole month, leap years included") {
    auto v = parse_date_value("2024-02");
    REQUIRE(v);
    CHECK(v->granularity == Granularity::month);
    CHECK(*v->first == ymd(2024, 2, 1));
    CHECK(*v->last == ymd(2024, 2, 29));
}

TEST_CASE("an interval value keeps both inclusive ends") {
    auto v = parse_date_value("2025-07-01/2025-07-10");
    REQUIRE(v);
    CHECK(v->granularity == Granularity::interval);
    CHECK(*v->first == ymd(2025, 7, 1));
    CHECK(*v->last == ymd(2025, 7, 10));
    CHECK(v->value == "2025-07-01/2025-07-10");
}

TEST_CASE("ISO week 21 of 2025 runs Monday 19 May to Sunday 25 May") {
    auto v = parse_date_value("2025-W21");
    REQUIRE(v);
    CHECK(*v->first == ymd(2025, 5, 19));
    CHECK(*v->last == ymd(2025, 5, 25));
}

TEST_CASE("ISO week 1 of 2026 starts in December 2025") {
    auto v = parse_date_value("2026-W01");
    REQUIRE(v);
    CHECK(*v->first == ymd(2025, 12, 29));
}

TEST_CASE("summer 2025 is June to August, winter spans the new year") {
    auto su = parse_date_value("2025-SU");
    REQUIRE(su);
    CHECK(*su->first == ymd(2025, 6, 1));
    CHECK(*su->last == ymd(2025, 8, 31));
    auto wi = parse_date_value("2025-WI");
    REQUIRE(wi);
    CHECK(*wi->last == ymd(2026, 2, 28));
}

TEST_CASE("quarters, halves and years cover their months") {
    CHECK(*parse_date_value("2025-Q2")->first == ymd(2025, 4, 1));
    CHECK(*parse_date_value("2025-Q2")->last == ymd(2025, 6, 30));
    CHECK(*parse_date_value("2025-H2")->first == ymd(2025, 7, 1));
    CHECK(*parse_date_value("2025")->last == ymd(2025, 12, 31));
}

TEST_CASE("values parley does not write are refused") {
    for (const char* bad :
         {"", "25", "2025-13", "2025-02-30", "2025-Q5", "2025-W54", "May 2025",
          "2025-07-10/2025-07-01", "2025-05-23T25:00", "2025-05-23Tnoon", "PRESENT_REF"}) {
        INFO(bad);
        CHECK_FALSE(parse_date_value(bad));
    }
}

TEST_CASE("an interval of one day is written as that day") {
    auto v = interval_value(ymd(2025, 7, 9), ymd(2025, 7, 9));
    CHECK(v.value == "2025-07-09");
    CHECK(v.granularity == Granularity::day);
}

TEST_CASE("granularity names read back") {
    for (auto g :
         {Granularity::unknown, Granularity::day, Granularity::interval, Granularity::season})
        CHECK(granularity_from_string(to_string(g)) == g);
    CHECK_FALSE(granularity_from_string("fortnight"));
}

TEST_CASE("a clock time on a day reads back as covering that day") {
    auto v = parse_date_value("2025-11-10T00:01");
    REQUIRE(v);
    CHECK(v->granularity == Granularity::time);
    CHECK(v->value == "2025-11-10T00:01");
    CHECK(*v->first == ymd(2025, 11, 10));
    CHECK(*v->last == ymd(2025, 11, 10));
    CHECK(parse_date_value("2025-08-07T00:01:00-04:00"));
}
