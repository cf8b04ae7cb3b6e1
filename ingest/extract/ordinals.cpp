// Ordinals ("third", "7th") and the numbers no other tagger took.

#include "ingest/extract/taggers.h"

namespace parley::extract {

void tag_ordinals(const Document& /*doc*/, const Scan& s, TakenNumbers& taken,
                  std::vector<Tag>& out) {
    for (std::size_t k = 0; k < s.numbers.size(); ++k) {
        if (taken[k]) continue;
        const NumberSpan& n = s.numbers[k];
        Tag t;
        t.first = n.first;
        t.last = n.last;
        t.kind = n.ordinal ? TagKind::ordinal : TagKind::cardinal;
        t.number = n.value;
        out.push_back(t);
        taken[k] = true;
    }
}

} // namespace parley::extract
