#pragma once
// Time expressions found in text and resolved against the moment the text
// speaks from.

#include "timeline/date_value.h"

#include <chrono>
#include <date/date.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

namespace temporal {
struct TemporalLexicon;
}

// The moment an article speaks from: its publication instant, seen in the
// outlet's time zone (an IANA name) or, failing that, at a fixed UTC offset.
struct ReferenceTime {
    date::sys_seconds instant;
    std::string zone; // "Asia/Tokyo"; empty: use `offset`
    std::chrono::minutes offset{0};
};

enum class TimexType { date, time, duration, set };

// How precisely an expression's span is known, finest first.
enum class TimeGrain {
    second,
    minute,
    hour,
    part_of_day,
    day,
    weekend,
    week,
    month,
    season,
    quarter,
    half,
    year,
    decade,
    century
};

struct TimeExpression {
    std::size_t begin = 0; // byte offsets into the text
    std::size_t end = 0;
    std::string text;
    TimexType type = TimexType::date;
    std::string
        value;      // TIMEX3: "2025-05-23", "2025-W21", "P90D", "PRESENT_REF", "2025-11-10T00:01"
    DateValue date; // the days covered; unknown when the text cannot be placed
    std::optional<int> duration_days; // for durations ("for 90 days", "a 90-day pause")
    std::string cue; // the bounding word in front, normalised: by, until, since, from, starting,
                     // no_later_than, on_or_after, before, after, within; empty if none;
                     // "attributive" when the date only qualifies the noun of a
                     // happening after it, which the word in front bounds
                     // ("after weekend talks")

    // The span the words name, [start, end), on the wall clock of the zone
    // the text names (`utc_offset`) or else of the reference. For a phrase
    // read on its own (parse_time_phrase) a bounding cue opens or closes it:
    // "until 2pm" has only an end, "since 2014" only a start.
    std::optional<date::local_seconds> start;
    std::optional<date::local_seconds> stop;
    TimeGrain grain = TimeGrain::day;
    std::optional<std::chrono::minutes> utc_offset; // of a zone the text names ("EDT")
    // A duration anchored by a neighbouring date ("for 90 days from April 9"):
    // the first day it no longer covers. See timeline/calendar.h.
    std::optional<date::sys_days> expires;
};

std::string_view to_string(TimexType t); // DATE, TIME, DURATION, SET
std::string_view to_string(TimeGrain g); // second … century

// Every time expression in `text`, in order, resolved against `ref`. Each
// date's direction comes from its clause (see ingest/temporal/direction.h).
// Uses parley's own data/temporal (PARLEY_DATA_DIR when set).
std::vector<TimeExpression> find_time_expressions(std::string_view text, const ReferenceTime& ref);
std::vector<TimeExpression> find_time_expressions(std::string_view text, const ReferenceTime& ref,
                                                  const temporal::TemporalLexicon& lexicon);
// The same, and `*lower_text` (when given) becomes `text` with its ASCII
// capitals lowered, which the temporal engine makes as it reads.
std::vector<TimeExpression> find_time_expressions(std::string_view text, const ReferenceTime& ref,
                                                  const temporal::TemporalLexicon& lexicon,
                                                  std::string* lower_text);

// One phrase on its own, as a user types it (`--since friday`, "next
// Tuesday at 3pm"): the expression it is as a whole, or nothing. With no
// clause around it a phrase leans to the future, as Duckling does: "friday"
// is the coming Friday, not today.
std::optional<TimeExpression> parse_time_phrase(std::string_view phrase, const ReferenceTime& ref);
std::optional<TimeExpression> parse_time_phrase(std::string_view phrase, const ReferenceTime& ref,
                                                const temporal::TemporalLexicon& lexicon);

// The lexicon the two-argument functions use, read once from parley's data
// directory. Throws std::runtime_error if a data file is malformed.
const temporal::TemporalLexicon& default_temporal_lexicon();

// The reference instant on the wall clock of its zone (or offset). Throws
// std::runtime_error for a zone the tz database does not know.
date::local_seconds local_reference(const ReferenceTime& ref);

} // namespace parley
