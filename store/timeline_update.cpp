#include "store/timeline_update.h"

#include "row.h"
#include "timeline/deadlines.h"
#include "timeline/event_json.h"
#include "timeline/measure.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

namespace parley {

using nlohmann::json;

namespace {

// Rows read during an update are kept until there are this many, then
// dropped: the database is always up to date, the cache only saves parsing.
// About 75 MB at most, whatever the size of the store.
constexpr std::size_t cache_limit = 50'000;
// Between updates, fewer are kept: a pull's next feed mostly reports the
// same recent days, and an idle store should not hold a big cache.
constexpr std::size_t kept_between_updates = 20'000;

std::string dump(const json& j) {
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace

TimelineUpdate::TimelineUpdate(SQLite::Database& db) : sql_(db) {}

void TimelineUpdate::touch(const mention_rows::Row& r) {
    homes_[r.keys.home] = r.keys.tier;
    if (r.event_id) events_.insert(*r.event_id);
    cache_[r.id] = r;
    if (r.keys.tier == MergeTier::vague || r.keys.tier == MergeTier::weak) seeking_.insert(r.id);
}

void TimelineUpdate::touch_removed(const std::string& where, std::int64_t id) {
    auto& st = sql_("SELECT m.id, m.home, m.tier, m.event_id FROM mentions m WHERE " + where);
    st.bind(1, id);
    while (st.executeStep()) {
        std::int64_t mention = st.getColumn(0).getInt64();
        homes_[st.getColumn(1).getString()] =
            merge_tier_from_string(st.getColumn(2).getString()).value_or(MergeTier::single);
        if (!st.getColumn(3).isNull()) events_.insert(st.getColumn(3).getInt64());
        cache_.erase(mention);
        seeking_.erase(mention);
    }
}

void TimelineUpdate::touch_article(std::int64_t article_id) {
    touch_removed("m.article_id = ?", article_id);
}

void TimelineUpdate::touch_feed(std::int64_t feed_id) {
    touch_removed("m.article_id IN (SELECT id FROM articles WHERE feed_id = ?)", feed_id);
}

void TimelineUpdate::touch_all() {
    sql_.db().exec("DELETE FROM events");
    cache_.clear();
    events_.clear();
    SQLite::Statement homes(sql_.db(), "SELECT DISTINCT home, tier FROM mentions");
    while (homes.executeStep())
        homes_[homes.getColumn(0).getString()] =
            merge_tier_from_string(homes.getColumn(1).getString()).value_or(MergeTier::single);
    SQLite::Statement seeking(sql_.db(), "SELECT id FROM mentions WHERE tier IN ('vague', 'weak')");
    while (seeking.executeStep())
        seeking_.insert(seeking.getColumn(0).getInt64());
}

mention_rows::Row* TimelineUpdate::row(std::int64_t id) {
    if (auto it = cache_.find(id); it != cache_.end()) return &it->second;
    auto& st = sql_(mention_rows::select("m.id = ?"));
    st.bind(1, id);
    if (!st.executeStep()) return nullptr;
    return &(cache_[id] = mention_rows::read(st));
}

template <typename Value>
std::vector<mention_rows::Row*> TimelineUpdate::rows(const std::string& where, const Value& value) {
    // Ids first (the index covers them), then whole rows only for those not
    // read yet, in one query: most rows an update needs it has read before.
    auto& ids = sql_("SELECT m.id FROM mentions m WHERE " + where);
    ids.bind(1, value);
    std::vector<std::int64_t> wanted;
    nlohmann::json missing = nlohmann::json::array();
    while (ids.executeStep()) {
        std::int64_t id = ids.getColumn(0).getInt64();
        wanted.push_back(id);
        if (!cache_.count(id)) missing.push_back(id);
    }
    if (!missing.empty()) {
        auto& st = sql_(mention_rows::select("m.id IN (SELECT value FROM json_each(?))"));
        st.bind(1, missing.dump());
        while (st.executeStep()) {
            std::int64_t id = st.getColumn(0).getInt64();
            cache_.emplace(id, mention_rows::read(st));
        }
    }
    std::vector<mention_rows::Row*> out;
    out.reserve(wanted.size());
    for (std::int64_t id : wanted)
        if (auto it = cache_.find(id); it != cache_.end()) out.push_back(&it->second);
    return out;
}

void TimelineUpdate::set_membership(mention_rows::Row& r, std::optional<std::int64_t> event_id,
                                    bool attached) {
    if (r.event_id == event_id && r.attached == attached) return;
    auto& st = sql_("UPDATE mentions SET event_id = ?, attached = ? WHERE id = ?");
    if (event_id)
        st.bind(1, *event_id);
    else
        st.bind(1);
    st.bind(2, attached ? 1 : 0);
    st.bind(3, r.id);
    st.exec();
    if (r.event_id) events_.insert(*r.event_id);
    if (event_id) events_.insert(*event_id);
    r.event_id = event_id;
    r.attached = attached;
}

void TimelineUpdate::note_span(const std::string& block, std::optional<date::sys_days> first,
                               std::optional<date::sys_days> last) {
    if (first && last) spans_[block].emplace_back(*first, *last);
}

const std::vector<TimelineUpdate::Host>&
TimelineUpdate::hosts(const std::string& block, date::sys_days first, date::sys_days last) {
    auto key = std::tuple(block, first, last);
    if (auto it = host_cache_.find(key); it != host_cache_.end()) return it->second;
    auto& st = sql_("SELECT id, tier, host_first, host_last, core FROM events "
                    "WHERE block = :block AND host_first IS NOT NULL AND host_last = host_first "
                    "AND host_first BETWEEN :first AND :last "
                    "UNION ALL "
                    "SELECT id, tier, host_first, host_last, core FROM events "
                    "WHERE block = :block AND host_first IS NOT NULL AND host_last > host_first "
                    "AND host_first BETWEEN :reach AND :last AND host_last >= :first");
    st.bind(":block", block);
    st.bind(":reach", row::day_number(first) - max_window_days);
    st.bind(":first", row::day_number(first));
    st.bind(":last", row::day_number(last));
    std::vector<Host> out;
    while (st.executeStep()) {
        Host h;
        h.id = st.getColumn(0).getInt64();
        h.tier = merge_tier_from_string(st.getColumn(1).getString()).value_or(MergeTier::single);
        h.summary =
            core_summary_from_json(json::parse(st.getColumn(4).getString(), nullptr, false));
        h.summary.first = row::day(st.getColumn(2));
        h.summary.last = row::day(st.getColumn(3));
        out.push_back(std::move(h));
    }
    return host_cache_[key] = std::move(out);
}

void TimelineUpdate::recompute_home(const std::string& home, MergeTier tier) {
    recompute_home(home, tier, rows("m.home = ?", home));
}

void TimelineUpdate::recompute_home(const std::string& home, MergeTier tier,
                                    const std::vector<mention_rows::Row*>& in_home) {
    std::vector<const Mention*> members;
    std::map<const Mention*, mention_rows::Row*> back;
    std::string block;
    for (auto* r : in_home) {
        block = r->keys.block;
        if (tier != MergeTier::round && r->attached) continue;
        members.push_back(&r->mention);
        back[&r->mention] = r;
    }
    struct Old {
        std::int64_t id;
        std::optional<date::sys_days> first, last;
        std::string core;
        std::string block;
    };
    std::map<std::string, Old> old;
    {
        // A core's key starts with its home: the key's own index finds a home's cores.
        auto& st = sql_("SELECT id, core_key, host_first, host_last, core, block FROM events "
                        "WHERE core_key > ? AND core_key < ?");
        st.bind(1, home + "\x1f");
        st.bind(2, home + "\x20");
        while (st.executeStep())
            old[st.getColumn(1).getString()] = Old{
                st.getColumn(0).getInt64(), row::day(st.getColumn(2)), row::day(st.getColumn(3)),
                st.getColumn(4).getString(), st.getColumn(5).getString()};
    }
    bool host = is_host(tier);
    std::set<std::string> kept;
    // A home's clusters are numbered in their canonical order: a cluster that
    // grows keeps its row (and its members theirs), which a key derived from
    // its members would not.
    std::size_t ordinal = 0;
    for (const auto& cluster : cluster_home(members)) {
        std::string key = home + "\x1f" + std::to_string(ordinal++);
        CoreSummary summary = summarize(cluster, host);
        std::string core = dump(to_json(summary));
        std::int64_t id = 0;
        if (auto it = old.find(key); it != old.end()) {
            id = it->second.id;
            kept.insert(key);
            if (it->second.first != summary.first || it->second.last != summary.last ||
                it->second.core != core) {
                auto& st = sql_("UPDATE events SET host_first = ?, host_last = ?, core = ? "
                                "WHERE id = ?");
                row::bind_day(st, 1, summary.first);
                row::bind_day(st, 2, summary.last);
                st.bind(3, core);
                st.bind(4, id);
                st.exec();
                if (host) {
                    note_span(block, it->second.first, it->second.last);
                    note_span(block, summary.first, summary.last);
                }
            }
        } else {
            auto& st = sql_("INSERT INTO events (uid, core_key, block, home, tier, host_first, "
                            "host_last, core) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            st.bind(1, std::string()); // the id comes with the combined event
            st.bind(2, key);
            st.bind(3, block);
            st.bind(4, home);
            st.bind(5, std::string(to_string(tier)));
            row::bind_day(st, 6, summary.first);
            row::bind_day(st, 7, summary.last);
            st.bind(8, core);
            st.exec();
            id = sql_.db().getLastInsertRowid();
            if (host) note_span(block, summary.first, summary.last);
        }
        for (const Mention* m : cluster)
            set_membership(*back[m], id, false);
        events_.insert(id);
    }
    for (const auto& [key, o] : old) {
        if (kept.count(key)) continue;
        // Mentions it hosted look for a host again.
        auto& st = sql_("SELECT id FROM mentions WHERE event_id = ?");
        st.bind(1, o.id);
        std::vector<std::int64_t> orphans;
        while (st.executeStep())
            orphans.push_back(st.getColumn(0).getInt64());
        auto& del = sql_("DELETE FROM events WHERE id = ?");
        del.bind(1, o.id);
        del.exec();
        for (std::int64_t m : orphans) {
            if (auto it = cache_.find(m); it != cache_.end()) it->second.event_id.reset();
            seeking_.insert(m);
        }
        if (host) note_span(o.block, o.first, o.last);
        events_.erase(o.id);
    }
}

void TimelineUpdate::reattach_day_home(const std::string& home, bool hosts_changed) {
    auto in_home = rows("m.home = ?", home);
    for (auto* r : in_home) {
        if (r->keys.tier != MergeTier::day) continue;
        // Only talks have round hosts; a member keeps its place unless it is
        // new or the round hosts over its day changed.
        if (r->keys.block.rfind("talks|", 0) != 0) continue;
        if (r->event_id && !hosts_changed) continue;
        const auto& candidates = hosts(r->keys.block, *r->keys.window_first, *r->keys.window_last);
        std::vector<CoreSummary> summaries;
        std::vector<MergeTier> tiers;
        for (const auto& h : candidates) {
            summaries.push_back(h.summary);
            tiers.push_back(h.tier);
        }
        if (auto i = choose_host(r->mention, r->keys, summaries, tiers))
            set_membership(*r, candidates[*i].id, true);
        else if (r->attached)
            set_membership(*r, std::nullopt, false);
    }
    recompute_home(home, MergeTier::day, in_home);
}

void TimelineUpdate::reattach(mention_rows::Row& r) {
    std::optional<std::int64_t> chosen;
    if (r.keys.window_first) {
        const auto& candidates = hosts(r.keys.block, *r.keys.window_first, *r.keys.window_last);
        std::vector<CoreSummary> summaries;
        std::vector<MergeTier> tiers;
        for (const auto& h : candidates) {
            summaries.push_back(h.summary);
            tiers.push_back(h.tier);
        }
        if (auto i = choose_host(r.mention, r.keys, summaries, tiers)) chosen = candidates[*i].id;
    }
    if (chosen) {
        if (!r.attached) homes_[r.keys.home] = r.keys.tier; // its home loses it
        set_membership(r, chosen, true);
    } else if (r.attached || !r.event_id) {
        homes_[r.keys.home] = r.keys.tier; // its home takes it (back)
        set_membership(r, std::nullopt, false);
    }
}

void TimelineUpdate::recombine(std::int64_t event_id) {
    struct Stored {
        std::string block, uid, kind, target, scope, actors, hash, sources;
        std::optional<date::sys_days> first, last, due_first, due_last;
    } old;
    {
        auto& st =
            sql_("SELECT block, uid, kind, first_day, last_day, due_first, due_last, target, "
                 "scope, actors, body_hash, sources FROM events WHERE id = ?");
        st.bind(1, event_id);
        if (!st.executeStep()) return;
        old = Stored{
            st.getColumn(0).getString(),  st.getColumn(1).getString(),  st.getColumn(2).getString(),
            st.getColumn(7).getString(),  st.getColumn(8).getString(),  st.getColumn(9).getString(),
            st.getColumn(10).getString(), st.getColumn(11).getString(), row::day(st.getColumn(3)),
            row::day(st.getColumn(4)),    row::day(st.getColumn(5)),    row::day(st.getColumn(6))};
    }
    std::vector<const Mention*> core, attached;
    std::map<std::tuple<std::int64_t, std::size_t, std::string>, std::int64_t> mention_of;
    for (auto* r : rows("m.event_id = ?", event_id)) {
        (r->attached ? attached : core).push_back(&r->mention);
        auto key = std::tuple(r->mention.source.article_id, r->mention.event.evidence.begin,
                              r->mention.event.evidence.sentence);
        auto [it, inserted] = mention_of.try_emplace(key, r->id);
        if (!inserted) it->second = std::min(it->second, r->id);
    }
    if (core.empty()) std::swap(core, attached);
    if (core.empty()) {
        auto& del = sql_("DELETE FROM events WHERE id = ?");
        del.bind(1, event_id);
        del.exec();
        return;
    }
    Event e = combine(core, attached, cluster_id(old.block, core, attached));
    // The parts written as JSON (the sources are written as mention ids).
    json j = json::object();
    j["date"] = to_json(e.date);
    j["actors"] = e.actors;
    j["details"] = to_json(e.details);
    if (e.expires) j["expires"] = to_json(*e.expires);
    if (!e.conflicts.empty() || !e.history.empty()) {
        Event parts;
        parts.conflicts = e.conflicts;
        parts.history = e.history;
        json whole = to_json(parts);
        if (whole.contains("conflicts")) j["conflicts"] = whole["conflicts"];
        if (whole.contains("history")) j["history"] = whole["history"];
    }
    json sources = json::array();
    for (const auto& s : e.sources)
        sources.push_back(
            mention_of[std::tuple(s.article_id, s.evidence.begin, s.evidence.sentence)]);

    std::string scope, target;
    std::string_view family = kind_family(e.kind);
    if (family == "tariff" || family == "pause") {
        MeasureScope ms = measure_scope(e);
        scope = scope_key(ms);
        target = ms.target;
    }
    auto due = deadline_of(e);
    std::optional<date::sys_days> due_first, due_last;
    if (due) {
        due_first = due->due.first;
        due_last = due->due.last;
    }
    std::string kind(to_string(e.kind));
    std::string actors = dump(j["actors"]);
    std::string details = dump(j["details"]);
    std::string expires = e.expires ? dump(j["expires"]) : std::string{};
    std::string conflicts = j.contains("conflicts") ? dump(j["conflicts"]) : std::string{};
    std::string history = j.contains("history") ? dump(j["history"]) : std::string{};
    std::string source_list = sources.dump();
    // Nothing changed, nothing written: most events a pull touches stay as they were.
    std::string hash =
        dump(json::array({e.id, kind, std::string(to_string(e.status)), dump(j["date"]), actors,
                          details, expires, conflicts, history, source_list, scope}));
    hash = std::to_string(std::hash<std::string>{}(hash));
    if (hash == old.hash) return;

    // Columns no index covers, always; indexed ones only when they changed,
    // so their indexes are not rewritten for nothing.
    auto& st = sql_("UPDATE events SET status = ?, date_value = ?, date_granularity = ?, "
                    "date_text = ?, date_mod = ?, expires = ?, actors = ?, details = ?, "
                    "conflicts = ?, history = ?, sources = ?, source_count = ?, body_hash = ? "
                    "WHERE id = ?");
    st.bind(1, std::string(to_string(e.status)));
    row::bind_text_or_null(st, 2, e.date.value);
    st.bind(3, std::string(to_string(e.date.granularity)));
    row::bind_text_or_null(st, 4, e.date.text);
    st.bind(5, e.date.mod);
    row::bind_text_or_null(st, 6, expires);
    st.bind(7, actors);
    st.bind(8, details);
    row::bind_text_or_null(st, 9, conflicts);
    row::bind_text_or_null(st, 10, history);
    st.bind(11, source_list);
    st.bind(12, static_cast<std::int64_t>(corroboration(e)));
    st.bind(13, hash);
    st.bind(14, event_id);
    st.exec();
    if (old.sources != source_list) {
        // Sources are in publication order, so a new report mostly adds to
        // the end: rewrite from the first position that changed.
        json before = json::parse(old.sources, nullptr, false);
        std::size_t same = 0;
        if (before.is_array())
            while (same < before.size() && same < sources.size() && before[same] == sources[same])
                ++same;
        auto& del = sql_("DELETE FROM event_sources WHERE event_id = ? AND position >= ?");
        del.bind(1, event_id);
        del.bind(2, static_cast<std::int64_t>(same));
        del.exec();
        for (std::size_t i = same; i < e.sources.size(); ++i) {
            const Source& src = e.sources[i];
            auto& ins =
                sql_("INSERT INTO event_sources (event_id, position, article_id, url, title, "
                     "outlet, published, evidence, evidence_begin, evidence_end) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ins.bind(1, event_id);
            ins.bind(2, static_cast<std::int64_t>(i));
            ins.bind(3, src.article_id);
            ins.bind(4, src.url);
            ins.bind(5, src.title);
            ins.bind(6, src.outlet);
            row::bind_instant(ins, 7, src.published);
            ins.bind(8, src.evidence.sentence);
            ins.bind(9, static_cast<std::int64_t>(src.evidence.begin));
            ins.bind(10, static_cast<std::int64_t>(src.evidence.end));
            ins.exec();
        }
    }
    if (old.uid != e.id || old.kind != kind || old.first != e.date.first ||
        old.last != e.date.last || old.due_first != due_first || old.due_last != due_last ||
        old.target != target || old.scope != scope) {
        auto& keys = sql_("UPDATE events SET uid = ?, kind = ?, first_day = ?, last_day = ?, "
                          "due_first = ?, due_last = ?, target = ?, scope = ? WHERE id = ?");
        keys.bind(1, e.id);
        keys.bind(2, kind);
        row::bind_day(keys, 3, e.date.first);
        row::bind_day(keys, 4, e.date.last);
        row::bind_day(keys, 5, due_first);
        row::bind_day(keys, 6, due_last);
        keys.bind(7, target);
        keys.bind(8, scope);
        keys.bind(9, event_id);
        keys.exec();
    }
    if (old.actors != actors || old.first != e.date.first || old.target != target) {
        std::set<std::string> parties;
        for (const auto& a : e.actors)
            if (a != "ALL") parties.insert(a);
        if (is_country_code(e.details.target) && e.details.target != "ALL")
            parties.insert(e.details.target);
        std::map<std::string, std::optional<date::sys_days>> stored;
        auto& have = sql_("SELECT party, first_day FROM event_parties WHERE event_id = ?");
        have.bind(1, event_id);
        while (have.executeStep())
            stored[have.getColumn(0).getString()] = row::day(have.getColumn(1));
        for (const auto& [party, first] : stored)
            if (!parties.count(party) || first != e.date.first) {
                auto& del = sql_("DELETE FROM event_parties WHERE event_id = ? AND party = ?");
                del.bind(1, event_id);
                del.bind(2, party);
                del.exec();
            }
        for (const auto& p : parties) {
            auto it = stored.find(p);
            if (it != stored.end() && it->second == e.date.first) continue;
            auto& ins =
                sql_("INSERT INTO event_parties (event_id, party, first_day) VALUES (?, ?, ?)");
            ins.bind(1, event_id);
            ins.bind(2, p);
            row::bind_day(ins, 3, e.date.first);
            ins.exec();
        }
    }
    if (e.date.known())
        max_span_ = std::max<std::int64_t>(max_span_, (*e.date.last - *e.date.first).count());
    if (due && due->due.known())
        max_due_span_ =
            std::max<std::int64_t>(max_due_span_, (*due->due.last - *due->due.first).count());
}

void TimelineUpdate::run() {
    auto trim = [&] {
        if (cache_.size() > cache_limit) cache_.clear();
    };
    // Round homes host day mentions; recompute them first.
    for (const auto& [home, tier] : std::map(homes_))
        if (tier == MergeTier::round) {
            recompute_home(home, tier);
            trim();
        }
    // Day homes: those touched, those under a round host that changed, and
    // those of day mentions whose host went.
    std::set<std::string> day_homes;
    for (const auto& [home, tier] : homes_)
        if (tier == MergeTier::day) day_homes.insert(home);
    for (std::int64_t id : std::set(seeking_)) {
        auto* r = row(id);
        if (!r || r->keys.tier == MergeTier::day) {
            if (r) day_homes.insert(r->keys.home);
            seeking_.erase(id);
        }
    }
    // The days whose hosts changed, overlapping spans joined, per block.
    auto changed_days = [&] {
        std::vector<std::tuple<std::string, date::sys_days, date::sys_days>> out;
        for (auto& [block, spans] : spans_) {
            std::sort(spans.begin(), spans.end());
            for (const auto& [first, last] : spans) {
                if (!out.empty() && std::get<0>(out.back()) == block &&
                    first <= std::get<2>(out.back()) + date::days{1})
                    std::get<2>(out.back()) = std::max(std::get<2>(out.back()), last);
                else
                    out.emplace_back(block, first, last);
            }
        }
        return out;
    };
    std::set<std::string> under_changed_rounds;
    for (const auto& [block, first, last] : changed_days()) {
        auto& st = sql_("SELECT DISTINCT window_first FROM mentions WHERE block = ? AND "
                        "tier = 'day' AND window_first BETWEEN ? AND ?");
        st.bind(1, block);
        st.bind(2, row::day_number(first));
        st.bind(3, row::day_number(last));
        while (st.executeStep()) {
            std::string home = block + "|d|" + iso_day(*row::day(st.getColumn(0)));
            day_homes.insert(home);
            under_changed_rounds.insert(home);
        }
    }
    // Round hosts are settled: day mentions may look them up once per day.
    host_cache_.clear();
    for (const auto& home : day_homes) {
        reattach_day_home(home, under_changed_rounds.count(home) > 0);
        trim();
    }
    host_cache_.clear();
    // Vague and weak mentions: those touched, those whose host went, and
    // those over the days where hosts changed choose their host again.
    std::set<std::int64_t> seeking = seeking_;
    for (const auto& [block, first, last] : changed_days()) {
        auto& st = sql_("SELECT id FROM mentions WHERE block = ? AND tier IN ('vague', 'weak') "
                        "AND window_first BETWEEN ? AND ? AND window_last >= ?");
        st.bind(1, block);
        st.bind(2, row::day_number(first) - max_window_days);
        st.bind(3, row::day_number(last));
        st.bind(4, row::day_number(first));
        while (st.executeStep())
            seeking.insert(st.getColumn(0).getInt64());
    }
    for (std::int64_t id : seeking) {
        auto* r = row(id);
        if (r && (r->keys.tier == MergeTier::vague || r->keys.tier == MergeTier::weak))
            reattach(*r);
        trim();
    }
    for (const auto& [home, tier] : std::map(homes_))
        if (tier == MergeTier::vague || tier == MergeTier::weak || tier == MergeTier::single) {
            recompute_home(home, tier);
            trim();
        }
    for (std::int64_t id : events_) {
        recombine(id);
        trim();
    }
    for (const auto& [key, value] :
         {std::pair{"max_span", max_span_}, {"max_due_span", max_due_span_}}) {
        auto& st = sql_("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                        "SET value = max(value, excluded.value)");
        st.bind(1, key);
        st.bind(2, value);
        st.exec();
    }
    sql_.reset_all();
    host_cache_.clear();
    homes_.clear();
    spans_.clear();
    seeking_.clear();
    events_.clear();
    if (cache_.size() > kept_between_updates) cache_.clear();
}

void TimelineUpdate::forget() {
    sql_.reset_all();
    cache_.clear();
    host_cache_.clear();
    homes_.clear();
    spans_.clear();
    seeking_.clear();
    events_.clear();
}

} // namespace parley
