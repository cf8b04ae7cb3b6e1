#include "ingest/text/plain_text_writer.h"

#include "ingest/text/html_entities.h"
#include "ingest/text/utf8.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace parley {

namespace {

enum class Kind { visible, space, line_break, paragraph_break, dropped };

Kind classify(char32_t cp) {
    switch (cp) {
    case '\n':
    case '\r':
    case 0x0B:
    case 0x0C:
    case 0x2028:
        return Kind::line_break;
    case 0x2029:
        return Kind::paragraph_break;
    case ' ':
    case '\t':
    case 0xA0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return Kind::space;
    default:
        break;
    }
    if (cp >= 0x2000 && cp <= 0x200A) return Kind::space;
    if (cp < 0x20 || cp == 0x7F) return Kind::dropped;
    // Bidirectional overrides and isolates can disguise text on a terminal.
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return Kind::dropped;
    return Kind::visible;
}

bool plain_ascii(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b > 0x20 && b < 0x7F;
}

// Whether the eight bytes at `p` are visible ASCII and single spaces, a
// last space followed by visible ASCII (p[8] must be readable): the test of
// the loop below, a word at a time.
bool plain_words(const char* p) {
    static_assert(std::endian::native == std::endian::little, "the byte order assumed below");
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    constexpr std::uint64_t lows = 0x7F7F7F7F7F7F7F7FULL, spaces = 0x2020202020202020ULL;
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    const std::uint64_t below_space = (w - spaces) & ~w & highs; // some byte < 0x20
    const std::uint64_t above_tilde = ((w + ones) | w) & highs;  // some byte > 0x7E
    if (below_space | above_tilde) return false;
    const std::uint64_t x = w ^ spaces;
    const std::uint64_t is_space = ~(((x & lows) + lows) | x | lows); // 0x80 where a byte is ' '
    // Little-endian: the next byte in the text is the next higher one.
    return (is_space & (is_space << 8)) == 0 && ((is_space >> 56) == 0 || plain_ascii(p[8]));
}

} // namespace

PlainTextWriter::PlainTextWriter(bool keep_lines, std::size_t size_hint) : keep_lines_(keep_lines) {
    out_.reserve(size_hint);
}

void PlainTextWriter::visible(std::string_view utf8) {
    if (!out_.empty()) {
        if (pending_breaks_ > 0 && keep_lines_)
            out_.append(pending_breaks_ > 1 ? "\n\n" : "\n");
        else if (pending_breaks_ > 0 || pending_space_)
            out_ += ' ';
    }
    pending_space_ = false;
    pending_breaks_ = 0;
    out_.append(utf8);
}

void PlainTextWriter::append(std::string_view text, bool line_ends_are_spaces) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (plain_ascii(text[pos])) {
            // Visible ASCII words with single spaces between them, the bulk
            // of most text: in one piece.
            std::size_t end = pos + 1;
            // text[end - 1] is always visible ASCII here.
            while (end < text.size()) {
                if (end + 9 <= text.size() && plain_words(text.data() + end))
                    end += 8;
                else if (plain_ascii(text[end]))
                    ++end;
                else if (text[end] == ' ' && end + 1 < text.size() && plain_ascii(text[end + 1]))
                    end += 2;
                else
                    break;
            }
            visible(text.substr(pos, end - pos));
            pos = end;
            continue;
        }
        const auto byte = static_cast<unsigned char>(text[pos]);
        const std::size_t start = pos;
        char32_t cp;
        if (byte < 0x80) {
            cp = byte;
            ++pos;
            if (cp == '\r' && pos < text.size() && text[pos] == '\n') continue; // CRLF: one break
        } else {
            cp = next_code_point(text, pos);
            if (cp >= 0x80 && cp <= 0x9F) {
                // C1 controls in text are windows-1252 bytes that a Latin-1
                // decoder passed through ("don\u0092t"): read them as meant.
                const char32_t meant = numeric_reference_character(cp);
                if (meant != cp) {
                    std::string utf8;
                    append_utf8(utf8, meant);
                    visible(utf8);
                }
                continue;
            }
        }
        Kind kind = classify(cp);
        if (line_ends_are_spaces && kind == Kind::line_break && cp < 0x80) kind = Kind::space;
        switch (kind) {
        case Kind::dropped:
            break;
        case Kind::space:
            pending_space_ = true;
            break;
        case Kind::line_break:
            ++pending_breaks_;
            pending_space_ = false;
            break;
        case Kind::paragraph_break:
            pending_breaks_ += 2;
            pending_space_ = false;
            break;
        case Kind::visible:
            if (cp == 0xFFFD && text.substr(start, pos - start) != replacement_character)
                visible(replacement_character); // an ill-formed sequence
            else
                visible(text.substr(start, pos - start));
            break;
        }
    }
}

} // namespace parley
