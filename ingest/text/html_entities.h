#pragma once
// HTML5 character references: the named ones (all 2,231 of the WHATWG list)
// and the numeric ones, with HTML's windows-1252 reading of &#128;-&#159;.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace parley {

struct NamedEntity {
    std::string_view name;  // without '&'; ends in ';' unless the legacy form
    std::string_view value; // UTF-8
};

// Sorted by name, bytewise.
std::span<const NamedEntity> named_entities();

// The character a numeric reference stands for: NUL, surrogates and values
// past U+10FFFF give U+FFFD, and 128-159 read as windows-1252 does.
char32_t numeric_reference_character(unsigned long number);

// What decoding met on the way that a strict XML reader would have refused.
struct EntityReport {
    bool undefined_entity = false; // a named reference beyond XML's five
    bool bare_ampersand = false;   // an '&' that starts no reference
};

enum class EntityContext {
    text,      // HTML text: legacy names without ';' decode anywhere ("&copy2025")
    attribute, // attribute values and XML: not before a letter, digit or '='
};

// Decodes the reference starting at text[amp] == '&' onto `out` and returns
// how many bytes it took; 0 (and nothing appended) when none starts there.
std::size_t decode_reference(std::string_view text, std::size_t amp, std::string& out,
                             EntityContext context, EntityReport* report = nullptr);

// Appends `text` to `out` with every character reference decoded.
void append_decoded_entities(std::string& out, std::string_view text,
                             EntityContext context = EntityContext::text,
                             EntityReport* report = nullptr);

std::string decode_entities(std::string_view text, EntityContext context = EntityContext::text);

} // namespace parley
