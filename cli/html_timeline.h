#pragma once
// The timeline and the deadline agenda as self-contained HTML pages: no
// network, no scripts, every piece of feed text escaped.

#include "timeline/deadlines.h"
#include "timeline/event.h"

#include <date/date.h>
#include <string>
#include <vector>

namespace parley {

// A horizontal SVG timeline, one lane per kind of event, one mark per event
// (intervals as bars, a pause from its start to its expiry, planned hollow,
// held filled), each pause's expiry again in the deadlines lane, a line for
// `today`, and each event's summary, status and sources on hover, focus and
// below.
std::string timeline_html(const std::vector<Event>& events, date::sys_days today,
                          const std::string& title);

// Days from `from` with their deadlines (timeline/deadlines.h), as an
// agenda; a deadline spanning days ("early July") is listed on its first day
// in the period.
std::string agenda_html(const std::vector<DeadlineEntry>& deadlines, date::sys_days from,
                        date::sys_days to);

} // namespace parley
