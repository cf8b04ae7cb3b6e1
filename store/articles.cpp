#include "row.h"
#include "store/event_rows.h"
#include "store/store.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace parley {

namespace {

struct StoredArticle {
    std::int64_t id;
    std::string hash;
};

std::optional<StoredArticle> find_article(SQLite::Database& db, std::int64_t feed_id,
                                          const std::string& guid) {
    SQLite::Statement st(db,
                         "SELECT id, content_hash FROM articles WHERE feed_id = ? AND guid = ?");
    st.bind(1, feed_id);
    st.bind(2, guid);
    if (!st.executeStep()) return std::nullopt;
    return StoredArticle{st.getColumn(0).getInt64(), st.getColumn(1).getString()};
}

void bind_article_fields(SQLite::Statement& st, const Article& a, const std::string& hash) {
    st.bind(1, a.url);
    st.bind(2, a.title);
    st.bind(3, a.author);
    row::bind_instant(st, 4, a.published);
    if (a.published_offset)
        st.bind(5, static_cast<std::int64_t>(a.published_offset->count()));
    else
        st.bind(5);
    st.bind(6, a.text);
    st.bind(7, hash);
}

} // namespace

ArticleChanges Store::save_pull(const Feed& feed_state, const std::vector<ArticleWithEvents>& items,
                                date::sys_seconds now) {
    ArticleChanges changes;
    write_timeline([&](TimelineUpdate& timeline) {
        ArticleEventsWriter writer(timeline);
        changes = write_pull(writer, feed_state, items, now);
        writer.finish();
    });
    return changes;
}

std::vector<ArticleChanges> Store::save_pulls(const std::vector<FeedPull>& pulls,
                                              date::sys_seconds now) {
    std::vector<ArticleChanges> changes;
    write_timeline([&](TimelineUpdate& timeline) {
        changes.clear();
        ArticleEventsWriter writer(timeline);
        for (const auto& p : pulls)
            changes.push_back(write_pull(writer, p.feed, p.items, now));
        writer.finish();
    });
    return changes;
}

ArticleChanges Store::write_pull(ArticleEventsWriter& writer, const Feed& feed_state,
                                 const std::vector<ArticleWithEvents>& items,
                                 date::sys_seconds now) {
    const auto now_s = static_cast<std::int64_t>(now.time_since_epoch().count());
    ArticleChanges changes;
    save_feed_state(feed_state);
    for (const auto& item : items) {
        const Article& a = item.article;
        std::string hash = content_hash(a);
        auto stored = find_article(*db_, feed_state.id, a.guid);
        std::int64_t article_id = 0;
        if (!stored) {
            SQLite::Statement st(*db_,
                                 "INSERT INTO articles (url, title, author, published, "
                                 "published_offset, text, content_hash, feed_id, guid, first_seen, "
                                 "last_changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            bind_article_fields(st, a, hash);
            st.bind(8, feed_state.id);
            st.bind(9, a.guid);
            st.bind(10, now_s);
            st.bind(11, now_s);
            st.exec();
            article_id = db_->getLastInsertRowid();
            ++changes.added;
        } else if (stored->hash != hash) {
            SQLite::Statement st(
                *db_, "UPDATE articles SET url = ?, title = ?, author = ?, published = ?, "
                      "published_offset = ?, text = ?, content_hash = ?, "
                      "last_changed = ? WHERE id = ?");
            bind_article_fields(st, a, hash);
            st.bind(8, now_s);
            st.bind(9, stored->id);
            st.exec();
            article_id = stored->id;
            ++changes.updated;
        } else {
            ++changes.unchanged;
            continue;
        }
        writer.replace(article_id, item.events, item.people);
    }
    return changes;
}

std::vector<Article> Store::articles(const ArticleQuery& q) const {
    std::string sql =
        "SELECT id, feed_id, guid, url, title, author, published, published_offset, text "
        "FROM articles WHERE 1";
    if (q.feed_id) sql += " AND feed_id = :feed";
    if (q.since) sql += " AND published >= :since";
    if (!q.search.empty())
        sql += " AND (instr(lower(title), lower(:search)) > 0 OR instr(lower(text), "
               "lower(:search)) > 0)";
    sql += " ORDER BY published IS NULL, published DESC, id DESC";
    if (q.limit) sql += " LIMIT " + std::to_string(q.limit);
    SQLite::Statement st(*db_, sql);
    if (q.feed_id) st.bind(":feed", *q.feed_id);
    if (q.since) st.bind(":since", static_cast<std::int64_t>(q.since->time_since_epoch().count()));
    if (!q.search.empty()) st.bind(":search", q.search);
    std::vector<Article> out;
    while (st.executeStep()) {
        Article a;
        a.id = st.getColumn(0).getInt64();
        a.feed_id = st.getColumn(1).getInt64();
        a.guid = row::text(st.getColumn(2));
        a.url = row::text(st.getColumn(3));
        a.title = row::text(st.getColumn(4));
        a.author = row::text(st.getColumn(5));
        a.published = row::instant(st.getColumn(6));
        if (!st.getColumn(7).isNull())
            a.published_offset = std::chrono::minutes{st.getColumn(7).getInt64()};
        a.text = row::text(st.getColumn(8));
        out.push_back(std::move(a));
    }
    return out;
}

void Store::replace_article_events(std::int64_t article_id, const std::vector<Event>& events,
                                   const std::vector<Person>& people) {
    replace_events({ArticleEvents{article_id, events, people}});
}

void Store::replace_events(const std::vector<ArticleEvents>& batch) {
    write_timeline([&](TimelineUpdate& timeline) {
        ArticleEventsWriter writer(timeline);
        for (const auto& a : batch)
            writer.replace(a.article_id, a.events, a.people);
        writer.finish();
    });
}

std::vector<std::int64_t> Store::article_ids() const {
    SQLite::Statement st(*db_, "SELECT id FROM articles ORDER BY id");
    std::vector<std::int64_t> out;
    while (st.executeStep())
        out.push_back(st.getColumn(0).getInt64());
    return out;
}

std::optional<Article> Store::article(std::int64_t id) const {
    SQLite::Statement st(*db_, "SELECT id, feed_id, guid, url, title, author, published, "
                               "published_offset, text, last_changed FROM articles WHERE id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    Article a;
    a.id = st.getColumn(0).getInt64();
    a.feed_id = st.getColumn(1).getInt64();
    a.guid = row::text(st.getColumn(2));
    a.url = row::text(st.getColumn(3));
    a.title = row::text(st.getColumn(4));
    a.author = row::text(st.getColumn(5));
    a.published = row::instant(st.getColumn(6));
    if (!st.getColumn(7).isNull())
        a.published_offset = std::chrono::minutes{st.getColumn(7).getInt64()};
    a.text = row::text(st.getColumn(8));
    a.stored = row::instant(st.getColumn(9));
    return a;
}

} // namespace parley
