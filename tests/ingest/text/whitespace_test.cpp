#include "ingest/text/whitespace.h"

#include <catch2/catch.hpp>

using namespace parley;

TEST_CASE("collapse_whitespace leaves one space between words, Unicode spaces included") {
    CHECK(collapse_whitespace("  Trade\n\ttalks\u00a0resume\u2003today  ") ==
          "Trade talks resume today");
    CHECK(collapse_whitespace("line\r\nbreak\u2028here") == "line break here");
}

TEST_CASE("normalise_paragraphs keeps line breaks, at most one blank line, lines trimmed") {
    CHECK(normalise_paragraphs("  first line  \n   second line\n\n\n\nnew paragraph  ") ==
          "first line\nsecond line\n\nnew paragraph");
    CHECK(normalise_paragraphs("windows\r\nline ends\r\n\r\nparagraph") ==
          "windows\nline ends\n\nparagraph");
}

TEST_CASE("C1 controls read as the windows-1252 characters they were") {
    CHECK(collapse_whitespace("don\u0092t") == "don\u2019t");
    CHECK(collapse_whitespace("\u0093quoted\u0094") == "\u201cquoted\u201d");
    CHECK(collapse_whitespace("a\u0081b") == "ab");
}

TEST_CASE("C0 controls other than line breaks and tabs are dropped") {
    CHECK(collapse_whitespace("a\x01\x1b\x7f b") == "a b");
}

TEST_CASE("a huge single line is normalised whole") {
    const std::string line(10000000, 'a');
    CHECK(normalise_paragraphs(line).size() == line.size());
}
