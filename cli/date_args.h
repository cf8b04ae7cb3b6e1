#pragma once
// Dates and spans a user types on the command line.

#include "timeline/date_value.h"

#include <date/date.h>
#include <string>

namespace parley {

// "2025-05-20", "2025-05", "2025", "2025-W21", "2025-Q2", "today", a span
// back from `today` such as "30d", "2w", "6m", "1y", or a phrase such as
// "friday", "next month" or "early July" read against `today`. Returns the
// days the argument covers; throws UsageError naming `option` when it is none
// of these.
DateValue parse_date_arg(const std::string& text, date::sys_days today, const std::string& option);

// "30d", "2w", "3m" (30-day months), "1y" or a bare number of days.
date::days parse_span_arg(const std::string& text, const std::string& option);

// The local calendar day of `now` in the user's time zone ($TZ or the system's).
date::sys_days local_today(date::sys_seconds now);

} // namespace parley
