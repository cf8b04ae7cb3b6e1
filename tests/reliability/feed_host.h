#pragma once
// A real HTTP server on 127.0.0.1 for the reliability tests: a corpus of many
// feeds, and servers at their worst.
//
//   /feed/N          corpus feed N (corpus.h), with an ETag; 304 on a match;
//                    answered after the delay set for the host
//   /doc/NAME        a document a test registered with put() (body, type,
//                    optionally gzip-encoded)
//   /endless         a 200 that streams spaces inside an item for up to 2 GB
//   /bomb            1 MB of gzip that inflates to 1 GB
//   /trickle         a feed sent one byte a second
//   /loop/a ⇄ /loop/b  a redirect loop
//   /html            a 200 that is a web page, not a feed
//
// It also counts the connections it holds open.

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace httplib {
class Server;
}

namespace parley::test {

struct Document {
    std::string body;
    std::string content_type = "application/rss+xml; charset=utf-8";
    bool gzip = false;
};

std::string gzip(const std::string& data);
// 1 GB of spaces inside a feed's first title, gzip-compressed to about 1 MB.
const std::string& gzip_bomb();

class FeedHost {
public:
    // Serves `items` items a feed; each feed's answer waits `delay` plus up
    // to `jitter` (deterministic per feed).
    explicit FeedHost(int items = 20, std::chrono::milliseconds delay = {},
                      std::chrono::milliseconds jitter = {});
    ~FeedHost();
    FeedHost(const FeedHost&) = delete;
    FeedHost& operator=(const FeedHost&) = delete;

    int port() const { return port_; }
    std::string url(const std::string& path) const;
    std::string feed_url(int n) const { return url("/feed/" + std::to_string(n)); }

    void put(const std::string& name, Document doc);

    // Bytes the server managed to send of /endless, over all requests.
    std::size_t endless_bytes_sent() const { return endless_sent_; }
    // /feed/ requests answered 200 and 304.
    int full_answers() const { return full_; }
    int not_modified_answers() const { return not_modified_; }
    // The most /feed/ requests being answered at one time.
    int max_concurrent() const { return max_concurrent_; }
    // Connections open to this server now, and the most at one time since
    // reset_connections().
    int connections() const { return connections_; }
    int max_connections() const { return max_connections_; }
    void reset_connections() { max_connections_ = connections_.load(); }

private:
    bool pause(std::chrono::milliseconds ms) const;
    const std::string& feed(int n);

    std::unique_ptr<httplib::Server> server_;
    std::thread thread_;
    int port_ = 0;
    int items_;
    std::chrono::milliseconds delay_, jitter_;
    std::atomic<bool> stopping_{false};
    std::atomic<std::size_t> endless_sent_{0};
    std::atomic<int> full_{0}, not_modified_{0}, concurrent_{0}, max_concurrent_{0};
    std::atomic<int> connections_{0}, max_connections_{0};
    mutable std::mutex mutex_;
    std::map<std::string, Document> docs_;
    std::map<int, std::string> feeds_;
};

// A bare TCP server on 127.0.0.1 for answers no HTTP library would send: it
// reads the request, writes `response` and then, if `endless_headers`, one
// header line after another until the client hangs up.
class RawServer {
public:
    explicit RawServer(std::string response, bool endless_headers = false);
    ~RawServer();
    RawServer(const RawServer&) = delete;
    RawServer& operator=(const RawServer&) = delete;

    std::string url(const std::string& path) const;
    std::size_t bytes_sent() const { return sent_; }

private:
    void serve(int client);

    int listener_ = -1;
    int port_ = 0;
    std::string response_;
    bool endless_headers_;
    std::atomic<bool> stopping_{false};
    std::atomic<std::size_t> sent_{0};
    std::thread thread_;
};

} // namespace parley::test
