#include "timeline/date_consensus.h"

#include <map>
#include <tuple>

namespace parley {

bool covers(const DateValue& outer, const DateValue& inner) {
    return outer.known() && inner.known() && *outer.first <= *inner.first &&
           *inner.last <= *outer.last;
}

bool overlaps(const DateValue& a, const DateValue& b) {
    return a.known() && b.known() && *a.first <= *b.last && *b.first <= *a.last;
}

long span_days(const DateValue& d) {
    if (!d.known()) return 0;
    return (*d.last - *d.first).count() + 1;
}

std::optional<DateConsensus> date_consensus(const std::vector<DateValue>& dates) {
    // Identical spans support each other equally: count them once per span.
    using Span = std::pair<date::sys_days, date::sys_days>;
    std::map<Span, std::size_t> weight;
    for (const auto& d : dates)
        if (d.known()) ++weight[{*d.first, *d.last}];
    if (weight.empty()) return std::nullopt;

    std::optional<Span> best;
    std::size_t best_support = 0;
    for (const auto& [span, w] : weight) {
        std::size_t support = 0;
        for (const auto& [other, ow] : weight)
            if (other.first <= span.first && span.second <= other.second) support += ow;
        auto width = (span.second - span.first).count();
        if (!best || support > best_support ||
            (support == best_support &&
             std::tuple(width, span.first) <
                 std::tuple((best->second - best->first).count(), best->first))) {
            best = span;
            best_support = support;
        }
    }
    DateConsensus c;
    // Of the reports giving the chosen span, the one with the smallest value
    // string (they differ only in how they spell it, e.g. "2025-07" and
    // "2025-07-01/2025-07-31").
    bool found = false;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        const auto& d = dates[i];
        if (!d.known()) continue;
        if (*d.first == best->first && *d.last == best->second) {
            if (!found ||
                std::tie(d.value, d.text) < std::tie(dates[c.chosen].value, dates[c.chosen].text)) {
                c.chosen = i;
                found = true;
            }
        } else if (!(*d.first <= best->first && best->second <= *d.last)) {
            c.disagree.push_back(i);
        }
    }
    return c;
}

} // namespace parley
