#pragma once
// A real HTTP server on 127.0.0.1 (an ephemeral port), in the test process,
// serving the feed fixtures and the ways servers misbehave:
//
//   /etag.rss              200 with an ETag; 304 when If-None-Match matches
//   /odd-etag.rss          200 with an ETag holding control characters
//   /last-modified.rss     200 with Last-Modified; 304 when If-Modified-Since matches
//   /gzip.rss              the feed gzip-compressed (Content-Encoding: gzip)
//   /moved/1 → /moved/2 → /moved/3 → /etag.rss    three 301s
//   /moved-308             a 308 to /etag.rss
//   /temporary             a 302 to /etag.rss
//   /mixed                 a 301 then a 302, ending at /etag.rss
//   /moved-dead            a 301 to /missing
//   /loop/a ⇄ /loop/b      a redirect loop
//   /chain/N               N more redirects before /etag.rss (N=6: one too many)
//   /to-file               a 301 to file:///etc/hostname (must not be followed)
//   /missing /broken       404, 500
//   /busy                  429 with Retry-After: 3600
//   /unavailable           503 with Retry-After as an HTTP-date
//   /stall                 half a feed, then silence
//   /trickle               one byte a second
//   /oversized             a body past 20 MB, chunked (no length announced)
//   /oversized-length      a body past 20 MB with its Content-Length
//   /bomb                  30 KB of gzip that inflates to 64 MB
//   /html                  a 200 that is an HTML page, not a feed
//   /changing.rss          whatever set_changing() last set (with an ETag of its hash)
//   /slow-N                the v1 feed after N milliseconds

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace httplib {
class Server;
}

namespace parley::test {

// The feed fixtures, read from tests/fixtures/fetch/.
std::string fetch_fixture(const std::string& name);

// gzip-compresses `data` (for fixtures and the tests that check decompression).
std::string gzip(const std::string& data);

class FeedServer {
public:
    FeedServer();
    ~FeedServer();
    FeedServer(const FeedServer&) = delete;
    FeedServer& operator=(const FeedServer&) = delete;

    int port() const { return port_; }
    std::string url(const std::string& path) const; // "http://127.0.0.1:PORT" + path

    void set_changing(const std::string& body);

    // What the server saw: requests per path, and the last request's headers.
    int hits(const std::string& path) const;
    std::string last_header(const std::string& path, const std::string& name) const;
    // The most /slow-N requests the server was answering at one time.
    int max_concurrent() const { return max_concurrent_; }

    static constexpr const char* etag = "\"hd-v1\"";
    static constexpr const char* last_modified = "Mon, 02 Jun 2025 01:00:00 GMT";

private:
    void routes();
    void record(const std::string& path, const std::map<std::string, std::string>& headers);
    // Sleeps up to `ms`, cut short when the server stops; false if it did.
    bool pause(int ms) const;

    std::unique_ptr<httplib::Server> server_;
    std::thread thread_;
    int port_ = 0;
    std::atomic<bool> stopping_{false};
    std::atomic<int> concurrent_{0};
    std::atomic<int> max_concurrent_{0};
    mutable std::mutex mutex_;
    std::map<std::string, int> hits_;
    std::map<std::string, std::map<std::string, std::string>> last_headers_;
    std::string changing_;
};

} // namespace parley::test
