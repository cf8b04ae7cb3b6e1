#pragma once
// Which stored article a feed entry is: the same entry seen again must get
// the same id, run after run.

#include "ingest/feed/feed_entries.h"

#include <string>

namespace parley {

// The entry's guid / Atom id / JSON Feed id as written; else its link; else
// "hash:" and a digest of its title and publication time (of its text when it
// has neither).
std::string entry_identity(const FeedEntry& entry);

} // namespace parley
