#pragma once
// A date as a text states it, normalised to ISO 8601 / TIMEX3.
//
// Convention, used everywhere in parley: a DateValue covers the days from
// `first` to `last`, both INCLUSIVE. "2025-05" covers 2025-05-01..2025-05-31;
// a 90-day pause starting 2025-04-09 covers 2025-04-09..2025-07-07 and expires
// on 2025-07-08, the first day it no longer covers (see calendar.h).

#include <date/date.h>
#include <optional>
#include <string>
#include <string_view>

namespace parley {

enum class Granularity {
    unknown, // the text names a time parley cannot place ("before the G7 summit")
    time,    // a clock time on a day
    day,
    week,
    month,
    season,
    quarter,
    half,
    year,
    interval, // a range of days, as "early July" or "2025-07-01/2025-07-10"
    duration, // an amount of time, not a position on the calendar ("P90D")
    reference // PRESENT_REF, PAST_REF, FUTURE_REF
};

std::string_view to_string(Granularity g);
std::optional<Granularity> granularity_from_string(std::string_view s);

struct DateValue {
    std::string
        value; // "2025-05-23", "2025-W21", "2025-SU", "2025-07-01/2025-07-10"; empty if unknown
    std::string text; // the words that gave it; empty when only the publication date dates it
    Granularity granularity = Granularity::unknown;
    std::optional<date::sys_days> first; // first day covered
    std::optional<date::sys_days> last;  // last day covered, inclusive
    std::string mod; // TimeML mod: START, MID, END, BEFORE, AFTER, ON_OR_AFTER…

    bool known() const { return first.has_value() && last.has_value(); }
    friend bool operator==(const DateValue&, const DateValue&) = default;
};

std::string iso_day(date::sys_days d); // "2025-05-23"

DateValue day_value(date::sys_days d, std::string text = {});
DateValue month_value(date::year_month ym, std::string text = {});
DateValue year_value(date::year y, std::string text = {});
DateValue interval_value(date::sys_days first, date::sys_days last, std::string text = {});

// Reads back a value written by parley ("2025-05-23", "2025-05", "2025-W21",
// "2025-SU", "2025-Q2", "2025-H1", "2025", "A/B"), filling granularity and the
// covered days. Returns nullopt for anything else.
std::optional<DateValue> parse_date_value(std::string_view value);

} // namespace parley
