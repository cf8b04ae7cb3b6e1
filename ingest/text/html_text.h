#pragma once
// HTML as plain text: what a reader of the rendered page would read.

#include <string>
#include <string_view>

namespace parley {

// Plain UTF-8 from an HTML fragment or document: tags stripped, block elements
// and <br> as line breaks, script/style/template content dropped, comments
// dropped, every character reference decoded, whitespace normalised (kept in
// <pre>). Any byte string is accepted, in one pass: unclosed tags, invalid
// UTF-8, NUL bytes and arbitrary nesting included.
std::string html_to_text(std::string_view html);

// The same, on one line: for titles.
std::string html_to_line(std::string_view html);

} // namespace parley
