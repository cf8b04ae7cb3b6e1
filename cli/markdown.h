#pragma once
// Markdown output of feed text: nothing a stranger wrote may become markup.
// Markdown punctuation is backslash-escaped, HTML's & < > become entities,
// control characters go and line breaks become spaces.

#include <string>
#include <string_view>

namespace parley {

std::string markdown_text(std::string_view text);

// An http(s) URL as an autolink <…> when it is a plain one; otherwise its
// escaped text.
std::string markdown_url(std::string_view url);

} // namespace parley
