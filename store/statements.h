#pragma once
// Prepared statements kept for the length of one piece of work: preparing is
// a large part of a small query's cost, and an update runs the same few
// queries thousands of times.

#include <memory>
#include <SQLiteCpp/SQLiteCpp.h>
#include <string>
#include <unordered_map>

namespace parley {

class Statements {
public:
    explicit Statements(SQLite::Database& db) : db_(db) {}

    // The statement for `sql`, reset and with its bindings cleared.
    SQLite::Statement& operator()(const std::string& sql) {
        auto& st = cache_[sql];
        if (!st) {
            st = std::make_unique<SQLite::Statement>(db_, sql);
        } else {
            st->reset();
            st->clearBindings();
        }
        return *st;
    }

    SQLite::Database& db() { return db_; }

    // Ends every statement's read: a statement left part-way through keeps the
    // connection reading, and the WAL cannot be checkpointed past it.
    void reset_all() {
        for (auto& [sql, st] : cache_)
            st->reset();
    }

private:
    SQLite::Database& db_;
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> cache_;
};

} // namespace parley
