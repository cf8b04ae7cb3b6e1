#include "cli/markdown.h"

#include "cli/terminal.h"

#include <cstring>

namespace parley {

std::string markdown_text(std::string_view text) {
    std::string safe = terminal_safe(text);
    std::string out;
    out.reserve(safe.size() + 8);
    for (char c : safe) {
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
        default:
            if (std::strchr("\\`*_{}[]()#!|~", c) && c != '\0') out += '\\';
            out += c;
        }
    }
    return out;
}

std::string markdown_url(std::string_view url) {
    bool plain = (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0);
    for (unsigned char c : url)
        if (c <= ' ' || c >= 0x7f || c == '<' || c == '>' || c == '"' || c == '\\' || c == '`')
            plain = false;
    if (plain) return "<" + std::string(url) + ">";
    return markdown_text(url);
}

} // namespace parley
