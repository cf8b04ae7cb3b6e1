#include "timeline/lifecycle.h"

#include "timeline/date_consensus.h"
#include "timeline/measure.h"
#include "timeline/pause.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace parley {

namespace {

date::sys_days day_of(date::sys_seconds t) {
    return date::floor<date::days>(t);
}

bool is_plan(EventStatus s) {
    return s == EventStatus::planned || s == EventStatus::proposed;
}

// Whether a report arriving in `state` changes it to `s`.
bool moves(EventStatus state, EventStatus s, bool first) {
    if (first) return true;
    switch (s) {
    case EventStatus::planned:
    case EventStatus::proposed:
        // A plan repeated after the fact is a stale report.
        return state != EventStatus::held && state != EventStatus::reported;
    case EventStatus::held:
        return true;
    case EventStatus::cancelled:
    case EventStatus::rejected:
        return state != EventStatus::held && state != EventStatus::reported;
    case EventStatus::reported:
        return state != EventStatus::held;
    }
    return false;
}

std::string change_name(EventStatus from, EventStatus to, bool first, bool moved_date) {
    if (first) return std::string(to_string(to));
    if (moved_date && is_plan(to) && is_plan(from)) return "rescheduled";
    if (moved_date && to == EventStatus::held && is_plan(from)) return "held on another day";
    return std::string(to_string(to));
}

} // namespace

EventStatus effective_status(EventKind kind, const Report& r) {
    if (kind != EventKind::talks || r.status != EventStatus::reported || !r.published ||
        !r.date.known())
        return r.status;
    auto day = day_of(*r.published);
    if (*r.date.last <= day) return EventStatus::held;
    if (*r.date.first > day) return EventStatus::planned;
    return r.status;
}

Lifecycle resolve_lifecycle(EventKind kind, const std::vector<Report>& reports) {
    std::vector<std::size_t> order(reports.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto key = [&](std::size_t i) {
        const Report& r = reports[i];
        return std::tuple(!r.published.has_value(), r.published.value_or(date::sys_seconds{}),
                          static_cast<int>(r.status), r.source);
    };
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return key(a) < key(b); });

    Lifecycle out;
    std::vector<LifecycleStep> steps;
    EventStatus state = EventStatus::reported;
    std::optional<std::size_t> governing;
    for (std::size_t i : order) {
        const Report& r = reports[i];
        EventStatus s = effective_status(kind, r);
        bool first = !governing.has_value();
        if (!moves(state, s, first)) continue;
        bool moved_date = !first && r.date.known() && reports[*governing].date.known() &&
                          !overlaps(r.date, reports[*governing].date);
        if (first || s != state || moved_date)
            steps.push_back(
                LifecycleStep{s, r.date, r.source, change_name(state, s, first, moved_date)});
        // A later report that merely repeats the state keeps the first one's
        // date governing unless it moves it.
        if (first || s != state || moved_date) governing = i;
        state = s;
    }
    out.status = state;
    out.governing = reports[*governing].source;
    const Report& gov = reports[*governing];
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const Report& r = reports[i];
        bool earlier = key(i) < key(*governing);
        bool plan = is_plan(effective_status(kind, r));
        if (i != *governing && plan && earlier && r.date.known() && gov.date.known() &&
            !overlaps(r.date, gov.date))
            out.superseded.push_back(r.source);
        else
            out.current.push_back(r.source);
    }
    if (steps.size() > 1) out.history = std::move(steps);
    return out;
}

std::optional<date::sys_days> first_reported(const Event& e) {
    std::optional<date::sys_days> first;
    for (const auto& s : e.sources)
        if (s.published && (!first || day_of(*s.published) < *first)) first = day_of(*s.published);
    return first;
}

std::vector<PauseLink> pause_chain(const std::vector<Event>& pauses) {
    std::vector<PauseLink> links(pauses.size());
    std::vector<MeasureScope> scopes;
    std::vector<std::optional<date::sys_days>> began(pauses.size());
    // Pauses that may extend one another: the same imposer and products (the
    // target may be the same country or ALL), by expiry.
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < pauses.size(); ++i) {
        auto reported = first_reported(pauses[i]);
        PauseTerms t = pause_terms(pauses[i], reported);
        links[i].start = t.start;
        links[i].expires = t.expires;
        links[i].final_expiry = t.expires;
        scopes.push_back(measure_scope(pauses[i]));
        began[i] = (t.start && t.start->known()) ? std::optional(*t.start->first) : reported;
        if (t.expires && t.expires->known()) {
            MeasureScope any = scopes[i];
            any.target.clear();
            groups[scope_key(any)].push_back(i);
        }
    }
    for (auto& [key, members] : groups) {
        std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            const auto& x = *links[a].expires;
            const auto& y = *links[b].expires;
            return std::tie(*x.first, *x.last, pauses[a].id) <
                   std::tie(*y.first, *y.last, pauses[b].id);
        });
        for (std::size_t k = 0; k < members.size(); ++k) {
            std::size_t i = members[k];
            const DateValue& end = *links[i].expires;
            // The next pause to run out after this one, begun (or reported)
            // before it ran out, on the same target or on all: its extension.
            for (std::size_t m = k + 1; m < members.size(); ++m) {
                std::size_t j = members[m];
                // Expiries a day apart are one pause seen from two time zones.
                if (*links[j].expires->first <= *end.last + date::days{1}) continue;
                if (scopes[j].target != scopes[i].target && scopes[j].target != "ALL") continue;
                if (!began[j] || *began[j] > *end.last)
                    continue; // a new pause after this one ran out
                links[i].extended_by = j;
                break;
            }
        }
    }
    // Each extension names the latest-running pause it extends; every pause
    // learns the expiry at the end of its chain.
    for (std::size_t i = 0; i < pauses.size(); ++i) {
        if (!links[i].extended_by) continue;
        std::size_t j = *links[i].extended_by;
        auto& current = links[j].extends;
        if (!current || std::tie(*links[*current].expires->last, pauses[*current].id) <
                            std::tie(*links[i].expires->last, pauses[i].id))
            current = i;
        std::size_t end = j;
        while (links[end].extended_by)
            end = *links[end].extended_by;
        links[i].final_expiry = links[end].expires;
    }
    return links;
}

} // namespace parley
