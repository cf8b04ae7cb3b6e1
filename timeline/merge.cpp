#include "timeline/merge.h"

#include "timeline/date_consensus.h"
#include "timeline/lifecycle.h"
#include "timeline/measure.h"
#include "timeline/pause.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

namespace parley {

namespace {

constexpr std::array<std::pair<MergeTier, std::string_view>, 5> tier_names{{
    {MergeTier::round, "round"},
    {MergeTier::day, "day"},
    {MergeTier::vague, "vague"},
    {MergeTier::weak, "weak"},
    {MergeTier::single, "single"},
}};

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 0xcbf29ce484222325ULL) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

std::string hex(std::uint64_t v, int digits) {
    static const char* d = "0123456789abcdef";
    std::string out(static_cast<std::size_t>(digits), '0');
    for (int i = digits - 1; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = d[v & 0xf];
        v >>= 4;
    }
    return out;
}

std::optional<date::sys_days> pub_day(const Mention& m) {
    if (!m.source.published) return std::nullopt;
    return date::floor<date::days>(*m.source.published);
}

bool is_plan(EventStatus s) {
    return s == EventStatus::planned || s == EventStatus::proposed;
}

// How far from its publication a mention dated only by it may find its host.
int weak_horizon(std::string_view family) {
    if (family == "talks") return 7;
    if (family == "tariff" || family == "pause" || family == "deal") return max_window_days;
    return 0;
}

std::vector<std::string> parties(const Event& e) {
    std::set<std::string> p;
    for (const auto& a : e.actors)
        if (is_country_code(a) && a != "ALL") p.insert(a);
    if (is_country_code(e.details.target) && e.details.target != "ALL") p.insert(e.details.target);
    return {p.begin(), p.end()};
}

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += sep;
        out += v[i];
    }
    return out;
}

