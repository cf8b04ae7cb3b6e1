#include "fixture.h"
#include "ingest/feed/feed_entries.h"
#include "ingest/feed/parse.h"

#include <catch2/catch.hpp>

using namespace parley;
using parley::test::feed_fixture;

namespace {

std::string iso(const std::optional<date::sys_seconds>& t) {
    return t ? date::format("%Y-%m-%dT%H:%M:%SZ", *t) : "(none)";
}

} // namespace

TEST_CASE("an RSS 0.91 feed with the Netscape DOCTYPE in ISO-8859-1 is read") {
    const auto doc = parse_feed(feed_fixture("rss091-coastal-bulletin.xml"), {});
    CHECK(doc.title == "Coastal Bulletin");
    CHECK(doc.warnings.empty());
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].guid == "http://coastal.example/notices/41");
    CHECK(doc.articles[0].text ==
          "Customs counters will stay open until 22:00 during the tariff changeover.");
    CHECK_FALSE(doc.articles[0].published);
}

TEST_CASE("an RSS 0.92 item without title link or guid is known by a digest and its escaped "
          "HTML becomes text") {
    const auto doc = parse_feed(feed_fixture("rss092-inland-trade.xml"), {});
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].text ==
          "The agriculture ministry renewed grain export licences for another season.");
    CHECK(doc.articles[0].guid.rfind("hash:", 0) == 0);
}

TEST_CASE("an RSS 1.0 (RDF) feed is read with rdf:about ids and dc:date dates") {
    const auto entries = read_feed_entries(feed_fixture("rdf-rss10-customs-board.xml"), {});
    CHECK(entries.format == FeedFormat::rdf);
    CHECK(entries.title == "Customs Board Notices");
    CHECK(entries.link == "https://customsboard.example/");
    CHECK(entries.warnings.empty());
    REQUIRE(entries.entries.size() == 2);
    const FeedEntry& e = entries.entries[0];
    CHECK(e.id == "https://customsboard.example/notice/2025-114");
    CHECK(e.author == "Customs Board Secretariat");
    REQUIRE(e.published);
    CHECK(date::format("%FT%TZ", e.published->instant) == "2025-05-16T15:00:00Z");
    CHECK(e.published->offset->count() == 60);
    // content:encoded under the prefix "body"
    CHECK(e.content ==
          "A provisional duty of 12 percent applies to imports of flat steel from June 1, the "
          "board said.");
    CHECK(e.summary == "A provisional duty of 12 percent applies to flat steel from June 1.");
}

TEST_CASE("an Atom 0.3 feed is read: escaped mode, base64 mode, issued and modified") {
    const auto entries = read_feed_entries(feed_fixture("atom03-policy-watch.xml"), {});
    CHECK(entries.format == FeedFormat::atom);
    CHECK(entries.title == "Policy <Watch>");
    CHECK(entries.link == "http://policywatch.example/");
    REQUIRE(entries.entries.size() == 2);
    const FeedEntry& deal = entries.entries[0];
    CHECK(deal.content == "The full text of the framework deal was published on Saturday.");
    CHECK(deal.summary == "The full text of the framework deal was published.");
    REQUIRE(deal.published);
    CHECK(date::format("%FT%TZ", deal.published->instant) == "2025-05-18T02:00:00Z");
    CHECK(entries.entries[1].content == "Talks resume on Monday.");

    const auto doc = parse_feed(feed_fixture("atom03-policy-watch.xml"), {});
    CHECK(doc.articles[0].author == "Policy Watch");
    CHECK(iso(doc.articles[1].published) == "2025-05-16T08:00:00Z"); // modified stands in
}

TEST_CASE("a JSON Feed 1.1 is read: relative urls, numeric ids, html and text content") {
    const FeedSource src{"https://tradeledger.example/feed.json", "application/feed+json"};
    const auto doc = parse_feed(feed_fixture("jsonfeed11-trade-ledger.json"), src);
    CHECK(doc.title == "Trade Ledger");
    CHECK(doc.link == "https://tradeledger.example/");
    REQUIRE(doc.articles.size() == 2);
    const Article& a = doc.articles[0];
    CHECK(a.guid == "2025-05-20-tariff-schedule");
    CHECK(a.url == "https://tradeledger.example/2025/05/20/tariff-schedule");
    CHECK(a.text == "The revised schedule lowers the rate on auto parts to 15 percent.");
    CHECK(a.author == "Ken Mori");
    CHECK(iso(a.published) == "2025-05-20T02:00:00Z");
    CHECK(a.published_offset->count() == 540);
    const Article& b = doc.articles[1];
    CHECK(b.guid == "42");
    CHECK(b.author == "Trade Ledger desk");
    CHECK(b.text == "Negotiators set a fourth round for early June.\n\nNo venue was named.");
    CHECK_FALSE(b.published);
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0] == "unreadable date in <date_published>: 'sometime in May'");
}

