#include "ingest/feed/document_encoding.h"

#include "ingest/text/charset.h"
#include "ingest/text/utf8.h"

#include <fmt/format.h>
#include <optional>

namespace parley {

namespace {

struct Bom {
    std::string_view charset;
    std::size_t length;
};

std::optional<Bom> byte_order_mark(std::string_view b) {
    auto starts = [&](std::string_view p) { return b.substr(0, p.size()) == p; };
    using namespace std::string_view_literals;
    if (starts("\xFF\xFE\x00\x00"sv)) return Bom{"utf-32le", 4};
    if (starts("\x00\x00\xFE\xFF"sv)) return Bom{"utf-32be", 4};
    if (starts("\xEF\xBB\xBF"sv)) return Bom{"utf-8", 3};
    if (starts("\xFF\xFE"sv)) return Bom{"utf-16le", 2};
    if (starts("\xFE\xFF"sv)) return Bom{"utf-16be", 2};
    return std::nullopt;
}

// UTF-16 and UTF-32 without a mark, known by the zero bytes around the first
// ASCII character (XML 1.0 appendix F).
std::string_view sniff_wide(std::string_view b) {
    if (b.size() < 4) return {};
    const auto z = [&](std::size_t i) { return b[i] == '\0'; };
    if (!z(0) && z(1) && z(2) && z(3)) return "utf-32le";
    if (z(0) && z(1) && z(2) && !z(3)) return "utf-32be";
    if (!z(0) && z(1) && !z(2) && z(3)) return "utf-16le";
    if (z(0) && !z(1) && z(2) && !z(3)) return "utf-16be";
    return {};
}

// The encoding named by an XML declaration at the start of ASCII-compatible bytes.
std::string declared_encoding(std::string_view b) {
    std::size_t pos = 0;
    while (pos < b.size() && (b[pos] == ' ' || b[pos] == '\t' || b[pos] == '\r' || b[pos] == '\n'))
        ++pos;
    if (b.compare(pos, 5, "<?xml") != 0) return {};
    const std::size_t end = b.find("?>", pos);
    const std::string_view decl = b.substr(pos, end == std::string_view::npos ? 200 : end - pos);
    const std::size_t at = decl.find("encoding");
    if (at == std::string_view::npos) return {};
    std::size_t p = at + 8;
    while (p < decl.size() && (decl[p] == ' ' || decl[p] == '='))
        ++p;
    if (p >= decl.size() || (decl[p] != '"' && decl[p] != '\'')) return {};
    const std::size_t close = decl.find(decl[p], p + 1);
    if (close == std::string_view::npos) return {};
    return canonical_charset(decl.substr(p + 1, close - p - 1));
}

bool is_western_single_byte(std::string_view charset) {
    return charset == "iso-8859-1" || charset == "us-ascii" || charset == "windows-1252" ||
           charset == "iso-8859-15";
}

} // namespace

DecodedDocument decode_document(std::string_view bytes, std::string_view content_type) {
    DecodedDocument doc;
    std::string charset;
    std::string_view source; // which label chose it, for warnings
    if (const auto bom = byte_order_mark(bytes)) {
        charset = bom->charset;
        bytes.remove_prefix(bom->length);
        source = "byte order mark";
    } else if (std::string http = charset_of_content_type(content_type); !http.empty()) {
        charset = http;
        source = "HTTP Content-Type";
        // A generic UTF-16 label needs the byte order the bytes show.
        if ((charset == "utf-16" || charset == "utf-32") && !sniff_wide(bytes).empty())
            charset = sniff_wide(bytes);
    } else if (const std::string_view wide = sniff_wide(bytes); !wide.empty()) {
        charset = wide;
        source = "first characters";
    } else if (std::string declared = declared_encoding(bytes); !declared.empty()) {
        charset = declared;
        source = "XML declaration";
        if (charset == "utf-16" || charset == "utf-32") {
            // Bytes that are ASCII-compatible cannot be UTF-16: the label is wrong.
            doc.warnings.push_back(fmt::format("declared {} but written in an 8-bit encoding; "
                                               "read as UTF-8",
                                               charset));
            charset = "utf-8";
        }
    } else {
        charset = "utf-8";
    }

    if (is_western_single_byte(charset) && is_valid_utf8(bytes) && has_multibyte_utf8(bytes)) {
        doc.warnings.push_back(
            fmt::format("labelled {} ({}) but written in UTF-8; read as UTF-8", charset, source));
        charset = "utf-8";
    }

    if (charset == "utf-8") {
        bool repaired = false;
        doc.text = to_valid_utf8(bytes, &repaired);
        if (repaired) {
            if (!has_multibyte_utf8(bytes)) {
                // Nothing here is UTF-8: the usual culprit is windows-1252.
                doc.warnings.push_back("not valid UTF-8; read as windows-1252");
                doc.text = convert_to_utf8(bytes, "windows-1252")->text;
                doc.charset = "windows-1252";
                return doc;
            }
            doc.warnings.push_back("bytes that are not UTF-8 replaced by U+FFFD");
        }
        doc.charset = "utf-8";
        return doc;
    }

    auto converted = convert_to_utf8(bytes, charset);
    if (!converted) {
        doc.warnings.push_back(fmt::format("unknown charset '{}' ({}); read as {}", charset, source,
                                           is_valid_utf8(bytes) ? "UTF-8" : "windows-1252"));
        const std::string_view fallback = is_valid_utf8(bytes) ? "utf-8" : "windows-1252";
        converted = convert_to_utf8(bytes, fallback);
        charset = fallback;
    }
    if (converted->replaced > 0)
        doc.warnings.push_back(fmt::format("{} byte sequence(s) not valid in {} replaced by U+FFFD",
                                           converted->replaced, charset));
    doc.text = std::move(converted->text);
    doc.charset = read_as_windows_1252(charset) ? "windows-1252" : charset;
    return doc;
}

} // namespace parley
