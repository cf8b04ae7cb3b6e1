#pragma once
// A generated corpus of trade-news feeds: deterministic, so that two stores
// pulled from it can be compared byte for byte. Feeds alternate RSS 2.0 and
// Atom 1.0; items are short wire stories about tariffs and talks.

#include <string>

namespace parley::test {

// Feed number `feed` with `items` items, each about `paragraphs` paragraphs.
std::string corpus_feed(int feed, int items, int paragraphs = 4);

// The title of item `item` of feed `feed`, as corpus_feed writes it.
std::string corpus_title(int feed, int item);

} // namespace parley::test
