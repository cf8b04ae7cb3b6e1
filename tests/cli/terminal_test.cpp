#include "cli/terminal.h"

#include <catch2/catch.hpp>

using namespace parley;

TEST_CASE("ANSI colour and cursor sequences never reach the terminal") {
    CHECK(terminal_safe("\x1b[31mred\x1b[0m text\x1b[2J") == "red text");
}

TEST_CASE("OSC 8 hyperlinks and window titles are removed whole") {
    CHECK(terminal_safe("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ here") ==
          "click here");
    CHECK(terminal_safe("\x1b]0;owned\x07title") == "title");
}

TEST_CASE("backspaces, carriage returns, NULs and bells are dropped or blanked") {
    CHECK(terminal_safe(std::string("safe\b\b\b\bevil", 12)) == "safeevil");
    CHECK(terminal_safe(std::string("a\0b\x07"
                                    "c",
                                    5)) == "abc");
    CHECK(terminal_safe("line\rover") == "line over");
}

TEST_CASE("C1 controls encoded in UTF-8 are dropped") {
    CHECK(terminal_safe("a\xC2\x9B"
                        "31mb") == "ab");
    CHECK(terminal_safe("x\xC2\x85y") == "xy");
}

TEST_CASE("invalid UTF-8 becomes the replacement character") {
    CHECK(terminal_safe("caf\xE9!") == "caf\xEF\xBF\xBD!");
}

TEST_CASE("ordinary UTF-8 text passes untouched") {
    CHECK(terminal_safe("Tōkyō — 東京 “quotes”") == "Tōkyō — 東京 “quotes”");
}

TEST_CASE("newlines are kept only when asked") {
    CHECK(terminal_safe("a\nb") == "a b");
    CHECK(terminal_safe("a\nb", true) == "a\nb");
}

TEST_CASE("long text wraps at word boundaries with an indent") {
    CHECK(wrap("one two three four five six", 14, 2) == "one two three\n  four five\n  six");
}
