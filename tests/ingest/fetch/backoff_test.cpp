#include "ingest/fetch/backoff.h"

#include <catch2/catch.hpp>

using namespace parley;
using namespace std::chrono_literals;

TEST_CASE("a failing feed waits 15 minutes, then twice as long after each failure") {
    CHECK(backoff_delay(0) == 0s);
    CHECK(backoff_delay(1) == 15min);
    CHECK(backoff_delay(2) == 30min);
    CHECK(backoff_delay(3) == 60min);
    CHECK(backoff_delay(4) == 120min);
    CHECK(backoff_delay(7) == 960min);
}

TEST_CASE("the wait after failures is capped at 24 hours") {
    CHECK(backoff_delay(8) == 24h);
    CHECK(backoff_delay(50) == 24h);
    CHECK(backoff_delay(1'000'000) == 24h);
}
