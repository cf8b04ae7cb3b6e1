#include "cli/text_wrap.h"

#include <cstdint>
#include <vector>

namespace parley {

namespace {

// Decodes one UTF-8 character at s[i]; returns its length (1 for a stray byte).
std::size_t decode(std::string_view s, std::size_t i, std::uint32_t& cp) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80             ? 1
                    : (b & 0xE0) == 0xC0 ? 2
                    : (b & 0xF0) == 0xE0 ? 3
                    : (b & 0xF8) == 0xF0 ? 4
                                         : 1;
    if (i + n > s.size()) n = 1;
    cp = n == 1 ? b : b & (0xFF >> (n + 1));
    for (std::size_t k = 1; k < n; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return n;
}

std::size_t columns_of(std::uint32_t cp) {
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
        (cp >= 0xFE00 && cp <= 0xFE0F))
        return 0; // combining marks, zero-width spaces, variation selectors
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
        (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
        (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

} // namespace

std::size_t display_width(std::string_view text) {
    std::size_t w = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::uint32_t cp = 0;
        i += decode(text, i, cp);
        w += columns_of(cp);
    }
    return w;
}

std::string wrap_to(std::string_view text, std::size_t width, std::size_t column,
                    std::size_t indent) {
    if (width == 0 || width <= indent + 10) return std::string(text);
    std::string out;
    std::size_t at = column;
    bool line_empty = true;
    auto new_line = [&] {
        out += '\n';
        out.append(indent, ' ');
        at = indent;
        line_empty = true;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ')
            ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ')
            ++j;
        if (i == j) break;
        std::string_view word = text.substr(i, j - i);
        std::size_t w = display_width(word);
        if (!line_empty && at + 1 + w > width) new_line();
        if (!line_empty) {
            out += ' ';
            ++at;
        }
        if (at + w <= width) {
            out.append(word);
            at += w;
        } else {
            // Too wide for any line: break it between characters.
            for (std::size_t k = 0; k < word.size();) {
                std::uint32_t cp = 0;
                std::size_t n = decode(word, k, cp);
                std::size_t cw = columns_of(cp);
                if (at + cw > width && at > indent) new_line();
                out.append(word.substr(k, n));
                at += cw;
                k += n;
            }
        }
        line_empty = false;
        i = j;
    }
    return out;
}

} // namespace parley
