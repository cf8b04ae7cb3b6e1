#include "ingest/extract/patterns.h"

#include "ingest/extract/data_lines.h"
#include "ingest/extract/tokens.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace parley::extract {

namespace {

constexpr std::array<std::pair<std::string_view, TagKind>, 15> tag_names{{
    {"DATE", TagKind::date},
    {"DURATION", TagKind::duration},
    {"PERCENT", TagKind::percent},
    {"POINTS", TagKind::points},
    {"CHANGE", TagKind::change},
    {"QUANTITY", TagKind::quantity},
    {"MONEY", TagKind::money},
    {"ORDINAL", TagKind::ordinal},
    {"NUMBER", TagKind::cardinal},
    {"COUNTRY", TagKind::country},
    {"ORG", TagKind::organisation},
    {"PLACE", TagKind::place},
    {"PRODUCT", TagKind::product},
    {"PERSON", TagKind::person},
    {"ROLE", TagKind::role},
}};

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        auto p = s.find(sep, start);
        out.push_back(
            s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
        if (p == std::string_view::npos) break;
        start = p + 1;
    }
    return out;
}

void add_literal(PatternElement& e, std::string_view word, PatternContext& c) {
    std::string lower = lower_ascii(word);
    auto tokens = phrase_tokens(lower);
    if (tokens.empty()) throw std::invalid_argument("empty word");
    if (tokens.size() == 1) {
        e.words.push_back(c.vocabulary.intern(tokens[0]));
        e.word_bits |= std::uint64_t(1) << (e.words.back() % 64);
        return;
    }
    // A phrase such as "ministerial-level": matched as a class of one phrase.
    std::string name = "\x01" + lower;
    c.classes.add(c.vocabulary, name, lower);
    e.classes.push_back(*c.classes.find(name));
}

PatternElement parse_element(std::string_view text, PatternContext& c) {
    PatternElement e;
    if (!text.empty() && text.back() == '?') {
        e.optional = true;
        text.remove_suffix(1);
    }
    if (text.empty()) throw std::invalid_argument("an empty element");
    if (text == "..") {
        e.gap = true;
        return e;
    }
    for (auto alt : split(text, '|')) {
        if (alt.empty())
            throw std::invalid_argument("an empty alternative in '" + std::string(text) + "'");
        if (alt.front() == '<') {
            if (alt.back() != '>')
                throw std::invalid_argument("unclosed '<' in '" + std::string(alt) + "'");
            std::string_view inner = alt.substr(1, alt.size() - 2);
            std::string_view cue;
            if (auto colon = inner.find(':'); colon != std::string_view::npos) {
                cue = inner.substr(colon + 1);
                inner = inner.substr(0, colon);
            }
            auto kind = tag_kind_from_name(inner);
            if (!kind) throw std::invalid_argument("unknown tag <" + std::string(inner) + ">");
            if (!cue.empty()) {
                if (*kind != TagKind::date && *kind != TagKind::duration)
                    throw std::invalid_argument("only <DATE> and <DURATION> take a cue");
            }
            e.tags.push_back(*kind);
            e.tag_bits |= tag_bit(*kind);
            e.cues.emplace_back(cue);
        } else if (alt.front() == '[') {
            if (alt.back() != ']')
                throw std::invalid_argument("unclosed '[' in '" + std::string(alt) + "'");
            std::string_view name = alt.substr(1, alt.size() - 2);
            auto id = c.classes.find(name);
            if (!id)
                throw std::invalid_argument("unknown word class [" + std::string(name) +
                                            "] (data/language/words.tsv)");
            e.classes.push_back(*id);
        } else if (alt.back() == '~') {
            for (const auto& form : c.verbs.forms(lower_ascii(alt.substr(0, alt.size() - 1))))
                add_literal(e, form, c);
        } else {
            add_literal(e, alt, c);
        }
    }
    e.single = !e.optional && !e.words.empty() && e.classes.empty() && e.tags.empty();
    for (auto w : e.words)
        e.add_start(w);
    for (auto cls : e.classes)
        for (auto w : c.classes.first_words(cls))
            e.add_start(w);
    return e;
}

bool is_quote(std::string_view t) {
    return t == "\"" || t == "'" || t == "\u201c" || t == "\u201d" || t == "\u2018" ||
           t == "\u2019";
}

class Matcher {
public:
    Matcher(const MatchContext& c, const Pattern& p, std::size_t limit)
        : c_(c), p_(p), limit_(limit), size_(p.elements.size()) {}

    // The end of a match of elements [k, size_) from `pos`, or 0. The last
    // element's matches end the pattern without a call.
    std::size_t next(std::size_t k, std::size_t pos) const {
        return k == size_ ? pos : from(k, pos);
    }

