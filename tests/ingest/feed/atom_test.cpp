#include "fixture.h"
#include "ingest/feed/feed_entries.h"
#include "ingest/feed/parse.h"

#include <catch2/catch.hpp>

using namespace parley;
using parley::test::feed_fixture;

namespace {

date::sys_seconds utc(int y, unsigned m, unsigned d, int hh, int mm, int ss = 0) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}} + std::chrono::hours{hh} +
           std::chrono::minutes{mm} + std::chrono::seconds{ss};
}

const FeedSource desk{"https://tariffdesk.example/news/feed.atom", "application/atom+xml"};

} // namespace

TEST_CASE("an Atom 1.0 feed gives its title stripped of markup and its alternate link") {
    const auto doc = parse_feed(feed_fixture("atom10-tariff-desk.xml"), desk);
    CHECK(doc.title == "Tariff Desk Bulletins");
    CHECK(doc.link == "https://tariffdesk.example/news/");
    CHECK(doc.warnings.empty());
    REQUIRE(doc.articles.size() == 2);
}

TEST_CASE("an Atom entry is known by its id and published at its published time") {
    const auto doc = parse_feed(feed_fixture("atom10-tariff-desk.xml"), desk);
    const Article& a = doc.articles.at(0);
    CHECK(a.guid == "tag:tariffdesk.example,2025:pause-expiry");
    CHECK(a.title == "Pause on reciprocal tariffs to expire July 9");
    CHECK(a.author == "Lena Ortiz");
    REQUIRE(a.published);
    CHECK(*a.published == utc(2025, 5, 20, 18, 30));
    CHECK(a.published_offset->count() == -240);
}

TEST_CASE("an Atom entry without published is dated by updated, fractions of a second dropped") {
    const auto doc = parse_feed(feed_fixture("atom10-tariff-desk.xml"), desk);
    const Article& a = doc.articles.at(1);
    REQUIRE(a.published);
    CHECK(*a.published == utc(2025, 5, 19, 4, 15, 30));
    CHECK(a.published_offset->count() == 120);
}

TEST_CASE("Atom xhtml content is preferred to the summary and loses its markup") {
    const auto doc = parse_feed(feed_fixture("atom10-tariff-desk.xml"), desk);
    CHECK(doc.articles.at(0).text ==
          "WASHINGTON, May 20 \u2014 The 90-day pause on reciprocal tariffs expires on July 9, a "
          "trade official said on Tuesday.\n\nBaseline rate: 10 percent\nCountry rate: 24 percent");
    CHECK(doc.articles.at(1).text == "Analysts expect a framework deal before the deadline.");
}

TEST_CASE("Atom links are resolved against xml:base, the entry's own overriding the feed's") {
    const auto doc = parse_feed(feed_fixture("atom10-tariff-desk.xml"), desk);
    CHECK(doc.articles.at(0).url == "https://tariffdesk.example/news/2025/05/pause-expiry");
    CHECK(doc.articles.at(1).url == "https://tariffdesk.example/archive/what-next");
}

TEST_CASE("an Atom entry keeps its summary and content apart when read field by field") {
    const auto entries = read_feed_entries(feed_fixture("atom10-tariff-desk.xml"), desk);
    CHECK(entries.format == FeedFormat::atom);
    REQUIRE(entries.entries.size() == 2);
    CHECK(entries.entries[0].summary == "WASHINGTON \u2014 a summary only.");
    REQUIRE(entries.entries[0].updated);
    CHECK(entries.entries[0].updated->instant == utc(2025, 5, 21, 8, 0));
    CHECK(entries.entries[1].title == "Talks & tariffs: what is next");
}
