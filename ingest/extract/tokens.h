#pragma once
// Splits text into word, number and punctuation tokens with byte offsets.
// Keeps "U.S." and "7th" whole, splits "Japan's" into "Japan" "'s" and
// "25-percent" into "25" "-" "percent"; malformed UTF-8 never stops it.

#include "ingest/extract/document.h"

#include <string_view>
#include <vector>

namespace parley::extract {

std::vector<Token> tokenize(std::string_view text);
// The same into `out`, which is cleared and refilled: a caller that keeps it
// from text to text keeps its room.
void tokenize(std::string_view text, std::vector<Token>& out);

// An ASCII-lower-cased copy of `text` (byte offsets are unchanged).
std::string lower_ascii(std::string_view text);

} // namespace parley::extract
