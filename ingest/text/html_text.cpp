#include "ingest/text/html_text.h"

#include "ingest/text/html_entities.h"
#include "ingest/text/plain_text_writer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace parley {

namespace {

enum class Role {
    inline_element, // nothing: its text flows on
    line,           // a line of its own: <br>, <li>, <tr>, <div>
    paragraph,      // a paragraph of its own: <p>, <h1>, <blockquote>
    cell,           // a table cell: a space from its neighbours
    raw_skipped,    // content is not text: <script>, <style>
    preformatted,   // <pre>: keeps its line breaks
};

// Sorted by name for binary search.
constexpr std::array<std::pair<std::string_view, Role>, 52> roles{{
    {"address", Role::paragraph},
    {"article", Role::paragraph},
    {"aside", Role::paragraph},
    {"blockquote", Role::paragraph},
    {"body", Role::paragraph},
    {"br", Role::line},
    {"caption", Role::line},
    {"center", Role::line},
    {"dd", Role::line},
    {"details", Role::paragraph},
    {"dialog", Role::paragraph},
    {"dir", Role::paragraph},
    {"div", Role::line},
    {"dl", Role::paragraph},
    {"dt", Role::line},
    {"fieldset", Role::paragraph},
    {"figcaption", Role::line},
    {"figure", Role::paragraph},
    {"footer", Role::paragraph},
    {"form", Role::paragraph},
    {"h1", Role::paragraph},
    {"h2", Role::paragraph},
    {"h3", Role::paragraph},
    {"h4", Role::paragraph},
    {"h5", Role::paragraph},
    {"h6", Role::paragraph},
    {"header", Role::paragraph},
    {"hr", Role::paragraph},
    {"html", Role::paragraph},
    {"iframe", Role::raw_skipped},
    {"legend", Role::line},
    {"li", Role::line},
    {"main", Role::paragraph},
    {"menu", Role::paragraph},
    {"nav", Role::paragraph},
    {"noembed", Role::raw_skipped},
    {"ol", Role::paragraph},
    {"option", Role::line},
    {"p", Role::paragraph},
    {"pre", Role::preformatted},
    {"script", Role::raw_skipped},
    {"section", Role::paragraph},
    {"style", Role::raw_skipped},
    {"summary", Role::line},
    {"table", Role::paragraph},
    {"td", Role::cell},
    {"template", Role::raw_skipped},
    {"textarea", Role::line},
    {"th", Role::cell},
    {"title", Role::raw_skipped},
    {"tr", Role::line},
    {"ul", Role::paragraph},
}};

static_assert(std::is_sorted(roles.begin(), roles.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; }));

// Where each initial letter's names begin and end in `roles`, so that a tag
// costs a few comparisons of short strings.
constexpr std::array<std::pair<std::uint8_t, std::uint8_t>, 26> role_ranges = [] {
    std::array<std::pair<std::uint8_t, std::uint8_t>, 26> r{};
    for (std::size_t i = 0; i < roles.size(); ++i) {
        auto& range = r[static_cast<std::size_t>(roles[i].first[0] - 'a')];
        if (range.first == range.second) range.first = static_cast<std::uint8_t>(i);
        range.second = static_cast<std::uint8_t>(i + 1);
    }
    return r;
}();

Role role_of(std::string_view lower_name) {
    if (lower_name.empty() || lower_name[0] < 'a' || lower_name[0] > 'z')
        return Role::inline_element;
    const auto [begin, end] = role_ranges[static_cast<std::size_t>(lower_name[0] - 'a')];
    for (std::size_t i = begin; i < end; ++i) {
        // Names are short: compared by hand, without a call to memcmp.
        const std::string_view candidate = roles[i].first;
        if (candidate.size() != lower_name.size()) continue;
        std::size_t k = 1;
        while (k < candidate.size() && candidate[k] == lower_name[k])
            ++k;
        if (k == candidate.size()) return roles[i].second;
    }
    return Role::inline_element;
}

std::size_t find_or_end(std::string_view s, char c, std::size_t from) {
    const std::size_t at = s.find(c, from);
    return at == std::string_view::npos ? s.size() : at;
}

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

bool starts_with_ci(std::string_view s, std::size_t pos, std::string_view prefix) {
    if (s.size() - pos < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lower(s[pos + i]) != prefix[i]) return false;
    return true;
}

// Where the end tag "</name" closing a raw-text element starts, or npos.
std::size_t find_end_tag(std::string_view s, std::size_t from, std::string_view lower_name) {
    for (std::size_t pos = s.find("</", from); pos != std::string_view::npos;
         pos = s.find("</", pos + 2)) {
        if (!starts_with_ci(s, pos + 2, lower_name)) continue;
        const std::size_t after = pos + 2 + lower_name.size();
        if (after >= s.size() || is_space(s[after]) || s[after] == '>' || s[after] == '/')
            return pos;
    }
    return std::string_view::npos;
}

