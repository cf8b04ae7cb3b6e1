#pragma once
// How a happening changes as reports come in, and how a tariff measure moves
// through its stages.
//
// A happening: a planned round later reported as held becomes held, on the
// date the held report gives; a plan reported again for another day was moved
// (postponed or brought forward) and the earlier plan is superseded, not a
// conflict; a cancellation overrides a plan, and a later plan or a held
// report overrides the cancellation. What has been held stays held.
//
// A tariff measure: announced -> in force -> paused -> (pause extended) ->
// pause expired, in force again. A pause is extended by the next pause to
// run out after it, of the same imposer and products, on the same target or
// on ALL ("extending the suspension of higher reciprocal tariffs" extends the
// one on Japan), that began (or was first reported) before it ran out: the
// extension moves its expiry and the deadline that goes with it.

#include "timeline/event.h"

#include <cstddef>
#include <date/date.h>
#include <optional>
#include <vector>

namespace parley {

// One report of a happening, in the caller's numbering.
struct Report {
    EventStatus status = EventStatus::reported;
    DateValue date;
    std::optional<date::sys_seconds> published;
    std::size_t source = 0;
};

struct Lifecycle {
    EventStatus status = EventStatus::reported;
    std::size_t governing = 0;           // the report that settles the status (caller's numbering)
    std::vector<std::size_t> current;    // reports whose dates describe the happening as it stands
    std::vector<std::size_t> superseded; // plans overtaken by a later plan for another day
    std::vector<LifecycleStep> history;  // empty when nothing changed
};

// The status a report gives once read in context: for talks, a "reported"
// meeting dated on or before its publication was held, one dated after it is planned.
EventStatus effective_status(EventKind kind, const Report& r);

// Resolves the reports of one happening, read in publication order (ties:
// status, then source index). `reports` must not be empty.
Lifecycle resolve_lifecycle(EventKind kind, const std::vector<Report>& reports);

// The earliest publication day among an event's sources.
std::optional<date::sys_days> first_reported(const Event& e);

// A pause's place in its chain of extensions.
struct PauseLink {
    std::optional<DateValue> start;         // stated, derived, or unknown
    std::optional<DateValue> expires;       // its own expiry
    std::optional<DateValue> final_expiry;  // the expiry once every extension is counted
    std::optional<std::size_t> extends;     // index of the latest-running pause it extends
    std::optional<std::size_t> extended_by; // index of the pause that extends it
};

// `pauses` are tariff_paused timeline events; the result is indexed like them.
std::vector<PauseLink> pause_chain(const std::vector<Event>& pauses);

} // namespace parley
