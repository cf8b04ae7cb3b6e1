#include "ingest/extract/tokens.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace parley::extract;

namespace {

std::vector<std::string> texts(std::string_view s) {
    std::vector<std::string> out;
    for (const auto& t : tokenize(s))
        out.emplace_back(s.substr(t.begin, t.end - t.begin));
    return out;
}

} // namespace

TEST_CASE("initialisms such as U.S. stay one token with their periods") {
    CHECK(texts("the U.S. market and the U.K.") ==
          std::vector<std::string>{"the", "U.S.", "market", "and", "the", "U.K."});
}

TEST_CASE("a possessive splits from its noun, and n't from its verb") {
    CHECK(texts("Japan's top negotiator didn't") ==
          std::vector<std::string>{"Japan", "'s", "top", "negotiator", "did", "n't"});
    CHECK(texts("Japan\xe2\x80\x99s") == std::vector<std::string>{"Japan", "\xe2\x80\x99s"});
}

TEST_CASE("a possessive written alone, as data files write it, is the same token") {
    CHECK(texts("'s") == std::vector<std::string>{"'s"});
    CHECK(texts("'s deal") == std::vector<std::string>{"'s", "deal"});
}

TEST_CASE("numbers keep their separators and suffixes") {
    CHECK(texts("100,000 cars, 1.36 million, 7th, $1.5bn, 25%") ==
          std::vector<std::string>{"100,000", "cars", ",", "1.36", "million", ",", "7th", ",", "$",
                                   "1.5bn", ",", "25", "%"});
}

TEST_CASE("hyphens split compounds and dashes stay whole") {
    CHECK(texts("25-percent ministerial-level -- \xe2\x80\x94") ==
          std::vector<std::string>{"25", "-", "percent", "ministerial", "-", "level", "--",
                                   "\xe2\x80\x94"});
}

TEST_CASE("byte offsets point into the original text") {
    std::string s = "  Tokyo \xe2\x80\x94 talks";
    auto tokens = tokenize(s);
    REQUIRE(tokens.size() == 3);
    CHECK(s.substr(tokens[2].begin, tokens[2].end - tokens[2].begin) == "talks");
    CHECK(tokens[0].begin == 2);
}

TEST_CASE("line breaks are remembered: a blank line is a paragraph") {
    auto tokens = tokenize("one\ntwo\n\nthree");
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[1].gap == Gap::newline);
    CHECK(tokens[2].gap == Gap::paragraph);
}

TEST_CASE("malformed UTF-8 and control bytes never stop the tokenizer") {
    std::string s = "tariffs \xff\xfe on \xc3 steel \x01\x02 and \xe2\x80";
    auto tokens = tokenize(s);
    CHECK(tokens.size() >= 5);
    for (const auto& t : tokens) {
        CHECK(t.end > t.begin);
        CHECK(t.end <= s.size());
    }
}

TEST_CASE("case flags tell capitals from lower case") {
    auto tokens = tokenize("USTR Greer said");
    CHECK(tokens[0].all_caps);
    CHECK(tokens[1].upper_initial);
    CHECK_FALSE(tokens[1].all_caps);
    CHECK_FALSE(tokens[2].upper_initial);
}
