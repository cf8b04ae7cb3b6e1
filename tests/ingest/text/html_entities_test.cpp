#include "ingest/text/html_entities.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace parley;

TEST_CASE("the named entity table is the full HTML5 list, sorted") {
    const auto table = named_entities();
    CHECK(table.size() == 2231);
    CHECK(
        std::is_sorted(table.begin(), table.end(),
                       [](const NamedEntity& a, const NamedEntity& b) { return a.name < b.name; }));
    const auto legacy = std::count_if(table.begin(), table.end(),
                                      [](const NamedEntity& e) { return e.name.back() != ';'; });
    CHECK(legacy == 106);
}

TEST_CASE("HTML5 named entities decode, rare and multi-character ones included") {
    CHECK(decode_entities("&nbsp;") == "\u00a0");
    CHECK(decode_entities("&rsquo;&hellip;&euro;") == "\u2019\u2026\u20ac");
    CHECK(decode_entities("&NotEqualTilde;") == "\u2242\u0338");
    CHECK(decode_entities("&fjlig;") == "fj");
    CHECK(decode_entities("&CounterClockwiseContourIntegral;") == "\u2233");
    CHECK(decode_entities("&lang;&rang;") == "\u27e8\u27e9");
}

TEST_CASE("legacy entities decode without a semicolon in text but not before '=' in attributes") {
    CHECK(decode_entities("&copy 2025") == "\u00a9 2025");
    CHECK(decode_entities("&copy2025") == "\u00a92025");
    CHECK(decode_entities("?a=1&copy=2", EntityContext::attribute) == "?a=1&copy=2");
    CHECK(decode_entities("&notit;") == "\u00acit;");
}

TEST_CASE("numeric references decode, with windows-1252 for 128 to 159") {
    CHECK(decode_entities("&#65;&#x42;&#X43;") == "ABC");
    CHECK(decode_entities("don&#146;t") == "don\u2019t");
    CHECK(decode_entities("&#128;&#150;&#151;") == "\u20ac\u2013\u2014");
    CHECK(decode_entities("&#129;") == "\u0081");
    CHECK(decode_entities("&#65") == "A");
}

TEST_CASE("out-of-range numeric references become U+FFFD") {
    CHECK(decode_entities("&#0;") == "\uFFFD");
    CHECK(decode_entities("&#xD800;") == "\uFFFD");
    CHECK(decode_entities("&#x110000;") == "\uFFFD");
    CHECK(decode_entities("&#99999999999999999999999;") == "\uFFFD");
}

TEST_CASE("what is no reference stays as written") {
    CHECK(decode_entities("AT&T") == "AT&T");
    CHECK(decode_entities("a & b") == "a & b");
    CHECK(decode_entities("&doesnotexist;") == "&doesnotexist;");
    CHECK(decode_entities("&#;&#x;") == "&#;&#x;");
    CHECK(decode_entities("&") == "&");
}

TEST_CASE("the decoder reports what strict XML would refuse") {
    EntityReport r;
    std::string out;
    append_decoded_entities(out, "&amp;&lt;&#160;", EntityContext::attribute, &r);
    CHECK_FALSE(r.undefined_entity);
    CHECK_FALSE(r.bare_ampersand);
    append_decoded_entities(out, "&nbsp;", EntityContext::attribute, &r);
    CHECK(r.undefined_entity);
    EntityReport bare;
    append_decoded_entities(out, "AT&T", EntityContext::attribute, &bare);
    CHECK(bare.bare_ampersand);
}
