#pragma once
// Events as a reader sees them in text output.

#include "timeline/event.h"

#include <string>

namespace parley {

// "talks, round 3, ministerial: JPN, USA, Ryosei Akazawa" — terminal-safe.
std::string event_summary(const Event& e);

// The date as a reader wants it: "2025-05-23", "2025-07-01..2025-07-10", "undated".
std::string date_label(const DateValue& d);

} // namespace parley
