#pragma once
// Writing what extraction read from articles: their events become mentions
// (timeline/mention.h) and their people actors. Used inside a transaction the
// caller owns; finish() brings the timeline up to date before it commits.

#include "store/timeline_update.h"
#include "timeline/event.h"

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace parley {

class ArticleEventsWriter {
public:
    explicit ArticleEventsWriter(TimelineUpdate& timeline) : timeline_(timeline) {}

    // Drops what was read from the article before and writes `events` and
    // `people` in its place.
    void replace(std::int64_t article_id, const std::vector<Event>& events,
                 const std::vector<Person>& people);
    TimelineUpdate& timeline() { return timeline_; }
    void finish() { timeline_.run(); }

private:
    std::int64_t actor(const std::string& kind, const std::string& name, const std::string& role,
                       const std::string& country);

    struct Actor {
        std::int64_t id;
        std::string role;
        std::string country;
    };
    TimelineUpdate& timeline_;
    std::map<std::pair<std::string, std::string>, Actor> actors_; // (kind, name), as written
};

} // namespace parley
