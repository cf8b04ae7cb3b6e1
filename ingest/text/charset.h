#pragma once
// Character sets: naming them and converting text in them to UTF-8 (iconv).

#include <optional>
#include <string>
#include <string_view>

namespace parley {

// The charset parameter of a MIME type ("text/xml; charset=ISO-8859-1"),
// lowercased, without quotes; empty when there is none.
std::string charset_of_content_type(std::string_view content_type);

// A charset name as parley compares them: lowercased, common aliases folded
// ("latin1", "iso_8859-1", "l1" → "iso-8859-1"; "utf8" → "utf-8";
// "cp1252" → "windows-1252").
std::string canonical_charset(std::string_view name);

// True for the charsets whose text is really written in windows-1252 when it
// carries bytes 0x80-0x9F: US-ASCII and ISO-8859-1, as browsers read them.
bool read_as_windows_1252(std::string_view canonical);

struct Utf8Conversion {
    std::string text;         // valid UTF-8, without NUL
    std::size_t replaced = 0; // byte sequences not valid in the charset, now U+FFFD
};

// Converts `bytes` from `charset` to UTF-8 with iconv. A byte sequence the
// charset does not allow becomes U+FFFD and conversion goes on. nullopt when
// iconv does not know the charset.
std::optional<Utf8Conversion> convert_to_utf8(std::string_view bytes, std::string_view charset);

} // namespace parley
