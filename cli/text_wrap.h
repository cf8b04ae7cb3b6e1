#pragma once
// Wrapping text to a terminal's width, counting what a terminal shows: East
// Asian wide characters take two columns, combining marks none, and a word
// wider than a line (a run of Japanese, a long URL) is broken between
// characters, never inside one.

#include <cstddef>
#include <string>
#include <string_view>

namespace parley {

// Columns `text` (terminal-safe UTF-8) takes on a terminal.
std::size_t display_width(std::string_view text);

// Wraps `text`, whose first line starts at column `column` of a terminal
// `width` columns wide; continuation lines start with `indent` spaces. A
// width of 0 (not a terminal) leaves the text as it is.
std::string wrap_to(std::string_view text, std::size_t width, std::size_t column,
                    std::size_t indent);

} // namespace parley
