#pragma once
// parley's SQLite store. Nobody outside store/ writes SQL: this API speaks the
// domain types. Every write that belongs together commits together: a feed's
// articles and their events in one transaction, so a crash at any moment
// leaves each feed as it was before or as it is after.

#include "timeline/article.h"
#include "timeline/event.h"

#include <date/date.h>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace parley {

class ArticleEventsWriter;
class TimelineUpdate;

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

// One feed's fetch outcome and its articles, as save_pulls writes them.
struct FeedPull {
    Feed feed;
    std::vector<ArticleWithEvents> items;
};

struct ArticleQuery {
    std::optional<std::int64_t> feed_id;
    std::optional<date::sys_seconds> since; // published at or after
    std::string search;                     // words in title or text
    std::size_t limit = 0;                  // 0: no limit
};

struct EventQuery {
    std::vector<std::string> parties;    // events involving all of them (codes or people's names)
    std::vector<EventKind> kinds;        // any of them; empty: all
    std::optional<date::sys_days> since; // covering a day at or after
    std::optional<date::sys_days> until; // covering a day at or before
};

// What extraction read from one stored article, to put in place of what it read before.
struct ArticleEvents {
    std::int64_t article_id = 0;
    std::vector<Event> events;
    std::vector<Person> people;
};

// A person, country or organisation as the stored articles name them.
struct ActorSummary {
    std::string name;
    std::string kind;               // "person", "country" or "organisation"
    std::vector<std::string> roles; // as the articles give them, the most frequent first
    std::string country;            // alpha-3, when known
    std::int64_t mentions = 0;      // times named, across articles
    std::int64_t articles = 0;      // articles naming them
    std::int64_t events = 0;        // timeline events they take part in
    std::optional<date::sys_seconds> first_seen; // earliest and latest publication naming them
    std::optional<date::sys_seconds> last_seen;
};

class Store {
public:
    static constexpr int schema_version = 2;

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
    // in place when its content changed and left alone when it did not. The
    // timeline is brought up to date in the same transaction, touching only
    // the events the new mentions bear on (store/timeline_update.h).
    ArticleChanges save_pull(const Feed& feed_state, const std::vector<ArticleWithEvents>& items,
                             date::sys_seconds now);
    // Several feeds' pulls in one transaction, each as save_pull writes it
    // (changes in the same order). Feeds that report the same happenings
    // share the timeline's work: an event five of them report is combined
    // once, not five times.
    std::vector<ArticleChanges> save_pulls(const std::vector<FeedPull>& pulls,
                                           date::sys_seconds now);

    std::vector<Article> articles(const ArticleQuery& q) const;

    // Replaces the events read from one stored article (after the rules changed).
    void replace_article_events(std::int64_t article_id, const std::vector<Event>& events,
                                const std::vector<Person>& people);
    // The same for many articles, in one transaction.
    void replace_events(const std::vector<ArticleEvents>& batch);
    // Every stored article's id, oldest first (for `rebuild`).
    std::vector<std::int64_t> article_ids() const;
    std::optional<Article> article(std::int64_t id) const;

    // Timeline events, merged from every article's mentions, in timeline order.
    std::vector<Event> events(const EventQuery& q) const;
    std::optional<Event> event(const std::string& id) const;
    // Events whose id starts with `prefix`, at most `limit` of them.
    std::vector<Event> events_by_id_prefix(const std::string& prefix, std::size_t limit) const;
    // Events whose own deadline (timeline/deadlines.h) may fall in [from, to],
    // with every pause sharing a scope with a pause among them. Those other
    // pauses carry one source, with their earliest publication time only:
    // enough to chain extensions, not to be shown.
    std::vector<Event> deadline_events(date::sys_days from, date::sys_days to) const;
    // Tariff, pause and deal events bearing on `target` (all of them when empty).
    std::vector<Event> tariff_events(const std::string& target) const;
    // Everyone and everything the articles name.
    std::vector<ActorSummary> actors() const;
    // Recomputes the whole timeline from the stored mentions.
    void rebuild_timeline();

    // Runs `PRAGMA integrity_check`; "ok" when the file is sound.
    std::string integrity_check() const;

    SQLite::Database& database(); // for store/ internals and its tests

private:
    // Runs `body` in a write transaction and commits it. The timeline update
    // it is given lives as long as the store, so that rows it read and
    // statements it prepared serve the next transaction too.
    void write_timeline(const std::function<void(TimelineUpdate&)>& body);
    ArticleChanges write_pull(ArticleEventsWriter& writer, const Feed& feed_state,
                              const std::vector<ArticleWithEvents>& items, date::sys_seconds now);

    std::unique_ptr<SQLite::Database> db_;
    std::unique_ptr<TimelineUpdate> timeline_; // after db_: it goes first
    std::int64_t timeline_version_ = 0;
};

} // namespace parley
