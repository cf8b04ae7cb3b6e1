// Calendar arithmetic: weekdays, parts of months and the end of spans.

#include "timeline/calendar.h"

#include <catch2/catch.hpp>

using namespace parley;

namespace {
date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}
} // namespace

TEST_CASE("a 90-day pause from 2025-04-09 expires on 2025-07-08 and covers to 2025-07-07") {
    CHECK(add_duration(day(2025, 4, 9), 90, SpanUnit::day) == day(2025, 7, 8));
    CHECK(span_last_day(day(2025, 4, 9), 90, SpanUnit::day) == day(2025, 7, 7));
}

TEST_CASE("a month from January 31 ends on the last day of February") {
    CHECK(add_duration(day(2025, 1, 31), 1, SpanUnit::month) == day(2025, 2, 28));
    CHECK(add_duration(day(2024, 1, 31), 1, SpanUnit::month) == day(2024, 2, 29));
    CHECK(add_duration(day(2024, 2, 29), 1, SpanUnit::year) == day(2025, 2, 28));
    CHECK(add_duration(day(2025, 5, 20), 2, SpanUnit::week) == day(2025, 6, 3));
}

TEST_CASE("a weekday resolves to the past, the future or the nearest one") {
    const auto tuesday = day(2025, 5, 20);
    CHECK(resolve_weekday(tuesday, date::Friday, Lean::future) == day(2025, 5, 23));
    CHECK(resolve_weekday(tuesday, date::Friday, Lean::past) == day(2025, 5, 16));
    CHECK(resolve_weekday(tuesday, date::Monday, Lean::nearest) == day(2025, 5, 19));
    CHECK(resolve_weekday(tuesday, date::Thursday, Lean::nearest) == day(2025, 5, 22));
    CHECK(resolve_weekday(tuesday, date::Tuesday, Lean::past) == tuesday);
    CHECK(resolve_weekday(tuesday, date::Tuesday, Lean::future) == tuesday);
}

TEST_CASE("early, mid and late split a month at the 10th and the 20th") {
    CHECK(month_part(date::year{2025} / date::July, MonthPart::early) ==
          std::pair{day(2025, 7, 1), day(2025, 7, 10)});
    CHECK(month_part(date::year{2025} / date::June, MonthPart::mid) ==
          std::pair{day(2025, 6, 11), day(2025, 6, 20)});
    CHECK(month_part(date::year{2024} / date::February, MonthPart::late) ==
          std::pair{day(2024, 2, 21), day(2024, 2, 29)});
}

TEST_CASE("an ISO week starts on Monday") {
    CHECK(week_start(day(2025, 5, 25)) == day(2025, 5, 19));
    CHECK(week_start(day(2025, 5, 19)) == day(2025, 5, 19));
}
