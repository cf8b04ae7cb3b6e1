#pragma once
// Fetching feeds over HTTP(S) and from file:// URLs, many at once (libcurl's
// multi interface on a thread of its own), with conditional GET, compression,
// redirects, timeouts and a cap on the decompressed body.

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace parley {

struct FetchRequest {
    std::string url;
    // The validators stored from the last successful fetch; sent back as
    // If-None-Match / If-Modified-Since so an unchanged feed costs a 304.
    std::string etag;
    std::string last_modified;
};

struct FetchOptions {
    int jobs = 8; // transfers at once
    std::chrono::milliseconds connect_timeout{10'000};
    std::chrono::milliseconds timeout{30'000}; // the whole transfer, redirects included
    // A transfer slower than `low_speed_bytes` per second for `low_speed_time` is
    // abandoned: a server trickling bytes never holds a pull for long.
    long low_speed_bytes = 100;
    std::chrono::seconds low_speed_time{15};
    std::size_t max_body = 20 * 1024 * 1024; // after decompression
    int max_redirects = 5;
    std::string user_agent; // empty: default_user_agent()
};

// "parley/<version> (+<project URL>)"
std::string default_user_agent();

struct FetchResult {
    std::size_t index = 0;     // of the request this answers
    std::string url;           // where the body came from, after redirects
    std::string permanent_url; // non-empty when every redirect was permanent (301/308)
                               // and the final answer a success: the feed has moved there
    long http_status = 0;      // the final response's; 0 for file:// URLs
    std::string reason;        // its reason phrase, as "Not Found", when the server sent one
    std::string body;
    std::string content_type;
    std::string etag;
    std::string last_modified;
    std::string retry_after; // the Retry-After header as sent, seconds or an HTTP-date
    // Why the transfer failed (no connection, timeout, too large, ...), one
    // line; empty when a response arrived, whatever its status.
    std::string error;

    bool not_modified() const { return http_status == 304; }
    // A body to read: the transfer worked and the status is 2xx (or a file).
    bool has_body() const {
        return error.empty() && (http_status == 0 || (http_status >= 200 && http_status < 300));
    }
    // One line saying what went wrong, empty when nothing did (200, 304).
    std::string failure() const;
};

// Runs the transfers on a thread of its own and hands back each result as it
// completes, so the caller can store one feed while the others download.
// At most `jobs` results wait unread: memory stays bounded however slow the
// reader.
class Fetcher {
public:
    Fetcher(std::vector<FetchRequest> requests, FetchOptions options);
    ~Fetcher(); // cancels what is still running and waits for the thread
    Fetcher(const Fetcher&) = delete;
    Fetcher& operator=(const Fetcher&) = delete;

    // The next completed transfer, in completion order; nullopt when all are
    // done, or as soon as `stop` returns true (checked a few times a second),
    // which cancels the transfers still running.
    std::optional<FetchResult> next(const std::function<bool()>& stop = {});

    void cancel();

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Fetches one URL and waits for it: for callers with a single document.
FetchResult fetch_one(const FetchRequest& request, const FetchOptions& options);

} // namespace parley
