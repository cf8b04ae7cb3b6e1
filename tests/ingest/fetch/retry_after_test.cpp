#include "ingest/fetch/retry_after.h"

#include <catch2/catch.hpp>

using namespace parley;

namespace {

date::sys_seconds at(int y, unsigned m, unsigned d, int h, int min, int s) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}} + std::chrono::hours{h} +
           std::chrono::minutes{min} + std::chrono::seconds{s};
}

const auto now = at(2025, 6, 2, 12, 0, 0);

} // namespace

TEST_CASE("Retry-After in seconds counts from now") {
    CHECK(retry_after_until("120", now) == now + std::chrono::seconds{120});
    CHECK(retry_after_until(" 0 ", now) == now);
}

TEST_CASE("Retry-After as an IMF-fixdate is that instant") {
    CHECK(retry_after_until("Wed, 21 Oct 2037 07:28:00 GMT", now) == at(2037, 10, 21, 7, 28, 0));
    CHECK(retry_after_until("Mon, 02 Jun 2025 12:30:00 GMT", now) == at(2025, 6, 2, 12, 30, 0));
}

TEST_CASE("Retry-After in the obsolete RFC 850 and asctime forms is read too") {
    CHECK(retry_after_until("Monday, 02-Jun-25 12:30:00 GMT", now) == at(2025, 6, 2, 12, 30, 0));
    CHECK(retry_after_until("Mon Jun  2 12:30:00 2025", now) == at(2025, 6, 2, 12, 30, 0));
}

TEST_CASE("an unreadable Retry-After is ignored") {
    CHECK_FALSE(retry_after_until("", now));
    CHECK_FALSE(retry_after_until("soon", now));
    CHECK_FALSE(retry_after_until("-5", now));
    CHECK_FALSE(retry_after_until("12.5", now));
    CHECK_FALSE(retry_after_until("Mon, 02 Jun 2025 12:30:00 GMT trailing", now));
}

TEST_CASE("an absurdly long Retry-After in seconds does not overflow") {
    auto t = retry_after_until("99999999999999999999999999", now);
    REQUIRE(t);
    CHECK(*t > now + std::chrono::hours{24 * 365 * 10});
}
