#include "fixture.h"
#include "ingest/feed/opml.h"
#include "ingest/feed/parse.h"

#include <catch2/catch.hpp>

using namespace parley;
using parley::test::feed_fixture;

namespace {

const date::sys_seconds may_20 = date::sys_days{date::year{2025} / 5 / 20};

} // namespace

TEST_CASE("OPML 1.0 outlines nested in folders are all read, whatever the case of xmlUrl") {
    const auto opml = read_opml(feed_fixture("opml1-reader-export.opml"));
    CHECK(opml.title == "Desk subscriptions");
    CHECK(opml.warnings.empty());
    REQUIRE(opml.feeds.size() == 4);
    CHECK(opml.feeds[0].url == "https://harbourwire.example/trade/feed.xml");
    CHECK(opml.feeds[0].name == "Harbour Wire \u2013 Trade");
    CHECK(opml.feeds[1].url == "https://tokyodesk.example/en.rss");
    CHECK(opml.feeds[1].name == "Tokyo Desk (English)"); // title before text
    CHECK(opml.feeds[1].html_url == "https://tokyodesk.example/");
    CHECK(opml.feeds[2].name == "Customs Board Notices");
    CHECK(opml.feeds[3].name == "Caf\u00e9 Politique");
}

TEST_CASE("OPML 2.0 attributes are decoded") {
    const auto opml = read_opml(feed_fixture("opml2-subscriptions.opml"));
    REQUIRE(opml.feeds.size() == 6);
    CHECK(opml.feeds[2].url == "https://search.example/rss/search?q=tariff+talks&hl=en");
}

TEST_CASE("a document that is not OPML is refused") {
    CHECK_THROWS_AS(read_opml(feed_fixture("rss20-harbour-wire.xml")), FeedParseError);
    CHECK_THROWS_AS(read_opml("not xml at all"), FeedParseError);
    CHECK_THROWS_AS(read_opml(""), FeedParseError);
}

TEST_CASE("written OPML is valid OPML 2.0 with escaped text") {
    const std::string out = write_opml(
        {{"https://a.example/feed?x=1&y=2", "Talks & \"tariffs\" <live>", "", "", "Asia/Tokyo"}},
        "parley feeds", may_20);
    CHECK(out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"", 0) == 0);
    CHECK(out.find("<dateCreated>Tue, 20 May 2025 00:00:00 GMT</dateCreated>") !=
          std::string::npos);
    CHECK(out.find("xmlUrl=\"https://a.example/feed?x=1&amp;y=2\"") != std::string::npos);
    CHECK(out.find("text=\"Talks &amp; &quot;tariffs&quot; &lt;live>\"") != std::string::npos);
    CHECK(out.find("parley:tz=\"Asia/Tokyo\"") != std::string::npos);
}

TEST_CASE("OPML written by parley reads back as the same feeds") {
    const std::vector<OpmlFeed> feeds = {
        {"https://harbourwire.example/trade/feed.xml", "Harbour", "Harbour Wire",
         "https://h.example/", "Asia/Tokyo"},
        {"https://tariffdesk.example/feed.atom", "", "Tariff Desk", "", ""},
        {"file:///srv/feeds/archive.xml", "Archive \u00e9t\u00e9", "", "", "Europe/Paris"},
        {"https://never-fetched.example/rss", "", "", "", ""},
    };
    const auto back = read_opml(write_opml(feeds, "mine", may_20));
    CHECK(back.warnings.empty());
    REQUIRE(back.feeds.size() == feeds.size());
    for (std::size_t i = 0; i < feeds.size(); ++i) {
        INFO(feeds[i].url);
        CHECK(back.feeds[i].url == feeds[i].url);
        CHECK(back.feeds[i].name == feeds[i].name);
        CHECK(back.feeds[i].tz == feeds[i].tz);
        CHECK(back.feeds[i].html_url == feeds[i].html_url);
    }
}

TEST_CASE("OPML nested 100000 folders deep is read without recursion") {
    std::string opml = "<opml version=\"2.0\"><body>";
    for (int i = 0; i < 100000; ++i)
        opml += "<outline text=\"f\">";
    opml += "<outline text=\"deep\" xmlUrl=\"https://deep.example/rss\"/>";
    for (int i = 0; i < 100000; ++i)
        opml += "</outline>";
    opml += "</body></opml>";
    const auto read = read_opml(opml);
    REQUIRE(read.feeds.size() == 1);
    CHECK(read.feeds[0].url == "https://deep.example/rss");
}
