#include "ingest/extract/scan.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace parley::extract {

namespace {

int priority(EntryKind k) {
    switch (k) {
    case EntryKind::person:
        return 0;
    case EntryKind::organisation:
        return 1;
    case EntryKind::country:
        return 2;
    case EntryKind::place:
        return 3;
    case EntryKind::role:
        return 4;
    case EntryKind::product:
        return 5;
    case EntryKind::currency_symbol:
        return 6;
    case EntryKind::currency_word:
        return 7;
    case EntryKind::unit:
        return 8;
    case EntryKind::percent_word:
        return 9;
    case EntryKind::points_word:
        return 10;
    case EntryKind::rate_word:
        return 9;
    case EntryKind::multiplier:
        return 11;
    case EntryKind::ordinal:
        return 12;
    case EntryKind::cardinal:
        return 13;
    }
    return 99;
}

// "100,000" → 100000; "1.36" → 1.36; "7th" → 7 (suffix "th"); "1.5bn" → 1.5 ("bn").
bool parse_number(std::string_view s, double& value, std::string_view& suffix) {
    // At most 18 characters are kept (digits and the point), so they fit a
    // buffer on the stack.
    char digits[20];
    std::size_t count = 0;
    std::size_t i = 0;
    bool seen_dot = false;
    std::uint64_t whole = 0;
    for (; i < s.size(); ++i) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (count < 19) digits[count] = c;
            ++count;
            whole = whole * 10 + std::uint64_t(c - '0');
        } else if (c == ',' && !seen_dot) {
            continue;
        } else if (c == '.' && !seen_dot && i + 1 < s.size() && s[i + 1] >= '0' &&
                   s[i + 1] <= '9') {
            seen_dot = true;
            if (count < 19) digits[count] = c;
            ++count;
        } else {
            break;
        }
    }
    if (count == 0 || count > 18) return false;
    suffix = s.substr(i);
    // Up to 15 digits are exact in a double: no need for strtod.
    if (!seen_dot && count <= 15) {
        value = static_cast<double>(whole);
        return true;
    }
    digits[count] = '\0';
    value = std::strtod(digits, nullptr);
    return true;
}

double suffix_scale(std::string_view suffix) {
    std::string s(suffix);
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (s == "k") return 1e3;
    if (s == "m" || s == "mln" || s == "mn") return 1e6;
    if (s == "b" || s == "bn" || s == "bln") return 1e9;
    if (s == "t" || s == "tn" || s == "trn") return 1e12;
    return 0;
}

