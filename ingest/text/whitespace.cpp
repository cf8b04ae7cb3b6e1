#include "ingest/text/whitespace.h"

#include "ingest/text/html_entities.h"
#include "ingest/text/utf8.h"

namespace parley {

namespace {

enum class Kind { visible, space, line_break, paragraph_break, dropped };

Kind classify(char32_t cp) {
    switch (cp) {
    case '\n':
    case '\r':
    case 0x0B:
    case 0x0C:
    case 0x85:
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
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return Kind::dropped;
    // Bidirectional overrides and isolates can disguise text on a terminal.
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return Kind::dropped;
    return Kind::visible;
}

std::string normalise(std::string_view text, bool keep_lines) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    int pending_breaks = 0;
    auto append_visible = [&](std::string_view utf8) {
        if (!out.empty()) {
            if (pending_breaks > 0)
                out.append(pending_breaks > 1 ? "\n\n" : "\n");
            else if (pending_space)
                out += ' ';
        }
        pending_space = false;
        pending_breaks = 0;
        out.append(utf8);
    };
    std::string scratch;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        const std::size_t start = pos;
        char32_t cp;
        if (byte < 0x80) {
            cp = byte;
            ++pos;
            if (cp == '\r' && pos < text.size() && text[pos] == '\n') continue; // CRLF: one break
        } else {
            cp = next_code_point(text, pos);
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            // C1 controls in text are windows-1252 bytes that a Latin-1
            // decoder passed through ("don\u0092t"): read them as meant.
            const char32_t meant = numeric_reference_character(cp);
            if (meant != cp) {
                scratch.clear();
                append_utf8(scratch, meant);
                append_visible(scratch);
                continue;
            }
        }
        Kind kind = classify(cp);
        if (!keep_lines && (kind == Kind::line_break || kind == Kind::paragraph_break))
            kind = Kind::space;
        switch (kind) {
        case Kind::dropped:
            continue;
        case Kind::space:
            pending_space = true;
            continue;
        case Kind::line_break:
            ++pending_breaks;
            pending_space = false;
            continue;
        case Kind::paragraph_break:
            pending_breaks += 2;
            pending_space = false;
            continue;
        case Kind::visible:
            break;
        }
        if (cp == 0xFFFD && byte >= 0x80 &&
            text.substr(start, pos - start) != replacement_character)
            append_visible(replacement_character); // an ill-formed sequence
        else
            append_visible(text.substr(start, pos - start));
    }
    return out;
}

} // namespace

std::string collapse_whitespace(std::string_view text) {
    return normalise(text, false);
}

std::string normalise_paragraphs(std::string_view text) {
    return normalise(text, true);
}

} // namespace parley
