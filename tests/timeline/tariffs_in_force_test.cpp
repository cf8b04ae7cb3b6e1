#include "build_mentions.h"
#include "timeline/merge.h"
#include "timeline/tariffs_in_force.h"

#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;
using K = EventKind;
using S = EventStatus;

namespace {

std::vector<Event> seed_tariffs() {
    return merge({
        mention(K::tariff_imposed, "s1", "2025-05-20")
            .actors({"USA"})
            .target("ALL")
            .products({"aluminum", "steel"})
            .rate(25)
            .date("2025-03", "in March"),
        mention(K::tariff_imposed, "s2", "2025-05-20")
            .actors({"USA"})
            .target("ALL")
            .products({"autos"})
            .rate(25)
            .date("2025-04", "in April"),
        mention(K::tariff_imposed, "s3", "2025-05-20")
            .actors({"USA"})
            .target("ALL")
            .rate(10)
            .date("2025-04-05", "on April 5"),
        mention(K::tariff_imposed, "s4", "2025-04-10")
            .actors({"USA", "JPN"})
            .target("JPN")
            .rate(24)
            .date("2025-04-09", "on April 9"),
        mention(K::tariff_imposed, "s5", "2025-05-20")
            .actors({"USA", "JPN"})
            .target("JPN")
            .rate(14)
            .date("2025-04-09", "on April 9"),
        mention(K::tariff_paused, "s6", "2025-05-20")
            .actors({"USA"})
            .duration(90)
            .date("2025-07-01/2025-07-10", "until early July"),
        mention(K::tariff_paused, "s7", "2025-04-10")
            .actors({"USA"})
            .duration(90)
            .date("2025-04-09", "on April 9"),
        mention(K::tariff_imposed, "s8", "2025-04-10")
            .actors({"USA", "CHN"})
            .target("CHN")
            .rate(125)
            .date("2025-04-10"),
        mention(K::deal, "s9", "2025-05-09")
            .actors({"USA", "GBR"})
            .products({"autos"})
            .rate(10)
            .quota(100000)
            .date("2025-05-08"),
    });
}

const MeasureInForce* find(const std::vector<MeasureInForce>& m, MeasureCategory c,
                           std::vector<std::string> products = {}) {
    for (const auto& x : m)
        if (x.category == c && x.scope.products == products && !x.by_deal) return &x;
    return nullptr;
}

} // namespace

TEST_CASE("on 2025-05-20 Japan faces the 10 percent baseline, the paused country rate and the "
          "sectoral duties") {
    auto m = tariffs_in_force(seed_tariffs(), day(2025, 5, 20), "JPN");
    CHECK(m.size() == 4);
    auto* baseline = find(m, MeasureCategory::baseline);
    REQUIRE(baseline);
    CHECK(baseline->rate_pct == 10);
    CHECK(baseline->state == MeasureState::active);
    auto* japan = find(m, MeasureCategory::country_specific);
    REQUIRE(japan);
    CHECK(japan->state == MeasureState::paused);
    REQUIRE(japan->paused_until);
    CHECK(japan->paused_until->value == "2025-07-08");
    CHECK(japan->scope.target == "JPN");
    // 24 and 14 are each reported once here: the earlier report wins, the other is kept.
    REQUIRE(japan->rate_pct);
    CHECK(japan->other_rates.size() == 1);
    auto* steel = find(m, MeasureCategory::sectoral, {"aluminum", "steel"});
    REQUIRE(steel);
    CHECK(steel->rate_pct == 25);
    CHECK(steel->state == MeasureState::active);
    auto* autos = find(m, MeasureCategory::sectoral, {"autos"});
    REQUIRE(autos);
    CHECK(autos->rate_pct == 25);
}

TEST_CASE("after the pause expires the country rate is active again") {
    auto m = tariffs_in_force(seed_tariffs(), day(2025, 7, 8), "JPN");
    auto* japan = find(m, MeasureCategory::country_specific);
    REQUIRE(japan);
    CHECK(japan->state == MeasureState::active);
}

TEST_CASE("before a measure's date it is not in force") {
    auto m = tariffs_in_force(seed_tariffs(), day(2025, 3, 15), "JPN");
    REQUIRE(m.size() == 1);
    CHECK(m[0].scope.products == std::vector<std::string>{"aluminum", "steel"});
}

TEST_CASE("measures on other countries are left out for a target, and all are listed without one") {
    auto japan = tariffs_in_force(seed_tariffs(), day(2025, 5, 20), "JPN");
    for (const auto& x : japan)
        CHECK(x.scope.target != "CHN");
    auto all = tariffs_in_force(seed_tariffs(), day(2025, 5, 20), "");
    CHECK(all.size() == 6); // baseline, JPN, CHN, steel, autos, the UK deal
}

TEST_CASE("a deal gives its partner its rate with the quota") {
    auto m = tariffs_in_force(seed_tariffs(), day(2025, 5, 20), "GBR");
    const MeasureInForce* deal = nullptr;
    for (const auto& x : m)
        if (x.by_deal) deal = &x;
    REQUIRE(deal);
    CHECK(deal->rate_pct == 10);
    CHECK(deal->quota == 100000);
    CHECK(deal->scope.imposer == "USA");
    CHECK(deal->scope.target == "GBR");
}

TEST_CASE("a change sets the rate from its date on") {
    auto events = merge({
        mention(K::tariff_imposed, "a", "2025-03-13")
            .actors({"USA"})
            .target("ALL")
            .products({"steel"})
            .rate(25)
            .date("2025-03-12"),
        mention(K::tariff_changed, "b", "2025-06-05")
            .actors({"USA"})
            .target("ALL")
            .products({"steel"})
            .rate(50)
            .date("2025-06-04"),
    });
    CHECK(tariffs_in_force(events, day(2025, 5, 1), "")[0].rate_pct == 25);
    CHECK(tariffs_in_force(events, day(2025, 6, 4), "")[0].rate_pct == 50);
}

TEST_CASE("an announced measure not yet imposed is listed as announced") {
    auto events = merge({mention(K::tariff_announced, "a", "2025-07-08")
                             .actors({"USA", "JPN"})
                             .target("JPN")
                             .rate(25)
                             .date("2025-07-07")});
    auto m = tariffs_in_force(events, day(2025, 7, 10), "JPN");
    REQUIRE(m.size() == 1);
    CHECK(m[0].state == MeasureState::announced);
}

TEST_CASE("of two pauses over a measure, the one known to run longest says when it ends") {
    auto events = merge({
        mention(K::tariff_imposed, "a", "2025-04-10").actors({"USA", "JPN"}).target("JPN").rate(24).date("2025-04-09"),
        mention(K::tariff_paused, "b", "2025-04-10").actors({"USA"}).target("JPN").rate(24).undated(),
        mention(K::tariff_paused, "c", "2025-04-17").actors({"USA"}).target("JPN").date("2025-07-01/2025-07-10", "until early July"),
    });
    auto m = tariffs_in_force(events, day(2025, 5, 20), "JPN");
    REQUIRE(m.size() == 1);
    CHECK(m[0].state == MeasureState::paused);
    REQUIRE(m[0].paused_until);
    CHECK(m[0].paused_until->value == "2025-07-01/2025-07-10");
}
