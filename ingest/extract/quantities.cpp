// Quantities of goods: "100,000 cars", "1.36 million vehicles", "13,000
// tonnes of steel", "100,000 British-made cars".

#include "ingest/extract/taggers.h"

namespace parley::extract {

namespace {

const LexMatch* goods_at(const Scan& s, const Gazetteer& g, std::size_t token) {
    const LexMatch* m = s.lex_starting(token);
    if (!m) return nullptr;
    auto kind = g.entries[m->entry].kind;
    return kind == EntryKind::product || kind == EntryKind::unit ? m : nullptr;
}

} // namespace

void tag_quantities(const Document& doc, const Gazetteer& g, const Scan& s, TakenNumbers& taken,
                    std::vector<Tag>& out) {
    const std::size_t n_tokens = doc.tokens.size();
    for (std::size_t k = 0; k < s.numbers.size(); ++k) {
        const NumberSpan& n = s.numbers[k];
        if (n.ordinal || taken[k]) continue;
        std::size_t j = n.last;
        // One country adjective may stand between: "100,000 Japanese cars".
        if (const Entry* c = entry_at(s, g, j, EntryKind::country);
            c && c->form == CountryForm::adjective)
            j = s.lex_starting(j)->last;
        const LexMatch* m = goods_at(s, g, j);
        if (!m) continue;
        Tag t;
        t.first = n.first;
        t.last = m->last;
        t.kind = TagKind::quantity;
        t.number = n.value;
        const Entry& e = g.entries[m->entry];
        t.unit = doc.span_text(m->first, m->last);
        if (e.kind == EntryKind::product) {
            t.code = g.products[e.index];
        } else {
            t.code = g.units[e.index].product;
            // "13,000 tonnes of steel"
            std::size_t after = m->last;
            if (t.code.empty() && after + 1 < n_tokens && doc.token_lower(after) == "of") {
                if (const Entry* p = entry_at(s, g, after + 1, EntryKind::product)) {
                    t.code = g.products[p->index];
                    t.last = s.lex_starting(after + 1)->last;
                }
            }
        }
        out.push_back(t);
        taken[k] = true;
    }
}

} // namespace parley::extract
