#include "row.h"
#include "store/store.h"
#include "store/timeline_update.h"

#include <charconv>
#include <SQLiteCpp/SQLiteCpp.h>

namespace parley {

namespace {

constexpr const char* feed_columns =
    "f.id, f.url, f.name, f.tz, f.title, f.link, f.etag, f.last_modified, f.last_fetched, "
    "f.status, f.message, f.http_status, f.consecutive_failures, f.next_due, "
    "(SELECT count(*) FROM articles a WHERE a.feed_id = f.id)";

Feed read_feed(SQLite::Statement& st) {
    Feed f;
    f.id = st.getColumn(0).getInt64();
    f.url = row::text(st.getColumn(1));
    f.name = row::text(st.getColumn(2));
    f.tz = row::text(st.getColumn(3));
    f.title = row::text(st.getColumn(4));
    f.link = row::text(st.getColumn(5));
    f.etag = row::text(st.getColumn(6));
    f.last_modified = row::text(st.getColumn(7));
    f.last_fetched = row::instant(st.getColumn(8));
    f.status = feed_status_from_string(row::text(st.getColumn(9))).value_or(FeedStatus::fresh);
    f.message = row::text(st.getColumn(10));
    f.http_status = st.getColumn(11).getInt();
    f.consecutive_failures = st.getColumn(12).getInt();
    f.next_due = row::instant(st.getColumn(13));
    f.article_count = st.getColumn(14).getInt64();
    return f;
}

} // namespace

Feed Store::add_feed(Feed feed, date::sys_seconds now) {
    SQLite::Statement st(*db_, "INSERT INTO feeds (url, name, tz, added) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (url) DO NOTHING");
    st.bind(1, feed.url);
    st.bind(2, feed.name);
    st.bind(3, feed.tz);
    st.bind(4, static_cast<std::int64_t>(now.time_since_epoch().count()));
    if (st.exec() == 0) throw StoreError("feed already added: " + feed.url);
    feed.id = db_->getLastInsertRowid();
    return feed;
}

std::vector<Feed> Store::feeds() const {
    SQLite::Statement st(*db_,
                         std::string("SELECT ") + feed_columns + " FROM feeds f ORDER BY f.id");
    std::vector<Feed> out;
    while (st.executeStep())
        out.push_back(read_feed(st));
    return out;
}

std::vector<Feed> Store::due_feeds(date::sys_seconds now) const {
    SQLite::Statement st(*db_, std::string("SELECT ") + feed_columns +
                                   " FROM feeds f WHERE f.next_due IS NULL OR f.next_due <= ? "
                                   "ORDER BY f.id");
    st.bind(1, static_cast<std::int64_t>(now.time_since_epoch().count()));
    std::vector<Feed> out;
    while (st.executeStep())
        out.push_back(read_feed(st));
    return out;
}

std::optional<Feed> Store::find_feed(std::string_view id_or_url) const {
    std::int64_t id = 0;
    auto [p, ec] = std::from_chars(id_or_url.data(), id_or_url.data() + id_or_url.size(), id);
    bool is_id = ec == std::errc{} && p == id_or_url.data() + id_or_url.size();
    SQLite::Statement st(*db_, std::string("SELECT ") + feed_columns + " FROM feeds f WHERE " +
                                   (is_id ? "f.id = ?" : "f.url = ?"));
    if (is_id)
        st.bind(1, id);
    else
        st.bind(1, std::string(id_or_url));
    if (st.executeStep()) return read_feed(st);
    return std::nullopt;
}

bool Store::remove_feed(std::int64_t id) {
    bool removed = false;
    // The timeline loses the feed's mentions: events only it reported go,
    // the others are recomputed without them.
    write_timeline([&](TimelineUpdate& timeline) {
        timeline.touch_feed(id);
        SQLite::Statement st(*db_, "DELETE FROM feeds WHERE id = ?");
        st.bind(1, id);
        removed = st.exec() > 0;
        timeline.run();
    });
    return removed;
}

void Store::save_feed_state(const Feed& f) {
    SQLite::Statement st(
        *db_, "UPDATE feeds SET url = ?, name = ?, tz = ?, title = ?, link = ?, etag = ?, "
              "last_modified = ?, last_fetched = ?, status = ?, message = ?, "
              "http_status = ?, consecutive_failures = ?, next_due = ? WHERE id = ?");
    st.bind(1, f.url);
    st.bind(2, f.name);
    st.bind(3, f.tz);
    st.bind(4, f.title);
    st.bind(5, f.link);
    st.bind(6, f.etag);
    st.bind(7, f.last_modified);
    row::bind_instant(st, 8, f.last_fetched);
    st.bind(9, std::string(to_string(f.status)));
    st.bind(10, f.message);
    st.bind(11, f.http_status);
    st.bind(12, f.consecutive_failures);
    row::bind_instant(st, 13, f.next_due);
    st.bind(14, f.id);
    st.exec();
}

} // namespace parley
