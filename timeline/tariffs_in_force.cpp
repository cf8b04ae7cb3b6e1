#include "timeline/tariffs_in_force.h"

#include "timeline/lifecycle.h"
#include "timeline/merge.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

namespace parley {

namespace {

bool counts(EventStatus s) {
    return s != EventStatus::cancelled && s != EventStatus::rejected && s != EventStatus::proposed;
}

bool began_by(const Event& e, date::sys_days day) {
    return e.date.known() && *e.date.first <= day;
}

std::string rate_text(double r) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", r);
    return buf;
}

void add_sources(std::set<std::pair<std::int64_t, std::string>>& into, const Event& e) {
    for (const auto& s : e.sources)
        into.emplace(s.article_id, s.article_id != 0 ? std::string{} : s.url);
}

bool about(const MeasureScope& s, const std::string& target) {
    return target.empty() || s.target == target || s.target == "ALL";
}

} // namespace

std::string_view to_string(MeasureState s) {
    switch (s) {
    case MeasureState::active:
        return "active";
    case MeasureState::paused:
        return "paused";
    case MeasureState::announced:
        return "announced";
    }
    return "active";
}

std::vector<MeasureInForce> tariffs_in_force(const std::vector<Event>& events, date::sys_days as_of,
                                             const std::string& target) {
    std::map<std::string, std::vector<const Event*>> measures, pauses;
    std::vector<const Event*> deals;
    for (const auto& e : events) {
        if (!counts(e.status)) continue;
        std::string_view family = kind_family(e.kind);
        if (family == "tariff")
            measures[scope_key(measure_scope(e))].push_back(&e);
        else if (family == "pause")
            pauses[scope_key(measure_scope(e))].push_back(&e);
        else if (family == "deal" && e.details.rate_pct)
            deals.push_back(&e);
    }

    // Pauses in force on the day, with their final expiry.
    struct ActivePause {
        MeasureScope scope;
        std::optional<DateValue> until;
        std::vector<const Event*> chain;
    };
    std::vector<ActivePause> active_pauses;
    std::vector<const Event*> all_pauses;
    std::vector<Event> copy;
    for (const auto& [key, list] : pauses)
        for (const Event* p : list) {
            all_pauses.push_back(p);
            copy.push_back(*p);
        }
    auto links = pause_chain(copy);
    for (std::size_t k = 0; k < all_pauses.size(); ++k) {
        std::optional<date::sys_days> began;
        if (links[k].start && links[k].start->known()) began = *links[k].start->first;
        if (!began) began = first_reported(*all_pauses[k]);
        if (!began || *began > as_of) continue;
        const auto& until = links[k].final_expiry;
        if (until && until->known()) {
            bool over = until->granularity == Granularity::interval ? as_of > *until->last
                                                                    : as_of >= *until->first;
            if (over) continue;
        }
        ActivePause a{measure_scope(*all_pauses[k]), until, {}};
        // The pause and every extension of it.
        for (std::size_t j = k;;) {
            a.chain.push_back(all_pauses[j]);
            if (!links[j].extended_by) break;
            j = *links[j].extended_by;
        }
        active_pauses.push_back(std::move(a));
    }

    std::vector<MeasureInForce> out;
    for (const auto& [key, list] : measures) {
        MeasureScope scope = measure_scope(*list.front());
        if (!about(scope, target)) continue;
        std::vector<const Event*> by_date(list.begin(), list.end());
        std::sort(by_date.begin(), by_date.end(),
                  [](const Event* a, const Event* b) { return timeline_less(*a, *b); });
        const Event* setting = nullptr;
        const Event* announced = nullptr;
        for (const Event* e : by_date) {
            if (!began_by(*e, as_of)) continue;
            if (e->kind == EventKind::tariff_announced)
                announced = e;
            else
                setting = e;
        }
        const Event* basis = setting ? setting : announced;
        if (!basis) continue;
        MeasureInForce m;
        m.scope = scope;
        m.category = category(scope);
        m.rate_pct = basis->details.rate_pct;
        for (const auto& c : basis->conflicts)
            if (c.field == "rate_pct")
                for (const auto& v : c.values)
                    if (!m.rate_pct || v != rate_text(*m.rate_pct)) m.other_rates.push_back(v);
        m.state = setting ? MeasureState::active : MeasureState::announced;
        m.since = basis->date;
        std::set<std::pair<std::int64_t, std::string>> sources;
        m.event_ids.push_back(basis->id);
        add_sources(sources, *basis);
        if (m.state == MeasureState::active) {
            // Of the pauses over it, the one known to run longest tells when it ends.
            const ActivePause* over = nullptr;
            for (const auto& p : active_pauses) {
                if (!pause_applies(p.scope, scope)) continue;
                bool known = p.until && p.until->known();
                bool best_known = over && over->until && over->until->known();
                if (!over || (known && !best_known) ||
                    (known && best_known && *p.until->last > *over->until->last))
                    over = &p;
            }
            if (over) {
                m.state = MeasureState::paused;
                m.paused_until = over->until;
                for (const Event* e : over->chain) {
                    m.event_ids.push_back(e->id);
                    add_sources(sources, *e);
                }
            }
        }
        m.sources = sources.size();
        out.push_back(std::move(m));
    }

    for (const Event* d : deals) {
        if (!began_by(*d, as_of)) continue;
        MeasureScope scope = measure_scope(*d);
        if (!target.empty() && scope.imposer == target) std::swap(scope.imposer, scope.target);
        if (!target.empty() && scope.target != target) continue;
        MeasureInForce m;
        m.scope = scope;
        m.category = category(scope);
        m.rate_pct = d->details.rate_pct;
        m.since = d->date;
        m.by_deal = true;
        m.quota = d->details.quota;
        m.event_ids.push_back(d->id);
        std::set<std::pair<std::int64_t, std::string>> sources;
        add_sources(sources, *d);
        m.sources = sources.size();
        out.push_back(std::move(m));
    }

    std::sort(out.begin(), out.end(), [](const MeasureInForce& a, const MeasureInForce& b) {
        return std::tuple(static_cast<int>(a.category), a.by_deal, a.scope.imposer, a.scope.target,
                          a.scope.products, a.event_ids) <
               std::tuple(static_cast<int>(b.category), b.by_deal, b.scope.imposer, b.scope.target,
                          b.scope.products, b.event_ids);
    });
    return out;
}

} // namespace parley
