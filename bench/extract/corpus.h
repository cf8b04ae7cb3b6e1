#pragma once
// A corpus of wire-style trade articles for timing extraction: sentences of
// the kinds news agencies write (talks, tariffs, pauses, deals, deadlines,
// background), filled from small tables with a fixed seed, so every run and
// every baseline reads the same texts.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace parley::bench {

struct CorpusArticle {
    std::string text;
    std::string published;            // ISO 8601 with offset
    std::chrono::sys_seconds instant; // the same, as an instant
    std::chrono::minutes offset{0};   // the outlet's offset
};

// `count` articles of 200–400 words each.
std::vector<CorpusArticle> make_corpus(std::size_t count, std::uint32_t seed = 20250520);

} // namespace parley::bench
