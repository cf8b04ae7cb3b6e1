#include "store/schema.h"

#include "store/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <string>

namespace parley {

namespace {

// Each entry moves the schema from version i to i + 1. Never edit a step that
// has shipped: add a new one.
constexpr const char* migrations[] = {
    // 0 -> 1
    R"sql(
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    tz TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    last_fetched INTEGER,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'ok', 'warning', 'error')),
    message TEXT NOT NULL DEFAULT '',
    http_status INTEGER NOT NULL DEFAULT 0,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_due INTEGER,
    added INTEGER NOT NULL
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published INTEGER,
    published_offset INTEGER,
    text TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    first_seen INTEGER NOT NULL,
    last_changed INTEGER NOT NULL,
    UNIQUE (feed_id, guid)
);
CREATE INDEX articles_by_published ON articles(published);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    date_value TEXT,
    date_first TEXT,
    date_last TEXT,
    date_granularity TEXT NOT NULL DEFAULT 'unknown',
    date_text TEXT,
    date_mod TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    conflicts TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX events_by_date ON events(date_first, date_last);
CREATE INDEX events_by_kind ON events(kind, date_first);

CREATE TABLE event_sources (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    date_value TEXT,
    date_granularity TEXT NOT NULL DEFAULT 'unknown',
    date_text TEXT,
    date_mod TEXT NOT NULL DEFAULT '',
    actors TEXT NOT NULL DEFAULT '[]',
    details TEXT NOT NULL DEFAULT '{}',
    evidence TEXT NOT NULL,
    evidence_begin INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL
);
CREATE INDEX event_sources_by_event ON event_sources(event_id);
CREATE INDEX event_sources_by_article ON event_sources(article_id);

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('country', 'person', 'organisation')),
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, name)
);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX event_actors_by_actor ON event_actors(actor_id, event_id);

CREATE TABLE article_actors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '',
    mentions INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (article_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX article_actors_by_actor ON article_actors(actor_id);
)sql",
    // 1 -> 2: mentions and merged timeline events. Version 1 kept one event row
    // per mention; now every article's events are mentions, and the timeline's
    // events are computed from them (timeline/merge.h). The mentions keep what
    // version 1 stored; the timeline is recomputed when the store is next
    // opened (meta 'remerge').
    R"sql(
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    date_value TEXT,
    date_granularity TEXT NOT NULL DEFAULT 'unknown',
    date_text TEXT,
    date_mod TEXT NOT NULL DEFAULT '',
    expires TEXT,
    actors TEXT NOT NULL DEFAULT '[]',
    details TEXT NOT NULL DEFAULT '{}',
    evidence TEXT NOT NULL,
    evidence_begin INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    block TEXT NOT NULL DEFAULT '',
    home TEXT NOT NULL DEFAULT '',
    tier TEXT NOT NULL DEFAULT '',
    window_first INTEGER,
    window_last INTEGER,
    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
    attached INTEGER NOT NULL DEFAULT 0
);

INSERT INTO mentions (article_id, position, kind, status, date_value, date_granularity, date_text,
                      date_mod, actors, details, evidence, evidence_begin, evidence_end)
SELECT s.article_id,
       (SELECT count(*) FROM event_sources o WHERE o.article_id = s.article_id AND o.id < s.id),
       s.kind, s.status, s.date_value, s.date_granularity, s.date_text, s.date_mod, s.actors,
       s.details, s.evidence, s.evidence_begin, s.evidence_end
FROM event_sources s ORDER BY s.id;

DROP TABLE event_actors;
DROP TABLE event_sources;
DROP TABLE events;

-- Columns a query filters on or always reads come first, what only the
-- merge reads (and the list of source mentions, long for a much reported
-- event) last: SQLite reads a row's columns in order, and a long one before
-- them would be read, overflow pages and all, for every row a query looks at.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'statement',
    status TEXT NOT NULL DEFAULT 'reported',
    first_day INTEGER,
    last_day INTEGER,
    due_first INTEGER,
    due_last INTEGER,
    target TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL DEFAULT '',
    source_count INTEGER NOT NULL DEFAULT 0,
    date_value TEXT,
    date_granularity TEXT NOT NULL DEFAULT 'unknown',
    date_text TEXT,
    date_mod TEXT NOT NULL DEFAULT '',
    expires TEXT,
    actors TEXT NOT NULL DEFAULT '[]',
    details TEXT NOT NULL DEFAULT '{}',
    conflicts TEXT,
    history TEXT,
    block TEXT NOT NULL,
    home TEXT NOT NULL,
    tier TEXT NOT NULL,
    core_key TEXT NOT NULL UNIQUE, -- the home, then the cluster's number in it
    host_first INTEGER,
    host_last INTEGER,
    core TEXT NOT NULL DEFAULT '{}',
    body_hash TEXT NOT NULL DEFAULT '',
    sources TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX events_by_uid ON events(uid);
-- Hosts by the days they cover: one-day hosts (most of them) and wider ones
-- apart, so that a look-up for a day scans only that day's hosts.
CREATE INDEX events_day_hosts ON events(block, host_first)
    WHERE host_first IS NOT NULL AND host_last = host_first;
CREATE INDEX events_span_hosts ON events(block, host_first, host_last)
    WHERE host_first IS NOT NULL AND host_last > host_first;
CREATE INDEX events_by_date ON events(first_day, last_day);
CREATE INDEX events_by_due ON events(due_first, due_last) WHERE due_first IS NOT NULL;
CREATE INDEX events_by_target ON events(target, kind) WHERE target <> '';
CREATE INDEX events_by_scope ON events(scope, due_first) WHERE scope <> '';

-- Each event's sources in order, next to one another: reading them is one
-- range of one B-tree rather than a look-up of a mention and an article per
-- source. Written when the event is combined; the mention ids in
-- events.sources say which they are.
CREATE TABLE event_sources (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    outlet TEXT NOT NULL,
    published INTEGER,
    evidence TEXT NOT NULL,
    evidence_begin INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

CREATE TABLE event_parties (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    party TEXT NOT NULL,
    first_day INTEGER,
    PRIMARY KEY (event_id, party)
) WITHOUT ROWID;
CREATE INDEX event_parties_by_party ON event_parties(party, first_day);

CREATE INDEX mentions_by_article ON mentions(article_id);
CREATE INDEX mentions_by_home ON mentions(home);
CREATE INDEX mentions_by_event ON mentions(event_id);
CREATE INDEX mentions_by_day ON mentions(block, window_first) WHERE tier = 'day';
CREATE INDEX mentions_seeking ON mentions(block, window_first, window_last)
    WHERE tier IN ('vague', 'weak');

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) SELECT 'remerge', 1 WHERE EXISTS (SELECT 1 FROM mentions);
)sql",
};

constexpr int latest = static_cast<int>(sizeof migrations / sizeof migrations[0]);

} // namespace

void migrate(SQLite::Database& db, int target) {
    if (target > latest) target = latest;
    int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version > target)
        throw StoreError("store schema version " + std::to_string(version) +
                         " is newer than this parley understands (" + std::to_string(target) +
                         "); upgrade parley");
    while (version < target) {
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        // Re-read inside the write lock: another process may have migrated meanwhile.
        version = db.execAndGet("PRAGMA user_version").getInt();
        if (version >= target) break;
        db.exec(migrations[version]);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
        ++version;
    }
}

} // namespace parley
