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
         {"feeds", "articles", "events", "event_sources", "actors", "event_actors"}) {
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
