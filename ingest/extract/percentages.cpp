// Rates: "25 percent", "25%", "25-percent", "14 percentage points", and the
// change "from 24 percent to 14 percent".

#include "ingest/extract/taggers.h"

#include <algorithm>
#include <utility>

namespace parley::extract {

namespace {

// The end of the percent word after the number ending at `j`, with its kind.
bool percent_word_at(const Document& doc, const Gazetteer& g, const Scan& s, std::size_t j,
                     std::size_t& end, EntryKind& kind) {
    if (j < doc.tokens.size() && doc.token_text(j) == "-" && doc.tokens[j].gap == Gap::none) ++j;
    const LexMatch* m = s.lex_starting(j);
    if (!m) return false;
    kind = g.entries[m->entry].kind;
    if (kind != EntryKind::percent_word && kind != EntryKind::points_word) return false;
    end = m->last;
    return true;
}

// Where a change ("from 24 percent to 14 percent", "to 25 from 10 percent")
// may begin, in order: its first value, a number or a rate (by their first
// tokens in `rates`), follows "from" or "to" and perhaps a determiner. Few
// tokens are so placed, and only they are read.
std::vector<std::size_t>
change_starts(const Scan& s, const std::vector<std::pair<std::size_t, std::size_t>>& rates) {
    std::vector<std::size_t> out;
    out.reserve(2 * (s.numbers.size() + rates.size()));
    auto add_before = [&](std::size_t value) {
        if (value >= 1) out.push_back(value - 1);
        if (value >= 2) out.push_back(value - 2);
    };
    for (const NumberSpan& n : s.numbers)
        add_before(n.first);
    for (const auto& r : rates)
        add_before(r.first);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

void tag_percentages(const Document& doc, const Gazetteer& g, const Scan& s, TakenNumbers& taken,
                     std::vector<Tag>& out) {
    const std::size_t start = out.size();
    for (std::size_t k = 0; k < s.numbers.size(); ++k) {
        const NumberSpan& n = s.numbers[k];
        if (n.ordinal || taken[k]) continue;
        std::size_t end = 0;
        EntryKind kind{};
        if (!percent_word_at(doc, g, s, n.last, end, kind)) continue;
        Tag t;
        t.first = n.first;
        t.last = end;
        t.kind = kind == EntryKind::points_word ? TagKind::points : TagKind::percent;
        t.number = n.value;
        out.push_back(t);
        taken[k] = true;
    }
    // Rates in words: "duty-free", "cut to zero".
    for (const auto& m : s.lex) {
        const Entry& e = g.entries[m.entry];
        if (e.kind != EntryKind::rate_word) continue;
        Tag t;
        t.first = m.first;
        t.last = m.last;
        t.kind = TagKind::percent;
        t.number = g.numbers[e.index];
        out.push_back(t);
    }
    // A bare number before a rate shares its unit: "from 10 to 25 percent".
    // The rates found so far, by their first token (the first found wins):
    // few, so a sorted list of (first token, index) is enough.
    std::vector<std::pair<std::size_t, std::size_t>> rates;
    for (std::size_t i = start; i < out.size(); ++i)
        if (out[i].kind == TagKind::percent) rates.emplace_back(out[i].first, i);
    std::sort(rates.begin(), rates.end());
    auto percent_at = [&](std::size_t token) -> const Tag* {
        auto it = std::lower_bound(rates.begin(), rates.end(),
                                   std::pair<std::size_t, std::size_t>{token, 0});
        if (it == rates.end() || it->first != token) return nullptr;
        return &out[it->second];
    };
    auto value_at = [&](std::size_t token, double& v, std::size_t& end) {
        if (const Tag* p = percent_at(token)) {
            v = p->number;
            end = p->last;
            return true;
        }
        if (const NumberSpan* n = s.number_starting(token); n && !n->ordinal) {
            v = n->value;
            end = n->last;
            return true;
        }
        return false;
    };
    const std::size_t n_tokens = doc.tokens.size();
    std::vector<Tag> changes;
    // Past the last change found: changes do not overlap.
    std::size_t next = 0;
    for (const std::size_t i : change_starts(s, rates)) {
        if (i + 3 >= n_tokens) break;
        if (i < next) continue;
        // Length and first letter rule out most tokens before a compare.
        const Token& tk = doc.tokens[i];
        if (tk.end - tk.begin != 4 && tk.end - tk.begin != 2) continue;
        if (doc.lower[tk.begin] != 'f' && doc.lower[tk.begin] != 't') continue;
        std::string_view w = doc.token_lower(i);
        if (w != "from" && w != "to") continue;
        double a = 0, b = 0;
        std::size_t end_a = 0, end_b = 0;
        // "from 24 percent", "from the 25 percent", "from an earlier 46 percent"
        auto skip_determiner = [&](std::size_t j) {
            if (j < n_tokens && (doc.token_lower(j) == "the" || doc.token_lower(j) == "a" ||
                                 doc.token_lower(j) == "an" || doc.token_lower(j) == "its"))
                ++j;
            return j;
        };
        const std::size_t at_a = skip_determiner(i + 1);
        if (!value_at(at_a, a, end_a)) continue;
        if (end_a >= n_tokens) continue;
        std::string_view link = doc.token_lower(end_a);
        if (!((w == "from" && link == "to") || (w == "to" && link == "from"))) continue;
        const std::size_t at_b = skip_determiner(end_a + 1);
        const Tag* second = percent_at(at_b);
        const Tag* first = percent_at(at_a);
        if (!second && !first) continue;
        if (!value_at(at_b, b, end_b)) continue;
        Tag t;
        t.first = i;
        t.last = end_b;
        t.kind = TagKind::change;
        if (w == "from") {
            t.from = a;
            t.number = b;
        } else {
            t.from = b;
            t.number = a;
        }
        changes.push_back(t);
        next = end_b;
    }
    out.insert(out.end(), changes.begin(), changes.end());
}

} // namespace parley::extract
