#include "fixture.h"
#include "ingest/feed/parse.h"

#include <catch2/catch.hpp>

using namespace parley;
using parley::test::feed_fixture;

namespace {

date::sys_seconds utc(int y, unsigned m, unsigned d, int hh, int mm, int ss = 0) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}} + std::chrono::hours{hh} +
           std::chrono::minutes{mm} + std::chrono::seconds{ss};
}

} // namespace

TEST_CASE("an RSS 2.0 feed gives its title, link and one article per item") {
    const auto doc = parse_feed(feed_fixture("rss20-harbour-wire.xml"),
                                {"https://harbourwire.example/trade/feed.xml", ""});
    CHECK(doc.title == "Harbour Wire \u2013 Trade");
    CHECK(doc.link == "https://harbourwire.example/trade/");
    CHECK(doc.warnings.empty());
    REQUIRE(doc.articles.size() == 3);

    const Article& a = doc.articles[0];
    CHECK(a.guid == "hw-2025-0520-001");
    CHECK(a.url == "https://harbourwire.example/trade/2025/05/20/third-round");
    CHECK(a.title == "Ministers set third round of tariff talks for Friday");
    CHECK(a.author == "Mika Sato");
    REQUIRE(a.published);
    CHECK(*a.published == utc(2025, 5, 20, 0, 30));
    REQUIRE(a.published_offset);
    CHECK(a.published_offset->count() == 540);
}

TEST_CASE("an RSS item's content:encoded is preferred to its description and becomes plain text") {
    const auto doc = parse_feed(feed_fixture("rss20-harbour-wire.xml"), {});
    REQUIRE(doc.articles.size() == 3);
    CHECK(doc.articles[0].text ==
          "TOKYO, May 20 (Harbour Wire) \u2013 The economy minister will travel to Washington on "
          "Friday for a third round of ministerial talks on tariffs, officials said.\n\n"
          "The 25 percent levies on steel & aluminum remain in place.\n"
          "A 90-day pause ends in early July.");
    CHECK(doc.articles[1].text ==
          "The customs agency on Monday published the revised quota for flat steel.");
}

TEST_CASE("a double-escaped ampersand in an RSS title reads as one ampersand") {
    const auto doc = parse_feed(feed_fixture("rss20-harbour-wire.xml"), {});
    CHECK(doc.articles[1].title == "Customs agency publishes revised steel quota & schedule");
}

TEST_CASE("an RSS item without a guid is known by its link, and a permalink guid gives the link") {
    const auto doc = parse_feed(feed_fixture("rss20-harbour-wire.xml"), {});
    CHECK(doc.articles[1].guid == "https://harbourwire.example/trade/2025/05/19/steel-quota");
    CHECK(doc.articles[2].guid == "https://harbourwire.example/trade/2025/05/18/geneva");
    CHECK(doc.articles[2].url == "https://harbourwire.example/trade/2025/05/18/geneva");
}

TEST_CASE("RSS dates without seconds or without a time are read") {
    const auto doc = parse_feed(feed_fixture("rss20-harbour-wire.xml"), {});
    REQUIRE(doc.articles[1].published);
    CHECK(*doc.articles[1].published == utc(2025, 5, 19, 17, 5));
    CHECK(doc.articles[1].published_offset->count() == 0);
    REQUIRE(doc.articles[2].published);
    CHECK(*doc.articles[2].published == utc(2025, 5, 18, 0, 0));
    CHECK_FALSE(doc.articles[2].published_offset);
}
