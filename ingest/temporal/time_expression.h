#pragma once
// Time expressions found in text and resolved against the moment the text
// speaks from.

#include "timeline/date_value.h"

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// The moment an article speaks from: its publication instant, seen in the
// outlet's time zone (an IANA name) or, failing that, at a fixed UTC offset.
struct ReferenceTime {
    date::sys_seconds instant;
    std::string zone;                   // "Asia/Tokyo"; empty: use `offset`
    std::chrono::minutes offset{0};
};

enum class TimexType { date, time, duration, set };

struct TimeExpression {
    std::size_t begin = 0;  // byte offsets into the text
    std::size_t end = 0;
    std::string text;
    TimexType type = TimexType::date;
    std::string value;  // TIMEX3: "2025-05-23", "2025-W21", "P90D", "PRESENT_REF", "2025-11-10T00:01"
    DateValue date;     // the days covered; unknown when the text cannot be placed
    std::optional<int> duration_days;  // for durations ("for 90 days", "a 90-day pause")
    std::string cue;  // the bounding word in front, normalised: by, until, since, from, starting,
                      // no_later_than, on_or_after, before, after, within; empty if none
};

// Every time expression in `text`, in order, resolved against `ref`.
std::vector<TimeExpression> find_time_expressions(std::string_view text, const ReferenceTime& ref);

}  // namespace parley