std::string normalised_sentence(std::string_view s) {
    std::string out;
    bool space = false;
    for (unsigned char c : s) {
        if (std::isspace(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

// A pause mention's terms, ignoring a date that only its publication gives.
PauseTerms mention_pause_terms(const Mention& m) {
    Event e = m.event;
    if (dated_by_publication(e, m.source.published)) e.date = DateValue{};
    return pause_terms(e, pub_day(m));
}

bool is_weak(const Mention& m) {
    if (kind_family(m.event.kind) == "pause") {
        PauseTerms t = mention_pause_terms(m);
        return !(t.expires && t.expires->known()) && !(t.start && t.start->known());
    }
    return dated_by_publication(m.event, m.source.published);
}

long width_of(const Mention& m) {
    if (is_weak(m)) return 1L << 40;
    DateValue d = merge_date(m);
    return d.known() ? span_days(d) : (1L << 40);
}

auto details_tuple(const EventDetails& d) {
    return std::tie(d.rate_pct, d.products, d.target, d.round, d.duration_days, d.quota, d.level,
                    d.location);
}

auto content_tuple(const Mention& m) {
    const Event& e = m.event;
    using S = const std::string&;
    return std::tuple<bool, date::sys_seconds, S, std::size_t, std::size_t, int, int, S, S, S,
                      const std::vector<std::string>&, decltype(details_tuple(e.details)), S, S,
                      bool, std::string>(
        !m.source.published.has_value(), m.source.published.value_or(date::sys_seconds{}),
        m.article_key, e.evidence.begin, e.evidence.end, static_cast<int>(e.kind),
        static_cast<int>(e.status), e.date.value, e.date.text, e.date.mod, e.actors,
        details_tuple(e.details), e.evidence.sentence, m.source.url, e.expires.has_value(),
        e.expires ? e.expires->value : std::string{});
}

std::string rate_text(double r) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", r);
    return buf;
}

void absorb(CoreSummary& s, const Mention& m) {
    const Event& e = m.event;
    if (std::find(s.kinds.begin(), s.kinds.end(), e.kind) == s.kinds.end()) {
        s.kinds.push_back(e.kind);
        std::sort(s.kinds.begin(), s.kinds.end());
    }
    if (e.details.rate_pct &&
        std::find(s.rates.begin(), s.rates.end(), *e.details.rate_pct) == s.rates.end()) {
        s.rates.push_back(*e.details.rate_pct);
        std::sort(s.rates.begin(), s.rates.end());
    }
    if (s.level.empty()) s.level = e.details.level;
    if (!s.round) s.round = e.details.round;
}

std::vector<const Mention*> sorted_canonically(std::vector<const Mention*> members) {
    std::vector<std::pair<long, const Mention*>> keyed;
    keyed.reserve(members.size());
    for (const Mention* m : members)
        keyed.emplace_back(width_of(*m), m);
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        return content_tuple(*a.second) < content_tuple(*b.second);
    });
    for (std::size_t i = 0; i < keyed.size(); ++i)
        members[i] = keyed[i].second;
    return members;
}

// Counts readings of one field across members and picks the best supported;
// ties go to the member first in source order.
struct Tally {
    struct Reading {
        std::size_t count = 0;
        std::size_t first_member = 0;
        std::vector<std::size_t> sources;
    };
    std::map<std::string, Reading> readings;

    void add(const std::string& value, std::size_t member, std::size_t source) {
        auto [it, inserted] = readings.try_emplace(value);
        if (inserted) it->second.first_member = member;
        ++it->second.count;
        if (std::find(it->second.sources.begin(), it->second.sources.end(), source) ==
            it->second.sources.end())
            it->second.sources.push_back(source);
    }

    std::vector<std::pair<std::string, Reading>> ranked() const {
        std::vector<std::pair<std::string, Reading>> r(readings.begin(), readings.end());
        std::sort(r.begin(), r.end(), [](const auto& a, const auto& b) {
            if (a.second.count != b.second.count) return a.second.count > b.second.count;
            return a.second.first_member < b.second.first_member;
        });
        return r;
    }

    std::optional<Conflict> conflict(const std::string& field) const {
        if (readings.size() < 2) return std::nullopt;
        Conflict c;
        c.field = field;
        for (auto& [value, reading] : ranked()) {
            c.values.push_back(value);
            auto sources = reading.sources;
            std::sort(sources.begin(), sources.end());
            c.sources.push_back(std::move(sources));
        }
        return c;
    }
};

int kind_stage(EventKind k) {
    switch (k) {
    case EventKind::tariff_imposed:
        return 3;
    case EventKind::tariff_changed:
        return 2;
    case EventKind::tariff_announced:
        return 1;
    default:
        return 0;
    }
}

// People named by a surname alone give way to the full name that ends with it.
std::vector<std::string> merged_people(const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const auto& n : names) {
        bool shorter = false;
        for (const auto& other : names)
            if (other.size() > n.size() + 1 &&
                other.compare(other.size() - n.size(), n.size(), n) == 0 &&
                other[other.size() - n.size() - 1] == ' ')
                shorter = true;
        if (!shorter) out.push_back(n);
    }
    return out;
}

} // namespace

std::string_view to_string(MergeTier t) {
    for (const auto& [k, name] : tier_names)
        if (k == t) return name;
    return "single";
}

std::optional<MergeTier> merge_tier_from_string(std::string_view s) {
    for (const auto& [k, name] : tier_names)
        if (name == s) return k;
    return std::nullopt;
}

std::string_view kind_family(EventKind k) {
    switch (k) {
    case EventKind::talks:
        return "talks";
    case EventKind::tariff_announced:
    case EventKind::tariff_imposed:
    case EventKind::tariff_changed:
        return "tariff";
    case EventKind::tariff_paused:
        return "pause";
    case EventKind::deal:
        return "deal";
    case EventKind::deadline:
        return "deadline";
    case EventKind::statement:
        return "statement";
    }
    return "statement";
}

bool dated_by_publication(const Event& e, std::optional<date::sys_seconds> published) {
    if (!e.date.known()) return true;
    if (!e.date.text.empty() || !published) return false;
    if (*e.date.first != *e.date.last) return false;
    // The outlet's day may differ from the UTC day by one either way.
    auto p = date::floor<date::days>(*published);
    return *e.date.first >= p - date::days{1} && *e.date.first <= p + date::days{1};
}

DateValue merge_date(const Mention& m) {
    if (kind_family(m.event.kind) == "pause") {
        PauseTerms t = mention_pause_terms(m);
        if (t.expires && t.expires->known()) return *t.expires;
        if (t.start && t.start->known()) return *t.start;
    }
    return m.event.date;
}

