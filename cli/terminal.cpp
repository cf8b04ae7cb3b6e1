#include "cli/terminal.h"

#include <cstdint>
#include <sys/ioctl.h>
#include <unistd.h>

namespace parley {

namespace {

// Length of a valid UTF-8 sequence starting at s[i], or 0 when invalid.
std::size_t utf8_length(std::string_view s, std::size_t i, std::uint32_t& cp) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t n;
    if (b < 0x80) {
        cp = b;
        return 1;
    } else if ((b & 0xE0) == 0xC0) {
        n = 2;
        cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        n = 3;
        cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
        n = 4;
        cp = b & 0x07;
    } else {
        return 0;
    }
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

// Skips an escape sequence starting with ESC at s[i]; returns the index after it.
std::size_t skip_escape(std::string_view s, std::size_t i) {
    ++i; // ESC
    if (i >= s.size()) return i;
    char c = s[i];
    if (c == '[') { // CSI: parameters, then one final byte 0x40–0x7E
        ++i;
        while (i < s.size() && !(s[i] >= 0x40 && s[i] <= 0x7E))
            ++i;
        return i < s.size() ? i + 1 : i;
    }
    if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') { // OSC, DCS, SOS, PM, APC
        ++i;
        while (i < s.size()) {
            if (s[i] == '\a') return i + 1;
            if (s[i] == '\x1b' && i + 1 < s.size() && s[i + 1] == '\\') return i + 2;
            ++i;
        }
        return i;
    }
    return i + 1; // two-byte sequence
}

} // namespace

std::string terminal_safe(std::string_view s, bool keep_newlines) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto b = static_cast<unsigned char>(s[i]);
        if (b == 0x1b) {
            i = skip_escape(s, i);
            continue;
        }
        if (b < 0x20 || b == 0x7f) {
            if (b == '\n' && keep_newlines)
                out += '\n';
            else if (b == '\t' || b == '\n' || b == '\r')
                out += ' ';
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        std::size_t n = utf8_length(s, i, cp);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        if (cp == 0x9b || cp == 0x9d) { // C1 CSI / OSC introducers: drop the sequence
            std::size_t j = i + n;
            while (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x20 &&
                   static_cast<unsigned char>(s[j]) != 0x07 &&
                   !(s[j] >= 0x40 && s[j] <= 0x7E && cp == 0x9b))
                ++j;
            i = j < s.size() ? j + 1 : j;
            continue;
        }
        if (cp >= 0x80 && cp <= 0x9f) {
            i += n;
            continue;
        }
        // Bidirectional overrides can make text read differently from what it is.
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
            i += n;
            continue;
        }
        out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

std::string wrap(std::string_view text, std::size_t width, std::size_t indent) {
    if (width <= indent + 10) return std::string(text);
    std::string out;
    std::size_t column = 0;
    std::size_t i = 0;
    bool first_word = true;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ')
            ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ')
            ++j;
        if (i == j) break;
        std::string_view word = text.substr(i, j - i);
        std::size_t cols = 0;
        for (unsigned char c : word)
            if ((c & 0xC0) != 0x80) ++cols;
        if (!first_word && column + 1 + cols > width) {
            out += '\n';
            out.append(indent, ' ');
            column = indent;
        } else if (!first_word) {
            out += ' ';
            ++column;
        }
        out.append(word);
        column += cols;
        first_word = false;
        i = j;
    }
    return out;
}

std::size_t terminal_width() {
    winsize ws{};
    if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
        ws.ws_col > 0)
        return ws.ws_col;
    return 0;
}

} // namespace parley
