// Feed text is hostile: any bytes give results or nothing, never a crash.
// Time limits are the benchmark's business; these check what comes back.

#include "ingest/temporal/time_expression.h"

#include <catch2/catch.hpp>
#include <random>

using namespace parley;

namespace {
const ReferenceTime ref{date::sys_days{date::year{2025} / 5 / 20}, "", {}};

void check_offsets(std::string_view text, const std::vector<TimeExpression>& all) {
    for (const auto& e : all) {
        REQUIRE(e.begin < e.end);
        REQUIRE(e.end <= text.size());
        CHECK(text.substr(e.begin, e.end - e.begin) == e.text);
    }
}
} // namespace

TEST_CASE("invalid UTF-8 around a date leaves the date and its byte offsets intact") {
    const std::string text = "\xff\xfe\xc3 Talks resume on May 23, 2025 \xe2\x80 and \xf0\x9f";
    const auto all = find_time_expressions(text, ref);
    check_offsets(text, all);
    REQUIRE(all.size() == 1);
    CHECK(all[0].value == "2025-05-23");
}

TEST_CASE("a dash written as an en dash still makes a range") {
    const std::string text = "Talks run July 13\xe2\x80\x93"
                             "15.";
    const auto all = find_time_expressions(text, ref);
    check_offsets(text, all);
    REQUIRE(all.size() == 1);
    CHECK(all[0].date.value == "2025-07-13/2025-07-15");
}

TEST_CASE("ten thousand digits, a megabyte line and nested brackets give results or nothing") {
    const std::string digits(10000, '7');
    check_offsets(digits, find_time_expressions(digits, ref));
    std::string line;
    while (line.size() < 1 << 20)
        line += "(((( May 23 [[[ 12:01 a.m. EDT ]]] 2025-05-";
    const auto all = find_time_expressions(line, ref);
    check_offsets(line, all);
    CHECK_FALSE(all.empty());
    const std::string brackets = std::string(5000, '(') + "May 2025" + std::string(5000, ')');
    const auto b = find_time_expressions(brackets, ref);
    check_offsets(brackets, b);
    CHECK(b.size() == 1);
}

TEST_CASE("random bytes never crash the tagger") {
    std::mt19937 rng(42);
    const std::string alphabet = "0123456789 :/-.,'aApPmMjJ\n\xe2\x80\x93\xff"
                                 "MayJulyFridayQ3H1earlylatemidnextlastagoinbysince";
    for (int round = 0; round < 200; ++round) {
        std::string text;
        const auto len = rng() % 400;
        for (std::size_t i = 0; i < len; ++i)
            text += alphabet[rng() % alphabet.size()];
        check_offsets(text, find_time_expressions(text, ref));
        (void)parse_time_phrase(text, ref);
    }
}
