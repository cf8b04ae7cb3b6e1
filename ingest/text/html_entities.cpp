#include "ingest/text/html_entities.h"

#include "ingest/text/utf8.h"

#include <algorithm>
#include <array>

namespace parley {

namespace {

// HTML's reading of numeric references 128-159, which pages mean as windows-1252.
constexpr std::array<char16_t, 32> windows_1252_c1{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// The longest legacy name (one valid without ';') has six letters.
constexpr std::size_t longest_legacy_name = 6;
constexpr std::size_t longest_name = 32;

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alnum(char c) {
    return is_alpha(c) || is_digit(c);
}
bool is_hex(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

const NamedEntity* find_named(std::string_view name) {
    const auto table = named_entities();
    const auto it =
        std::lower_bound(table.begin(), table.end(), name,
                         [](const NamedEntity& e, std::string_view n) { return e.name < n; });
    return it != table.end() && it->name == name ? &*it : nullptr;
}

bool is_xml_entity(std::string_view name_with_semicolon) {
    for (std::string_view n : {"amp;", "lt;", "gt;", "quot;", "apos;"})
        if (n == name_with_semicolon) return true;
    return false;
}

} // namespace

std::size_t decode_reference(std::string_view text, std::size_t amp, std::string& out,
                             EntityContext context, EntityReport* report) {
    std::size_t i = amp + 1;
    if (i < text.size() && text[i] == '#') {
        ++i;
        const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
        if (hex) ++i;
        const std::size_t digits_begin = i;
        unsigned long value = 0;
        while (i < text.size() && (hex ? is_hex(text[i]) : is_digit(text[i]))) {
            const char c = text[i];
            const unsigned d = is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
            // Saturate: anything past U+10FFFF reads as U+FFFD.
            value = std::min<unsigned long>(value * (hex ? 16 : 10) + d, 0x110000);
            ++i;
        }
        if (i == digits_begin) {
            if (report) report->bare_ampersand = true;
            return 0;
        }
        if (i < text.size() && text[i] == ';') ++i;
        append_utf8(out, numeric_reference_character(value));
        return i - amp;
    }
    std::size_t end = i;
    while (end < text.size() && end - i < longest_name && is_alnum(text[end]))
        ++end;
    if (end == i) {
        if (report) report->bare_ampersand = true;
        return 0;
    }
    const bool terminated = end < text.size() && text[end] == ';';
    if (terminated) {
        if (const auto* e = find_named(text.substr(i, end + 1 - i))) {
            out += e->value;
            if (report && !is_xml_entity(e->name)) report->undefined_entity = true;
            return end + 1 - amp;
        }
    }
    // Legacy names may go without ';': take the longest that matches.
    for (std::size_t n = std::min(end - i, longest_legacy_name); n >= 2; --n) {
        if (const auto* e = find_named(text.substr(i, n))) {
            const std::size_t after = i + n;
            if (context == EntityContext::attribute && after < text.size() &&
                (is_alnum(text[after]) || text[after] == '=')) {
                if (report) report->bare_ampersand = true;
                return 0;
            }
            out += e->value;
            if (report) report->undefined_entity = true;
            return after - amp;
        }
    }
    if (report) (terminated ? report->undefined_entity : report->bare_ampersand) = true;
    return 0;
}

char32_t numeric_reference_character(unsigned long number) {
    if (number == 0 || number > 0x10FFFF || (number >= 0xD800 && number <= 0xDFFF)) return 0xFFFD;
    if (number >= 0x80 && number <= 0x9F) return windows_1252_c1[number - 0x80];
    return static_cast<char32_t>(number);
}

void append_decoded_entities(std::string& out, std::string_view text, EntityContext context,
                             EntityReport* report) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t amp = text.find('&', pos);
        if (amp == std::string_view::npos) {
            out.append(text.substr(pos));
            return;
        }
        out.append(text.substr(pos, amp - pos));
        const std::size_t used = decode_reference(text, amp, out, context, report);
        if (used == 0) {
            out += '&';
            pos = amp + 1;
        } else {
            pos = amp + used;
        }
    }
}

std::string decode_entities(std::string_view text, EntityContext context) {
    std::string out;
    out.reserve(text.size());
    append_decoded_entities(out, text, context);
    return out;
}

} // namespace parley
