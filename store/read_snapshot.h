#pragma once
// One read transaction around a query made of many statements: outside one,
// every statement takes and releases the database's shared lock (file locks
// and the WAL index), which costs more than a small statement itself. It is
// also one consistent view: a writer committing meanwhile is not half seen.

#include <sqlite3.h>
#include <SQLiteCpp/SQLiteCpp.h>

namespace parley {

class ReadSnapshot {
public:
    explicit ReadSnapshot(SQLite::Database& db) : db_(db) {
        if (sqlite3_get_autocommit(db_.getHandle())) {
            db_.exec("BEGIN");
            open_ = true;
        }
    }
    ~ReadSnapshot() {
        if (open_ && !sqlite3_get_autocommit(db_.getHandle()))
            sqlite3_exec(db_.getHandle(), "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    SQLite::Database& db_;
    bool open_ = false;
};

} // namespace parley