MergeKeys merge_keys(const Mention& m) {
    const Event& e = m.event;
    std::string_view family = kind_family(e.kind);
    MergeKeys k;
    DateValue when = merge_date(m);
    if (family == "tariff") {
        k.block = "tariff|" + scope_key(measure_scope(e));
    } else if (family == "pause") {
        PauseTerms t = mention_pause_terms(m);
        k.block = "pause|" + scope_key(measure_scope(e)) +
                  ((t.expires && t.expires->known()) ? "|end" : "|start");
    } else {
        k.block = std::string(family) + "|" + join(parties(e), ",");
    }
    bool weak = is_weak(m);
    if (family == "statement")
        k.tier = MergeTier::single;
    else if (family == "talks" && e.details.round)
        k.tier = MergeTier::round;
    else if (weak)
        k.tier = MergeTier::weak;
    else if (span_days(when) == 1)
        k.tier = MergeTier::day;
    else
        k.tier = MergeTier::vague;

    switch (k.tier) {
    case MergeTier::round:
        k.home = k.block + "|r|" + std::to_string(*e.details.round);
        break;
    case MergeTier::day:
        k.home = k.block + "|d|" + iso_day(*when.first);
        k.window_first = *when.first;
        k.window_last = *when.last;
        break;
    case MergeTier::vague:
        k.home = k.block + "|v|" + iso_day(*when.first) + "/" + iso_day(*when.last);
        if (span_days(when) <= max_window_days) {
            k.window_first = *when.first;
            k.window_last = *when.last;
        }
        break;
    case MergeTier::weak: {
        auto p = pub_day(m);
        bool plan = is_plan(e.status);
        std::string month = "-";
        if (p) month = iso_day(*p).substr(0, 7);
        k.home = k.block + "|w|" + (plan ? "f|" : "p|") + month;
        int horizon = weak_horizon(family);
        if (p && horizon > 0) {
            k.window_first = plan ? *p : *p - date::days{horizon};
            k.window_last = plan ? *p + date::days{horizon} : *p;
        }
        break;
    }
    case MergeTier::single:
        k.home = k.block + "|s|" + e.date.value + "|" +
                 hex(fnv1a(normalised_sentence(e.evidence.sentence)), 16);
        break;
    }
    return k;
}

CoreSummary summarize(const std::vector<const Mention*>& core, bool host) {
    CoreSummary s;
    for (const Mention* m : core)
        absorb(s, *m);
    if (!host || core.empty()) return s;
    std::vector<Report> reports;
    std::vector<DateValue> dates;
    for (std::size_t i = 0; i < core.size(); ++i) {
        Report r;
        r.status = core[i]->event.status;
        if (!is_weak(*core[i])) r.date = merge_date(*core[i]);
        r.published = core[i]->source.published;
        r.source = i;
        reports.push_back(std::move(r));
    }
    Lifecycle lc = resolve_lifecycle(core.front()->event.kind, reports);
    for (std::size_t i : lc.current)
        dates.push_back(reports[i].date);
    if (auto c = date_consensus(dates)) {
        const DateValue& d = dates[c->chosen];
        if (span_days(d) <= max_window_days) {
            s.first = *d.first;
            s.last = *d.last;
        }
    }
    return s;
}

bool compatible(const Mention& m, const CoreSummary& core) {
    const EventDetails& d = m.event.details;
    if (!d.level.empty() && !core.level.empty() && d.level != core.level) return false;
    if (d.round && core.round && *d.round != *core.round) return false;
    if (kind_family(m.event.kind) == "tariff") {
        bool changed = m.event.kind == EventKind::tariff_changed ||
                       std::find(core.kinds.begin(), core.kinds.end(), EventKind::tariff_changed) !=
                           core.kinds.end();
        // A change to another rate is another happening, not a disagreement.
        if (changed && d.rate_pct && !core.rates.empty() &&
            std::find(core.rates.begin(), core.rates.end(), *d.rate_pct) == core.rates.end())
            return false;
    }
    return true;
}

nlohmann::json to_json(const CoreSummary& s) {
    nlohmann::json j = nlohmann::json::object();
    nlohmann::json kinds = nlohmann::json::array();
    for (auto k : s.kinds)
        kinds.push_back(std::string(to_string(k)));
    j["kinds"] = kinds;
    j["rates"] = s.rates;
    if (!s.level.empty()) j["level"] = s.level;
    if (s.round) j["round"] = *s.round;
    return j;
}