// The index just past the '>' ending the tag whose attributes start at `pos`,
// or npos when the document ends inside it. Quotes count only as attribute
// values, after '=': an apostrophe elsewhere is part of a name.
std::size_t find_tag_end(std::string_view s, std::size_t pos) {
    bool after_equals = false;
    while (pos < s.size()) {
        const char c = s[pos];
        if (c == '>') return pos + 1;
        if (after_equals && (c == '"' || c == '\'')) {
            const std::size_t close = s.find(c, pos + 1);
            if (close == std::string_view::npos) return std::string_view::npos;
            pos = close + 1;
            after_equals = false;
            continue;
        }
        if (c == '=')
            after_equals = true;
        else if (!is_space(c))
            after_equals = false;
        ++pos;
    }
    return std::string_view::npos;
}

// Writes the text of `html` to `w`, in one pass and without recursion.
void write_text(std::string_view html, PlainTextWriter& w) {
    int pre_depth = 0; // inside <pre>, line ends in the source are line breaks
    std::string decoded;
    std::size_t pos = 0;
    const std::size_t n = html.size();
    std::size_t next_lt = 0, next_amp = 0;
    if (n > 0) {
        next_lt = find_or_end(html, '<', 0);
        next_amp = find_or_end(html, '&', 0);
    }
    while (pos < n) {
        // The next '<' and '&', each found by memchr and kept until passed.
        if (next_lt < pos) next_lt = find_or_end(html, '<', pos);
        if (next_amp < pos) next_amp = find_or_end(html, '&', pos);
        const std::size_t special = std::min(next_lt, next_amp);
        w.append(html.substr(pos, special - pos), pre_depth == 0);
        if (special == n) break;
        pos = special;
        if (html[pos] == '&') {
            decoded.clear();
            const std::size_t used = decode_reference(html, pos, decoded, EntityContext::text);
            if (used == 0) {
                decoded = "&";
                ++pos;
            } else {
                pos += used;
            }
            // A decoded line break is only whitespace outside <pre>, as in a browser.
            w.append(decoded, pre_depth == 0);
            continue;
        }
        // html[pos] == '<'
        if (html.compare(pos, 4, "<!--") == 0) {
            const std::size_t end = html.find("-->", pos + 4);
            pos = end == std::string_view::npos ? n : end + 3;
            continue;
        }
        if (html.compare(pos, 9, "<![CDATA[") == 0) {
            const std::size_t end = html.find("]]>", pos + 9);
            const std::size_t stop = end == std::string_view::npos ? n : end;
            w.append(html.substr(pos + 9, stop - pos - 9), pre_depth == 0);
            pos = end == std::string_view::npos ? n : end + 3;
            continue;
        }
        if (pos + 1 < n && (html[pos + 1] == '!' || html[pos + 1] == '?')) {
            const std::size_t end = html.find('>', pos + 2);
            pos = end == std::string_view::npos ? n : end + 1;
            continue;
        }
        const bool closing = pos + 1 < n && html[pos + 1] == '/';
        std::size_t name_begin = pos + 1 + (closing ? 1 : 0);
        if (name_begin >= n || !is_alpha(html[name_begin])) {
            w.append("<"); // a lone '<', as in "a < b"
            ++pos;
            continue;
        }
        std::size_t name_end = name_begin;
        char name[12];
        std::size_t name_len = 0;
        while (name_end < n && !is_space(html[name_end]) && html[name_end] != '>' &&
               html[name_end] != '/') {
            if (name_len < sizeof name) name[name_len] = lower(html[name_end]);
            ++name_len;
            ++name_end;
        }
        const std::size_t tag_end = find_tag_end(html, name_end);
        if (tag_end == std::string_view::npos) break; // the document ends inside a tag
        pos = tag_end;
        const std::string_view lower_name =
            name_len <= sizeof name ? std::string_view(name, name_len) : std::string_view();
        switch (role_of(lower_name)) {
        case Role::inline_element:
            break;
        case Role::line:
            if (lower_name == "br")
                w.line_break();
            else
                w.block_break(1);
            break;
        case Role::paragraph:
            w.block_break(2);
            break;
        case Role::cell:
            w.space();
            break;
        case Role::preformatted:
            w.block_break(2);
            pre_depth = closing ? std::max(0, pre_depth - 1) : pre_depth + 1;
            break;
        case Role::raw_skipped:
            if (!closing && html[tag_end - 2] != '/') {
                const std::size_t end = find_end_tag(html, pos, lower_name);
                if (end == std::string_view::npos) return;
                pos = end;
            }
            break;
        }
    }
}

} // namespace

std::string html_to_text(std::string_view html) {
    PlainTextWriter w(true, html.size());
    write_text(html, w);
    return w.take();
}

std::string html_to_line(std::string_view html) {
    PlainTextWriter w(false, html.size());
    write_text(html, w);
    return w.take();
}

} // namespace parley
