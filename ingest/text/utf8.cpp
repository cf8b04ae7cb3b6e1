#include "ingest/text/utf8.h"

#include <cstdint>

namespace parley {

namespace {

// Length of the well-formed sequence starting at `pos`, or 0 when it is
// ill-formed; `bad` then receives the length of its maximal ill-formed subpart.
std::size_t sequence_length(std::string_view s, std::size_t pos, std::size_t& bad) {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    bad = 1;
    if (b0 < 0x80) return 1;
    std::size_t need;
    unsigned char lo = 0x80, hi = 0xBF; // range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 3;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F; // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 4;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    for (std::size_t i = 1; i < need; ++i) {
        if (pos + i >= s.size()) return 0;
        const auto b = static_cast<unsigned char>(s[pos + i]);
        const bool ok = i == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
        if (!ok) return 0;
        bad = i + 1;
    }
    return need;
}

} // namespace

void append_utf8(std::string& out, char32_t cp) {
    if (cp >= 0xD800 && (cp <= 0xDFFF || cp > 0x10FFFF)) {
        out += replacement_character;
    } else if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string to_valid_utf8(std::string_view bytes, bool* repaired) {
    bool changed = false;
    std::string out;
    out.reserve(bytes.size());
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        // Fast path: a run of ASCII without NUL.
        std::size_t run = pos;
        while (run < bytes.size() && static_cast<unsigned char>(bytes[run]) < 0x80 &&
               bytes[run] != '\0')
            ++run;
        out.append(bytes.data() + pos, run - pos);
        pos = run;
        if (pos >= bytes.size()) break;
        if (bytes[pos] == '\0') {
            ++pos;
            changed = true;
            continue;
        }
        std::size_t bad;
        const std::size_t n = sequence_length(bytes, pos, bad);
        if (n == 0) {
            out += replacement_character;
            pos += bad;
            changed = true;
        } else {
            out.append(bytes.data() + pos, n);
            pos += n;
        }
    }
    if (repaired) *repaired = changed;
    return out;
}

bool has_multibyte_utf8(std::string_view bytes) {
    for (std::size_t pos = 0; pos < bytes.size(); ++pos) {
        if (static_cast<unsigned char>(bytes[pos]) < 0xC2) continue;
        std::size_t bad;
        if (sequence_length(bytes, pos, bad) > 1) return true;
    }
    return false;
}

bool is_valid_utf8(std::string_view bytes) {
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
            ++pos;
            continue;
        }
        std::size_t bad;
        const std::size_t n = sequence_length(bytes, pos, bad);
        if (n == 0) return false;
        pos += n;
    }
    return true;
}

char32_t next_code_point(std::string_view text, std::size_t& pos) {
    std::size_t bad;
    const std::size_t n = sequence_length(text, pos, bad);
    if (n == 0) {
        pos += bad;
        return 0xFFFD;
    }
    const auto b = [&](std::size_t i) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(text[pos + i]));
    };
    char32_t cp;
    switch (n) {
    case 1:
        cp = b(0);
        break;
    case 2:
        cp = ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
        break;
    case 3:
        cp = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        break;
    default:
        cp = ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    }
    pos += n;
    return cp;
}

} // namespace parley
