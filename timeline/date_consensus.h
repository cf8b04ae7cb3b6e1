#pragma once
// The date several reports of one happening agree on: the most precise date
// consistent with the most of them. "In April" and "April 3" give April 3;
// "April 3" and "April 4" disagree, and the disagreement is kept.

#include "timeline/date_value.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace parley {

struct DateConsensus {
    std::size_t chosen = 0; // index of the report whose date it is
    // Indices of reports whose dates do not contain the chosen one.
    std::vector<std::size_t> disagree;
};

// True when every day `inner` covers, `outer` covers too.
bool covers(const DateValue& outer, const DateValue& inner);
// True when the two dates share a day.
bool overlaps(const DateValue& a, const DateValue& b);
// Days covered, or 0 for an unknown date.
long span_days(const DateValue& d);

// Among known dates, the one contained in the most others (itself included);
// ties go to the narrower date, then the earlier, then the smaller value.
// Unknown dates take no part. nullopt when none is known.
std::optional<DateConsensus> date_consensus(const std::vector<DateValue>& dates);

} // namespace parley
