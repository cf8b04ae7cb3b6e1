#pragma once
// Deadlines: the dates a reader must not miss, derived from the timeline.
//
// What counts as a deadline:
//   target        a `deadline` event ("by the end of May": 2025-05-31), unless
//                 reported cancelled;
//   pause_expiry  a pause's expiry, from "until X" or start + duration; when a
//                 later pause extends it, the expiry moves to the extension's;
//   takes_effect  a tariff or deal that is planned, or dated after every
//                 report of it: the day it takes effect;
//   talks         a meeting with a known date (planned, or held by now: seen
//                 from an earlier day it was coming). Cancelled, proposed and
//                 rejected meetings are not deadlines.
// A date given only by an article's publication is never a deadline.

#include "timeline/event.h"

#include <date/date.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

enum class DeadlineKind { target, pause_expiry, takes_effect, talks };

std::string_view to_string(DeadlineKind k);

struct Deadline {
    DeadlineKind what = DeadlineKind::target;
    DateValue due;                       // a day or a range of days ("early July")
    std::optional<DateValue> moved_from; // the expiry an extension moved it from
    std::vector<std::string> also;       // ids of deadline events stating the same deadline
};

// An event's own deadline, before other events are considered.
std::optional<Deadline> deadline_of(const Event& e);

struct DeadlineEntry {
    Event event;
    Deadline deadline;
};

// The deadlines that may fall on a day in [from, to], sorted by their first
// day, last day and event id. A pause extended by another is listed once, at
// its final expiry, under the extension; a deadline event restating a listed
// pause expiry, or taken from the same sentence as a listed event, is folded
// into it (`also`). For pause expiries to move, `events` must hold every
// pause that may extend one among them (lifecycle.h).
std::vector<DeadlineEntry> upcoming_deadlines(std::vector<Event> events, date::sys_days from,
                                              date::sys_days to);

} // namespace parley
