#include "fixture.h"
#include "ingest/feed/document_encoding.h"
#include "ingest/feed/parse.h"

#include <catch2/catch.hpp>

using namespace parley;
using parley::test::feed_fixture;

namespace {

const std::string latin_title = "Z\u00fcrich caf\u00e9 hosts tariff talks";
const std::string smart_title = "Minister: \u201cno deal\u201d before July \u2014 for now";
const std::string jp_title = "\u6771\u4eac\u3067\u7b2c3\u56de\u95a3\u50da\u5354\u8b70";
const std::string jp_body =
    "\u8d64\u6ca2\u5927\u81e3\u306f\u91d1\u66dc\u65e5\u306b\u30ef\u30b7\u30f3\u30c8\u30f3\u3092"
    "\u8a2a\u554f\u3059\u308b\u3002";

FeedDocument parse_fixture(const std::string& name, const std::string& content_type = "") {
    return parse_feed(feed_fixture(name), {"", content_type});
}

} // namespace

TEST_CASE("ISO-8859-1 declared in the XML declaration is converted to UTF-8") {
    const auto doc = parse_fixture("encoding-iso-8859-1.xml");
    CHECK(doc.warnings.empty());
    CHECK(doc.articles.at(0).title == latin_title);
    CHECK(doc.articles.at(0).text ==
          "N\u00e9gociateurs from both sides met in Z\u00fcrich; the fee is 5 \u00a4 per tonne.");
}

TEST_CASE("windows-1252 mislabelled as ISO-8859-1 keeps its curly quotes and dashes") {
    const auto doc = parse_fixture("encoding-windows-1252-labelled-iso-8859-1.xml");
    CHECK(doc.warnings.empty());
    CHECK(doc.articles.at(0).title == smart_title);
    CHECK(doc.articles.at(0).text ==
          "The minister\u2019s office said talks would resume\u2026 eventually.");
}

TEST_CASE("windows-1252 declared as such is converted") {
    CHECK(parse_fixture("encoding-windows-1252.xml").articles.at(0).title == smart_title);
}

TEST_CASE("UTF-8 with a byte order mark is read and the mark dropped") {
    const auto doc = parse_fixture("encoding-utf-8-bom.xml");
    CHECK(doc.warnings.empty());
    CHECK(doc.articles.at(0).title == jp_title);
    CHECK(doc.articles.at(0).text == jp_body);
}

TEST_CASE("UTF-16 in both byte orders with and without a byte order mark is read") {
    for (const char* name : {"encoding-utf-16le-bom.xml", "encoding-utf-16be-bom.xml",
                             "encoding-utf-16le-no-bom.xml", "encoding-utf-16be-no-bom.xml"}) {
        INFO(name);
        const auto doc = parse_fixture(name);
        CHECK(doc.warnings.empty());
        REQUIRE(doc.articles.size() == 1);
        CHECK(doc.articles[0].title == jp_title);
        CHECK(doc.articles[0].text == jp_body);
    }
}

TEST_CASE("Shift_JIS declared in the XML declaration is converted") {
    const auto doc = parse_fixture("encoding-shift-jis.xml");
    CHECK(doc.warnings.empty());
    CHECK(doc.articles.at(0).title == jp_title);
}

TEST_CASE("the HTTP charset overrides the XML declaration") {
    // Declared ISO-8859-1 in the document, but the server says UTF-8 and the
    // bytes are Latin-1: the server's word is taken, so invalid bytes show.
    const auto served_latin = parse_fixture("encoding-iso-8859-1-undeclared.xml",
                                            "application/rss+xml; charset=ISO-8859-1");
    CHECK(served_latin.warnings.empty());
    CHECK(served_latin.articles.at(0).title == latin_title);

    const auto doc = decode_document("<?xml version=\"1.0\" encoding=\"utf-8\"?><r>\xE9</r>",
                                     "text/xml; charset=iso-8859-1");
    CHECK(doc.charset == "windows-1252");
    CHECK(doc.text.find("\u00e9") != std::string::npos);
}

TEST_CASE("a byte order mark overrides the HTTP charset") {
    const auto doc = parse_fixture("encoding-utf-16le-bom.xml", "text/xml; charset=iso-8859-1");
    CHECK(doc.articles.at(0).title == jp_title);
}

TEST_CASE("Latin-1 bytes with no label at all are read as windows-1252, with a warning") {
    const auto doc = parse_fixture("encoding-iso-8859-1-undeclared.xml");
    CHECK(doc.articles.at(0).title == latin_title);
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0] == "not valid UTF-8; read as windows-1252");
}

TEST_CASE("UTF-8 labelled ISO-8859-1 is read as UTF-8, with a warning") {
    const auto doc = parse_fixture("encoding-utf-8-labelled-iso-8859-1.xml");
    CHECK(doc.articles.at(0).title == latin_title);
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0] ==
          "labelled iso-8859-1 (XML declaration) but written in UTF-8; read as UTF-8");
}

TEST_CASE("stray invalid bytes in UTF-8 become U+FFFD, with a warning") {
    const auto doc = parse_fixture("encoding-utf-8-invalid-bytes.xml");
    CHECK(doc.articles.at(0).text == "Valid \u00e9 here, a stray \uFFFD byte there.");
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0] == "bytes that are not UTF-8 replaced by U+FFFD");
}

TEST_CASE("an unknown charset label is reported and the bytes read as UTF-8") {
    const auto doc = parse_feed("<?xml version=\"1.0\" encoding=\"x-klingon\"?><rss><channel>"
                                "<title>caf\xC3\xA9</title></channel></rss>",
                                {});
    CHECK(doc.title == "caf\u00e9");
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0] == "unknown charset 'x-klingon' (XML declaration); read as UTF-8");
}
