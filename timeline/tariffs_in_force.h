#pragma once
// The tariff measures in force on a day: baseline, country-specific and
// sectoral, each with its rate, whether it is active or paused (until when),
// and the events it rests on.

#include "timeline/event.h"
#include "timeline/measure.h"

#include <date/date.h>
#include <optional>
#include <string>
#include <vector>

namespace parley {

enum class MeasureState {
    active,
    paused,   // suspended until `paused_until`
    announced // announced, not in force on that day
};

std::string_view to_string(MeasureState s);

struct MeasureInForce {
    MeasureScope scope;
    MeasureCategory category = MeasureCategory::baseline;
    std::optional<double> rate_pct;
    std::vector<std::string> other_rates; // readings other sources give
    MeasureState state = MeasureState::active;
    DateValue since;                       // the date of the event that set it
    std::optional<DateValue> paused_until; // when paused: the expiry, extensions counted
    bool by_deal = false;                  // a deal's rate (with its quota)
    std::optional<std::int64_t> quota;
    std::vector<std::string> event_ids; // the measure's events, then its pause's
    std::size_t sources = 0;            // distinct articles behind them
};

// From tariff, pause and deal timeline events (others are ignored): the
// measures on `target` (and on ALL) in force on `as_of`; every measure when
// `target` is empty. A measure is in force once an imposed or changed event
// dated on or before `as_of` sets it, at the rate of the latest such event;
// paused while a pause that applies to it (measure.h) has begun and not
// expired; a deal with a rate gives its partner that rate on its products.
std::vector<MeasureInForce> tariffs_in_force(const std::vector<Event>& events, date::sys_days as_of,
                                             const std::string& target);

} // namespace parley
