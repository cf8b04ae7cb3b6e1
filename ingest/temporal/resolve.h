#pragma once
// Places a Spec on the calendar: against the reference time seen in the
// outlet's zone, the direction its clause gives it, and the last date the
// text mentioned. Calendar arithmetic is Howard Hinnant's date throughout.

#include "ingest/temporal/spec.h"
#include "timeline/calendar.h"

#include <date/date.h>
#include <optional>

namespace parley::temporal {

// A stretch of local wall-clock time, [start, end).
struct Span {
    date::local_seconds start{};
    date::local_seconds end{};
    Grain grain = Grain::day; // how precisely start and end are known
    Grain label = Grain::day; // the calendar unit the words name (the TIMEX3 value's)
    int code = -1;            // season (0 SP … 3 WI) or daypart index, for the value
    bool open_start = false;  // "until 2pm": no start
    bool open_end = false;    // "since 2014": no end
};

struct ResolveContext {
    date::local_seconds now{};     // the reference instant in the outlet's zone
    Lean lean = Lean::nearest;     // from the clause
    bool standalone = false;       // a phrase on its own: weekdays and months skip the current one
    std::optional<Span> mentioned; // the last date the text mentioned
    std::optional<Span> mentioned_day; // the last one a day long or shorter
    const TemporalLexicon* lex = nullptr;
};

// Where `spec` falls, or nothing when it cannot be placed (a duration, a
// set, a happening parley does not know).
std::optional<Span> resolve(const Spec& spec, const ResolveContext& ctx);

// The TIMEX3 value of a placed span: "2025-05-23", "2025-W21", "2025-SU",
// "2025-05-20TMO", "2025-11-10T00:01".
std::string timex_value(const Span& span, const TemporalLexicon& lex);

// The TIMEX3 value of an amount of time: "P90D", "PT30M", "P3M", "PXY".
std::string duration_value(double amount, bool known, Unit unit);

// The start of the unit holding `t`, and `t` moved by `n` units.
date::local_seconds floor_to(date::local_seconds t, Unit unit);
date::local_seconds add_units(date::local_seconds t, Unit unit, long long n);

Grain grain_of(Unit unit);

} // namespace parley::temporal
