#include "store/schema.h"
#include "store/store.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace parley;
using parley::test::TempDir;

TEST_CASE("an empty file is migrated to the current schema") {
    TempDir dir;
    {
        SQLite::Database db((dir / "parley.db").string(),
                            SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        CHECK(db.execAndGet("PRAGMA user_version").getInt() == 0);
    }
    Store s(dir / "parley.db");
    CHECK(s.user_version() == Store::schema_version);
    for (const char* table :
         {"feeds", "articles", "events", "mentions", "actors", "event_parties", "meta"}) {
        INFO(table);
        CHECK(s.database().tableExists(table));
    }
}

TEST_CASE("opening a store twice does not migrate it again") {
    TempDir dir;
    { Store s(dir / "parley.db"); }
    Store again(dir / "parley.db");
    CHECK(again.user_version() == Store::schema_version);
}

TEST_CASE("a store written by a newer parley is refused and left untouched") {
    TempDir dir;
    { Store s(dir / "parley.db"); }
    {
        SQLite::Database db((dir / "parley.db").string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = " + std::to_string(Store::schema_version + 1));
    }
    try {
        Store s(dir / "parley.db");
        FAIL("a newer store was opened");
    } catch (const StoreError& e) {
        CHECK(std::string(e.what()).find("newer") != std::string::npos);
    }
    SQLite::Database db((dir / "parley.db").string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == Store::schema_version + 1);
}

TEST_CASE("a file that is not a database is refused with a clear error") {
    TempDir dir;
    parley::test::write_file(dir / "parley.db", std::string(4096, 'x'));
    CHECK_THROWS_AS(Store(dir / "parley.db"), StoreError);
}

TEST_CASE("an SQLite file of some other program is refused, not migrated") {
    TempDir dir;
    {
        SQLite::Database db((dir / "other.db").string(),
                            SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE notes (body TEXT)");
    }
    CHECK_THROWS_AS(Store(dir / "other.db"), StoreError);
    SQLite::Database db((dir / "other.db").string(), SQLite::OPEN_READONLY);
    CHECK_FALSE(db.tableExists("feeds"));
}

TEST_CASE("a version 1 store keeps its events as mentions and merges them into the timeline") {
    TempDir dir;
    {
        SQLite::Database db((dir / "parley.db").string(),
                            SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        parley::migrate(db, 1);
        db.exec("INSERT INTO feeds (id, url, name, added) VALUES (1, 'https://wire.example/rss', "
                "'Wire', 0)");
        // Two articles each reporting round 3 (planned, then held): version 1 kept two rows.
        db.exec("INSERT INTO articles (id, feed_id, guid, url, title, published, content_hash, "
                "first_seen, last_changed) VALUES "
                "(1, 1, 'a', 'https://wire.example/a', 'A', 1747699200, 'h1', 0, 0), "
                "(2, 1, 'b', 'https://wire.example/b', 'B', 1748044800, 'h2', 0, 0)");
        db.exec("INSERT INTO events (id, uid, kind, status, date_value, date_first, date_last, "
                "date_granularity, date_text, details) VALUES "
                "(1, 'a1-0', 'talks', 'planned', '2025-05-23', '2025-05-23', '2025-05-23', 'day', "
                "'on Friday', '{\"round\":3}'), "
                "(2, 'a2-0', 'talks', 'held', '2025-05-23', '2025-05-23', '2025-05-23', 'day', "
                "'on Friday', '{\"round\":3}')");
        db.exec("INSERT INTO event_sources (event_id, article_id, kind, status, date_value, "
                "date_granularity, date_text, actors, details, evidence, evidence_begin, "
                "evidence_end) VALUES "
                "(1, 1, 'talks', 'planned', '2025-05-23', 'day', 'on Friday', '[\"JPN\",\"USA\"]', "
                "'{\"round\":3}', 'Akazawa will visit on Friday.', 0, 29), "
                "(2, 2, 'talks', 'held', '2025-05-23', 'day', 'on Friday', '[\"JPN\",\"USA\"]', "
                "'{\"round\":3}', 'Akazawa met Greer on Friday.', 0, 28)");
    }
    Store s(dir / "parley.db");
    CHECK(s.user_version() == 2);
    CHECK_FALSE(s.database().tableExists("event_actors"));
    CHECK(s.database().execAndGet("SELECT count(*) FROM event_sources").getInt() == 2);
    CHECK(s.database().execAndGet("SELECT count(*) FROM mentions").getInt() == 2);
    CHECK(s.database().execAndGet("SELECT count(*) FROM meta WHERE key = 'remerge'").getInt() == 0);
    auto events = s.events({});
    REQUIRE(events.size() == 1);
    CHECK(events[0].status == EventStatus::held);
    CHECK(events[0].sources.size() == 2);
    CHECK(events[0].actors == std::vector<std::string>{"JPN", "USA"});
    CHECK(s.integrity_check() == "ok");
}
