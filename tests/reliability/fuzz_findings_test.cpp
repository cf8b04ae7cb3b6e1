// What the fuzz targets found, each reduced to a test that failed before its
// fix. The inputs themselves sit in tests/fuzz/regressions/<target>/, which
// the fuzz build's ctest replays.

#include "ingest/temporal/time_expression.h"

#include <catch2/catch.hpp>

using namespace parley;

namespace {

// The days a date's value names are the days it covers.
void value_matches_days(const TimeExpression& e) {
    INFO("\"" << e.text << "\" value " << e.date.value);
    REQUIRE(e.date.known());
    const auto back = parse_date_value(e.date.value);
    REQUIRE(back);
    CHECK(iso_day(*back->first) == iso_day(*e.date.first));
    CHECK(iso_day(*back->last) == iso_day(*e.date.last));
}

const TimeExpression& find(const std::vector<TimeExpression>& all, const std::string& text) {
    for (const auto& e : all)
        if (e.text == text) return e;
    FAIL("no expression \"" << text << "\"");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("'in two weeks' covers the whole week its value names") {
    // temporal_fuzzer: value 2024-W11 covering only 2024-03-14.
    const ReferenceTime ref{
        date::sys_days{date::year{2024} / 2 / 29} + std::chrono::hours{12}, "America/New_York", {}};
    const auto all = find_time_expressions("Officials said talks would resume in two weeks.", ref);
    const auto& e = find(all, "two weeks");
    CHECK(e.date.value == "2024-W11");
    CHECK(e.date.granularity == Granularity::week);
    value_matches_days(e);
}

TEST_CASE("'a week later' after 'this summer' covers the summer its value names") {
    // temporal_fuzzer: value 2024-SU covering 2024-06-08 to 2024-09-07.
    const ReferenceTime ref{
        date::sys_days{date::year{2024} / 2 / 29} + std::chrono::hours{12}, "", {}};
    const auto all = find_time_expressions(
        "The tariffs take effect this summer. The commission said that, a week later, talks would "
        "resume.",
        ref);
    for (const auto& e : all)
        if (e.date.granularity == Granularity::week || e.date.granularity == Granularity::season ||
            e.date.granularity == Granularity::quarter || e.date.granularity == Granularity::half)
            value_matches_days(e);
}

TEST_CASE("'a week later' after 'the 9990s' has no date rather than one in the year 10000") {
    // temporal_fuzzer: date 9990-01-08/10000-01-07, a value that cannot be read back.
    const ReferenceTime ref{date::sys_days{date::year{2025} / 5 / 20}, "Asia/Tokyo", {}};
    const auto all =
        find_time_expressions("In the 9990s trade grew, and a week later talks began.", ref);
    const auto& later = find(all, "a week later");
    CHECK_FALSE(later.date.known());
    CHECK(later.date.value.empty());
    value_matches_days(find(all, "the 9990s"));
}

TEST_CASE("'58090 years from July' has no date rather than one that wraps before Christ") {
    // temporal_fuzzer: value P58090Y covering 2025-07-01 to -5421-06-30.
    const ReferenceTime ref{date::sys_days{date::year{2025} / 5 / 20}, "", {}};
    const auto all = find_time_expressions("The levy runs 58090 years from July.", ref);
    const auto& span = find(all, "58090 years");
    CHECK_FALSE(span.date.known());
    CHECK_FALSE(span.expires.has_value());
    for (const auto& e : all)
        if (e.date.known()) CHECK(*e.date.first <= *e.date.last);
}

TEST_CASE("'7000 years from July' still runs to a day the calendar can hold") {
    const ReferenceTime ref{date::sys_days{date::year{2025} / 5 / 20}, "", {}};
    const auto all = find_time_expressions("The levy runs 7000 years from July.", ref);
    const auto& span = find(all, "7000 years");
    REQUIRE(span.date.known());
    CHECK(iso_day(*span.date.last) == "9025-06-30");
}

TEST_CASE("a shift past the calendar's years names no day rather than the day it shifts") {
    const ReferenceTime ref{date::sys_days{date::year{2025} / 5 / 20}, "", {}};
    for (const char* text : {"It ends 58090 years from July 1.",
                             "It began 40000 years before July 1.", "It ends in 58090 years."}) {
        INFO(text);
        const auto all = find_time_expressions(text, ref);
        REQUIRE(all.size() == 1);
        CHECK_FALSE(all[0].date.known());
        CHECK(all[0].date.value.empty());
    }
    const auto near = find_time_expressions("It ends 7000 years from July 1.", ref);
    REQUIRE(near.size() == 1);
    CHECK(near[0].date.value == "9025-07-01");
}
