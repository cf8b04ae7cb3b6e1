#pragma once
// parley's SQLite store. Nobody outside store/ writes SQL: this API speaks the
// domain types. Every write that belongs together commits together: a feed's
// articles and their events in one transaction, so a crash at any moment
// leaves each feed as it was before or as it is after.

#include "timeline/article.h"
#include "timeline/event.h"

#include <date/date.h>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace parley {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// An article with what extraction read from it, written together.
struct ArticleWithEvents {
    Article article;
    std::vector<Event> events;
    std::vector<Person> people;
};

struct ArticleChanges {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

struct ArticleQuery {
    std::optional<std::int64_t> feed_id;
    std::optional<date::sys_seconds> since; // published at or after
    std::string search;                     // words in title or text
    std::size_t limit = 0;                  // 0: no limit
};

struct EventQuery {
    std::vector<std::string> parties;    // events involving all of them
    std::vector<EventKind> kinds;        // any of them; empty: all
    std::optional<date::sys_days> since; // covering a day at or after
    std::optional<date::sys_days> until; // covering a day at or before
};

class Store {
public:
    static constexpr int schema_version = 1;

    // Opens or creates the store at `path`, creating its directory, and brings
    // the schema up to date. Throws StoreError for a store written by a newer
    // parley or a file that is not a parley store.
    explicit Store(const std::filesystem::path& path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    int user_version() const;

    // Feeds
    Feed add_feed(Feed feed, date::sys_seconds now); // throws StoreError if the URL is known
    std::vector<Feed> feeds() const;                 // with article counts, by id
    std::optional<Feed> find_feed(std::string_view id_or_url) const;
    // Feeds whose next pull is due at `now`: never pulled, or not backing off
    // (next_due unset or passed). By id.
    std::vector<Feed> due_feeds(date::sys_seconds now) const;
    bool remove_feed(std::int64_t id); // and its articles and their events
    void save_feed_state(const Feed& feed);

    // Writes a feed's fetch outcome and its articles with their events in one
    // transaction. An article already stored (same feed and guid) is updated
    // in place when its content changed and left alone when it did not.
    ArticleChanges save_pull(const Feed& feed_state, const std::vector<ArticleWithEvents>& items,
                             date::sys_seconds now);

    std::vector<Article> articles(const ArticleQuery& q) const;

    // Replaces the events read from one stored article (after the rules changed).
    void replace_article_events(std::int64_t article_id, const std::vector<Event>& events,
                                const std::vector<Person>& people);

    std::vector<Event> events(const EventQuery& q) const;
    std::optional<Event> event(std::int64_t id) const;

    // Runs `PRAGMA integrity_check`; "ok" when the file is sound.
    std::string integrity_check() const;

    SQLite::Database& database(); // for store/ internals and its tests

private:
    std::unique_ptr<SQLite::Database> db_;
};

} // namespace parley