CoreSummary core_summary_from_json(const nlohmann::json& j) {
    CoreSummary s;
    if (!j.is_object()) return s;
    if (auto it = j.find("kinds"); it != j.end() && it->is_array())
        for (const auto& k : *it)
            if (k.is_string())
                if (auto kind = event_kind_from_string(k.get<std::string>()))
                    s.kinds.push_back(*kind);
    if (auto it = j.find("rates"); it != j.end() && it->is_array())
        for (const auto& r : *it)
            if (r.is_number()) s.rates.push_back(r.get<double>());
    if (auto it = j.find("level"); it != j.end() && it->is_string())
        s.level = it->get<std::string>();
    if (auto it = j.find("round"); it != j.end() && it->is_number_integer())
        s.round = it->get<int>();
    return s;
}

bool canonical_less(const Mention& a, const Mention& b) {
    long wa = width_of(a), wb = width_of(b);
    if (wa != wb) return wa < wb;
    return content_tuple(a) < content_tuple(b);
}

std::vector<std::vector<const Mention*>> cluster_home(std::vector<const Mention*> members) {
    members = sorted_canonically(std::move(members));
    std::vector<std::vector<const Mention*>> clusters;
    std::vector<CoreSummary> summaries;
    for (const Mention* m : members) {
        bool joined = false;
        for (std::size_t i = 0; i < clusters.size() && !joined; ++i) {
            if (!compatible(*m, summaries[i])) continue;
            clusters[i].push_back(m);
            absorb(summaries[i], *m);
            joined = true;
        }
        if (!joined) {
            clusters.push_back({m});
            summaries.emplace_back();
            absorb(summaries.back(), *m);
        }
    }
    return clusters;
}

std::optional<std::size_t> choose_host(const Mention& m, const MergeKeys& keys,
                                       const std::vector<CoreSummary>& hosts,
                                       const std::vector<MergeTier>& host_tiers) {
    if (!keys.window_first || keys.tier == MergeTier::round || keys.tier == MergeTier::single)
        return std::nullopt;
    std::optional<std::size_t> chosen;
    for (std::size_t i = 0; i < hosts.size(); ++i) {
        if (keys.tier == MergeTier::day && host_tiers[i] != MergeTier::round) continue;
        if (!is_host(host_tiers[i]) || !hosts[i].first) continue;
        // A day report joins a round known to the day, not one known only
        // as "in May", which every meeting that month would join.
        if (keys.tier == MergeTier::day && *hosts[i].first != *hosts[i].last) continue;
        if (*hosts[i].first > *keys.window_last || *hosts[i].last < *keys.window_first) continue;
        if (!compatible(m, hosts[i])) continue;
        if (chosen) return std::nullopt; // two could take it: do not guess
        chosen = i;
    }
    return chosen;
}

namespace {

const Mention* earliest(const std::vector<const Mention*>& a,
                        const std::vector<const Mention*>& b) {
    const Mention* anchor = nullptr;
    for (const auto* list : {&a, &b})
        for (const Mention* m : *list)
            if (!anchor || content_tuple(*m) < content_tuple(*anchor)) anchor = m;
    return anchor;
}

std::uint64_t anchor_hash(std::uint64_t h, const Mention* anchor) {
    if (!anchor) return h;
    const Event& e = anchor->event;
    h = fnv1a("\x1f" + anchor->article_key, h);
    h = fnv1a("\x1f" + std::to_string(e.evidence.begin) + "\x1f" + std::to_string(e.evidence.end) +
                  "\x1f" + std::string(to_string(e.kind)) + "\x1f" + e.date.value + "\x1f" +
                  (e.details.round ? std::to_string(*e.details.round) : std::string{}),
              h);
    // A change's rate is part of what it is: "due to rise to 30 percent on
    // Jan. 1, and the rate on kitchen cabinets to 50 percent" tells two
    // changes of the same goods in one sentence.
    if (e.kind == EventKind::tariff_changed && e.details.rate_pct)
        h = fnv1a("\x1f" + std::to_string(*e.details.rate_pct), h);
    return h;
}

} // namespace

std::string cluster_id(const std::string& block, const std::vector<const Mention*>& core,
                       const std::vector<const Mention*>& attached) {
    return hex(anchor_hash(fnv1a(block), earliest(core, attached)) >> 16, 12);
}

