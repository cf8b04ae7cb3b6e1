#include "feed_host.h"

#include "corpus.h"

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

namespace parley::test {

namespace {

constexpr const char* rss_type = "application/rss+xml; charset=utf-8";
constexpr std::size_t endless_limit = std::size_t{2} << 30; // 2 GB

// Deflates `head` and then `repeat` copies of `block` as one gzip stream,
// without ever holding the inflated whole.
std::string gzip_stream(const std::string& head, const std::string& block, std::size_t repeat) {
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    std::string out;
    char buf[1 << 16];
    auto pump = [&](const std::string& in, int flush) {
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        z.avail_in = static_cast<uInt>(in.size());
        int rc;
        do {
            z.next_out = reinterpret_cast<Bytef*>(buf);
            z.avail_out = sizeof buf;
            rc = deflate(&z, flush);
            if (rc == Z_STREAM_ERROR) throw std::runtime_error("deflate failed");
            out.append(buf, sizeof buf - z.avail_out);
        } while (z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
    };
    pump(head, Z_NO_FLUSH);
    for (std::size_t i = 0; i < repeat; ++i)
        pump(block, Z_NO_FLUSH);
    pump(std::string(), Z_FINISH);
    deflateEnd(&z);
    return out;
}

// httplib serves each connection as one task, from accept to close: counting
// running tasks counts the connections the server holds open.
class CountingPool : public httplib::TaskQueue {
public:
    CountingPool(std::size_t threads, std::atomic<int>& open, std::atomic<int>& most)
        : pool_(threads), open_(open), most_(most) {}
    void enqueue(std::function<void()> fn) override {
        pool_.enqueue([this, fn = std::move(fn)] {
            const int now = ++open_;
            int seen = most_;
            while (now > seen && !most_.compare_exchange_weak(seen, now)) {
            }
            fn();
            --open_;
        });
    }
    void shutdown() override { pool_.shutdown(); }

private:
    httplib::ThreadPool pool_;
    std::atomic<int>& open_;
    std::atomic<int>& most_;
};

} // namespace

std::string gzip(const std::string& data) {
    return gzip_stream(data, std::string(), 0);
}

const std::string& gzip_bomb() {
    // Deflating 1 GB takes a while; a block compressed after a full flush
    // starts from an empty history, so its bytes can be repeated instead.
    static const std::string bomb = [] {
        const std::string head =
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>";
        const std::string block(1 << 20, ' ');
        const std::size_t repeat = 1024;
        z_stream z{};
        if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
            throw std::runtime_error("deflateInit2 failed");
        auto raw = [&](const std::string& in, int flush) {
            std::string out;
            char buf[1 << 16];
            z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
            z.avail_in = static_cast<uInt>(in.size());
            do {
                z.next_out = reinterpret_cast<Bytef*>(buf);
                z.avail_out = sizeof buf;
                if (deflate(&z, flush) == Z_STREAM_ERROR) throw std::runtime_error("deflate");
                out.append(buf, sizeof buf - z.avail_out);
            } while (z.avail_out == 0);
            return out;
        };
        std::string body("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10); // gzip header
        body += raw(head, Z_FULL_FLUSH);
        const std::string one = raw(block, Z_FULL_FLUSH);
        if (raw(block, Z_FULL_FLUSH) != one) throw std::runtime_error("flushed blocks differ");
        for (std::size_t i = 2; i < repeat; ++i)
            body += one;
        body += one + one;
        body += raw(std::string(), Z_FINISH);
        deflateEnd(&z);
        uLong crc = crc32(0, reinterpret_cast<const Bytef*>(head.data()), head.size());
        const uLong block_crc =
            crc32(0, reinterpret_cast<const Bytef*>(block.data()), block.size());
        for (std::size_t i = 0; i < repeat; ++i)
            crc = crc32_combine(crc, block_crc, static_cast<z_off_t>(block.size()));
        const auto size = static_cast<std::uint32_t>(head.size() + block.size() * repeat);
        for (std::uint32_t v : {static_cast<std::uint32_t>(crc), size})
            for (int b = 0; b < 4; ++b)
                body += static_cast<char>((v >> (8 * b)) & 0xFF);
        return body;
    }();
    return bomb;
}

FeedHost::FeedHost(int items, std::chrono::milliseconds delay, std::chrono::milliseconds jitter)
    : server_(std::make_unique<httplib::Server>()), items_(items), delay_(delay), jitter_(jitter) {
    auto& s = *server_;
    // Enough threads for every connection two pulls at --jobs 16 may hold open.
    s.new_task_queue = [this] { return new CountingPool(64, connections_, max_connections_); };

    s.Get(R"(/feed/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
        const int n = std::stoi(req.matches[1].str());
        int now = ++concurrent_;
        int seen = max_concurrent_;
        while (now > seen && !max_concurrent_.compare_exchange_weak(seen, now)) {
        }
        if (jitter_.count() > 0)
            pause(delay_ + std::chrono::milliseconds((n * 7919) % (jitter_.count() + 1)));
        else if (delay_.count() > 0)
            pause(delay_);
        --concurrent_;
        const std::string tag = "\"feed-" + std::to_string(n) + "-v1\"";
        res.set_header("ETag", tag);
        if (req.get_header_value("If-None-Match") == tag) {
            ++not_modified_;
            res.status = 304;
            return;
        }
        ++full_;
        res.set_content(feed(n), rss_type);
    });
    s.Get(R"(/doc/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
        Document d;
        {
            std::lock_guard lock(mutex_);
            auto it = docs_.find(req.matches[1].str());
            if (it == docs_.end()) {
                res.status = 404;
                return;
            }
            d = it->second;
        }
        if (d.gzip) res.set_header("Content-Encoding", "gzip");
        res.set_content(d.gzip ? gzip(d.body) : d.body, d.content_type.c_str());
    });
    s.Get("/endless", [this](const httplib::Request&, httplib::Response& res) {
        res.set_chunked_content_provider(
            rss_type, [this](std::size_t offset, httplib::DataSink& sink) {
                static const std::string head = "<?xml version=\"1.0\"?><rss version=\"2.0\">"
                                                "<channel><title>Endless</title><item><title>";
                static const std::string block(64 * 1024, ' ');
                if (stopping_) return false;
                if (offset >= endless_limit) {
                    sink.done();
                    return true;
                }
                const std::string& chunk = offset == 0 ? head : block;
                if (!sink.write(chunk.data(), chunk.size())) return false;
                endless_sent_ += chunk.size();
                return true;
            });
    });
    s.Get("/bomb", [](const httplib::Request&, httplib::Response& res) {
        res.set_header("Content-Encoding", "gzip");
        res.set_content(gzip_bomb(), rss_type);
    });
    s.Get("/trickle", [this](const httplib::Request&, httplib::Response& res) {
        res.set_chunked_content_provider(rss_type,
                                         [this](std::size_t offset, httplib::DataSink& sink) {
                                             static const std::string body = corpus_feed(0, 2);
                                             if (offset >= body.size()) {
                                                 sink.done();
                                                 return true;
                                             }
                                             if (!pause(std::chrono::milliseconds(1000)))
                                                 return false;
                                             return sink.write(body.data() + offset, 1);
                                         });
    });
    s.Get("/loop/a", [this](const httplib::Request&, httplib::Response& res) {
        res.set_redirect(url("/loop/b"), 301);
    });
    s.Get("/loop/b", [this](const httplib::Request&, httplib::Response& res) {
        res.set_redirect(url("/loop/a"), 302);
    });
    s.Get("/html", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("<!DOCTYPE html><html><head><title>Trade Desk</title></head><body>"
                        "<h1>Welcome</h1><p>Our feed has moved.</p></body></html>",
                        "text/html; charset=utf-8");
    });

