#include "timeline/deadlines.h"

#include "timeline/date_consensus.h"
#include "timeline/lifecycle.h"
#include "timeline/measure.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>

namespace parley {

namespace {

bool dated_by_words(const DateValue& d) {
    // combine() marks a date that only publication gives with ON_OR_BEFORE/AFTER.
    return d.known() && d.mod != "ON_OR_BEFORE" && d.mod != "ON_OR_AFTER";
}

std::optional<date::sys_days> last_reported(const Event& e) {
    std::optional<date::sys_days> last;
    for (const auto& s : e.sources)
        if (s.published) {
            auto d = date::floor<date::days>(*s.published);
            if (!last || d > *last) last = d;
        }
    return last;
}

std::set<std::string> countries(const Event& e) {
    std::set<std::string> out;
    for (const auto& a : e.actors)
        if (is_country_code(a) && a != "ALL") out.insert(a);
    if (is_country_code(e.details.target) && e.details.target != "ALL")
        out.insert(e.details.target);
    return out;
}

bool parties_agree(const Event& a, const Event& b) {
    auto x = countries(a), y = countries(b);
    if (x.empty() || y.empty()) return true;
    return std::any_of(x.begin(), x.end(), [&](const std::string& c) { return y.count(c) > 0; });
}

bool share_sentence(const Event& a, const Event& b) {
    for (const auto& s : a.sources)
        for (const auto& t : b.sources)
            if (!s.evidence.sentence.empty() && s.evidence.sentence == t.evidence.sentence &&
                s.url == t.url)
                return true;
    return false;
}

} // namespace

std::string_view to_string(DeadlineKind k) {
    switch (k) {
    case DeadlineKind::target:
        return "target";
    case DeadlineKind::pause_expiry:
        return "pause_expiry";
    case DeadlineKind::takes_effect:
        return "takes_effect";
    case DeadlineKind::talks:
        return "talks";
    }
    return "target";
}

std::optional<Deadline> deadline_of(const Event& e) {
    Deadline d;
    switch (e.kind) {
    case EventKind::deadline:
        // A deadline reported as dropped ("had been due to expire on Wednesday") is none.
        if (!dated_by_words(e.date) || e.status == EventStatus::cancelled ||
            e.status == EventStatus::rejected)
            return std::nullopt;
        d.what = DeadlineKind::target;
        d.due = e.date;
        return d;
    case EventKind::talks:
        if (!dated_by_words(e.date)) return std::nullopt;
        if (e.status == EventStatus::cancelled || e.status == EventStatus::proposed ||
            e.status == EventStatus::rejected)
            return std::nullopt;
        d.what = DeadlineKind::talks;
        d.due = e.date;
        return d;
    case EventKind::tariff_paused:
        if (!e.expires || !e.expires->known()) return std::nullopt;
        d.what = DeadlineKind::pause_expiry;
        d.due = *e.expires;
        return d;
    case EventKind::tariff_announced:
    case EventKind::tariff_imposed:
    case EventKind::tariff_changed:
    case EventKind::deal: {
        if (!dated_by_words(e.date)) return std::nullopt;
        if (e.status == EventStatus::cancelled || e.status == EventStatus::rejected)
            return std::nullopt;
        auto reported = last_reported(e);
        bool ahead = reported && *e.date.first > *reported;
        if (e.status != EventStatus::planned && !ahead) return std::nullopt;
        d.what = DeadlineKind::takes_effect;
        d.due = e.date;
        return d;
    }
    case EventKind::statement:
        return std::nullopt;
    }
    return std::nullopt;
}

std::vector<DeadlineEntry> upcoming_deadlines(std::vector<Event> events, date::sys_days from,
                                              date::sys_days to) {
    // Every event's own deadline first; pauses are chained below.
    struct Entry {
        DeadlineEntry entry;
        bool dropped = false;
    };
    std::vector<Entry> entries;
    std::vector<std::size_t> entry_of(events.size(), SIZE_MAX);
    for (std::size_t i = 0; i < events.size(); ++i)
        if (auto d = deadline_of(events[i])) {
            entry_of[i] = entries.size();
            entries.push_back({{std::move(events[i]), std::move(*d)}, false});
        }

    // Fold deadline events into the deadline they restate: a pause's own
    // expiry (same parties), or any listed date taken from the same sentence.
    // Only entries whose dates overlap are compared, found through the
    // entries sorted by first day.
    std::vector<std::size_t> by_first(entries.size());
    long widest = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        by_first[i] = i;
        widest = std::max(widest, span_days(entries[i].entry.deadline.due));
    }
    auto first_of = [&](std::size_t i) { return *entries[i].entry.deadline.due.first; };
    std::sort(by_first.begin(), by_first.end(), [&](std::size_t a, std::size_t b) {
        return std::pair(first_of(a), a) < std::pair(first_of(b), b);
    });
    std::vector<std::pair<std::size_t, DateValue>> narrowed; // applied once the sweep is done
    for (auto& d : entries) {
        if (d.entry.event.kind != EventKind::deadline) continue;
        const DateValue& due = d.entry.deadline.due;
        auto it =
            std::lower_bound(by_first.begin(), by_first.end(), *due.first - date::days{widest},
                             [&](std::size_t i, date::sys_days day) { return first_of(i) < day; });
        std::optional<std::size_t> into;
        for (; it != by_first.end() && first_of(*it) <= *due.last; ++it) {
            Entry& x = entries[*it];
            if (&x == &d || x.dropped || x.entry.event.kind == EventKind::deadline) continue;
            if (!overlaps(due, x.entry.deadline.due)) continue;
            bool same = (x.entry.deadline.what == DeadlineKind::pause_expiry &&
                         parties_agree(d.entry.event, x.entry.event)) ||
                        share_sentence(d.entry.event, x.entry.event);
            if (same && (!into || *it < *into)) into = *it;
        }
        if (!into) continue;
        Entry& x = entries[*into];
        x.entry.deadline.also.push_back(d.entry.event.id);
        // A more precise restatement narrows the date.
        if (covers(x.entry.deadline.due, due)) narrowed.emplace_back(*into, due);
        d.dropped = true;
    }
    for (auto& [i, due] : narrowed)
        if (covers(entries[i].entry.deadline.due, due)) entries[i].entry.deadline.due = due;

    // Pauses chained through their extensions: an extended pause's deadline
    // moves to the end of its chain, listed there once.
    std::vector<std::size_t> pause_index;
    std::vector<Event> pauses;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (entry_of[i] != SIZE_MAX &&
            entries[entry_of[i]].entry.event.kind == EventKind::tariff_paused) {
            pause_index.push_back(i);
            pauses.push_back(entries[entry_of[i]].entry.event);
        }
    auto links = pause_chain(pauses);
    for (std::size_t k = 0; k < pauses.size(); ++k) {
        Entry& e = entries[entry_of[pause_index[k]]];
        if (links[k].extended_by)
            e.dropped = true;
        else if (links[k].extends)
            e.entry.deadline.moved_from = links[*links[k].extends].expires;
    }

    DateValue window = interval_value(from, to);
    std::vector<DeadlineEntry> out;
    for (auto& e : entries)
        if (!e.dropped && overlaps(e.entry.deadline.due, window)) out.push_back(std::move(e.entry));
    std::sort(out.begin(), out.end(), [](const DeadlineEntry& a, const DeadlineEntry& b) {
        return std::tie(*a.deadline.due.first, *a.deadline.due.last, a.event.id) <
               std::tie(*b.deadline.due.first, *b.deadline.due.last, b.event.id);
    });
    return out;
}

} // namespace parley
