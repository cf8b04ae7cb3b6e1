#pragma once
// Writing what extraction read from an article: its events become mentions
// (timeline/mention.h) and its people actors. Used inside transactions the
// caller owns, with one TimelineUpdate per transaction.

#include "timeline/event.h"

#include <cstdint>
#include <vector>

namespace parley {
class TimelineUpdate;
}

namespace parley::event_rows {

// Drops what was read from the article before and writes `events` and
// `people` in its place, noting the change in `update` (run it before commit).
void replace_for_article(TimelineUpdate& update, std::int64_t article_id,
                         const std::vector<Event>& events, const std::vector<Person>& people);

} // namespace parley::event_rows
