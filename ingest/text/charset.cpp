#include "ingest/text/charset.h"

#include "ingest/text/utf8.h"

#include <array>
#include <cerrno>
#include <iconv.h>
#include <utility>

namespace parley {

namespace {

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

constexpr std::array<std::pair<std::string_view, std::string_view>, 22> aliases{{
    {"utf8", "utf-8"},
    {"unicode-1-1-utf-8", "utf-8"},
    {"latin1", "iso-8859-1"},
    {"latin-1", "iso-8859-1"},
    {"l1", "iso-8859-1"},
    {"iso8859-1", "iso-8859-1"},
    {"iso88591", "iso-8859-1"},
    {"iso_8859-1", "iso-8859-1"},
    {"iso-latin-1", "iso-8859-1"},
    {"iso-ir-100", "iso-8859-1"},
    {"cp819", "iso-8859-1"},
    {"ibm819", "iso-8859-1"},
    {"cp1252", "windows-1252"},
    {"x-cp1252", "windows-1252"},
    {"ascii", "us-ascii"},
    {"ansi_x3.4-1968", "us-ascii"},
    {"iso646-us", "us-ascii"},
    {"utf16", "utf-16"},
    {"utf-16le", "utf-16le"},
    {"utf-16be", "utf-16be"},
    {"ucs-2", "utf-16"},
    {"utf32", "utf-32"},
}};

// How many bytes one unit of the charset takes, so that a bad unit is skipped whole.
std::size_t unit_size(std::string_view canonical) {
    if (canonical.rfind("utf-16", 0) == 0 || canonical.rfind("ucs-2", 0) == 0) return 2;
    if (canonical.rfind("utf-32", 0) == 0 || canonical.rfind("ucs-4", 0) == 0) return 4;
    return 1;
}

} // namespace

std::string charset_of_content_type(std::string_view content_type) {
    std::size_t pos = 0;
    while ((pos = content_type.find(';', pos)) != std::string_view::npos) {
        ++pos;
        std::size_t end = content_type.find(';', pos);
        std::string_view param = trim(content_type.substr(pos, end - pos));
        const std::size_t eq = param.find('=');
        if (eq == std::string_view::npos) continue;
        std::string name;
        for (char c : trim(param.substr(0, eq)))
            name += lower(c);
        if (name != "charset") continue;
        std::string_view value = trim(param.substr(eq + 1));
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
            value.back() == value.front())
            value = value.substr(1, value.size() - 2);
        return canonical_charset(value);
    }
    return {};
}

std::string canonical_charset(std::string_view name) {
    std::string lowered;
    for (char c : trim(name))
        lowered += lower(c);
    for (const auto& [alias, canonical] : aliases)
        if (alias == lowered) return std::string(canonical);
    return lowered;
}

bool read_as_windows_1252(std::string_view canonical) {
    return canonical == "iso-8859-1" || canonical == "us-ascii";
}

std::optional<Utf8Conversion> convert_to_utf8(std::string_view bytes, std::string_view charset) {
    const std::string canonical = canonical_charset(charset);
    if (canonical == "utf-8") {
        Utf8Conversion out;
        bool repaired = false;
        out.text = to_valid_utf8(bytes, &repaired);
        out.replaced = repaired ? 1 : 0;
        return out;
    }
    const std::string target = read_as_windows_1252(canonical) ? "WINDOWS-1252" : canonical;
    iconv_t cd = iconv_open("UTF-8", target.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    const std::size_t skip = unit_size(canonical);

    Utf8Conversion out;
    std::string raw;
    raw.resize(bytes.size() * 2 + 16);
    char* in = const_cast<char*>(bytes.data()); // iconv's signature; it does not write there
    std::size_t in_left = bytes.size();
    std::size_t written = 0;
    while (in_left > 0) {
        char* dst = raw.data() + written;
        std::size_t out_left = raw.size() - written;
        const std::size_t rc = iconv(cd, &in, &in_left, &dst, &out_left);
        written = raw.size() - out_left;
        if (rc != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {
            raw.resize(raw.size() * 2);
        } else { // EILSEQ, or EINVAL for a sequence cut off at the end
            const std::size_t n = std::min(skip, in_left);
            in += n;
            in_left -= n;
            if (raw.size() - written < 3) raw.resize(raw.size() * 2);
            raw.replace(written, 3, replacement_character);
            written += 3;
            ++out.replaced;
            iconv(cd, nullptr, nullptr, nullptr, nullptr); // reset the shift state
        }
    }
    iconv_close(cd);
    raw.resize(written);
    out.text = to_valid_utf8(raw); // drops NUL
    return out;
}

} // namespace parley
