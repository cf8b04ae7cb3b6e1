#pragma once
// The dates feeds write: RFC 822 and the variants found in the wild, and
// RFC 3339 / ISO 8601 (W3C-DTF, dc:date, Atom).

#include <chrono>
#include <date/date.h>
#include <optional>
#include <string_view>

namespace parley {

struct FeedTime {
    date::sys_seconds instant;
    // The UTC offset the timestamp was written in ("+0900", "EST", "Z"); none
    // when it named no zone, and then `instant` reads it as UTC.
    std::optional<std::chrono::minutes> offset;
};

// nullopt when the text is no date parley can read. Never guesses "now".
std::optional<FeedTime> parse_feed_date(std::string_view text);

} // namespace parley