    port_ = s.bind_to_any_port("127.0.0.1");
    if (port_ <= 0) throw std::runtime_error("feed host: cannot bind 127.0.0.1");
    thread_ = std::thread([this] { server_->listen_after_bind(); });
    for (int i = 0; i < 500 && !s.is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (!s.is_running()) throw std::runtime_error("feed host did not start");
}

FeedHost::~FeedHost() {
    stopping_ = true;
    server_->stop();
    if (thread_.joinable()) thread_.join();
}

std::string FeedHost::url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
}

void FeedHost::put(const std::string& name, Document doc) {
    std::lock_guard lock(mutex_);
    docs_[name] = std::move(doc);
}

const std::string& FeedHost::feed(int n) {
    std::lock_guard lock(mutex_);
    auto it = feeds_.find(n);
    if (it == feeds_.end()) it = feeds_.emplace(n, corpus_feed(n, items_)).first;
    return it->second;
}

bool FeedHost::pause(std::chrono::milliseconds ms) const {
    const auto until = std::chrono::steady_clock::now() + ms;
    while (std::chrono::steady_clock::now() < until) {
        if (stopping_) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return !stopping_;
}

RawServer::RawServer(std::string response, bool endless_headers)
    : response_(std::move(response)), endless_headers_(endless_headers) {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (listener_ < 0) throw std::runtime_error("raw server: socket failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(listener_, 16) != 0 ||
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        throw std::runtime_error("raw server: cannot listen on 127.0.0.1");
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] {
        while (!stopping_) {
            pollfd p{listener_, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0) continue;
            const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0) continue;
            serve(client);
            ::close(client);
        }
    });
}

RawServer::~RawServer() {
    stopping_ = true;
    if (thread_.joinable()) thread_.join();
    ::close(listener_);
}

std::string RawServer::url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
}

void RawServer::serve(int client) {
    // The request: up to its blank line.
    std::string request;
    char buf[4096];
    while (request.find("\r\n\r\n") == std::string::npos && !stopping_) {
        pollfd p{client, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0) continue;
        const ssize_t got = ::recv(client, buf, sizeof buf, 0);
        if (got <= 0) return;
        request.append(buf, static_cast<std::size_t>(got));
    }
    auto send_all = [&](const std::string& data) {
        std::size_t off = 0;
        while (off < data.size() && !stopping_) {
            const ssize_t put = ::send(client, data.data() + off, data.size() - off, MSG_NOSIGNAL);
            if (put <= 0) return false;
            off += static_cast<std::size_t>(put);
            sent_ += static_cast<std::size_t>(put);
        }
        return !stopping_;
    };
    if (!send_all(response_)) return;
    if (!endless_headers_) return;
    const std::string line = "X-Padding: " + std::string(1000, 'x') + "\r\n";
    std::string block;
    for (int i = 0; i < 64; ++i)
        block += line;
    while (send_all(block)) {
    }
}

} // namespace parley::test
