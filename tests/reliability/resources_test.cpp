// A pull of 1,000 feeds holds a bounded number of connections and file
// descriptors however many feeds there are: counted in /proc/<pid>/fd of the
// child, sampled while the pull runs, and by the server, which sees every
// connection open and close.

#include "feed_host.h"
#include "workspace.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace parley::test;

namespace {

struct Peaks {
    int fds = 0;
    int sockets = 0;     // in the child
    int connections = 0; // at the server
    int samples = 0;
};

Peaks pull_and_watch(const Workspace& ws, FeedHost& host, const std::string& jobs) {
    Peaks peaks;
    ChildOptions o = ws.options();
    o.sample_every = std::chrono::milliseconds(10);
    o.sample = [&](pid_t pid) {
        peaks.fds = std::max(peaks.fds, open_fds(pid));
        peaks.sockets = std::max(peaks.sockets, open_sockets(pid));
        ++peaks.samples;
    };
    host.reset_connections();
    auto r = ws.parley({"pull", "--quiet", "--jobs", jobs}, o);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    peaks.connections = host.max_connections();
    return peaks;
}

} // namespace

TEST_CASE("a pull of 1,000 feeds keeps at most --jobs connections and a bounded set of file "
          "descriptors") {
    // 1,000 feeds of 3 stories, each answered after 5-25 ms.
    FeedHost host(3, std::chrono::milliseconds(5), std::chrono::milliseconds(20));
    Workspace ws;
    std::vector<std::string> urls;
    for (int i = 0; i < 1000; ++i)
        urls.push_back(host.feed_url(i));
    ws.add_feeds(urls);

    for (int jobs : {8, 2}) {
        INFO("--jobs " << jobs);
        Workspace run;
        run.copy_store_from(ws);
        Peaks p = pull_and_watch(run, host, std::to_string(jobs));
        INFO(p.samples << " samples: at most " << p.fds << " descriptors, " << p.sockets
                       << " sockets; the server saw at most " << p.connections << " connections");
        CHECK(p.samples > 20);
        CHECK(p.connections >= 1);
        // The server learns of a close a moment after the client, which may
        // have opened the next connection by then: one more, never one per feed.
        CHECK(p.connections <= jobs + 1);
        // libcurl's wake-up socket pair, and one socket per connection.
        CHECK(p.sockets <= jobs + 2);
        // stdio, the store and its WAL and shm, the lock, curl's wake-up pipe
        // and epoll, and one socket per transfer: a constant and --jobs, never
        // one per feed.
        CHECK(p.fds <= 16 + jobs);
        CHECK(run.count("SELECT count(*) FROM articles") == 3000);
    }
    CHECK(host.max_concurrent() <= 8);
}

TEST_CASE("a second pull of 1,000 unchanged feeds is 1,000 conditional GETs on few connections") {
    FeedHost host(3);
    Workspace ws;
    std::vector<std::string> urls;
    for (int i = 0; i < 1000; ++i)
        urls.push_back(host.feed_url(i));
    ws.add_feeds(urls);
    REQUIRE(ws.parley({"pull", "--quiet"}).exit_code == 0);
    const int before = host.not_modified_answers();
    Peaks p = pull_and_watch(ws, host, "8");
    CHECK(host.not_modified_answers() - before == 1000);
    INFO(p.samples << " samples: at most " << p.fds << " descriptors, " << p.sockets
                   << " sockets; the server saw at most " << p.connections << " connections");
    CHECK(p.connections <= 8 + 1);
    CHECK(p.sockets <= 8 + 2);
    CHECK(p.fds <= 24);
}
