#pragma once
// Wire-style news text for benchmarks, generated from templates: dates in
// their usual forms among sentences without any.

#include <cstddef>
#include <string>

namespace parley::bench {

// About `bytes` of text, the same for the same seed.
std::string news_corpus(std::size_t bytes, unsigned seed = 7);

} // namespace parley::bench