bool ordinal_suffix(std::string_view suffix) {
    return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

// Whether a token may begin a number in digits ("100,000", "7th", "1.5bn"):
// one that starts with a digit, whatever its shape. A number the tokenizer
// read from other bytes (an overlong UTF-8 digit) would not parse anyway.
bool digits_at(const char* text, const Token& t) {
    return static_cast<unsigned char>(text[t.begin] - '0') < 10;
}

class NumberFinder {
public:
    NumberFinder(const Document& doc, const Gazetteer& g, Scan& s) : doc_(doc), g_(g), s_(s) {}

    // `candidates`: in order, every token where read() can find a number
    // (digits, or a gazetteer match).
    void run(const std::vector<std::size_t>& candidates) {
        std::size_t next = 0;
        for (const std::size_t i : candidates) {
            if (i < next || s_.in_date[i]) continue;
            NumberSpan span;
            if (read(i, span)) {
                s_.number_at[i] = static_cast<int>(s_.numbers.size());
                s_.numbers.push_back(span);
                next = span.last;
            }
        }
    }

private:
    const Entry* number_entry(std::size_t i, std::size_t& last) const {
        const LexMatch* m = s_.lex_starting(i);
        if (!m) return nullptr;
        const Entry& e = g_.entries[m->entry];
        if (e.kind != EntryKind::cardinal && e.kind != EntryKind::ordinal &&
            e.kind != EntryKind::multiplier)
            return nullptr;
        last = m->last;
        return &e;
    }

    bool read(std::size_t i, NumberSpan& span) const {
        const Token& t = doc_.tokens[i];
        std::string_view text = doc_.token_text(i);
        span.first = i;
        std::size_t last = i + 1;
        if (t.shape == TokenShape::number ||
            (t.shape == TokenShape::word && !text.empty() && text[0] >= '0' && text[0] <= '9')) {
            double v = 0;
            std::string_view suffix;
            if (!parse_number(text, v, suffix)) return false;
            if (ordinal_suffix(suffix)) {
                span.value = v;
                span.ordinal = true;
                span.last = last;
                return true;
            }
            if (!suffix.empty()) {
                double scale = suffix_scale(suffix);
                if (scale == 0) return false; // "G7", "737"? a model name, not a number
                v *= scale;
            }
            span.value = v;
        } else {
            const Entry* e = number_entry(i, last);
            if (!e || e->kind == EntryKind::multiplier) return false;
            span.value = g_.numbers[e->index];
            if (e->kind == EntryKind::ordinal) {
                span.ordinal = true;
                span.last = last;
                return true;
            }
            // "twenty-five", "twenty five"
            if (span.value >= 20 && span.value < 100 && std::fmod(span.value, 10) == 0) {
                std::size_t j = last;
                if (j < doc_.tokens.size() && doc_.token_text(j) == "-") ++j;
                std::size_t l2 = 0;
                if (j < doc_.tokens.size()) {
                    if (const Entry* ones = number_entry(j, l2)) {
                        double o = g_.numbers[ones->index];
                        if (ones->kind != EntryKind::multiplier && o >= 1 && o <= 9) {
                            span.value += o;
                            span.ordinal = ones->kind == EntryKind::ordinal;
                            last = l2;
                            if (span.ordinal) {
                                span.last = last;
                                return true;
                            }
                        }
                    }
                }
            }
        }
        // "1.36 million", "two billion"
        std::size_t l2 = 0;
        if (last < doc_.tokens.size()) {
            if (const Entry* m = number_entry(last, l2); m && m->kind == EntryKind::multiplier) {
                span.value *= g_.numbers[m->index];
                last = l2;
            }
        }
        span.last = last;
        return true;
    }

    const Document& doc_;
    const Gazetteer& g_;
    Scan& s_;
};

} // namespace

void scan(const Document& doc, const Gazetteer& g, Scan& s) {
    s.lex.clear();
    s.numbers.clear();
    const auto n = doc.tokens.size();
    s.lex_at.assign(n, -1);
    s.number_at.assign(n, -1);
    s.in_date.assign(n, 0);
    s.lex.reserve(n / 4 + 1);
    s.numbers.reserve(n / 16 + 1);
    for (const auto& tag : doc.tags)
        if ((tag.kind == TagKind::date && !tag.happening) || tag.kind == TagKind::duration)
            for (std::size_t i = tag.first; i < tag.last && i < n; ++i)
                s.in_date[i] = 1;

    // The tokens a number may begin at, gathered on this pass, which reads
    // every token: the number finder then visits those alone.
    thread_local std::vector<std::size_t> candidates;
    candidates.clear();
    const char* const text = doc.text.data();
    for (std::size_t i = 0; i < n;) {
        if (doc.tokens[i].word == 0) {
            if (digits_at(text, doc.tokens[i])) candidates.push_back(i);
            ++i;
            continue;
        }
        std::size_t best_end = 0;
        std::uint32_t best = 0;
        int best_priority = 1000;
        // Of the longest phrases, the one of the kind that ranks first.
        g.phrases.match_longest(doc, i, n, [&](std::size_t end, std::uint32_t payload) {
            int p = priority(g.entries[payload].kind);
            if (best_end == 0 || p < best_priority) {
                best_end = end;
                best = payload;
                best_priority = p;
            }
        });
        if (best_end == 0) {
            if (digits_at(text, doc.tokens[i])) candidates.push_back(i);
            ++i;
            continue;
        }
        s.lex_at[i] = static_cast<int>(s.lex.size());
        s.lex.push_back(LexMatch{i, best_end, best});
        candidates.push_back(i);
        for (std::size_t k = i + 1; k < best_end; ++k)
            if (digits_at(text, doc.tokens[k])) candidates.push_back(k);
        i = best_end;
    }
    NumberFinder(doc, g, s).run(candidates);
}

const Entry* entry_at(const Scan& s, const Gazetteer& g, std::size_t token, EntryKind kind) {
    const LexMatch* m = s.lex_starting(token);
    if (!m) return nullptr;
    const Entry& e = g.entries[m->entry];
    return e.kind == kind ? &e : nullptr;
}

} // namespace parley::extract
