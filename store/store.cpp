#include "store/store.h"

#include "store/schema.h"
#include "store/timeline_update.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <system_error>

namespace parley {

namespace {

// How long a writer waits for another writer before giving up. A pull holds
// the write lock for one feed's transaction at a time, so this is ample.
constexpr int busy_timeout_ms = 30'000;

} // namespace

Store::Store(const std::filesystem::path& path) {
    std::error_code ec;
    if (path.has_parent_path()) {
        std::filesystem::create_directories(path.parent_path(), ec);
        if (ec)
            throw StoreError("cannot create directory " + path.parent_path().string() + ": " +
                             ec.message());
    }
    try {
        db_ = std::make_unique<SQLite::Database>(
            path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOFOLLOW,
            busy_timeout_ms);
        // Reading the schema is the first thing that fails on a file that is not a database.
        db_->execAndGet("SELECT count(*) FROM sqlite_schema");
        int version = db_->execAndGet("PRAGMA user_version").getInt();
        if (version == 0 &&
            db_->execAndGet("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
                    .getInt() > 0)
            throw StoreError(path.string() + " is an SQLite file but not a parley store");
        db_->exec("PRAGMA journal_mode = WAL");
        db_->exec("PRAGMA synchronous = NORMAL");
        db_->exec("PRAGMA foreign_keys = ON");
        // A pull touches events all over the timeline's indexes: a page cache of
        // 64 MiB (the default is 2 MiB) keeps them in memory instead of reading
        // them back from the file again and again.
        db_->exec("PRAGMA cache_size = -65536");
        // A pull rewrites the same index pages commit after commit: copying
        // them back into the database every 10,000 pages of log instead of
        // every 1,000 writes each once, not ten times. The log is copied back
        // and removed when the store closes in any case.
        db_->exec("PRAGMA wal_autocheckpoint = 10000");
        migrate(*db_, schema_version);
    } catch (const SQLite::Exception& e) {
        throw StoreError("cannot open store " + path.string() + ": " + e.what());
    }
    // A store migrated from version 1 computes its timeline from its mentions once.
    try {
        bool pending =
            db_->execAndGet("SELECT count(*) FROM meta WHERE key = 'remerge'").getInt() > 0;
        if (pending) rebuild_timeline();
    } catch (const SQLite::Exception& e) {
        throw StoreError("cannot open store " + path.string() + ": " + e.what());
    }
}

Store::~Store() = default;

void Store::write_timeline(const std::function<void(TimelineUpdate&)>& body) {
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    // data_version changes only when another connection commits: while it
    // holds, what the update remembers from this connection's last write is
    // what the file holds.
    const std::int64_t version = db_->execAndGet("PRAGMA data_version").getInt64();
    if (!timeline_)
        timeline_ = std::make_unique<TimelineUpdate>(*db_);
    else if (version != timeline_version_)
        timeline_->forget();
    timeline_version_ = version;
    try {
        body(*timeline_);
        tx.commit();
    } catch (...) {
        // Rolled back: what it remembers of this transaction never happened.
        timeline_->forget();
        throw;
    }
}

int Store::user_version() const {
    return db_->execAndGet("PRAGMA user_version").getInt();
}

std::string Store::integrity_check() const {
    return db_->execAndGet("PRAGMA integrity_check").getString();
}

SQLite::Database& Store::database() {
    return *db_;
}

} // namespace parley
