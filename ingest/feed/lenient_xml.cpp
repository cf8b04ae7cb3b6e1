#include "ingest/feed/lenient_xml.h"

#include "ingest/feed/parse.h"

#include <algorithm>
#include <fmt/format.h>
#include <string_view>

namespace parley {

namespace {

// Reparsing is linear; the repairs are bounded so that the whole is too.
constexpr int max_repairs = 100;
constexpr std::size_t repair_budget_bytes = 256u << 20;

bool is_name_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t skip_past(std::string_view s, std::size_t pos, std::string_view end) {
    const std::size_t at = s.find(end, pos);
    return at == std::string_view::npos ? s.size() : at + end.size();
}

// Past a tag's attributes and its '>', honouring quotes; npos if unterminated.
std::size_t tag_end(std::string_view s, std::size_t pos) {
    while (pos < s.size()) {
        const char c = s[pos];
        if (c == '>') return pos + 1;
        if (c == '"' || c == '\'') {
            const std::size_t close = s.find(c, pos + 1);
            if (close == std::string_view::npos) return std::string_view::npos;
            pos = close + 1;
        } else {
            ++pos;
        }
    }
    return std::string_view::npos;
}

// Past a DOCTYPE, its internal subset included.
std::size_t doctype_end(std::string_view s, std::size_t pos) {
    int brackets = 0;
    while (pos < s.size()) {
        const char c = s[pos];
        if (c == '[')
            ++brackets;
        else if (c == ']' && brackets > 0)
            --brackets;
        else if (c == '"' || c == '\'') {
            pos = s.find(c, pos + 1);
            if (pos == std::string_view::npos) return s.size();
        } else if (c == '>' && brackets == 0)
            return pos + 1;
        ++pos;
    }
    return s.size();
}

struct OpenElement {
    std::string_view name;
    std::size_t start; // where its start tag begins
};

// The elements still open at `end`, outermost first, scanning as pugixml does.
std::vector<OpenElement> open_elements(std::string_view s, std::size_t end) {
    std::vector<OpenElement> open;
    std::size_t pos = 0;
    s = s.substr(0, end);
    while ((pos = s.find('<', pos)) != std::string_view::npos) {
        const std::size_t start = pos;
        if (s.compare(pos, 4, "<!--") == 0) {
            pos = skip_past(s, pos + 4, "-->");
        } else if (s.compare(pos, 9, "<![CDATA[") == 0) {
            pos = skip_past(s, pos + 9, "]]>");
        } else if (s.compare(pos, 2, "<!") == 0) {
            pos = doctype_end(s, pos + 2);
        } else if (s.compare(pos, 2, "<?") == 0) {
            pos = skip_past(s, pos + 2, "?>");
        } else if (s.compare(pos, 2, "</") == 0) {
            std::size_t n = pos + 2;
            while (n < s.size() && !is_space(s[n]) && s[n] != '>')
                ++n;
            const std::string_view name = s.substr(pos + 2, n - pos - 2);
            for (std::size_t i = open.size(); i-- > 0;)
                if (open[i].name == name) {
                    open.resize(i);
                    break;
                }
            pos = skip_past(s, n, ">");
        } else if (pos + 1 < s.size() && is_name_start(s[pos + 1])) {
            std::size_t n = pos + 1;
            while (n < s.size() && !is_space(s[n]) && s[n] != '>' && s[n] != '/')
                ++n;
            const std::string_view name = s.substr(pos + 1, n - pos - 1);
            const std::size_t e = tag_end(s, n);
            if (e == std::string_view::npos) break;
            if (s[e - 2] != '/') open.push_back({name, start});
            pos = e;
        } else {
            ++pos;
        }
    }
    return open;
}

std::string closing_tags(const std::vector<OpenElement>& open, std::size_t from) {
    std::string out;
    for (std::size_t i = open.size(); i-- > from;)
        out.append("</").append(open[i].name).append(">");
    return out;
}

// Where the text before the root element stops being a prolog: whitespace,
// the XML declaration, comments, processing instructions and a DOCTYPE.
std::size_t prolog_end(std::string_view s) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        if (is_space(s[pos])) {
            ++pos;
        } else if (s.compare(pos, 4, "<!--") == 0) {
            pos = skip_past(s, pos + 4, "-->");
        } else if (s.compare(pos, 2, "<?") == 0) {
            pos = skip_past(s, pos + 2, "?>");
        } else if (s.compare(pos, 9, "<!DOCTYPE") == 0 || s.compare(pos, 9, "<!doctype") == 0) {
            pos = doctype_end(s, pos + 9);
        } else {
            break;
        }
    }
    return pos;
}

bool starts_element(std::string_view s, std::size_t pos) {
    return pos + 1 < s.size() && s[pos] == '<' && is_name_start(s[pos + 1]);
}

