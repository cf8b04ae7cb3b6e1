#include "ingest/extract/sentences.h"

#include <stdexcept>

namespace parley::extract {

namespace {

bool is_terminal(std::string_view t) {
    return t == "." || t == "!" || t == "?" || t == "..." || t == "\u2026";
}

bool is_closer(std::string_view t) {
    return t == "\"" || t == "'" || t == ")" || t == "]" || t == "\u201d" || t == "\u2019" ||
           t == "\u00bb";
}

bool is_dash(std::string_view t) {
    return t == "--" || t == "---" || t == "-" || t == "\u2014" || t == "\u2013";
}

bool is_opening(std::string_view t) {
    return t == "\"" || t == "(" || t == "[" || t == "'" || t == "\u201c" || t == "\u2018" ||
           t == "\u00ab";
}

// Words that keep a sentence going across a line break.
bool continues(std::string_view lower) {
    static const std::unordered_set<std::string_view> words{
        ",",  ";",  ":",  "-",  "(",  "--", "\u2014", "\u2013", "and", "or",   "but", "the", "a",
        "an", "of", "to", "in", "on", "at", "for",    "with",   "by",  "from", "as",  "that"};
    return words.contains(lower);
}

static_assert(Gap::none < Gap::space && Gap::space < Gap::newline && Gap::newline < Gap::paragraph,
              "Splitter::run tests for a line break with >= Gap::newline");

class Splitter {
public:
    Splitter(const Document& doc, const SentenceRules& rules) : doc_(doc), rules_(rules) {}

    std::vector<Sentence> run() {
        std::vector<Sentence> out;
        const auto n = doc_.tokens.size();
        out.reserve(n / 16 + 1);
        std::size_t start = 0;
        auto close = [&](std::size_t end) {
            if (start < end) {
                start = skip_dateline(start, end);
                if (start < end)
                    out.push_back(
                        Sentence{start, end, doc_.tokens[start].begin, doc_.tokens[end - 1].end});
            }
            start = end;
        };
        // In locals: the sentence appends would make each token's tests load
        // them again.
        const char* const text = doc_.text.data();
        const Token* const tokens = doc_.tokens.data();
        for (std::size_t i = 0; i < n; ++i) {
            const Token& t = tokens[i];
            // Only a line break can break a line.
            if (t.gap >= Gap::newline && i > start && breaks_line(i)) close(i);
            bool boundary = false;
            if (t.shape == TokenShape::punct) {
                // Every terminal mark starts with one of these bytes ("…" with 0xE2).
                const char c = text[t.begin];
                if (c != '.' && c != '!' && c != '?' && c != '\xe2') continue;
                if (!is_terminal(doc_.token_text(i))) continue;
                boundary = ends_at_mark(i);
            } else if (t.shape == TokenShape::word && t.end - t.begin > 2 &&
                       text[t.end - 1] == '.') {
                boundary = ends_at_abbreviation(i, i + 1); // "U.S." at the end of a sentence
            }
            if (!boundary) continue;
            std::size_t end = i + 1;
            while (end < n && doc_.tokens[end].gap == Gap::none &&
                   (is_closer(doc_.token_text(end)) || is_terminal(doc_.token_text(end))))
                ++end;
            close(end);
            i = end - 1;
        }
        close(n);
        return out;
    }

private:
    bool breaks_line(std::size_t i) const {
        const Token& t = doc_.tokens[i];
        if (t.gap == Gap::paragraph) return true;
        if (t.gap != Gap::newline) return false;
        if (!(t.upper_initial || t.shape == TokenShape::number || is_opening(doc_.token_text(i))))
            return false;
        return !continues(doc_.token_lower(i - 1));
    }

    std::string_view next_text(std::size_t i) const {
        return i < doc_.tokens.size() ? doc_.token_text(i) : std::string_view{};
    }

    // Whether a sentence can start at token i (after optional quotes).
    bool starts_sentence(std::size_t i) const {
        const auto n = doc_.tokens.size();
        while (i < n && is_opening(doc_.token_text(i)))
            ++i;
        if (i >= n) return true;
        const Token& t = doc_.tokens[i];
        return t.upper_initial || t.shape == TokenShape::number;
    }

