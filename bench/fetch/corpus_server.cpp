// Serves a directory of feed files over HTTP on 127.0.0.1 the way a feed host
// does (ETag, Last-Modified, 304 on a conditional GET), with a fixed latency
// added to every answer, for timing feed readers against one another.
//
// usage: corpus_server DIR [--latency MS] [--port-file FILE]
// GET /stats answers at once with how many 200s and 304s were sent.

#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <httplib.h>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <thread>

namespace {

struct Document {
    std::string body;
    std::string type;
    std::string etag;
};

std::string content_type(const std::filesystem::path& p) {
    auto ext = p.extension().string();
    if (ext == ".atom") return "application/atom+xml; charset=utf-8";
    if (ext == ".rdf") return "application/rdf+xml; charset=utf-8";
    if (ext == ".json") return "application/feed+json; charset=utf-8";
    return "application/rss+xml; charset=utf-8";
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: corpus_server DIR [--latency MS] [--port-file FILE]\n";
        return 2;
    }
    std::filesystem::path dir = argv[1];
    int latency_ms = 50;
    std::string port_file;
    for (int i = 2; i + 1 < argc; i += 2) {
        std::string flag = argv[i];
        if (flag == "--latency")
            latency_ms = std::stoi(argv[i + 1]);
        else if (flag == "--port-file")
            port_file = argv[i + 1];
        else {
            std::cerr << "corpus_server: unknown option " << flag << "\n";
            return 2;
        }
    }

    std::map<std::string, Document> docs;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        Document d{s.str(), content_type(e.path()), ""};
        d.etag = "\"" + std::to_string(std::hash<std::string>{}(d.body)) + "\"";
        docs["/" + e.path().filename().string()] = std::move(d);
    }
    const std::string last_modified = "Tue, 20 May 2025 00:00:00 GMT";

    // Signals go to the main thread only, which stops the server.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    std::atomic<long> full{0}, not_modified{0}, missing{0};
    httplib::Server server;
    // More workers than any client opens connections, so no request queues
    // behind an idle keep-alive connection.
    server.new_task_queue = [] { return new httplib::ThreadPool(128); };
    server.Get("/stats", [&](const httplib::Request&, httplib::Response& res) {
        res.set_content("{\"200\": " + std::to_string(full) + ", \"304\": " +
                            std::to_string(not_modified) + ", \"404\": " +
                            std::to_string(missing) + "}\n",
                        "application/json");
    });
    server.Get(R"(/[^/]+)", [&](const httplib::Request& req, httplib::Response& res) {
        std::this_thread::sleep_for(std::chrono::milliseconds(latency_ms));
        auto it = docs.find(req.path);
        if (it == docs.end()) {
            ++missing;
            res.status = 404;
            return;
        }
        const Document& d = it->second;
        res.set_header("ETag", d.etag);
        res.set_header("Last-Modified", last_modified);
        if (req.get_header_value("If-None-Match") == d.etag ||
            (!req.has_header("If-None-Match") &&
             req.get_header_value("If-Modified-Since") == last_modified)) {
            ++not_modified;
            res.status = 304;
            return;
        }
        ++full;
        res.set_content(d.body, d.type);
    });
    int port = server.bind_to_any_port("127.0.0.1");
    if (port <= 0) {
        std::cerr << "corpus_server: cannot bind 127.0.0.1\n";
        return 1;
    }
    std::thread listener([&] { server.listen_after_bind(); });
    if (!port_file.empty()) {
        std::ofstream(port_file + ".tmp") << port << "\n";
        std::filesystem::rename(port_file + ".tmp", port_file);
    }
    std::cerr << "corpus_server: " << docs.size() << " feeds on http://127.0.0.1:" << port
              << "/ with " << latency_ms << " ms latency\n";
    int sig = 0;
    sigwait(&stop_signals, &sig);
    server.stop();
    listener.join();
    return 0;
}
