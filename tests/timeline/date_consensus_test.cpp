#include "build_mentions.h"
#include "timeline/date_consensus.h"

#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

TEST_CASE("in April and April 3 agree on April 3") {
    std::vector<DateValue> d{on("2025-04", "in April"), on("2025-04-03", "on April 3")};
    auto c = date_consensus(d);
    REQUIRE(c);
    CHECK(d[c->chosen].value == "2025-04-03");
    CHECK(c->disagree.empty());
}

TEST_CASE("early July and July 8 agree on July 8") {
    std::vector<DateValue> d{on("2025-07-08"), on("2025-07-01/2025-07-10", "early July")};
    auto c = date_consensus(d);
    CHECK(d[c->chosen].value == "2025-07-08");
}

TEST_CASE("two different days disagree and the better supported one wins") {
    std::vector<DateValue> d{on("2025-04-03"), on("2025-04-04"), on("2025-04-04"), on("2025-04")};
    auto c = date_consensus(d);
    CHECK(d[c->chosen].value == "2025-04-04");
    CHECK(c->disagree == std::vector<std::size_t>{0});
}

TEST_CASE("equal support goes to the earlier day, whatever the order") {
    std::vector<DateValue> a{on("2025-04-04"), on("2025-04-03")};
    std::vector<DateValue> b{on("2025-04-03"), on("2025-04-04")};
    CHECK(a[date_consensus(a)->chosen].value == "2025-04-03");
    CHECK(b[date_consensus(b)->chosen].value == "2025-04-03");
}

TEST_CASE("unknown dates take no part and all unknown gives none") {
    std::vector<DateValue> d{DateValue{}, on("2025-05")};
    CHECK(d[date_consensus(d)->chosen].value == "2025-05");
    CHECK_FALSE(date_consensus({DateValue{}}));
}
