#include "cli/html.h"

#include "cli/terminal.h"

#include <algorithm>
#include <cctype>

namespace parley {

std::string html_escape(std::string_view text) {
    // terminal_safe already drops every control character and repairs UTF-8.
    std::string clean = terminal_safe(text, true);
    std::string out;
    out.reserve(clean.size() + clean.size() / 8);
    for (char c : clean) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string safe_href(std::string_view url) {
    std::string lower(url.substr(0, 8));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower.rfind("http://", 0) != 0 && lower.rfind("https://", 0) != 0) return {};
    for (unsigned char c : url)
        if (c <= 0x20 || c == 0x7f) return {};
    return html_escape(url);
}

} // namespace parley
