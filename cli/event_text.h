#pragma once
// Events as a reader sees them in text output. Everything returned is
// terminal-safe: feed text passes through terminal_safe.

#include "timeline/deadlines.h"
#include "timeline/event.h"

#include <string>

namespace parley {

// "talks, round 3, ministerial: JPN, USA, Ryosei Akazawa"
std::string event_summary(const Event& e);

// The date as a reader wants it: "2025-05-23", "2025-07-01..2025-07-10",
// "2025-05", "by 2025-05-20" (dated only by a report), "undated".
std::string date_label(const DateValue& d);

// One character per status: + held, > planned, * reported, ? proposed,
// - rejected, x cancelled.
char status_mark(EventStatus s);
// The line that explains the marks.
std::string status_legend();

// "pause expires", "target", "takes effect", "talks"
std::string deadline_label(DeadlineKind k);

// "25%", "17.5%"
std::string rate_label(double r);

// "3 sources" / "1 source", counting distinct articles.
std::string source_count_label(const Event& e);

// "rate_pct: 24 (2 sources) / 14 (1 source)"
std::string conflict_label(const Conflict& c);

} // namespace parley
