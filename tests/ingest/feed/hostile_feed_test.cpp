// Feed text is hostile: these must end, quickly, with a result or a
// FeedParseError, never a crash (the ASan build runs them too).

#include "ingest/feed/parse.h"

#include <catch2/catch.hpp>
#include <string>

using namespace parley;

namespace {

// Parses and reports whether it ended in a document (true) or an error.
bool survives(const std::string& bytes) {
    try {
        parse_feed(bytes, {"https://hostile.example/feed", ""});
        return true;
    } catch (const FeedParseError&) {
        return false;
    }
}

} // namespace

TEST_CASE("100000-deep nesting inside an item is read without recursion") {
    std::string deep = "<rss><channel><item><title>deep</title><description>";
    for (int i = 0; i < 100000; ++i)
        deep += "<div>";
    deep += "bottom";
    for (int i = 0; i < 100000; ++i)
        deep += "</div>";
    deep += "</description></item></channel></rss>";
    const auto doc = parse_feed(deep, {});
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].text == "bottom");
}

TEST_CASE("100000 unclosed elements end as a truncated document") {
    std::string deep = "<rss><channel><title>open</title>";
    for (int i = 0; i < 100000; ++i)
        deep += "<x xmlns:p=\"urn:p\" xml:base=\"a/\">";
    CHECK(survives(deep));
}

TEST_CASE("100000-deep nested XHTML content is serialised without recursion") {
    std::string deep = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>t</title>"
                       "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">";
    for (int i = 0; i < 100000; ++i)
        deep += "<span>";
    deep += "core";
    for (int i = 0; i < 100000; ++i)
        deep += "</span>";
    deep += "</div></content></entry></feed>";
    const auto doc = parse_feed(deep, {});
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].text == "core");
}

TEST_CASE("a 20 MB single-line description is read") {
    std::string big = "<rss><channel><item><title>big</title><description>";
    big += std::string(20u << 20, 'w');
    big += "</description></item></channel></rss>";
    const auto doc = parse_feed(big, {});
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].text.size() == 20u << 20);
}

TEST_CASE("many repairable faults stay within a bounded number of reparses") {
    std::string doc = "<rss><channel>";
    for (int i = 0; i < 5000; ++i)
        doc += "<item><title>a < b</title><description>x<br>y</description></item>";
    doc += "</channel></rss>";
    CHECK(survives(doc));
}

TEST_CASE("binary noise is an error or a document, never a crash") {
    std::string noise;
    unsigned state = 12345;
    for (int i = 0; i < 200000; ++i) {
        state = state * 1103515245u + 12345u;
        noise += static_cast<char>(state >> 16);
    }
    survives(noise);
    survives("<rss>" + noise);
    survives("\xFF\xFE" + noise);
    survives("{" + noise);
    SUCCEED();
}

TEST_CASE("terminal escapes in titles do not survive into articles") {
    const auto doc = parse_feed("<rss><channel><item><title>Alert\x1b]0;owned\x07 title</title>"
                                "</item></channel></rss>",
                                {});
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].title == "Alert]0;owned title");
}

TEST_CASE("a JSON feed nested 100000 arrays deep is an error, not a stack overflow") {
    std::string deep = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[";
    deep += std::string(100000, '[');
    CHECK_FALSE(survives(deep));
}

TEST_CASE("a feed of 100000 unreadable dates lists a few warnings and counts the rest") {
    std::string doc = "<rss><channel>";
    for (int i = 0; i < 100000; ++i)
        doc += "<item><title>t" + std::to_string(i) + "</title><pubDate>day " + std::to_string(i) +
               "</pubDate></item>";
    doc += "</channel></rss>";
    const auto parsed = parse_feed(doc, {});
    CHECK(parsed.articles.size() == 100000);
    REQUIRE(parsed.warnings.size() == 20);
    CHECK(parsed.warnings.back() == "and 99981 more warnings");
}
