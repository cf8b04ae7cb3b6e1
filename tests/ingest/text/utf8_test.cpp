#include "ingest/text/utf8.h"

#include <catch2/catch.hpp>

using namespace parley;

TEST_CASE("valid UTF-8 passes through unchanged") {
    const std::string s = "caf\u00e9 \u6771\u4eac \U0001F600";
    bool repaired = true;
    CHECK(to_valid_utf8(s, &repaired) == s);
    CHECK_FALSE(repaired);
    CHECK(is_valid_utf8(s));
}

TEST_CASE("each maximal ill-formed subpart becomes one U+FFFD") {
    CHECK(to_valid_utf8("a\xFF"
                        "b") == "a\uFFFDb");
    CHECK(to_valid_utf8("\xE6\x9D"
                        "x") == "\uFFFDx");                       // truncated 3-byte sequence
    CHECK(to_valid_utf8("\xC0\xAF") == "\uFFFD\uFFFD");           // overlong
    CHECK(to_valid_utf8("\xED\xA0\x80") == "\uFFFD\uFFFD\uFFFD"); // surrogate
    CHECK(to_valid_utf8("\xF4\x90\x80\x80") == "\uFFFD\uFFFD\uFFFD\uFFFD"); // past U+10FFFF
}

TEST_CASE("NUL bytes are dropped and reported as a repair") {
    bool repaired = false;
    CHECK(to_valid_utf8(std::string("a\0b", 3), &repaired) == "ab");
    CHECK(repaired);
}

TEST_CASE("single-byte text is told from UTF-8 by its multi-byte sequences") {
    CHECK(has_multibyte_utf8("caf\xC3\xA9"));
    CHECK_FALSE(has_multibyte_utf8("caf\xE9"));
    CHECK_FALSE(has_multibyte_utf8("plain ascii"));
}

TEST_CASE("append_utf8 writes every plane and refuses surrogates") {
    std::string s;
    append_utf8(s, U'A');
    append_utf8(s, 0xE9);
    append_utf8(s, 0x6771);
    append_utf8(s, 0x1F600);
    append_utf8(s, 0xD800);
    CHECK(s == "A\u00e9\u6771\U0001F600\uFFFD");
}
