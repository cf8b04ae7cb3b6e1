#pragma once
// UTF-8 as parley keeps all text: valid, without NUL bytes.

#include <string>
#include <string_view>

namespace parley {

inline constexpr std::string_view replacement_character = "\xEF\xBF\xBD"; // U+FFFD

// Appends the code point as UTF-8; surrogates and values past U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t cp);

// The text with every ill-formed sequence replaced by U+FFFD (one per maximal
// ill-formed subpart, as Unicode recommends) and NUL bytes dropped; `repaired`
// tells whether there was anything to replace or drop.
std::string to_valid_utf8(std::string_view bytes, bool* repaired = nullptr);

// True when `bytes` holds at least one well-formed multi-byte sequence: text
// in a single-byte charset almost never does.
bool has_multibyte_utf8(std::string_view bytes);

// True when `bytes` is well-formed UTF-8 (NUL bytes allowed).
bool is_valid_utf8(std::string_view bytes);

// Decodes one code point at `pos`, advancing it; ill-formed input yields
// U+FFFD and advances past the maximal ill-formed subpart.
char32_t next_code_point(std::string_view text, std::size_t& pos);

} // namespace parley
