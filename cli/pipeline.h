#pragma once
// From a fetched or local feed document to what the store keeps: the feed's
// new state (status, validators, schedule) and its articles with the events
// read from them, each feed written whole in one transaction (which may hold
// several feeds).

#include "ingest/extract/extract.h"
#include "ingest/feed/parse.h"
#include "ingest/fetch/fetch.h"
#include "ingest/temporal/time_expression.h"
#include "store/store.h"

#include <date/date.h>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// What one pull or ingest did to one feed.
struct FeedOutcome {
    Feed feed; // as stored afterwards
    ArticleChanges changes;
    bool failed = false;       // status error: `feed.message` says why
    bool not_modified = false; // a 304: no article touched
    std::string moved_from;    // the old URL, when a permanent redirect moved the feed
};

// The moment an article speaks from, for reading its dates: its publication
// instant (else `fetched`) in the outlet's zone (the feed's --tz), else at the
// offset written in its own timestamp, else UTC.
ReferenceTime reference_time(const Article& article, const Feed& feed, date::sys_seconds fetched);

// The one place an article becomes what the store keeps with it: the events
// and people extraction reads from its text.
ArticleWithEvents read_events(const Article& article, const Feed& feed, date::sys_seconds fetched,
                              const Extractor& extractor);

class Pipeline {
public:
    Pipeline(Store& store, const Extractor& extractor) : store_(store), extractor_(extractor) {}

    // A fetch's result: a 304 records the visit and touches no article; a
    // failure records why and backs off (honouring Retry-After); a body is
    // parsed and stored.
    FeedOutcome take_fetch(Feed feed, FetchResult result, date::sys_seconds now);

    // A document parsed from a local file or stdin (`http_status` 0).
    FeedOutcome take_document(Feed feed, FeedDocument doc, date::sys_seconds now);

    // As take_fetch, except that a parsed body waits, read, to be written
    // with other feeds' by flush(): several feeds in one transaction share
    // the timeline's work on the happenings they all report, and each feed
    // is still stored whole or not at all. Returns the outcome of a fetch
    // that has nothing to wait for (a 304, a failure); take_fetch and
    // take_document write whatever waits along with their own.
    std::optional<FeedOutcome> queue_fetch(Feed feed, FetchResult result, date::sys_seconds now);
    // Writes every waiting feed in one transaction; their outcomes, in the
    // order they were queued.
    std::vector<FeedOutcome> flush(date::sys_seconds now);
    std::size_t waiting_feeds() const { return waiting_.size(); }
    std::size_t waiting_articles() const { return waiting_articles_; }
    std::size_t waiting_bytes() const { return waiting_bytes_; }

    // A failure to fetch or read the feed: status error, `message` (one line),
    // one more failure in a row, next due after the back-off or `retry_until`
    // when that is later.
    FeedOutcome take_failure(Feed feed, const std::string& message, date::sys_seconds now,
                             std::optional<date::sys_seconds> retry_until = std::nullopt);

private:
    struct Waiting {
        FeedPull pull;
        std::string moved_from;
    };
    void queue_document(Feed feed, FeedDocument doc, date::sys_seconds now, std::string moved_from);

    Store& store_;
    const Extractor& extractor_;
    std::vector<Waiting> waiting_;
    std::size_t waiting_articles_ = 0;
    std::size_t waiting_bytes_ = 0;
};

// file:///absolute/path for a local feed file, percent-encoding what a URL
// path cannot hold: the feed `ingest` keeps for that file.
std::string file_url(const std::filesystem::path& path);

// Why a document could not be read, on one line, from what parse_feed threw.
std::string parse_failure(const std::exception& e);

// "not a feed: ..." and the warnings of a partly read feed, on one line.
std::string one_line(std::string_view text, std::size_t max_bytes = 400);

} // namespace parley
