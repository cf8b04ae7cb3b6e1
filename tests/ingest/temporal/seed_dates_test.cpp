// The canonical seed article (published Tuesday 2025-05-20, Japan time):
// every date DESIGN.md's table takes from it, and the others its timeline
// needs. The article is read from the shared folder at test time.

#include "ingest/temporal/time_expression.h"
#include "support/shared.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace parley;

namespace {

const char* seed_file = "seed/000_cc4c5ff2b0d4a67e.txt";

ReferenceTime seed_reference() {
    // Midnight in Tokyo, 15:00 UTC the day before.
    return ReferenceTime{date::sys_days{date::year{2025} / 5 / 19} + std::chrono::hours{15},
                         "Asia/Tokyo", std::chrono::minutes{0}};
}

// The expression whose text is `text` after the words `before` (which make it unique).
const TimeExpression& find(const std::vector<TimeExpression>& all, const std::string& article,
                           const std::string& before, const std::string& text) {
    const auto at = article.find(before + text);
    REQUIRE(at != std::string::npos);
    const auto begin = at + before.size();
    for (const auto& e : all)
        if (e.begin == begin) {
            REQUIRE(e.text == text);
            return e;
        }
    FAIL("no expression at '" << before << text << "'");
    throw std::logic_error("unreachable");
}

date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

} // namespace

TEST_CASE("the seed article's dates resolve against Tuesday 2025-05-20 in Tokyo") {
    PARLEY_SKIP_WITHOUT_SHARED(seed_file);
    const std::string article = test::read_file(test::shared_dir() / seed_file);
    const auto all = find_time_expressions(article, seed_reference());

    SECTION("the sources said it on Tuesday, the publication day") {
        const auto& e = find(all, article, "matter said ", "Tuesday");
        CHECK(e.value == "2025-05-20");
        CHECK(e.date.granularity == Granularity::day);
    }
    SECTION("the visit arranged for Friday is the coming Friday") {
        const auto& e = find(all, article, "talks on ", "Friday");
        CHECK(e.value == "2025-05-23");
        CHECK(e.date.first == day(2025, 5, 23));
    }
    SECTION("later this week is the rest of that week") {
        const auto& e = find(all, article, "Greer ", "later this week");
        CHECK(e.value == "2025-W21");
        CHECK(e.date.first == day(2025, 5, 21));
        CHECK(e.date.last == day(2025, 5, 25));
    }
    SECTION("by the end of May is a deadline on May 31") {
        const auto& e = find(all, article, "again by ", "the end of May");
        CHECK(e.cue == "by");
        CHECK(e.value == "2025-05");
        CHECK(e.date.mod == "END");
        CHECK(e.date.value == "2025-05-31");
        CHECK(e.date.last == day(2025, 5, 31));
    }
    SECTION("this summer is the summer of 2025") {
        const auto& e = find(all, article, "ahead of ", "this summer");
        CHECK(e.value == "2025-SU");
        CHECK(e.date.granularity == Granularity::season);
    }
    SECTION("steel and aluminum levies were imposed in March 2025, autos in April") {
        CHECK(find(all, article, "aluminum in ", "March").value == "2025-03");
        CHECK(find(all, article, "automobiles in ", "April").value == "2025-04");
    }
    SECTION("the pause runs for 90 days until early July") {
        const auto& d = find(all, article, "paused for ", "90 days");
        CHECK(d.type == TimexType::duration);
        CHECK(d.value == "P90D");
        CHECK(d.duration_days == 90);
        const auto& until = find(all, article, "days until ", "early July");
        CHECK(until.cue == "until");
        CHECK(until.value == "2025-07");
        CHECK(until.date.mod == "START");
        CHECK(until.date.value == "2025-07-01/2025-07-10");
        CHECK(until.date.first == day(2025, 7, 1));
        CHECK(until.date.last == day(2025, 7, 10));
        // The pause is an interval ending early July.
        CHECK(d.date.last == day(2025, 7, 10));
    }
    SECTION("the earlier rounds took place in April and May 2025") {
        CHECK(find(all, article, "place in ", "April").value == "2025-04");
        CHECK(find(all, article, "April and ", "May").value == "2025-05");
    }
    SECTION("the press conference was on Tuesday and the working-level talks began on Monday") {
        CHECK(find(all, article, "Tokyo on ", "Tuesday").value == "2025-05-20");
        const auto& since = find(all, article, "since ", "Monday");
        CHECK(since.cue == "since");
        CHECK(since.value == "2025-05-19");
    }
    SECTION("nothing else in the article is read as a date") {
        for (const auto& e : all) {
            INFO(e.text << " = " << e.value);
            CHECK_FALSE(e.value.empty());
        }
        CHECK(all.size() <= 15);
    }
}
