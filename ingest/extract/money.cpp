// Amounts of money: "$550 billion", "US$1.5 billion", "211 billion yen".

#include "ingest/extract/taggers.h"

namespace parley::extract {

void tag_money(const Document& doc, const Gazetteer& g, const Scan& s, TakenNumbers& taken,
               std::vector<Tag>& out) {
    for (std::size_t k = 0; k < s.numbers.size(); ++k) {
        const NumberSpan& n = s.numbers[k];
        if (n.ordinal || taken[k]) continue;
        Tag t;
        t.kind = TagKind::money;
        t.number = n.value;
        bool found = false;
        // A symbol ending right before the number: "$550", "US$ 1.5".
        for (std::size_t back = 1; back <= 3 && back <= n.first && !found; ++back) {
            const LexMatch* m = s.lex_starting(n.first - back);
            if (m && m->last == n.first && g.entries[m->entry].kind == EntryKind::currency_symbol) {
                t.first = m->first;
                t.last = n.last;
                t.code = g.currencies[g.entries[m->entry].index];
                found = true;
            }
        }
        if (!found) {
            if (const Entry* e = entry_at(s, g, n.last, EntryKind::currency_word)) {
                t.first = n.first;
                t.last = s.lex_starting(n.last)->last;
                t.code = g.currencies[e->index];
                found = true;
            }
        }
        if (!found) continue;
        out.push_back(t);
        taken[k] = true;
    }
    (void)doc;
}

} // namespace parley::extract
