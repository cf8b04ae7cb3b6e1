// Countries, organisations, places, products and roles from the gazetteer.

#include "ingest/extract/taggers.h"

namespace parley::extract {

void tag_entities(const Document& /*doc*/, const Gazetteer& g, const Scan& s,
                  std::vector<Tag>& out) {
    for (const auto& m : s.lex) {
        const Entry& e = g.entries[m.entry];
        Tag t;
        t.first = m.first;
        t.last = m.last;
        t.ref = static_cast<int>(e.index);
        switch (e.kind) {
        case EntryKind::country:
            t.kind = TagKind::country;
            t.code = g.countries[e.index];
            t.form = e.form;
            break;
        case EntryKind::organisation:
            t.kind = TagKind::organisation;
            t.code = g.organisations[e.index].country;
            break;
        case EntryKind::place:
            t.kind = TagKind::place;
            t.code = g.places[e.index].country;
            break;
        case EntryKind::product:
            t.kind = TagKind::product;
            t.code = g.products[e.index];
            break;
        case EntryKind::role:
            t.kind = TagKind::role;
            t.code = g.roles[e.index].country;
            break;
        default:
            continue;
        }
        out.push_back(t);
    }
}

} // namespace parley::extract