TEST_CASE("JSON that is no JSON Feed is an error") {
    CHECK_THROWS_AS(parse_feed("{\"hello\": 1}", {}), FeedParseError);
    CHECK_THROWS_AS(parse_feed("{\"items\": 1", {}), FeedParseError);
    CHECK_THROWS_AS(parse_feed("[1, 2, 3]", {}), FeedParseError);
}

TEST_CASE("namespaces are known by URI whatever the prefix, and a known prefix bound to another "
          "URI is not that namespace") {
    const auto doc =
        parse_feed(feed_fixture("rss20-odd-prefixes.xml"), {"https://oddprefix.example/feed", ""});
    CHECK(doc.link == "https://oddprefix.example/");
    CHECK(doc.warnings.empty());
    REQUIRE(doc.articles.size() == 1);
    const Article& a = doc.articles[0];
    CHECK(a.url == "https://oddprefix.example/envoys");
    CHECK(a.author == "Wen Li");
    CHECK(iso(a.published) == "2025-05-20T23:45:00Z");
    CHECK(a.text == "Envoys agreed on a schedule for the next two rounds.");
}

TEST_CASE("a prefixed Atom feed with XHTML title and relative links against the document URL") {
    const FeedSource src{"https://relative.example/feeds/desk.atom", ""};
    const auto doc = parse_feed(feed_fixture("atom10-prefixed-relative.xml"), src);
    CHECK(doc.title == "Relative Links Desk");
    CHECK(doc.link == "https://relative.example/desk/");
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].title == "Steel quota filled");
    CHECK(doc.articles[0].url ==
          "https://relative.example/desk/2025/05/steel-quota?ref=feed&x=1#top");
    CHECK(doc.articles[0].text == "The steel quota for the quarter was filled.");
}

TEST_CASE("a feed without a URL keeps relative links as written") {
    const auto doc = parse_feed(feed_fixture("atom10-prefixed-relative.xml"), {});
    CHECK(doc.link == "/desk/");
    CHECK(doc.articles.at(0).url == "/desk/2025/05/steel-quota?ref=feed&x=1#top");
}

TEST_CASE("an undeclared conventional prefix is read as its namespace, with a warning") {
    const auto doc = parse_feed("<rss version=\"2.0\"><channel><title>T</title><item>"
                                "<title>x</title><dc:creator>Ann Lee</dc:creator></item>"
                                "</channel></rss>",
                                {});
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].author == "Ann Lee");
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0] == "undeclared namespace prefix 'dc'");
}

TEST_CASE("a document that is no feed is an error naming what it is") {
    try {
        parse_feed("<!DOCTYPE html><html><head><title>Not found</title></head></html>", {});
        FAIL("no error");
    } catch (const FeedParseError& e) {
        CHECK(std::string(e.what()) == "not a feed: the root element is <html>");
    }
    CHECK_THROWS_AS(parse_feed("", {}), FeedParseError);
    CHECK_THROWS_AS(parse_feed("   \n ", {}), FeedParseError);
    CHECK_THROWS_AS(parse_feed("plain text, no markup at all", {}), FeedParseError);
}

TEST_CASE("an empty but well-formed feed has no articles and no warnings") {
    const auto doc =
        parse_feed("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>", {});
    CHECK(doc.title == "Quiet");
    CHECK(doc.articles.empty());
    CHECK(doc.warnings.empty());
}

TEST_CASE("a CDF channel is read: uppercase elements, links in HREF attributes") {
    const auto entries = read_feed_entries(
        "<CHANNEL HREF=\"http://cdf.example/\"><TITLE>Channel Definition</TITLE>"
        "<ITEM HREF=\"notes/1.html\" LASTMOD=\"2025-05-19T08:00\"><TITLE>Quota notice</TITLE>"
        "<ABSTRACT>The quota year opens in July.</ABSTRACT></ITEM></CHANNEL>",
        {"http://cdf.example/channel.cdf", ""});
    CHECK(entries.format == FeedFormat::cdf);
    CHECK(entries.title == "Channel Definition");
    CHECK(entries.link == "http://cdf.example/");
    REQUIRE(entries.entries.size() == 1);
    CHECK(entries.entries[0].link == "http://cdf.example/notes/1.html");
    CHECK(entries.entries[0].summary == "The quota year opens in July.");
    REQUIRE(entries.entries[0].updated);
    CHECK(date::format("%FT%TZ", entries.entries[0].updated->instant) == "2025-05-19T08:00:00Z");
}