Event combine(const std::vector<const Mention*>& core, const std::vector<const Mention*>& attached,
              const std::string& id) {
    std::vector<const Mention*> members = core;
    members.insert(members.end(), attached.begin(), attached.end());
    auto source_order = [](const Mention* a, const Mention* b) {
        using K = std::tuple<bool, date::sys_seconds, const std::string&, const std::string&>;
        K ka(!a->source.published.has_value(), a->source.published.value_or(date::sys_seconds{}),
             a->source.url, a->article_key);
        K kb(!b->source.published.has_value(), b->source.published.value_or(date::sys_seconds{}),
             b->source.url, b->article_key);
        if (ka != kb) return ka < kb;
        return content_tuple(*a) < content_tuple(*b);
    };
    std::sort(members.begin(), members.end(), source_order);

    Event e;
    e.id = id;
    // Sources: one per article and sentence.
    std::vector<std::size_t> source_of(members.size());
    std::map<std::tuple<std::string, std::size_t, std::string>, std::size_t> seen;
    for (std::size_t i = 0; i < members.size(); ++i) {
        const Mention& m = *members[i];
        auto key = std::tuple(m.article_key, m.event.evidence.begin, m.event.evidence.sentence);
        auto [it, inserted] = seen.try_emplace(key, e.sources.size());
        if (inserted) {
            Source s = m.source;
            s.evidence = m.event.evidence;
            e.sources.push_back(std::move(s));
        }
        source_of[i] = it->second;
    }
    e.evidence = e.sources.front().evidence;

    // Kind: what most reports say; among tariff stages, ties go to the later stage.
    Tally kinds;
    for (std::size_t i = 0; i < members.size(); ++i)
        kinds.add(std::string(to_string(members[i]->event.kind)), i, source_of[i]);
    {
        auto ranked = kinds.ranked();
        EventKind best = *event_kind_from_string(ranked.front().first);
        for (const auto& [name, reading] : ranked) {
            EventKind k = *event_kind_from_string(name);
            if (reading.count == ranked.front().second.count && kind_stage(k) > kind_stage(best))
                best = k;
        }
        e.kind = best;
        if (auto c = kinds.conflict("kind")) e.conflicts.push_back(*c);
    }

    // Lifecycle: status and which reports' dates still stand.
    std::vector<bool> weak(members.size());
    std::vector<Report> reports;
    for (std::size_t i = 0; i < members.size(); ++i) {
        weak[i] = is_weak(*members[i]);
        Report r;
        r.status = members[i]->event.status;
        if (!weak[i]) r.date = members[i]->event.date;
        r.published = members[i]->source.published;
        r.source = i;
        reports.push_back(std::move(r));
    }
    Lifecycle lc = resolve_lifecycle(e.kind, reports);
    e.status = lc.status;
    for (auto step : lc.history) {
        step.source = source_of[step.source];
        e.history.push_back(std::move(step));
    }
    std::vector<std::size_t> standing;
    for (std::size_t i : lc.current)
        if (!weak[i]) standing.push_back(i);
    std::sort(standing.begin(), standing.end());

    // The date: for a pause, its start when any report states one, and its expiry.
    auto settle = [&](const std::vector<std::pair<std::size_t, DateValue>>& candidates,
                      const std::string& field) -> std::optional<DateValue> {
        std::vector<DateValue> dates;
        for (const auto& c : candidates)
            dates.push_back(c.second);
        auto consensus = date_consensus(dates);
        if (!consensus) return std::nullopt;
        DateValue chosen = dates[consensus->chosen];
        if (!consensus->disagree.empty()) {
            // Reports whose dates contain the chosen one agree with it.
            std::set<std::size_t> disagree(consensus->disagree.begin(), consensus->disagree.end());
            std::map<std::string, std::pair<std::size_t, std::set<std::size_t>>> readings;
            for (std::size_t k = 0; k < dates.size(); ++k) {
                const std::string& v = disagree.count(k) ? dates[k].value : chosen.value;
                auto& r = readings[v];
                ++r.first;
                r.second.insert(source_of[candidates[k].first]);
            }
            std::vector<std::string> values;
            for (const auto& [v, r] : readings)
                if (v != chosen.value) values.push_back(v);
            std::sort(values.begin(), values.end(), [&](const auto& a, const auto& b) {
                if (readings[a].first != readings[b].first)
                    return readings[a].first > readings[b].first;
                return a < b;
            });
            values.insert(values.begin(), chosen.value);
            Conflict c;
            c.field = field;
            for (const auto& v : values) {
                c.values.push_back(v);
                c.sources.emplace_back(readings[v].second.begin(), readings[v].second.end());
            }
            e.conflicts.push_back(std::move(c));
        }
        return chosen;
    };
    bool pause = kind_family(e.kind) == "pause";
    std::optional<DateValue> date;
    if (pause) {
        std::vector<std::pair<std::size_t, DateValue>> starts, ends;
        for (std::size_t i = 0; i < members.size(); ++i) {
            PauseTerms t = mention_pause_terms(*members[i]);
            if (t.start && !t.start_derived && t.start->known()) starts.emplace_back(i, *t.start);
            if (t.expires && t.expires->known()) ends.emplace_back(i, *t.expires);
        }
        if (!starts.empty()) date = settle(starts, "date");
        e.expires = settle(ends, "expires");
    }
    if (!date) {
        std::vector<std::pair<std::size_t, DateValue>> candidates;
        for (std::size_t i : standing)
            candidates.emplace_back(i, members[i]->event.date);
        date = settle(candidates, "date");
    }
    if (date) {
        e.date = *date;
    } else {
        // Dated only by publication: on or before the first report (or, for a
        // plan, on or after it). No report dated at all: unknown.
        std::optional<date::sys_days> earliest;
        for (const Mention* m : members)
            if (auto p = pub_day(*m); p && (!earliest || *p < *earliest)) earliest = p;
        if (earliest) {
            e.date = day_value(*earliest);
            e.date.mod = is_plan(e.status) ? "ON_OR_AFTER" : "ON_OR_BEFORE";
        } else {
            for (const Mention* m : members)
                if (!m->event.date.text.empty()) {
                    e.date.text = m->event.date.text;
                    break;
                }
        }
    }

    // Actors: countries, then people, in the order the earliest reports give them.
    std::vector<std::string> countries, people;
    for (const Mention* m : members)
        for (const auto& a : m->event.actors) {
            auto& list = is_country_code(a) ? countries : people;
            if (std::find(list.begin(), list.end(), a) == list.end()) list.push_back(a);
        }
    e.actors = countries;
    for (auto& p : merged_people(people))
        e.actors.push_back(std::move(p));

    // Details: the best supported reading of each field; disagreements kept.
    auto field = [&](const std::string& name, auto get, auto show, auto set) {
        Tally t;
        for (std::size_t i = 0; i < members.size(); ++i)
            if (auto v = get(members[i]->event.details)) t.add(show(*v), i, source_of[i]);
        if (t.readings.empty()) return;
        auto best = t.ranked().front();
        set(members[best.second.first_member]->event.details);
        if (auto c = t.conflict(name)) e.conflicts.push_back(*c);
    };
    using D = EventDetails;
    auto opt_string = [](const std::string& s) {
        return s.empty() ? std::optional<std::string>{} : std::optional<std::string>{s};
    };
    auto same = [](const std::string& s) { return s; };
    field(
        "rate_pct", [](const D& d) { return d.rate_pct; }, rate_text,
        [&](const D& d) { e.details.rate_pct = d.rate_pct; });
    field(
        "target", [&](const D& d) { return opt_string(d.target); }, same,
        [&](const D& d) { e.details.target = d.target; });
    field(
        "round", [](const D& d) { return d.round; }, [](int v) { return std::to_string(v); },
        [&](const D& d) { e.details.round = d.round; });
    field(
        "duration_days", [](const D& d) { return d.duration_days; },
        [](int v) { return std::to_string(v); },
        [&](const D& d) { e.details.duration_days = d.duration_days; });
    field(
        "quota", [](const D& d) { return d.quota; },
        [](std::int64_t v) { return std::to_string(v); },
        [&](const D& d) { e.details.quota = d.quota; });
    field(
        "level", [&](const D& d) { return opt_string(d.level); }, same,
        [&](const D& d) { e.details.level = d.level; });
    field(
        "location", [&](const D& d) { return opt_string(d.location); }, same,
        [&](const D& d) { e.details.location = d.location; });
    for (const Mention* m : members)
        for (const auto& p : m->event.details.products)
            if (std::find(e.details.products.begin(), e.details.products.end(), p) ==
                e.details.products.end())
                e.details.products.push_back(p);
    return e;
}

