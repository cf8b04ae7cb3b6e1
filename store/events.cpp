#include "row.h"
#include "store/event_rows.h"
#include "store/mention_rows.h"
#include "store/read_snapshot.h"
#include "store/store.h"
#include "timeline/event_json.h"
#include "timeline/lifecycle.h"
#include "timeline/measure.h"
#include "timeline/merge.h"
#include "timeline/pause.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <SQLiteCpp/SQLiteCpp.h>
#include <unordered_map>

namespace parley {

using nlohmann::json;

namespace {

bool has_lowercase(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// What sort of actor an event's actor is: a country code, a person the
// article names, or else an organisation when it reads like an acronym (USTR, G7).
std::string actor_kind(const std::string& name, const std::set<std::string>& people) {
    if (is_country_code(name)) return "country";
    if (people.count(name) || has_lowercase(name) || name.find(' ') != std::string::npos)
        return "person";
    return "organisation";
}

std::int64_t meta(SQLite::Database& db, const char* key) {
    SQLite::Statement st(db, "SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    return st.executeStep() ? st.getColumn(0).getInt64() : 0;
}

constexpr const char* event_columns =
    "e.id, e.uid, e.kind, e.status, e.date_value, e.date_granularity, e.date_text, e.date_mod, "
    "e.expires, e.actors, e.details, e.conflicts, e.history";

// A JSON array of strings as recombine writes it. Names without escapes (all
// but a few) are read directly; anything else goes through the JSON parser.
std::vector<std::string> string_array(const std::string& text) {
    std::vector<std::string> out;
    if (text.find('\\') == std::string::npos && text.size() >= 2 && text.front() == '[' &&
        text.back() == ']') {
        std::size_t i = 1;
        bool ok = true;
        while (ok && i + 1 < text.size()) {
            if (text[i] == ',') ++i;
            if (text[i] != '"') {
                ok = false;
                break;
            }
            auto end = text.find('"', i + 1);
            if (end == std::string::npos) {
                ok = false;
                break;
            }
            out.emplace_back(text, i + 1, end - i - 1);
            i = end + 1;
        }
        if (ok) return out;
        out.clear();
    }
    json a = json::parse(text, nullptr, false);
    if (a.is_array())
        for (const auto& x : a)
            if (x.is_string()) out.push_back(x.get<std::string>());
    return out;
}

struct ReadEvent {
    std::int64_t row_id = 0;
    Event event;
};

ReadEvent read_event(SQLite::Statement& st) {
    ReadEvent out;
    out.row_id = st.getColumn(0).getInt64();
    Event& e = out.event;
    e.id = row::text(st.getColumn(1));
    e.kind = event_kind_from_string(row::text(st.getColumn(2))).value_or(EventKind::statement);
    e.status = event_status_from_string(row::text(st.getColumn(3))).value_or(EventStatus::reported);
    std::string value = row::text(st.getColumn(4));
    if (auto parsed = parse_date_value(value)) e.date = *parsed;
    e.date.value = value;
    e.date.granularity =
        granularity_from_string(row::text(st.getColumn(5))).value_or(Granularity::unknown);
    e.date.text = row::text(st.getColumn(6));
    e.date.mod = row::text(st.getColumn(7));
    if (!st.getColumn(8).isNull()) {
        json j = json::parse(st.getColumn(8).getString(), nullptr, false);
        if (j.is_object()) e.expires = date_value_from_json(j);
    }
    e.actors = string_array(row::text(st.getColumn(9)));
    std::string details = row::text(st.getColumn(10));
    if (details != "{}") e.details = details_from_json(json::parse(details, nullptr, false));
    if (!st.getColumn(11).isNull() || !st.getColumn(12).isNull()) {
        // Rare: read back the way to_json wrote them.
        json j = json::object();
        j["kind"] = "statement";
        if (!st.getColumn(11).isNull())
            j["conflicts"] = json::parse(st.getColumn(11).getString(), nullptr, false);
        if (!st.getColumn(12).isNull())
            j["history"] = json::parse(st.getColumn(12).getString(), nullptr, false);
        Event rest = event_from_json(j);
        e.conflicts = std::move(rest.conflicts);
        e.history = std::move(rest.history);
    }
    return out;
}

// Fills every event's sources from its mentions, with one query.
std::vector<Event> with_sources(SQLite::Database& db, std::vector<ReadEvent> read) {
    // One range of the sources' B-tree per event, in order.
    SQLite::Statement st(db, "SELECT article_id, url, title, outlet, published, evidence, "
                             "evidence_begin, evidence_end FROM event_sources "
                             "WHERE event_id = ? ORDER BY position");
    std::vector<Event> out;
    out.reserve(read.size());
    for (auto& r : read) {
        st.reset();
        st.bind(1, r.row_id);
        while (st.executeStep()) {
            Source s;
            s.article_id = st.getColumn(0).getInt64();
            s.url = row::text(st.getColumn(1));
            s.title = row::text(st.getColumn(2));
            s.outlet = row::text(st.getColumn(3));
            s.published = row::instant(st.getColumn(4));
            s.evidence.sentence = row::text(st.getColumn(5));
            s.evidence.begin = static_cast<std::size_t>(st.getColumn(6).getInt64());
            s.evidence.end = static_cast<std::size_t>(st.getColumn(7).getInt64());
            r.event.sources.push_back(std::move(s));
        }
        if (!r.event.sources.empty()) r.event.evidence = r.event.sources.front().evidence;
        out.push_back(std::move(r.event));
    }
    return out;
}

std::vector<Event> query_events(SQLite::Database& db, const std::string& sql,
                                const std::function<void(SQLite::Statement&)>& bind) {
    SQLite::Statement st(db, sql);
    bind(st);
    std::vector<ReadEvent> read;
    std::set<std::int64_t> seen;
    while (st.executeStep())
        if (seen.insert(st.getColumn(0).getInt64()).second) read.push_back(read_event(st));
    auto events = with_sources(db, std::move(read));
    // Sort positions, not events: an event is large to move around.
    std::vector<std::size_t> order(events.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return timeline_less(events[a], events[b]); });
    std::vector<Event> sorted;
    sorted.reserve(events.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(events[i]));
    return sorted;
}

} // namespace

std::int64_t ArticleEventsWriter::actor(const std::string& kind, const std::string& name,
                                        const std::string& role, const std::string& country) {
    Statements& sql = timeline_.sql();
    auto key = std::pair(kind, name);
    auto it = actors_.find(key);
    if (it == actors_.end()) {
        auto& find = sql("SELECT id, role, country FROM actors WHERE kind = ? AND name = ?");
        find.bind(1, kind);
        find.bind(2, name);
        if (find.executeStep()) {
            it = actors_
                     .emplace(key, Actor{find.getColumn(0).getInt64(), row::text(find.getColumn(1)),
                                         row::text(find.getColumn(2))})
                     .first;
        } else {
            auto& ins = sql("INSERT INTO actors (kind, name, role, country) VALUES (?, ?, ?, ?)");
            ins.bind(1, kind);
            ins.bind(2, name);
            ins.bind(3, role);
            ins.bind(4, country);
            ins.exec();
            return actors_.emplace(key, Actor{sql.db().getLastInsertRowid(), role, country})
                .first->second.id;
        }
    }
    // The latest role and country a text gives are the ones kept.
    Actor& a = it->second;
    if ((!role.empty() && role != a.role) || (!country.empty() && country != a.country)) {
        if (!role.empty()) a.role = role;
        if (!country.empty()) a.country = country;
        auto& up = sql("UPDATE actors SET role = ?, country = ? WHERE id = ?");
        up.bind(1, a.role);
        up.bind(2, a.country);
        up.bind(3, a.id);
        up.exec();
    }
    return a.id;
}

void ArticleEventsWriter::replace(std::int64_t article_id, const std::vector<Event>& events,
                                  const std::vector<Person>& people) {
    Statements& sql = timeline_.sql();
    timeline_.touch_article(article_id);
    {
        auto& del = sql("DELETE FROM mentions WHERE article_id = ?");
        del.bind(1, article_id);
        del.exec();
        auto& del_actors = sql("DELETE FROM article_actors WHERE article_id = ?");
        del_actors.bind(1, article_id);
        del_actors.exec();
    }
    std::map<std::int64_t, std::pair<std::string, int>> mentioned; // actor -> role, mentions
    std::set<std::string> names;
    for (const auto& p : people) {
        auto id = actor("person", p.name, p.role, p.country);
        auto& m = mentioned[id];
        if (!p.role.empty()) m.first = p.role;
        ++m.second;
        names.insert(p.name);
    }
    auto from = mention_rows::article_source(sql, article_id);
    if (!from) throw StoreError("no article " + std::to_string(article_id));
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        timeline_.touch(mention_rows::insert(sql, article_id, static_cast<int>(i), e, *from));
        for (const auto& name : e.actors) {
            if (name == "ALL" || name.empty()) continue;
            std::string kind = actor_kind(name, names);
            auto id = actor(kind, name, "", kind == "country" ? name : "");
            ++mentioned[id].second;
        }
    }
    for (const auto& [id, m] : mentioned) {
        auto& st = sql("INSERT INTO article_actors (article_id, actor_id, role, mentions) "
                       "VALUES (?, ?, ?, ?)");
        st.bind(1, article_id);
        st.bind(2, id);
        st.bind(3, m.first);
        st.bind(4, std::max(1, m.second));
        st.exec();
    }
}

std::vector<Event> Store::events(const EventQuery& query) const {
    ReadSnapshot snapshot(*db_);
    EventQuery q = query;
    std::int64_t max_span = meta(*db_, "max_span");
    std::optional<std::int64_t> since, until;
    if (q.since) since = row::day_number(*q.since);
    if (q.until) until = row::day_number(*q.until);
    if (q.parties.size() > 1) {
        // Start from the party with the fewest events in the range (Japan, not
        // the United States, which takes part in nearly everything).
        std::vector<std::pair<std::int64_t, std::string>> counted;
        SQLite::Statement count(*db_, "SELECT count(*) FROM event_parties WHERE party = ? AND "
                                      "first_day BETWEEN ? AND ?");
        for (const auto& p : q.parties) {
            count.reset();
            count.bind(1, p);
            count.bind(2, since ? *since - max_span : std::numeric_limits<std::int64_t>::min());
            count.bind(3, until ? *until : std::numeric_limits<std::int64_t>::max());
            count.executeStep();
            counted.emplace_back(count.getColumn(0).getInt64(), p);
        }
        std::stable_sort(counted.begin(), counted.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        q.parties.clear();
        for (auto& [n, p] : counted)
            q.parties.push_back(std::move(p));
    }
    std::string sql = std::string("SELECT ") + event_columns;
    std::string day_column;
    if (!q.parties.empty()) {
        // Start from the first party's events in the date range; the others are checked per event.
        sql += " FROM event_parties p0 JOIN events e ON e.id = p0.event_id WHERE p0.party = :p0";
        day_column = "p0.first_day";
        for (std::size_t i = 1; i < q.parties.size(); ++i)
            sql += " AND EXISTS (SELECT 1 FROM event_parties pk WHERE pk.event_id = e.id AND "
                   "pk.party = :p" +
                   std::to_string(i) + ")";
    } else {
        sql += " FROM events e WHERE 1";
        day_column = "e.first_day";
    }
    // An event covers a day of the range when it starts no later than the
    // range's end and ends no earlier than its start; no event spans more
    // than max_span days, which bounds where its first day can be.
    if (since) sql += " AND " + day_column + " >= :lo AND e.last_day >= :since";
    if (until) sql += " AND " + day_column + " <= :until";
    if (!q.kinds.empty()) {
        sql += " AND e.kind IN (";
        for (std::size_t i = 0; i < q.kinds.size(); ++i)
            sql += (i ? ", :k" : ":k") + std::to_string(i);
        sql += ")";
    }
    return query_events(*db_, sql, [&](SQLite::Statement& st) {
        for (std::size_t i = 0; i < q.parties.size(); ++i)
            st.bind(":p" + std::to_string(i), q.parties[i]);
        for (std::size_t i = 0; i < q.kinds.size(); ++i)
            st.bind(":k" + std::to_string(i), std::string(to_string(q.kinds[i])));
        if (since) {
            st.bind(":lo", *since - max_span);
            st.bind(":since", *since);
        }
        if (until) st.bind(":until", *until);
    });
}

std::optional<Event> Store::event(const std::string& id) const {
    ReadSnapshot snapshot(*db_);
    auto found = query_events(
        *db_, std::string("SELECT ") + event_columns + " FROM events e WHERE e.uid = ?",
        [&](SQLite::Statement& st) { st.bind(1, id); });
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<Event> Store::events_by_id_prefix(const std::string& prefix, std::size_t limit) const {
    ReadSnapshot snapshot(*db_);
    return query_events(*db_,
                        std::string("SELECT ") + event_columns +
                            " FROM events e WHERE e.uid >= :p AND e.uid < :p || 'g' ORDER BY e.uid "
                            "LIMIT :limit",
                        [&](SQLite::Statement& st) {
                            st.bind(":p", prefix);
                            st.bind(":limit", static_cast<std::int64_t>(limit));
                        });
}

std::vector<Event> Store::deadline_events(date::sys_days from, date::sys_days to) const {
    ReadSnapshot snapshot(*db_);
    std::int64_t max_due = meta(*db_, "max_due_span");
    auto events = query_events(*db_,
                               std::string("SELECT ") + event_columns +
                                   " FROM events e WHERE e.due_first BETWEEN :lo AND :to AND "
                                   "e.due_last >= :from",
                               [&](SQLite::Statement& st) {
                                   st.bind(":lo", row::day_number(from) - max_due);
                                   st.bind(":to", row::day_number(to));
                                   st.bind(":from", row::day_number(from));
                               });
    // Every pause that may extend one of them (the same scope, or the same on
    // ALL) or that one of them may extend: an extension moves an expiry.
    // Those it extends ran out no earlier than it began (lifecycle.h's
    // pause_chain), and those that extend it run out after it: none expired
    // before the earliest of them began.
    std::set<std::string> scopes;
    date::sys_days earliest = from;
    for (const auto& e : events)
        if (e.kind == EventKind::tariff_paused) {
            MeasureScope s = measure_scope(e);
            scopes.insert(scope_key(s));
            if (s.target != "ALL") {
                s.target = "ALL";
                scopes.insert(scope_key(s));
            }
            const auto reported = first_reported(e);
            const PauseTerms t = pause_terms(e, reported);
            if (t.start && t.start->known())
                earliest = std::min(earliest, *t.start->first);
            else if (reported)
                earliest = std::min(earliest, *reported);
        }
    if (scopes.empty()) return events;
    json list = json(std::vector<std::string>(scopes.begin(), scopes.end()));
    std::set<std::string> have;
    // Pauses outside the window are read only to chain the ones inside it:
    // of their sources, only the earliest publication counts (when a pause
    // without a stated start began), so that is all that is read. A scope
    // such as every country's may hold years of pauses.
    // `scope <> ''` repeats the partial index's condition: without it SQLite
    // cannot prove the index covers the rows and scans the whole table.
    SQLite::Statement st(*db_, std::string("SELECT ") + event_columns +
                                   ", (SELECT min(s.published) FROM event_sources s "
                                   "WHERE s.event_id = e.id) FROM events e "
                                   "WHERE e.scope <> '' "
                                   "AND e.scope IN (SELECT value FROM json_each(?)) "
                                   "AND e.due_first >= ? AND e.kind = 'tariff_paused'");
    st.bind(1, list.dump());
    st.bind(2, row::day_number(earliest) - max_due - 1);
    for (const auto& e : events)
        have.insert(e.id);
    while (st.executeStep()) {
        ReadEvent r = read_event(st);
        if (!have.insert(r.event.id).second) continue;
        Source earliest;
        earliest.published = row::instant(st.getColumn(13));
        r.event.sources.push_back(std::move(earliest));
        events.push_back(std::move(r.event));
    }
    std::sort(events.begin(), events.end(), timeline_less);
    return events;
}

std::vector<Event> Store::tariff_events(const std::string& target) const {
    ReadSnapshot snapshot(*db_);
    const std::string kinds = "('tariff_announced', 'tariff_imposed', 'tariff_changed', "
                              "'tariff_paused', 'deal')";
    if (target.empty())
        return query_events(*db_,
                            std::string("SELECT ") + event_columns +
                                " FROM events e WHERE e.kind IN " + kinds,
                            [](SQLite::Statement&) {});
    return query_events(
        *db_,
        std::string("SELECT ") + event_columns +
            " FROM events e WHERE e.target <> '' AND e.target IN (:t, 'ALL') AND e.kind IN " +
            kinds + " UNION ALL SELECT " + event_columns +
            " FROM event_parties p JOIN events e ON e.id = p.event_id "
            "WHERE p.party = :t AND e.kind = 'deal'",
        [&](SQLite::Statement& st) { st.bind(":t", target); });
}

void Store::rebuild_timeline() {
    write_timeline([&](TimelineUpdate& update) {
        update.touch_all();
        update.run();
        db_->exec("DELETE FROM meta WHERE key = 'remerge'");
    });
}

} // namespace parley
