#pragma once
// Mention rows: one event as one article reports it, with the merge keys the
// timeline is built from (timeline/merge.h).

#include "store/statements.h"
#include "timeline/merge.h"

#include <cstdint>
#include <optional>
#include <string>

namespace parley::mention_rows {

struct Row {
    std::int64_t id = 0;
    Mention mention;
    MergeKeys keys;
    std::optional<std::int64_t> event_id; // the timeline event it belongs to
    bool attached = false;                // it belongs to a host outside its home
};

// "SELECT … FROM mentions m JOIN articles a … JOIN feeds f … WHERE <where>"
std::string select(const std::string& where);
Row read(SQLite::Statement& st);

// The article a mention comes from, as its source.
struct ArticleSource {
    Source source;
    std::string article_key;
};
std::optional<ArticleSource> article_source(Statements& sql, std::int64_t article_id);

// Writes a mention with its merge keys; returns the row.
Row insert(Statements& sql, std::int64_t article_id, int position, const Event& e,
           const ArticleSource& from);

} // namespace parley::mention_rows
