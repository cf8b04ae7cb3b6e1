#include "fixture.h"
#include "ingest/feed/parse.h"

#include <catch2/catch.hpp>

using namespace parley;
using parley::test::feed_fixture;

namespace {

bool warned(const FeedDocument& doc, const std::string& text) {
    for (const auto& w : doc.warnings)
        if (w.find(text) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("HTML entities and bare ampersands are read as HTML would, with a warning") {
    const auto doc = parse_feed(feed_fixture("illformed-html-entities-bare-amp.xml"), {});
    CHECK(doc.title == "Bulletin Board \u2014 Trade");
    CHECK(doc.link == "https://bulletin.example/?section=trade&page=1");
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].title == "Steel & aluminum: duties stay at 25 percent");
    CHECK(doc.articles[0].url == "https://bulletin.example/story?id=7&ref=rss");
    CHECK(doc.articles[0].text ==
          "Duties on steel & aluminum stay in place, officials said \u2013 for now.");
    CHECK(warned(doc, "entities XML does not define"));
    CHECK(warned(doc, "unescaped '&'"));
}

TEST_CASE("a truncated document keeps every item read before the cut, with a warning") {
    const auto doc = parse_feed(feed_fixture("illformed-truncated.xml"), {});
    CHECK(doc.title == "Cut Short Wire");
    REQUIRE(doc.articles.size() == 2);
    CHECK(doc.articles[0].text == "This item arrived whole.");
    CHECK(doc.articles[1].guid == "cut-2");
    CHECK(doc.articles[1].text == "The transfer stopped in the middle of this senten");
    CHECK(warned(doc, "the document ends early"));
}

TEST_CASE("a document cut inside a tag keeps what came before the tag") {
    const auto doc = parse_feed("<rss><channel><title>T</title><item><title>One</title></item>"
                                "<item><title>Two</title><desc",
                                {});
    REQUIRE(doc.articles.size() == 2);
    CHECK(doc.articles[1].title == "Two");
    CHECK(warned(doc, "the document ends early"));
}

TEST_CASE("a document cut inside CDATA keeps the items before") {
    const auto doc = parse_feed("<rss><channel><item><title>Whole</title></item>"
                                "<item><title><![CDATA[cut",
                                {});
    REQUIRE(doc.articles.size() >= 1);
    CHECK(doc.articles[0].title == "Whole");
    CHECK_FALSE(doc.warnings.empty());
}

TEST_CASE("junk before the root element is dropped, with a warning") {
    const auto doc = parse_feed(feed_fixture("illformed-junk-before-root.xml"), {});
    CHECK(doc.title == "Junk Prefix News");
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].title == "Trade ministers to meet in Ottawa");
    CHECK(warned(doc, "text before the root element was ignored"));
}

TEST_CASE("an unescaped '<' in text is read as text, with a warning") {
    const auto doc = parse_feed(feed_fixture("illformed-unescaped-lt.xml"), {});
    CHECK(doc.title == "Margins < 5 percent");
    REQUIRE(doc.articles.size() == 2);
    CHECK(doc.articles[0].title == "Tariff on parts < 10 percent for members");
    CHECK(doc.articles[0].text == "Rates fall to < 10 percent for members, and 3 <4 for others.");
    CHECK(doc.articles[1].title == "Second item survives");
    CHECK(warned(doc, "unescaped '<' in text read as text"));
}

TEST_CASE("unclosed HTML inside an element is closed with it, a stray end tag ignored") {
    const auto doc = parse_feed(feed_fixture("illformed-unclosed-html.xml"), {});
    REQUIRE(doc.articles.size() == 2);
    CHECK(doc.articles[0].text ==
          "Talks stalled on Tuesday.\nOfficials declined to comment.\n\nA new date was not set.");
    CHECK(doc.articles[1].text == "Text before and after a stray end tag.");
    CHECK(warned(doc, "unclosed element(s) closed with their parent"));
    CHECK(warned(doc, "end tag(s) without a start tag ignored"));
}

TEST_CASE("internal DTD entities expand one level only: a billion laughs stays small") {
    const auto doc = parse_feed(feed_fixture("illformed-billion-laughs.xml"), {});
    std::string ten_lol8;
    for (int i = 0; i < 10; ++i)
        ten_lol8 += "&lol8;";
    CHECK(doc.title == "Laughs " + ten_lol8);
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].title == "Expansion attempt " + ten_lol8);
    CHECK(warned(doc, "entities XML does not define"));
}

TEST_CASE("an internal DTD entity is expanded as XML requires, without a warning") {
    const auto doc = parse_feed("<!DOCTYPE rss [\n<!ENTITY agency \"Harbour Wire\">\n"
                                "<!ENTITY % param \"ignored\">]>\n<rss><channel><title>&agency; "
                                "feed</title><item><title>t</title><guid>&agency;-1</guid></item>"
                                "</channel></rss>",
                                {});
    CHECK(doc.title == "Harbour Wire feed");
    CHECK(doc.articles.at(0).guid == "Harbour Wire-1");
    CHECK(doc.warnings.empty());
}

TEST_CASE("DTD entity expansion stops at 1 MiB, with a warning") {
    std::string doc =
        "<!DOCTYPE rss [<!ENTITY big \"" + std::string(100000, 'x') + "\">]><rss><channel><title>";
    for (int i = 0; i < 100; ++i)
        doc += "&big;";
    doc += "</title></channel></rss>";
    const auto parsed = parse_feed(doc, {});
    CHECK(parsed.title.size() < 1100000);
    CHECK(warned(parsed, "DOCTYPE entities expanded only up to 1 MiB"));
}

TEST_CASE("an unrecoverable error keeps the items before it") {
    const auto doc = parse_feed("<rss><channel><item><title>Kept</title></item>"
                                "<item><title a=\"1\" a=>Broken</title></item>"
                                "<item><title>Lost</title></item></channel></rss>",
                                {});
    REQUIRE_FALSE(doc.articles.empty());
    CHECK(doc.articles[0].title == "Kept");
    CHECK(warned(doc, "XML error at byte"));
}

TEST_CASE("NUL bytes in a feed are dropped and the feed read") {
    const std::string bytes("<rss><channel><title>Nul\0 inside</title></channel></rss>", 50);
    const auto doc = parse_feed(bytes, {});
    CHECK(doc.title == "Nul inside");
    CHECK(warned(doc, "1 NUL byte(s) dropped"));
}
