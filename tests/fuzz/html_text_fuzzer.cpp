// HTML to plain text on arbitrary bytes: always valid UTF-8 out, never a
// crash, and never a control character other than a line break.

#include "ingest/text/html_text.h"
#include "ingest/text/utf8.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view html(reinterpret_cast<const char*>(data), size);
    const std::string text = parley::html_to_text(html);
    if (!parley::is_valid_utf8(text)) __builtin_trap();
    for (char c : text)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7F) __builtin_trap();
    const std::string line = parley::html_to_line(html);
    if (line.find('\n') != std::string::npos || !parley::is_valid_utf8(line)) __builtin_trap();
    return 0;
}
