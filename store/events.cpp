#include "row.h"
#include "store/event_rows.h"
#include "store/store.h"
#include "timeline/event_json.h"

#include <algorithm>
#include <map>
#include <SQLiteCpp/SQLiteCpp.h>

namespace parley {

using nlohmann::json;

namespace {

bool is_country_code(const std::string& s) {
    return (s.size() == 3 &&
            std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) ||
           s == "ALL";
}

std::int64_t actor_id(SQLite::Database& db, const std::string& kind, const std::string& name,
                      const std::string& role, const std::string& country) {
    SQLite::Statement ins(
        db, "INSERT INTO actors (kind, name, role, country) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (kind, name) DO UPDATE SET "
            "role = CASE WHEN excluded.role <> '' THEN excluded.role ELSE role END, "
            "country = CASE WHEN excluded.country <> '' THEN excluded.country ELSE country END "
            "RETURNING id");
    ins.bind(1, kind);
    ins.bind(2, name);
    ins.bind(3, role);
    ins.bind(4, country);
    ins.executeStep();
    return ins.getColumn(0).getInt64();
}

void bind_date(SQLite::Statement& st, int first_index, const DateValue& d) {
    row::bind_text_or_null(st, first_index, d.value);
    st.bind(first_index + 1, std::string(to_string(d.granularity)));
    row::bind_text_or_null(st, first_index + 2, d.text);
    st.bind(first_index + 3, d.mod);
}

std::string event_uid(std::int64_t article_id, std::size_t index) {
    return "a" + std::to_string(article_id) + "-" + std::to_string(index);
}

} // namespace

namespace event_rows {

void replace_for_article(SQLite::Database& db, std::int64_t article_id,
                         const std::vector<Event>& events, const std::vector<Person>& people) {
    {
        SQLite::Statement del(db, "DELETE FROM event_sources WHERE article_id = ?");
        del.bind(1, article_id);
        del.exec();
        db.exec("DELETE FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)");
        SQLite::Statement del_actors(db, "DELETE FROM article_actors WHERE article_id = ?");
        del_actors.bind(1, article_id);
        del_actors.exec();
    }
    std::map<std::int64_t, std::pair<std::string, int>> mentioned; // actor -> role, mentions
    for (const auto& p : people) {
        auto id = actor_id(db, "person", p.name, p.role, p.country);
        auto& m = mentioned[id];
        if (!p.role.empty()) m.first = p.role;
        ++m.second;
    }
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        SQLite::Statement ev(db,
                             "INSERT INTO events (uid, kind, status, date_value, date_granularity, "
                             "date_text, date_mod, date_first, date_last, details) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ev.bind(1, event_uid(article_id, i));
        ev.bind(2, std::string(to_string(e.kind)));
        ev.bind(3, std::string(to_string(e.status)));
        bind_date(ev, 4, e.date);
        if (e.date.known()) {
            ev.bind(8, iso_day(*e.date.first));
            ev.bind(9, iso_day(*e.date.last));
        } else {
            ev.bind(8);
            ev.bind(9);
        }
        std::string details = to_json(e.details).dump();
        ev.bind(10, details);
        ev.exec();
        std::int64_t event_id = db.getLastInsertRowid();

        SQLite::Statement src(db,
                              "INSERT INTO event_sources (event_id, article_id, kind, status, "
                              "date_value, date_granularity, date_text, date_mod, actors, details, "
                              "evidence, evidence_begin, evidence_end) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        src.bind(1, event_id);
        src.bind(2, article_id);
        src.bind(3, std::string(to_string(e.kind)));
        src.bind(4, std::string(to_string(e.status)));
        bind_date(src, 5, e.date);
        src.bind(9, json(e.actors).dump());
        src.bind(10, details);
        src.bind(11, e.evidence.sentence);
        src.bind(12, static_cast<std::int64_t>(e.evidence.begin));
        src.bind(13, static_cast<std::int64_t>(e.evidence.end));
        src.exec();

        for (std::size_t pos = 0; pos < e.actors.size(); ++pos) {
            const std::string& name = e.actors[pos];
            bool country = is_country_code(name);
            auto id = actor_id(db, country ? "country" : "person", name, "", country ? name : "");
            SQLite::Statement link(
                db, "INSERT OR IGNORE INTO event_actors (event_id, actor_id, position) "
                    "VALUES (?, ?, ?)");
            link.bind(1, event_id);
            link.bind(2, id);
            link.bind(3, static_cast<std::int64_t>(pos));
            link.exec();
            mentioned[id];
        }
    }
    for (const auto& [id, m] : mentioned) {
        SQLite::Statement st(db,
                             "INSERT INTO article_actors (article_id, actor_id, role, mentions) "
                             "VALUES (?, ?, ?, ?)");
        st.bind(1, article_id);
        st.bind(2, id);
        st.bind(3, m.first);
        st.bind(4, std::max(1, m.second));
        st.exec();
    }
}

} // namespace event_rows

namespace {

constexpr const char* event_columns =
    "e.id, e.kind, e.status, e.date_value, e.date_granularity, e.date_text, e.date_mod, "
    "e.details, e.conflicts";

Event read_event(SQLite::Database& db, SQLite::Statement& st) {
    Event e;
    e.id = st.getColumn(0).getInt64();
    e.kind = event_kind_from_string(row::text(st.getColumn(1))).value_or(EventKind::statement);
    e.status = event_status_from_string(row::text(st.getColumn(2))).value_or(EventStatus::reported);
    std::string value = row::text(st.getColumn(3));
    if (auto parsed = parse_date_value(value)) e.date = *parsed;
    e.date.value = value;
    e.date.granularity =
        granularity_from_string(row::text(st.getColumn(4))).value_or(Granularity::unknown);
    e.date.text = row::text(st.getColumn(5));
    e.date.mod = row::text(st.getColumn(6));
    e.details = details_from_json(json::parse(row::text(st.getColumn(7)), nullptr, false));
    json conflicts = json::parse(row::text(st.getColumn(8)), nullptr, false);
    if (conflicts.is_array())
        for (const auto& c : conflicts) {
            Conflict conflict;
            conflict.field = c.value("field", "");
            if (c.contains("values") && c["values"].is_array())
                for (const auto& v : c["values"])
                    conflict.values.push_back(v.is_string() ? v.get<std::string>() : v.dump());
            e.conflicts.push_back(std::move(conflict));
        }

    SQLite::Statement actors(
        db, "SELECT a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
            "WHERE ea.event_id = ? ORDER BY ea.position");
    actors.bind(1, e.id);
    while (actors.executeStep())
        e.actors.push_back(actors.getColumn(0).getString());

    SQLite::Statement sources(db,
                              "SELECT s.article_id, a.url, a.title, "
                              "CASE WHEN f.name <> '' THEN f.name ELSE f.title END, a.published, "
                              "s.evidence, s.evidence_begin, s.evidence_end "
                              "FROM event_sources s JOIN articles a ON a.id = s.article_id "
                              "JOIN feeds f ON f.id = a.feed_id "
                              "WHERE s.event_id = ? ORDER BY a.published, a.id, s.id");
    sources.bind(1, e.id);
    while (sources.executeStep()) {
        Source s;
        s.article_id = sources.getColumn(0).getInt64();
        s.url = row::text(sources.getColumn(1));
        s.title = row::text(sources.getColumn(2));
        s.outlet = row::text(sources.getColumn(3));
        s.published = row::instant(sources.getColumn(4));
        s.evidence.sentence = row::text(sources.getColumn(5));
        s.evidence.begin = static_cast<std::size_t>(sources.getColumn(6).getInt64());
        s.evidence.end = static_cast<std::size_t>(sources.getColumn(7).getInt64());
        e.sources.push_back(std::move(s));
    }
    if (!e.sources.empty()) e.evidence = e.sources.front().evidence;
    return e;
}

} // namespace

std::vector<Event> Store::events(const EventQuery& q) const {
    std::string sql = std::string("SELECT ") + event_columns + " FROM events e WHERE 1";
    for (std::size_t i = 0; i < q.parties.size(); ++i)
        sql += " AND EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
               "WHERE ea.event_id = e.id AND a.name = :party" +
               std::to_string(i) + ")";
    if (!q.kinds.empty()) {
        sql += " AND e.kind IN (";
        for (std::size_t i = 0; i < q.kinds.size(); ++i) {
            if (i) sql += ", ";
            sql += ":kind" + std::to_string(i);
        }
        sql += ")";
    }
    if (q.since) sql += " AND e.date_last >= :since";
    if (q.until) sql += " AND e.date_first <= :until";
    sql += " ORDER BY e.date_first IS NULL, e.date_first, e.date_last, e.kind, e.id";
    SQLite::Statement st(*db_, sql);
    for (std::size_t i = 0; i < q.parties.size(); ++i)
        st.bind(":party" + std::to_string(i), q.parties[i]);
    for (std::size_t i = 0; i < q.kinds.size(); ++i)
        st.bind(":kind" + std::to_string(i), std::string(to_string(q.kinds[i])));
    if (q.since) st.bind(":since", iso_day(*q.since));
    if (q.until) st.bind(":until", iso_day(*q.until));
    std::vector<Event> out;
    while (st.executeStep())
        out.push_back(read_event(*db_, st));
    return out;
}

std::optional<Event> Store::event(std::int64_t id) const {
    SQLite::Statement st(*db_,
                         std::string("SELECT ") + event_columns + " FROM events e WHERE e.id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return read_event(*db_, st);
}

} // namespace parley
