#include "support.h"

#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::extract;

namespace {

std::vector<std::string> sentences(std::string_view text) {
    auto doc = analyse(text, {}, test::our_rules());
    std::vector<std::string> out;
    for (const auto& s : doc.sentences)
        out.emplace_back(text.substr(s.begin, s.end - s.begin));
    return out;
}

} // namespace

TEST_CASE("titles, month abbreviations and initials do not end sentences") {
    CHECK(
        sentences("Mr. Ishiba met Donald J. Trump on Jan. 20. Talks went well.") ==
        std::vector<std::string>{"Mr. Ishiba met Donald J. Trump on Jan. 20.", "Talks went well."});
}

TEST_CASE("U.S. ends a sentence only before a word that opens one") {
    CHECK(sentences("Exports go to the U.S. The talks resume. It sells to the U.S. Trade "
                    "Representative's office.") ==
          std::vector<std::string>{"Exports go to the U.S.", "The talks resume.",
                                   "It sells to the U.S. Trade Representative's office."});
}

TEST_CASE("No. before a number and Inc. inside a sentence do not split it") {
    CHECK(sentences("Toyota Motor Corp. is the No. 2 carmaker. Sales fell.") ==
          std::vector<std::string>{"Toyota Motor Corp. is the No. 2 carmaker.", "Sales fell."});
}

TEST_CASE("closing quotes and parentheses stay with their sentence") {
    CHECK(sentences("He said, \"We will not concede.\" The yen rose (slightly.) Stocks fell.") ==
          std::vector<std::string>{"He said, \"We will not concede.\"", "The yen rose (slightly.)",
                                   "Stocks fell."});
}

TEST_CASE("a question mark before a lower-case word does not end the sentence") {
    CHECK(sentences("\"Why now?\" he asked. Nobody knew.") ==
          std::vector<std::string>{"\"Why now?\" he asked.", "Nobody knew."});
}

TEST_CASE("datelines are not part of the first sentence") {
    CHECK(sentences("WASHINGTON \xe2\x80\x94 Talks resumed on Monday.") ==
          std::vector<std::string>{"Talks resumed on Monday."});
    CHECK(sentences("TOKYO (Kyodo) -- Japan's negotiator left.") ==
          std::vector<std::string>{"Japan's negotiator left."});
    CHECK(sentences("NEW DELHI, May 20 (Wire) - India said it would respond.") ==
          std::vector<std::string>{"India said it would respond."});
}

TEST_CASE("paragraphs and headline lines end sentences") {
    CHECK(sentences("Japan, U.S. to hold talks\nTokyo and Washington will meet.\n\nNo date "
                    "was set") == std::vector<std::string>{"Japan, U.S. to hold talks",
                                                           "Tokyo and Washington will meet.",
                                                           "No date was set"});
}

TEST_CASE("a line break inside a sentence does not split it") {
    CHECK(sentences("The talks will be held on\nFriday in Washington.") ==
          std::vector<std::string>{"The talks will be held on\nFriday in Washington."});
}
