#pragma once
// The event model of DESIGN.md: what happened or is coming, who, when, and the
// words that say so.

#include "timeline/date_value.h"

#include <cstdint>
#include <date/date.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

enum class EventKind {
    talks,
    tariff_announced,
    tariff_imposed,
    tariff_changed,
    tariff_paused,
    deal,
    deadline,
    statement
};

enum class EventStatus { reported, planned, held, proposed, rejected, cancelled };

// The four kinds that tell a tariff.
constexpr bool is_tariff(EventKind k) {
    return k == EventKind::tariff_announced || k == EventKind::tariff_imposed ||
           k == EventKind::tariff_changed || k == EventKind::tariff_paused;
}

std::string_view to_string(EventKind k);
std::optional<EventKind> event_kind_from_string(std::string_view s);
std::string_view to_string(EventStatus s);
std::optional<EventStatus> event_status_from_string(std::string_view s);

struct EventDetails {
    std::optional<double> rate_pct;
    std::vector<std::string> products; // canonical: autos, auto_parts, steel, aluminum, …
    std::string target;                // a country code or "ALL"; empty when none
    std::optional<int> round;
    std::optional<int> duration_days;
    std::optional<std::int64_t> quota;
    std::string level; // ministerial, working, leaders
    std::string location;

    bool empty() const;
    friend bool operator==(const EventDetails&, const EventDetails&) = default;
};

// The sentence that states an event, with its byte offsets in the article text.
struct Evidence {
    std::string sentence;
    std::size_t begin = 0;
    std::size_t end = 0;
    friend bool operator==(const Evidence&, const Evidence&) = default;
};

// One article that reports an event.
struct Source {
    std::int64_t article_id = 0;
    std::string url;
    std::string title;
    std::string outlet; // the feed's name or title
    std::optional<date::sys_seconds> published;
    Evidence evidence;
    friend bool operator==(const Source&, const Source&) = default;
};

// Sources disagree on a field of the same happening. Both readings are kept.
struct Conflict {
    std::string field;               // "rate_pct", "date", "kind", …
    std::vector<std::string> values; // each reading once, the best supported first
    // For each value, the indices into the event's `sources` that give it.
    std::vector<std::vector<std::size_t>> sources;
    friend bool operator==(const Conflict&, const Conflict&) = default;
};

// One step in what the reports say about a happening over time: planned for a
// day, then held; planned, then moved; announced, then cancelled.
struct LifecycleStep {
    EventStatus status = EventStatus::reported;
    DateValue date;         // the date that report gives
    std::size_t source = 0; // index into the event's `sources`
    std::string change;     // "reported", "planned", "held", "rescheduled", "cancelled", …
    friend bool operator==(const LifecycleStep&, const LifecycleStep&) = default;
};

struct Event {
    // A timeline event's stable id (12 hex digits, derived from its content, so
    // the same articles give the same ids in any order); empty for an event read
    // from one article.
    std::string id;
    EventKind kind = EventKind::statement;
    EventStatus status = EventStatus::reported;
    DateValue date;
    std::vector<std::string> actors; // ISO 3166-1 alpha-3 codes first, then people's names
    EventDetails details;
    // For a tariff_paused event: the first day the pause no longer covers ("until
    // X" gives X; a start and a duration give start + duration). Unset when unknown.
    std::optional<DateValue> expires;
    Evidence evidence;           // for an event read from one article
    std::vector<Source> sources; // for a timeline event: every article that reports it
    std::vector<Conflict> conflicts;
    std::vector<LifecycleStep> history; // for a timeline event whose reports changed over time
    friend bool operator==(const Event&, const Event&) = default;
};

// How many distinct articles report a timeline event.
std::size_t corroboration(const Event& e);

// A person the text names, with the role and country it gives them.
struct Person {
    std::string name;
    std::string role;
    std::string country; // alpha-3, empty when unknown
    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace parley
