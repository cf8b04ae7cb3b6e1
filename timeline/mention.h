#pragma once
// A mention: one event as one article reports it. Many mentions of the same
// happening, from different articles, merge into one timeline event
// (merge.h).

#include "timeline/event.h"

#include <string>

namespace parley {

struct Mention {
    Event event;   // kind, status, date, actors, details and evidence as the article gives them
    Source source; // the article: URL, title, outlet, publication time, and the evidence
    // Names the article the same way in every store and every run: the feed's
    // URL and the article's guid. Event ids are derived from it, never from
    // row ids, so ingesting the same articles in another order gives the same ids.
    std::string article_key;
};

} // namespace parley
