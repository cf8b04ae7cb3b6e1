#pragma once
// Feeds and the articles read from them.

#include <chrono>
#include <cstdint>
#include <date/date.h>
#include <optional>
#include <string>
#include <string_view>

namespace parley {

enum class FeedStatus { fresh, ok, warning, error }; // fresh: never pulled

std::string_view to_string(FeedStatus s);
std::optional<FeedStatus> feed_status_from_string(std::string_view s);

struct Feed {
    std::int64_t id = 0;
    std::string url;
    std::string name;  // the user's name for it
    std::string tz;    // the outlet's IANA time zone; empty: use the items' own offsets
    std::string title; // the feed's own title and link
    std::string link;
    std::string etag;
    std::string last_modified;
    std::optional<date::sys_seconds> last_fetched;
    FeedStatus status = FeedStatus::fresh;
    std::string message;
    int http_status = 0;
    int consecutive_failures = 0;
    std::optional<date::sys_seconds> next_due;
    std::int64_t article_count = 0; // filled by queries, not stored
};

struct Article {
    std::int64_t id = 0;
    std::int64_t feed_id = 0;
    std::string guid; // unique per feed
    std::string url;
    std::string title;
    std::string author;
    std::optional<date::sys_seconds> published;
    // The UTC offset written in the item's own timestamp ("+0900"), when it had one.
    std::optional<std::chrono::minutes> published_offset;
    std::string text; // plain UTF-8
    // When its current text was stored: the instant it was read against when
    // it has no publication time. Filled by queries, not written.
    std::optional<date::sys_seconds> stored;
};

// A stable digest of what an article says, to tell an edited article from a re-seen one.
std::string content_hash(const Article& a);

} // namespace parley
