#include "ingest/text/html_text.h"

#include "ingest/text/html_entities.h"
#include "ingest/text/whitespace.h"

#include <algorithm>
#include <array>
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

Role role_of(std::string_view lower_name) {
    const auto it = std::lower_bound(
        roles.begin(), roles.end(), lower_name,
        [](const std::pair<std::string_view, Role>& e, std::string_view n) { return e.first < n; });
    return it != roles.end() && it->first == lower_name ? it->second : Role::inline_element;
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

class TextWriter {
public:
    explicit TextWriter(std::size_t size_hint) { out_.reserve(size_hint); }

    void text(std::string_view run) {
        if (pre_depth_ > 0) {
            out_.append(run);
            note_breaks(run);
            return;
        }
        bool visible = false;
        for (char c : run) {
            const bool space = is_space(c);
            out_ += space ? ' ' : c;
            visible = visible || !space;
        }
        if (visible) trailing_breaks_ = 0;
    }
    void reference(std::string_view html, std::size_t& pos) {
        const std::size_t before = out_.size();
        const std::size_t used = decode_reference(html, pos, out_, EntityContext::text);
        if (used == 0) {
            out_ += '&';
            ++pos;
            return;
        }
        pos += used;
        // A decoded line break is only whitespace outside <pre>, as in a browser.
        if (pre_depth_ == 0 && out_.size() == before + 1 && is_space(out_.back()))
            out_.back() = ' ';
        note_breaks(std::string_view(out_).substr(before));
    }
    // <br>: one more line break, however many came before.
    void line_break() {
        out_ += '\n';
        ++trailing_breaks_;
    }
    // A block's edge: at least `n` line breaks, sharing those already there,
    // so that </li><li> is one line break and not two.
    void block_break(int n) {
        for (; trailing_breaks_ < n; ++trailing_breaks_)
            out_ += '\n';
    }
    void space() { out_ += ' '; }
    void enter_pre() { ++pre_depth_; }
    void leave_pre() {
        if (pre_depth_ > 0) --pre_depth_;
    }
    std::string& buffer() { return out_; }

private:
    void note_breaks(std::string_view run) {
        for (char c : run) {
            if (c == '\n')
                ++trailing_breaks_;
            else if (!is_space(c))
                trailing_breaks_ = 0;
        }
    }

    std::string out_;
    int pre_depth_ = 0;
    int trailing_breaks_ = 0;
};

std::string strip_tags(std::string_view html) {
    TextWriter w(html.size());
    std::size_t pos = 0;
    const std::size_t n = html.size();
    while (pos < n) {
        const std::size_t special = html.find_first_of("<&", pos);
        if (special == std::string_view::npos) {
            w.text(html.substr(pos));
            break;
        }
        w.text(html.substr(pos, special - pos));
        pos = special;
        if (html[pos] == '&') {
            w.reference(html, pos);
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
            w.text(html.substr(pos + 9, stop - pos - 9));
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
            w.text("<"); // a lone '<', as in "a < b"
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
            closing ? w.leave_pre() : w.enter_pre();
            break;
        case Role::raw_skipped:
            if (!closing && html[tag_end - 2] != '/') {
                const std::size_t end = find_end_tag(html, pos, lower_name);
                if (end == std::string_view::npos) return std::move(w.buffer());
                pos = end;
            }
            break;
        }
    }
    return std::move(w.buffer());
}

} // namespace

std::string html_to_text(std::string_view html) {
    return normalise_paragraphs(strip_tags(html));
}

std::string html_to_line(std::string_view html) {
    return collapse_whitespace(strip_tags(html));
}

} // namespace parley
