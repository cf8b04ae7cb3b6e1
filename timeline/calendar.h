#pragma once
// Calendar arithmetic on days: where a weekday, a part of a month, a week or
// the end of a span falls. Every function takes the day it counts from.
//
// Spans follow date_value.h's convention: a span of N days starting on S
// covers S..S+N-1 inclusive and expires on S+N, the first day it no longer
// covers. A 90-day pause from 2025-04-09 covers 2025-04-09..2025-07-07 and
// expires on 2025-07-08; "runs to 2025-07-08" in a text means that expiry.

#include <date/date.h>
#include <utility>

namespace parley {

// Which occurrence of a repeating day the words point at.
enum class Lean {
    past,   // the latest on or before the day counted from
    future, // the first on or after it
    nearest // whichever is closer; ties go to the future
};

// The weekday `wd` around `today`.
date::sys_days resolve_weekday(date::sys_days today, date::weekday wd, Lean lean);

// The Monday starting the ISO week that holds `d`.
date::sys_days week_start(date::sys_days d);

enum class MonthPart {
    early, // days 1–10
    mid,   // days 11–20
    late   // day 21 to the last day
};

// The first and last day (inclusive) of a part of a month.
std::pair<date::sys_days, date::sys_days> month_part(date::year_month ym, MonthPart part);

enum class SpanUnit { day, week, month, year };

// The expiry of a span of `n` units starting on `start`: the first day it no
// longer covers. Months and years keep the day of the month, clamped to the
// month's last day (one month from January 31 is February 28 or 29).
date::sys_days add_duration(date::sys_days start, int n, SpanUnit unit);

// The last day covered by a span of `n` units starting on `start`
// (add_duration minus one day).
date::sys_days span_last_day(date::sys_days start, int n, SpanUnit unit);

} // namespace parley
