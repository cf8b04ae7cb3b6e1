#pragma once
// What a report says about a tariff pause: when it began, how long it runs,
// and when it ends. Reports give any two of the three ("paused on April 9 for
// 90 days", "paused for 90 days until early July") or only one.
//
// Convention (date_value.h): a pause of N days starting on S covers S..S+N-1
// and expires on S+N, the first day it no longer covers. "Until X" gives the
// expiry X.

#include "timeline/event.h"

#include <date/date.h>
#include <optional>

namespace parley {

struct PauseTerms {
    std::optional<DateValue> start;
    std::optional<int> duration_days;
    std::optional<DateValue> expires;
    bool start_derived = false;   // computed from the expiry and the duration
    bool expires_derived = false; // computed from the start and the duration
};

// The days covered by `d` shifted by `n` days, as a day or an interval value.
DateValue shift_days(const DateValue& d, int n);

// True when the date's own words bound it from above: "until early July",
// "through July 8", "to August 1". The temporal engine keeps such a cue in the
// date's text.
bool is_until_date(const DateValue& d);

// Reads a tariff_paused event: `e.expires` when set; else its date as the
// expiry when its words say "until", or when it lies after `published` and no
// duration is given (a pause reported as running ends later; "a 90-day pause
// from May 14" starts later); else its date as the start. A known start and duration give the
// expiry; a known expiry and duration give the start.
PauseTerms pause_terms(const Event& e, std::optional<date::sys_days> published = std::nullopt);

} // namespace parley
