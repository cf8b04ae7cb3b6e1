#pragma once
// Text from feeds is written by strangers: before it reaches a terminal every
// control character and escape sequence goes.

#include <string>
#include <string_view>

namespace parley {

// Removes C0 controls (but keeps '\n' when `keep_newlines`), DEL, C1 controls
// (U+0080–U+009F) and whole ESC/CSI/OSC/DCS sequences; invalid UTF-8 bytes
// become U+FFFD. Tabs become spaces.
std::string terminal_safe(std::string_view text, bool keep_newlines = false);

// Wraps `text` to `width` columns (counting code points), continuation lines
// indented by `indent` spaces.
std::string wrap(std::string_view text, std::size_t width, std::size_t indent);

// Columns of the terminal on stdout, or 0 when it is not one.
std::size_t terminal_width();

} // namespace parley
