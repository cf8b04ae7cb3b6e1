#pragma once
// Schema migrations, keyed by PRAGMA user_version.

namespace SQLite {
class Database;
}

namespace parley {

// Brings the store up to `target` one step at a time, each step in its own
// transaction. Throws StoreError if the store is newer than `target`.
void migrate(SQLite::Database& db, int target);

} // namespace parley
