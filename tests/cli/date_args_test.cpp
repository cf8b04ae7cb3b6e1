#include "cli/context.h"
#include "cli/date_args.h"

#include <catch2/catch.hpp>

using namespace parley;

namespace {
date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}
const date::sys_days tuesday = day(2025, 5, 20);
} // namespace

TEST_CASE("an ISO date, month or year argument covers its days") {
    CHECK(*parse_date_arg("2025-05-23", tuesday, "--since").first == day(2025, 5, 23));
    auto may = parse_date_arg("2025-05", tuesday, "--until");
    CHECK(*may.first == day(2025, 5, 1));
    CHECK(*may.last == day(2025, 5, 31));
}

TEST_CASE("a span argument reaches back from today") {
    auto d = parse_date_arg("30d", tuesday, "--since");
    CHECK(*d.first == day(2025, 4, 20));
    CHECK(*d.last == tuesday);
    CHECK(parse_span_arg("2w", "--within") == date::days{14});
}

TEST_CASE("a weekday argument on its own leans future, as a phrase with no clause does") {
    auto friday = parse_date_arg("friday", tuesday, "--since");
    CHECK(*friday.first == day(2025, 5, 23));
}

TEST_CASE("phrases such as next month and early July are read against today") {
    auto next = parse_date_arg("next month", tuesday, "--since");
    CHECK(*next.first == day(2025, 6, 1));
    auto early = parse_date_arg("early July", tuesday, "--until");
    CHECK(*early.first == day(2025, 7, 1));
    CHECK(*early.last == day(2025, 7, 10));
}

TEST_CASE("an argument that is no date is a usage error naming the option") {
    try {
        parse_date_arg("next blue moon", tuesday, "--since");
        FAIL("accepted");
    } catch (const UsageError& e) {
        CHECK(std::string(e.what()).find("--since") != std::string::npos);
    }
    CHECK_THROWS_AS(parse_span_arg("soon", "--within"), UsageError);
}
