#pragma once
// Feed text in HTML pages: escaped everywhere, links only to the web.

#include <string>
#include <string_view>

namespace parley {

// Escapes & < > " ' and drops control characters and invalid UTF-8, so the
// result is safe both as element text and inside a quoted attribute.
std::string html_escape(std::string_view text);

// An http(s) URL escaped for an href attribute, or empty when the URL is
// anything else (javascript:, data:, relative…), so no link is made.
std::string safe_href(std::string_view url);

} // namespace parley