// Drops what precedes the document proper (a PHP notice, a stray byte order
// mark or blank lines before the declaration); returns whether there was any.
bool drop_junk_before_root(std::string& text) {
    const std::size_t end = prolog_end(text);
    if (end >= text.size() || starts_element(text, end)) return false;
    std::size_t keep = text.find("<?xml", end);
    if (keep == std::string::npos) {
        keep = end;
        while (keep < text.size() && !starts_element(text, keep)) {
            keep = text.find('<', keep + 1);
            if (keep == std::string::npos) return false;
        }
    }
    text.erase(0, keep);
    return true;
}

// Whether the markup starting at `lt` ends before the text does.
bool construct_complete(std::string_view s, std::size_t lt) {
    if (s.compare(lt, 9, "<![CDATA[") == 0) return s.find("]]>", lt + 9) != std::string_view::npos;
    if (s.compare(lt, 4, "<!--") == 0) return s.find("-->", lt + 4) != std::string_view::npos;
    return tag_end(s, lt + 1) != std::string_view::npos;
}

bool has_element(const pugi::xml_document& doc) {
    for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling())
        if (n.type() == pugi::node_element) return true;
    return false;
}

} // namespace

LenientXml::LenientXml(std::string text) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw FeedParseError("the document is empty");
    if (drop_junk_before_root(text))
        warnings_.push_back("text before the root element was ignored");

    int escaped_lt = 0, closed = 0, dropped_end_tags = 0;
    std::size_t work = 0;
    for (int attempt = 0;; ++attempt) {
        const pugi::xml_parse_result r =
            doc_.load_buffer(text.data(), text.size(), xml_parse_options, pugi::encoding_utf8);
        work += text.size();
        if (r) break;
        const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(r.offset, 0));
        const bool may_repair = attempt < max_repairs && work < repair_budget_bytes;
        const std::size_t lt = offset < text.size() && text[offset] == '<'
                                   ? offset
                                   : text.rfind('<', std::min(offset, text.size() - 1));
        const bool at_end = lt != std::string::npos && text.find('<', lt + 1) == std::string::npos;

        if (may_repair && at_end && r.status != pugi::status_unrecognized_tag &&
            r.status != pugi::status_bad_start_element) {
            // A document cut short: close what is open where the last
            // complete construct ends.
            const std::size_t cut = construct_complete(text, lt) ? text.size() : lt;
            const auto open = open_elements(text, cut);
            text.resize(cut);
            text += closing_tags(open, 0);
            warnings_.push_back(
                fmt::format("the document ends early, inside the {}",
                            open.empty() ? std::string("prolog")
                                         : "<" + std::string(open.back().name) + "> element"));
            continue;
        }
        if (may_repair &&
            (r.status == pugi::status_unrecognized_tag ||
             r.status == pugi::status_bad_start_element) &&
            lt != std::string::npos && !starts_element(text, lt) &&
            text.compare(lt, 2, "<!") != 0 && text.compare(lt, 2, "<?") != 0 &&
            text.compare(lt, 2, "</") != 0) {
            text.replace(lt, 1, "&lt;"); // "a < b" in text
            ++escaped_lt;
            continue;
        }
        if (may_repair && r.status == pugi::status_end_element_mismatch &&
            lt != std::string::npos && text.compare(lt, 2, "</") == 0) {
            std::size_t n = lt + 2;
            while (n < text.size() && !is_space(text[n]) && text[n] != '>')
                ++n;
            const std::string name = text.substr(lt + 2, n - lt - 2);
            const auto open = open_elements(text, lt);
            std::size_t match = open.size();
            for (std::size_t i = open.size(); i-- > 0;)
                if (open[i].name == name) {
                    match = i;
                    break;
                }
            if (match < open.size()) {
                // HTML's habits (<br>, <p> left open): close them where their parent closes.
                text.insert(lt, closing_tags(open, match + 1));
                ++closed;
            } else {
                const std::size_t gt = text.find('>', n);
                text.erase(lt, (gt == std::string::npos ? text.size() : gt + 1) - lt);
                ++dropped_end_tags;
            }
            continue;
        }
        if (!has_element(doc_))
            throw FeedParseError(fmt::format("not XML: {} at byte {}", r.description(), offset));
        warnings_.push_back(fmt::format("XML error at byte {} ({}); kept what came before it",
                                        offset, r.description()));
        break;
    }
    if (escaped_lt > 0)
        warnings_.push_back(fmt::format("{} unescaped '<' in text read as text", escaped_lt));
    if (closed > 0)
        warnings_.push_back(fmt::format("{} unclosed element(s) closed with their parent", closed));
    if (dropped_end_tags > 0)
        warnings_.push_back(
            fmt::format("{} end tag(s) without a start tag ignored", dropped_end_tags));
    if (!has_element(doc_)) throw FeedParseError("no XML element in the document");
}

} // namespace parley