std::vector<Event> merge(const std::vector<Mention>& mentions) {
    std::vector<MergeKeys> keys;
    keys.reserve(mentions.size());
    for (const auto& m : mentions)
        keys.push_back(merge_keys(m));

    struct Cluster {
        std::string block, home;
        MergeTier tier;
        std::vector<const Mention*> core, attached;
        CoreSummary summary;
    };
    std::vector<Cluster> clusters;
    std::map<std::string, std::vector<std::size_t>> homes; // home -> mention indices
    for (std::size_t i = 0; i < mentions.size(); ++i)
        homes[keys[i].home].push_back(i);

    auto form = [&](const std::string& home, const std::vector<std::size_t>& idx) {
        std::vector<const Mention*> members;
        for (std::size_t i : idx)
            members.push_back(&mentions[i]);
        if (members.empty()) return;
        const MergeKeys& k = keys[idx.front()];
        for (auto& core : cluster_home(members)) {
            Cluster c{k.block, home, k.tier, core, {}, summarize(core, is_host(k.tier))};
            clusters.push_back(std::move(c));
        }
    };
    auto hosts_of = [&](const std::string& block, std::vector<std::size_t>& which,
                        std::vector<CoreSummary>& summaries, std::vector<MergeTier>& tiers) {
        which.clear();
        summaries.clear();
        tiers.clear();
        for (std::size_t c = 0; c < clusters.size(); ++c)
            if (clusters[c].block == block && is_host(clusters[c].tier)) {
                which.push_back(c);
                summaries.push_back(clusters[c].summary);
                tiers.push_back(clusters[c].tier);
            }
    };

    // Round homes first: they host day mentions.
    for (const auto& [home, idx] : homes)
        if (keys[idx.front()].tier == MergeTier::round) form(home, idx);
    std::vector<std::size_t> which;
    std::vector<CoreSummary> summaries;
    std::vector<MergeTier> tiers;
    // Day mentions: into the one round cluster over their day, else their own home.
    for (const auto& [home, idx] : homes) {
        if (keys[idx.front()].tier != MergeTier::day) continue;
        hosts_of(keys[idx.front()].block, which, summaries, tiers);
        std::vector<std::size_t> stay;
        for (std::size_t i : idx) {
            if (auto h = choose_host(mentions[i], keys[i], summaries, tiers))
                clusters[which[*h]].attached.push_back(&mentions[i]);
            else
                stay.push_back(i);
        }
        form(home, stay);
    }
    // Vague and weak mentions: into the one host in their window, else their own home.
    std::size_t hosts_end = clusters.size();
    for (const auto& [home, idx] : homes) {
        MergeTier t = keys[idx.front()].tier;
        if (t != MergeTier::vague && t != MergeTier::weak) continue;
        which.clear();
        summaries.clear();
        tiers.clear();
        for (std::size_t c = 0; c < hosts_end; ++c)
            if (clusters[c].block == keys[idx.front()].block && is_host(clusters[c].tier)) {
                which.push_back(c);
                summaries.push_back(clusters[c].summary);
                tiers.push_back(clusters[c].tier);
            }
        std::vector<std::size_t> stay;
        for (std::size_t i : idx) {
            if (auto h = choose_host(mentions[i], keys[i], summaries, tiers))
                clusters[which[*h]].attached.push_back(&mentions[i]);
            else
                stay.push_back(i);
        }
        form(home, stay);
    }
    for (const auto& [home, idx] : homes)
        if (keys[idx.front()].tier == MergeTier::single) form(home, idx);

    std::vector<Event> out;
    out.reserve(clusters.size());
    for (const auto& c : clusters)
        out.push_back(combine(c.core, c.attached, cluster_id(c.block, c.core, c.attached)));
    std::sort(out.begin(), out.end(), timeline_less);
    return out;
}

bool timeline_less(const Event& a, const Event& b) {
    using K = std::tuple<bool, date::sys_days, date::sys_days, int, const std::string&>;
    auto key = [](const Event& e) {
        return K(!e.date.known(), e.date.first.value_or(date::sys_days{}),
                 e.date.last.value_or(date::sys_days{}), static_cast<int>(e.kind), e.id);
    };
    return key(a) < key(b);
}

} // namespace parley
