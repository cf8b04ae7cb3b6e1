#include "store/mention_rows.h"

#include "row.h"
#include "timeline/event_json.h"

#include <nlohmann/json.hpp>

namespace parley::mention_rows {

using nlohmann::json;

namespace {

constexpr const char* columns =
    "m.id, m.article_id, m.kind, m.status, m.date_value, m.date_granularity, m.date_text, "
    "m.date_mod, m.expires, m.actors, m.details, m.evidence, m.evidence_begin, m.evidence_end, "
    "a.url, a.title, a.published, a.guid, f.url, "
    "CASE WHEN f.name <> '' THEN f.name ELSE f.title END, "
    "m.block, m.home, m.tier, m.window_first, m.window_last, m.event_id, m.attached";

DateValue read_date(const SQLite::Column& value, const SQLite::Column& granularity,
                    const SQLite::Column& text, const SQLite::Column& mod) {
    DateValue d;
    std::string v = row::text(value);
    if (auto parsed = parse_date_value(v)) d = *parsed;
    d.value = v;
    d.granularity = granularity_from_string(row::text(granularity)).value_or(Granularity::unknown);
    d.text = row::text(text);
    d.mod = row::text(mod);
    return d;
}

std::string article_key(const std::string& feed_url, const std::string& guid) {
    return feed_url + "\x1f" + guid;
}

} // namespace

std::string select(const std::string& where) {
    return std::string("SELECT ") + columns +
           " FROM mentions m JOIN articles a ON a.id = m.article_id "
           "JOIN feeds f ON f.id = a.feed_id WHERE " +
           where;
}

Row read(SQLite::Statement& st) {
    Row r;
    r.id = st.getColumn(0).getInt64();
    Event& e = r.mention.event;
    r.mention.source.article_id = st.getColumn(1).getInt64();
    e.kind = event_kind_from_string(row::text(st.getColumn(2))).value_or(EventKind::statement);
    e.status = event_status_from_string(row::text(st.getColumn(3))).value_or(EventStatus::reported);
    e.date = read_date(st.getColumn(4), st.getColumn(5), st.getColumn(6), st.getColumn(7));
    if (!st.getColumn(8).isNull()) {
        json j = json::parse(st.getColumn(8).getString(), nullptr, false);
        if (j.is_object()) e.expires = date_value_from_json(j);
    }
    json actors = json::parse(row::text(st.getColumn(9)), nullptr, false);
    if (actors.is_array())
        for (const auto& a : actors)
            if (a.is_string()) e.actors.push_back(a.get<std::string>());
    e.details = details_from_json(json::parse(row::text(st.getColumn(10)), nullptr, false));
    e.evidence.sentence = row::text(st.getColumn(11));
    e.evidence.begin = static_cast<std::size_t>(st.getColumn(12).getInt64());
    e.evidence.end = static_cast<std::size_t>(st.getColumn(13).getInt64());
    Source& s = r.mention.source;
    s.url = row::text(st.getColumn(14));
    s.title = row::text(st.getColumn(15));
    s.published = row::instant(st.getColumn(16));
    r.mention.article_key = article_key(row::text(st.getColumn(18)), row::text(st.getColumn(17)));
    s.outlet = row::text(st.getColumn(19));
    s.evidence = e.evidence;
    r.keys.block = row::text(st.getColumn(20));
    r.keys.home = row::text(st.getColumn(21));
    r.keys.tier = merge_tier_from_string(row::text(st.getColumn(22))).value_or(MergeTier::single);
    r.keys.window_first = row::day(st.getColumn(23));
    r.keys.window_last = row::day(st.getColumn(24));
    if (!st.getColumn(25).isNull()) r.event_id = st.getColumn(25).getInt64();
    r.attached = st.getColumn(26).getInt() != 0;
    return r;
}

std::optional<ArticleSource> article_source(Statements& sql, std::int64_t article_id) {
    auto& st = sql("SELECT a.url, a.title, a.published, a.guid, f.url, "
                   "CASE WHEN f.name <> '' THEN f.name ELSE f.title END "
                   "FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?");
    st.bind(1, article_id);
    if (!st.executeStep()) return std::nullopt;
    ArticleSource out;
    out.source.article_id = article_id;
    out.source.url = row::text(st.getColumn(0));
    out.source.title = row::text(st.getColumn(1));
    out.source.published = row::instant(st.getColumn(2));
    out.article_key = article_key(row::text(st.getColumn(4)), row::text(st.getColumn(3)));
    out.source.outlet = row::text(st.getColumn(5));
    return out;
}

Row insert(Statements& sql, std::int64_t article_id, int position, const Event& e,
           const ArticleSource& from) {
    Row r;
    r.mention.event = e;
    r.mention.event.id.clear();
    r.mention.event.sources.clear();
    r.mention.event.conflicts.clear();
    r.mention.event.history.clear();
    r.mention.source = from.source;
    r.mention.source.evidence = e.evidence;
    r.mention.article_key = from.article_key;
    r.keys = merge_keys(r.mention);

    auto& st = sql("INSERT INTO mentions (article_id, position, kind, status, date_value, "
                   "date_granularity, date_text, date_mod, expires, actors, details, evidence, "
                   "evidence_begin, evidence_end, block, home, tier, window_first, window_last) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, article_id);
    st.bind(2, position);
    st.bind(3, std::string(to_string(e.kind)));
    st.bind(4, std::string(to_string(e.status)));
    row::bind_text_or_null(st, 5, e.date.value);
    st.bind(6, std::string(to_string(e.date.granularity)));
    row::bind_text_or_null(st, 7, e.date.text);
    st.bind(8, e.date.mod);
    if (e.expires)
        st.bind(9, to_json(*e.expires).dump());
    else
        st.bind(9);
    st.bind(10, json(e.actors).dump(-1, ' ', false, json::error_handler_t::replace));
    st.bind(11, to_json(e.details).dump(-1, ' ', false, json::error_handler_t::replace));
    st.bind(12, e.evidence.sentence);
    st.bind(13, static_cast<std::int64_t>(e.evidence.begin));
    st.bind(14, static_cast<std::int64_t>(e.evidence.end));
    st.bind(15, r.keys.block);
    st.bind(16, r.keys.home);
    st.bind(17, std::string(to_string(r.keys.tier)));
    row::bind_day(st, 18, r.keys.window_first);
    row::bind_day(st, 19, r.keys.window_last);
    st.exec();
    r.id = sql.db().getLastInsertRowid();
    return r;
}

} // namespace parley::mention_rows
