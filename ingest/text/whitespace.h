#pragma once
// Whitespace and control characters in text read from feeds.

#include <string>
#include <string_view>

namespace parley {

// One line: every run of whitespace (Unicode spaces and line breaks included)
// becomes one space, ends trimmed, control characters dropped, ill-formed
// UTF-8 replaced by U+FFFD. For titles, names, single values.
std::string collapse_whitespace(std::string_view text);

// Paragraphs: line breaks survive (at most one blank line in a row), spaces
// within a line collapse, lines are trimmed, control characters dropped,
// ill-formed UTF-8 replaced by U+FFFD. For article bodies.
std::string normalise_paragraphs(std::string_view text);

} // namespace parley