    bool starter_word(std::size_t i) const {
        const auto n = doc_.tokens.size();
        while (i < n && is_opening(doc_.token_text(i)))
            ++i;
        if (i >= n) return true;
        return rules_.starters.contains(doc_.token_lower(i));
    }

    bool ends_at_mark(std::size_t i) const {
        const auto n = doc_.tokens.size();
        std::size_t next = i + 1;
        while (next < n && doc_.tokens[next].gap == Gap::none &&
               (is_closer(doc_.token_text(next)) || is_terminal(doc_.token_text(next))))
            ++next;
        if (next >= n) return true;
        if (!starts_sentence(next)) return false;
        if (doc_.token_text(i) != "." || i == 0 || doc_.tokens[i].gap != Gap::none) return true;
        return ends_at_abbreviation(i - 1, next);
    }

    // The word at `w` is followed by a period; does the sentence end before `next`?
    bool ends_at_abbreviation(std::size_t w, std::size_t next) const {
        if (next >= doc_.tokens.size()) return true;
        if (!starts_sentence(next)) return false;
        std::string_view word = doc_.token_text(w);
        std::string_view lower = doc_.token_lower(w);
        if (!lower.empty() && lower.back() == '.') {
            // A dotted initialism such as "U.S.": ends a sentence only before a starter.
            return starter_word(next);
        }
        if (word.size() == 1 && doc_.tokens[w].upper_initial) return false; // an initial: "J."
        if (rules_.titles.contains(lower)) return false;
        if (rules_.before_number.contains(lower) && doc_.tokens[next].shape == TokenShape::number)
            return false;
        if (rules_.suffixes.contains(lower)) return starter_word(next);
        return true;
    }

    // "WASHINGTON --", "TOKYO, May 20 (Kyodo) --" at the start of a paragraph.
    std::size_t skip_dateline(std::size_t start, std::size_t end) const {
        if (start > 0 && doc_.tokens[start].gap != Gap::paragraph &&
            doc_.tokens[start].gap != Gap::newline)
            return start;
        std::size_t i = start;
        int caps = 0;
        while (i < end && i < start + 12) {
            const Token& t = doc_.tokens[i];
            std::string_view s = doc_.token_text(i);
            if (t.shape == TokenShape::word && t.all_caps && s.size() >= 2) {
                ++caps;
                ++i;
            } else if (s == "," || s == "/") {
                ++i;
            } else if (caps > 0 && t.shape == TokenShape::word && t.upper_initial) {
                ++i; // "May"
            } else if (caps > 0 && t.shape == TokenShape::number) {
                ++i;
            } else if (caps > 0 && s == "(") {
                std::size_t j = i + 1;
                while (j < end && j < i + 6 && doc_.token_text(j) != ")")
                    ++j;
                if (j >= end || doc_.token_text(j) != ")") return start;
                i = j + 1;
            } else {
                break;
            }
        }
        if (caps == 0 || i >= end || i + 1 >= end) return start;
        if (!is_dash(doc_.token_text(i)) || doc_.tokens[i].gap == Gap::none) return start;
        return i + 1;
    }

    const Document& doc_;
    const SentenceRules& rules_;
};

} // namespace

void add_abbreviation_line(SentenceRules& rules, const std::string& line) {
    auto tab = line.find_first_of(" \t");
    if (tab == std::string::npos) throw std::runtime_error("expected 'word<TAB>kind'");
    std::string word = line.substr(0, tab);
    for (auto& c : word)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!word.empty() && word.back() == '.') word.pop_back();
    auto k = line.find_first_not_of(" \t", tab);
    std::string kind = k == std::string::npos ? "" : line.substr(k);
    if (kind == "title")
        rules.titles.insert(word);
    else if (kind == "before_number")
        rules.before_number.insert(word);
    else if (kind == "suffix")
        rules.suffixes.insert(word);
    else
        throw std::runtime_error("unknown abbreviation kind '" + kind +
                                 "' (title, before_number or suffix)");
}

std::vector<Sentence> split_sentences(const Document& doc, const SentenceRules& rules) {
    return Splitter(doc, rules).run();
}

} // namespace parley::extract
