#pragma once
// A feed document's bytes as UTF-8. Which charset they are in is decided as
// XML and HTTP say, in this order: a byte order mark; the charset of the HTTP
// Content-Type; the encoding of the XML declaration; UTF-16/32 recognised
// from the first characters; else UTF-8. Then the real world: ISO-8859-1 and
// US-ASCII read as windows-1252 (as browsers do), a single-byte label on
// bytes that are plainly UTF-8 read as UTF-8, and bytes that are not UTF-8
// at all under a UTF-8 label read as windows-1252.

#include <string>
#include <string_view>
#include <vector>

namespace parley {

struct DecodedDocument {
    std::string text;                  // valid UTF-8, without NUL bytes or byte order mark
    std::string charset;               // what it was read as, canonical ("utf-8", "windows-1252")
    std::vector<std::string> warnings; // where the labels were wrong or bytes invalid
};

DecodedDocument decode_document(std::string_view bytes, std::string_view content_type);

} // namespace parley
