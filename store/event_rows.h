#pragma once
// Writing and reading event rows; used inside transactions the caller owns.

#include "timeline/event.h"

#include <cstdint>
#include <vector>

namespace SQLite {
class Database;
}

namespace parley::event_rows {

// Drops what was read from the article before and writes `events` and `people`
// in its place. Events left without any source are deleted.
void replace_for_article(SQLite::Database& db, std::int64_t article_id,
                         const std::vector<Event>& events, const std::vector<Person>& people);

} // namespace parley::event_rows