    std::size_t from(std::size_t k, std::size_t pos) const {
        for (; p_.elements[k].single; ++k, ++pos) {
            const PatternElement& e = p_.elements[k];
            if (pos >= limit_) return 0;
            const auto w = c_.doc.tokens[pos].word;
            if (!e.may_be_word(w) || std::find(e.words.begin(), e.words.end(), w) == e.words.end())
                return 0;
            if (k + 1 == size_) return pos + 1;
        }
        const PatternElement& e = p_.elements[k];
        if (e.gap) {
            // `t`: the token after the words the gap has taken.
            std::size_t t = pos;
            for (std::size_t g = 0; g <= e.gap_words; ++g) {
                if (g > 0) {
                    if (t >= limit_) break;
                    // Words, quotation marks, the hyphens inside words and
                    // the sign of a rate: "concluded "a massive deal"", "put
                    // his country-specific tariffs on hold", "keep its 24%
                    // tariff on hold"; and an aside, as one word.
                    if (c_.doc.tokens[t].shape == TokenShape::punct &&
                        !is_quote(c_.doc.token_text(t)) && c_.doc.token_text(t) != "-" &&
                        c_.doc.token_text(t) != "%") {
                        t = aside_end(t);
                        if (t == 0) break;
                    } else {
                        ++t;
                    }
                }
                if (std::size_t r = next(k + 1, t)) return r;
            }
            return 0;
        }
        if (pos < limit_) {
            const Token& tok = c_.doc.tokens[pos];
            if (e.may_be_word(tok.word))
                for (auto w : e.words)
                    if (tok.word == w)
                        if (std::size_t r = next(k + 1, pos + 1)) return r;
            for (auto cls : e.classes)
                if (std::size_t end = c_.classes.match(c_.doc, cls, pos, limit_))
                    if (std::size_t r = next(k + 1, end)) return r;
            if (e.may_take(c_.tags.kinds_at[pos])) {
                for (auto t = std::size_t(c_.tags.first_at[pos]);
                     t < c_.doc.tags.size() && c_.doc.tags[t].first == pos; ++t) {
                    const Tag& tag = c_.doc.tags[t];
                    if (tag.last > limit_) continue;
                    if (!e.takes(tag)) continue;
                    if (std::size_t r = next(k + 1, tag.last)) return r;
                }
            }
        }
        if (e.optional) return next(k + 1, pos);
        return 0;
    }

private:
    // The token after an aside opening at comma `comma` (", including cars,"),
    // or 0: a few words between two commas, the first or last of them a
    // word of asides.
    std::size_t aside_end(std::size_t comma) const {
        if (c_.doc.token_text(comma) != "," || comma + 2 >= limit_) return 0;
        for (std::size_t j = comma + 2; j < limit_ && j <= comma + 5; ++j) {
            if (c_.doc.token_text(j) == ",")
                return c_.classes.is_word(c_.doc, c_.aside_open, comma + 1) ||
                               c_.classes.is_word(c_.doc, c_.aside_close, j - 1)
                           ? j + 1
                           : 0;
            if (c_.doc.tokens[j].shape == TokenShape::punct) return 0;
        }
        return 0;
    }

    const MatchContext& c_;
    const Pattern& p_;
    std::size_t limit_;
    std::size_t size_;
};

} // namespace

std::optional<TagKind> tag_kind_from_name(std::string_view name) {
    for (const auto& [n, k] : tag_names)
        if (n == name) return k;
    return std::nullopt;
}

Pattern parse_pattern(std::string_view text, PatternContext& c) {
    Pattern p;
    p.text = std::string(text);
    for (auto w : words_of(text)) {
        PatternElement e = parse_element(w, c);
        if (e.gap && !p.elements.empty() && p.elements.back().gap) {
            p.elements.back().gap_words += e.gap_words;
            continue;
        }
        p.elements.push_back(std::move(e));
    }
    if (p.elements.empty()) throw std::invalid_argument("an empty pattern");
    const auto& first = p.elements.front();
    if (first.gap || first.optional)
        throw std::invalid_argument("a pattern cannot start with '..' or an optional element");
    return p;
}

TagIndex::TagIndex(const Document& doc)
    : first_at(doc.tokens.size(), -1), kinds_at(doc.tokens.size(), 0) {
    for (std::size_t k = doc.tags.size(); k-- > 0;)
        if (doc.tags[k].first < first_at.size()) {
            first_at[doc.tags[k].first] = static_cast<int>(k);
            kinds_at[doc.tags[k].first] |= tag_bit(doc.tags[k].kind);
        }
}

std::size_t match_pattern(const MatchContext& c, const Pattern& p, std::size_t pos,
                          std::size_t limit) {
    std::size_t end = Matcher(c, p, limit).next(0, pos);
    return end > pos ? end : 0;
}

} // namespace parley::extract
