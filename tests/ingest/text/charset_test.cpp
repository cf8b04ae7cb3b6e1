#include "ingest/text/charset.h"

#include <catch2/catch.hpp>

using namespace parley;

TEST_CASE("the charset of a Content-Type is found whatever its case and quoting") {
    CHECK(charset_of_content_type("text/xml; charset=ISO-8859-1") == "iso-8859-1");
    CHECK(charset_of_content_type("application/rss+xml;charset=\"utf-8\"") == "utf-8");
    CHECK(charset_of_content_type("text/xml; q=1; Charset = windows-1252 ") == "windows-1252");
    CHECK(charset_of_content_type("text/xml") == "");
    CHECK(charset_of_content_type("") == "");
}

TEST_CASE("charset aliases fold to one name") {
    CHECK(canonical_charset("Latin1") == "iso-8859-1");
    CHECK(canonical_charset("UTF8") == "utf-8");
    CHECK(canonical_charset("cp1252") == "windows-1252");
    CHECK(canonical_charset(" Shift_JIS ") == "shift_jis");
}

TEST_CASE("ISO-8859-1 is read as windows-1252, as browsers do") {
    const auto out = convert_to_utf8("caf\xE9 \x93quoted\x94 \x80", "ISO-8859-1");
    REQUIRE(out);
    CHECK(out->text == "caf\u00e9 \u201cquoted\u201d \u20ac");
    CHECK(out->replaced == 0);
}

TEST_CASE("UTF-16 in either byte order converts to UTF-8") {
    const std::string le("T\0o\0k\0y\0o\0", 10);
    const std::string be("\0T\0o\0k\0y\0o", 10);
    CHECK(convert_to_utf8(le, "utf-16le")->text == "Tokyo");
    CHECK(convert_to_utf8(be, "utf-16be")->text == "Tokyo");
    const std::string kanji("\x71\x67\xAC\x4E", 4); // 東京 in UTF-16LE
    CHECK(convert_to_utf8(kanji, "utf-16le")->text == "\u6771\u4eac");
}

TEST_CASE("bytes not valid in the charset become U+FFFD and conversion goes on") {
    const auto out = convert_to_utf8("ok \x81 ok", "windows-1252");
    REQUIRE(out);
    CHECK(out->text == "ok \uFFFD ok");
    CHECK(out->replaced == 1);
    const auto sjis = convert_to_utf8("\x93\x8C\x8B\x9E \xFF end", "shift_jis");
    REQUIRE(sjis);
    CHECK(sjis->text == "\u6771\u4eac \uFFFD end");
}

TEST_CASE("an unknown charset is reported, not guessed") {
    CHECK_FALSE(convert_to_utf8("abc", "x-no-such-charset"));
}
