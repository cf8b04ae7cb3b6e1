#include "feed_server.h"

#include "support/temp_dir.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <httplib.h>
#include <stdexcept>
#include <zlib.h>

namespace parley::test {

namespace {

constexpr const char* rss_type = "application/rss+xml; charset=utf-8";

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

void redirect(httplib::Response& res, int status, const std::string& to) {
    res.status = status;
    res.set_header("Location", to);
    res.set_content("moved", "text/plain");
}

} // namespace

std::string fetch_fixture(const std::string& name) {
    return read_file(std::filesystem::path(PARLEY_FIXTURES_DIR) / "fetch" / name);
}

std::string gzip(const std::string& data) {
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    int rc = deflate(&z, Z_FINISH);
    deflateEnd(&z);
    if (rc != Z_STREAM_END) throw std::runtime_error("deflate failed");
    out.resize(z.total_out);
    return out;
}

FeedServer::FeedServer() : server_(std::make_unique<httplib::Server>()) {
    // Room for every keep-alive connection a test may hold open at once.
    server_->new_task_queue = [] { return new httplib::ThreadPool(32); };
    routes();
    port_ = server_->bind_to_any_port("127.0.0.1");
    if (port_ <= 0) throw std::runtime_error("test server: cannot bind 127.0.0.1");
    thread_ = std::thread([this] { server_->listen_after_bind(); });
    for (int i = 0; i < 500 && !server_->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (!server_->is_running()) throw std::runtime_error("test server did not start");
}

FeedServer::~FeedServer() {
    stopping_ = true;
    server_->stop();
    if (thread_.joinable()) thread_.join();
}

std::string FeedServer::url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
}

void FeedServer::set_changing(const std::string& body) {
    std::lock_guard lock(mutex_);
    changing_ = body;
}

int FeedServer::hits(const std::string& path) const {
    std::lock_guard lock(mutex_);
    auto it = hits_.find(path);
    return it == hits_.end() ? 0 : it->second;
}

std::string FeedServer::last_header(const std::string& path, const std::string& name) const {
    std::lock_guard lock(mutex_);
    auto it = last_headers_.find(path);
    if (it == last_headers_.end()) return {};
    auto h = it->second.find(lower(name));
    return h == it->second.end() ? std::string{} : h->second;
}

void FeedServer::record(const std::string& path, const std::map<std::string, std::string>& h) {
    std::lock_guard lock(mutex_);
    ++hits_[path];
    last_headers_[path] = h;
}

bool FeedServer::pause(int ms) const {
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < until) {
        if (stopping_) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return !stopping_;
}

void FeedServer::routes() {
    auto& s = *server_;
    // Every request is counted before its handler runs.
    auto get = [this, &s](const std::string& pattern,
                          std::function<void(const httplib::Request&, httplib::Response&)> h) {
        s.Get(pattern, [this, h](const httplib::Request& req, httplib::Response& res) {
            std::map<std::string, std::string> headers;
            for (const auto& [k, v] : req.headers)
                headers[lower(k)] = v;
            record(req.path, headers);
            h(req, res);
        });
    };
    const std::string v1 = fetch_fixture("trade-desk-v1.rss");

    get("/etag.rss", [v1](const httplib::Request& req, httplib::Response& res) {
        res.set_header("ETag", etag);
        if (req.get_header_value("If-None-Match") == etag) {
            res.status = 304;
            return;
        }
        res.set_content(v1, rss_type);
    });
    get("/odd-etag.rss", [v1](const httplib::Request&, httplib::Response& res) {
        res.set_header("ETag", "\"v1\x01\x1b[2J\"");
        res.set_content(v1, rss_type);
    });
    get("/last-modified.rss", [v1](const httplib::Request& req, httplib::Response& res) {
        res.set_header("Last-Modified", last_modified);
        if (req.get_header_value("If-Modified-Since") == last_modified) {
            res.status = 304;
            return;
        }
        res.set_content(v1, rss_type);
    });
    get("/gzip.rss", [v1](const httplib::Request&, httplib::Response& res) {
        res.set_header("Content-Encoding", "gzip");
        res.set_content(gzip(v1), rss_type);
    });
    get("/moved/1", [this](const httplib::Request&, httplib::Response& res) {
        redirect(res, 301, url("/moved/2"));
    });
    get("/moved/2", [](const httplib::Request&, httplib::Response& res) {
        redirect(res, 301, "/moved/3"); // relative, as servers often send
    });
    get("/moved/3", [this](const httplib::Request&, httplib::Response& res) {
        redirect(res, 301, url("/etag.rss"));
    });
    get("/moved-308", [this](const httplib::Request&, httplib::Response& res) {
        redirect(res, 308, url("/etag.rss"));
    });
    get("/temporary", [this](const httplib::Request&, httplib::Response& res) {
        redirect(res, 302, url("/etag.rss"));
    });
    get("/mixed", [this](const httplib::Request&, httplib::Response& res) {
        redirect(res, 301, url("/temporary"));
    });
    get("/moved-dead", [this](const httplib::Request&, httplib::Response& res) {
        redirect(res, 301, url("/missing"));
    });
    get("/loop/a", [this](const httplib::Request&, httplib::Response& res) {
        redirect(res, 301, url("/loop/b"));
    });
    get("/loop/b", [this](const httplib::Request&, httplib::Response& res) {
        redirect(res, 301, url("/loop/a"));
    });
    get(R"(/chain/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
        int n = std::stoi(req.matches[1].str());
        redirect(res, 302, n <= 1 ? url("/etag.rss") : url("/chain/" + std::to_string(n - 1)));
    });
    get("/to-file", [](const httplib::Request&, httplib::Response& res) {
        redirect(res, 301, "file:///etc/hostname");
    });
    get("/missing", [](const httplib::Request&, httplib::Response& res) {
        res.status = 404;
        res.set_content("no such feed", "text/plain");
    });
    get("/broken", [](const httplib::Request&, httplib::Response& res) {
        res.status = 500;
        res.set_content("internal error", "text/plain");
    });
    get("/busy", [](const httplib::Request&, httplib::Response& res) {
        res.status = 429;
        res.set_header("Retry-After", "3600");
        res.set_content("slow down", "text/plain");
    });
    get("/unavailable", [](const httplib::Request&, httplib::Response& res) {
        res.status = 503;
        res.set_header("Retry-After", "Wed, 21 Oct 2037 07:28:00 GMT");
        res.set_content("down for maintenance", "text/plain");
    });
    get("/stall", [this, v1](const httplib::Request&, httplib::Response& res) {
        res.set_chunked_content_provider(rss_type,
                                         [this, v1](std::size_t, httplib::DataSink& sink) {
                                             sink.write(v1.data(), v1.size() / 2);
                                             pause(5000);
                                             return false;
                                         });
    });
    get("/trickle", [this, v1](const httplib::Request&, httplib::Response& res) {
        res.set_chunked_content_provider(rss_type,
                                         [this, v1](std::size_t offset, httplib::DataSink& sink) {
                                             if (offset >= v1.size()) {
                                                 sink.done();
                                                 return true;
                                             }
                                             if (!pause(1000)) return false;
                                             return sink.write(v1.data() + offset, 1);
                                         });
    });
    const std::size_t big = 21 * 1024 * 1024;
    get("/oversized", [big](const httplib::Request&, httplib::Response& res) {
        res.set_chunked_content_provider(rss_type,
                                         [big](std::size_t offset, httplib::DataSink& sink) {
                                             if (offset >= big) {
                                                 sink.done();
                                                 return true;
                                             }
                                             static const std::string block(64 * 1024, ' ');
                                             return sink.write(block.data(), block.size());
                                         });
    });
    get("/oversized-length", [big](const httplib::Request&, httplib::Response& res) {
        res.set_content_provider(
            big, rss_type, [](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                static const std::string block(64 * 1024, ' ');
                (void)offset;
                return sink.write(block.data(), std::min(length, block.size()));
            });
    });
    get("/bomb", [](const httplib::Request&, httplib::Response& res) {
        // Compressed on first use: most tests never ask for it.
        static const std::string bomb = gzip(std::string(64 * 1024 * 1024, ' '));
        res.set_header("Content-Encoding", "gzip");
        res.set_content(bomb, rss_type);
    });
    get("/html", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(fetch_fixture("not-a-feed.html"), "text/html; charset=utf-8");
    });
    get("/changing.rss", [this](const httplib::Request& req, httplib::Response& res) {
        std::string body;
        {
            std::lock_guard lock(mutex_);
            body = changing_;
        }
        std::string tag = "\"" + std::to_string(std::hash<std::string>{}(body)) + "\"";
        res.set_header("ETag", tag);
        if (req.get_header_value("If-None-Match") == tag) {
            res.status = 304;
            return;
        }
        res.set_content(body, rss_type);
    });
    get(R"(/slow-(\d+))", [this, v1](const httplib::Request& req, httplib::Response& res) {
        int now = ++concurrent_;
        int seen = max_concurrent_;
        while (now > seen && !max_concurrent_.compare_exchange_weak(seen, now)) {
        }
        pause(std::stoi(req.matches[1].str()));
        --concurrent_;
        res.set_content(v1, rss_type);
    });
}

} // namespace parley::test
