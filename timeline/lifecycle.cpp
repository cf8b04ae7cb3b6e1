#include "timeline/lifecycle.h"

#include "timeline/date_consensus.h"
#include "timeline/pause.h"

#include <algorithm>
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
    std::vector<std::size_t> with_expiry;
    for (std::size_t i = 0; i < pauses.size(); ++i) {
        auto reported = first_reported(pauses[i]);
        PauseTerms t = pause_terms(pauses[i], reported);
        links[i].start = t.start;
        links[i].expires = t.expires;
        links[i].final_expiry = t.expires;
        if (t.expires && t.expires->known()) with_expiry.push_back(i);
    }
    std::sort(with_expiry.begin(), with_expiry.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = *links[a].expires;
        const auto& y = *links[b].expires;
        return std::tie(*x.first, *x.last, pauses[a].id) <
               std::tie(*y.first, *y.last, pauses[b].id);
    });
    // Pauses whose expiries overlap are reports of one pause.
    std::vector<std::vector<std::size_t>> groups;
    date::sys_days group_last{};
    for (std::size_t i : with_expiry) {
        const DateValue& end = *links[i].expires;
        if (!groups.empty() && *end.first <= group_last) {
            groups.back().push_back(i);
            group_last = std::max(group_last, *end.last);
        } else {
            groups.push_back({i});
            group_last = *end.last;
        }
    }
    auto last_day = [&](const std::vector<std::size_t>& g) {
        date::sys_days d = *links[g.front()].expires->last;
        for (std::size_t i : g)
            d = std::max(d, *links[i].expires->last);
        return d;
    };
    auto began = [&](const std::vector<std::size_t>& g) {
        std::optional<date::sys_days> b;
        for (std::size_t i : g) {
            std::optional<date::sys_days> s;
            if (links[i].start && links[i].start->known())
                s = *links[i].start->first;
            else
                s = first_reported(pauses[i]);
            if (s && (!b || *s < *b)) b = s;
        }
        return b;
    };
    // The most precise expiry of a group stands for it.
    auto best_expiry = [&](const std::vector<std::size_t>& g) {
        std::size_t best = g.front();
        for (std::size_t i : g)
            if (span_days(*links[i].expires) < span_days(*links[best].expires)) best = i;
        return *links[best].expires;
    };
    std::vector<bool> extended(groups.size(), false);
    for (std::size_t k = 1; k < groups.size(); ++k) {
        auto b = began(groups[k]);
        // A pause begun after the previous one ran out is a new pause.
        if (!b || *b > last_day(groups[k - 1])) continue;
        extended[k - 1] = true;
        for (std::size_t i : groups[k - 1])
            links[i].extended_by = groups[k].front();
        for (std::size_t i : groups[k])
            links[i].extends = groups[k - 1].front();
    }
    std::optional<DateValue> final_expiry;
    for (std::size_t k = groups.size(); k-- > 0;) {
        if (!extended[k]) final_expiry = best_expiry(groups[k]);
        for (std::size_t i : groups[k])
            links[i].final_expiry = extended[k] ? final_expiry : links[i].expires;
    }
    return links;
}

} // namespace parley
