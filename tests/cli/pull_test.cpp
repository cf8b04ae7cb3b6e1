// `parley pull` as a user runs it: the real binary against a real HTTP server
// on 127.0.0.1 and a real SQLite store, asserting on the store after each pull.

#include "feed_server.h"
#include "store/store.h"
#include "support/run.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <pty.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace parley;
using namespace parley::test;
using Catch::Contains;

namespace {

FeedServer& server() {
    static FeedServer s;
    return s;
}

struct Db {
    TempDir dir;
    std::string path = (dir / "parley.db").string();

    RunResult run(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", path});
        return run_parley(args);
    }
    int add(const std::string& url) const {
        auto r = run({"feed", "add", url});
        REQUIRE(r.exit_code == 0);
        Store s(path);
        return static_cast<int>(s.find_feed(url)->id);
    }
    Feed feed(std::int64_t id) const {
        Store s(path);
        auto f = s.find_feed(std::to_string(id));
        REQUIRE(f);
        return *f;
    }
    std::vector<Article> articles(std::int64_t feed_id) const {
        Store s(path);
        ArticleQuery q;
        q.feed_id = feed_id;
        return s.articles(q);
    }
    // Every column of every article row, to compare a store before and after.
    std::string article_rows() const {
        SQLite::Database db(path);
        SQLite::Statement st(db, "SELECT * FROM articles ORDER BY id");
        std::string out;
        while (st.executeStep()) {
            for (int i = 0; i < st.getColumnCount(); ++i)
                out += (st.getColumn(i).isNull() ? "NULL" : st.getColumn(i).getString()) + "|";
            out += "\n";
        }
        return out;
    }
};

std::string guid_titles(const std::vector<Article>& articles) {
    std::vector<std::string> rows;
    for (const auto& a : articles)
        rows.push_back(a.guid + "=" + a.title);
    std::sort(rows.begin(), rows.end());
    std::string out;
    for (const auto& r : rows)
        out += r + "\n";
    return out;
}

// Starts `parley --db DB pull --jobs 2` without waiting for it.
pid_t spawn_pull(const std::string& db) {
    std::string exe = parley_exe();
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        int devnull = ::open("/dev/null", O_RDWR);
        ::dup2(devnull, 0);
        ::dup2(devnull, 1);
        ::dup2(devnull, 2);
        // No user's config.toml may change what is tested.
        std::string home = std::filesystem::path(db).parent_path().string();
        ::setenv("XDG_CONFIG_HOME", home.c_str(), 1);
        ::execl(exe.c_str(), exe.c_str(), "--db", db.c_str(), "pull", "--jobs", "2",
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    return pid;
}

// Each feed stored whole (fetched, ok, all three articles) or untouched.
int feeds_stored_whole(const std::string& db, const std::vector<int>& ids) {
    Store s(db);
    CHECK(s.integrity_check() == "ok");
    int stored = 0;
    for (int id : ids) {
        Feed f = *s.find_feed(std::to_string(id));
        ArticleQuery q;
        q.feed_id = id;
        auto n = s.articles(q).size();
        if (f.last_fetched) {
            ++stored;
            CHECK(n == 3);
            CHECK(f.status == FeedStatus::ok);
        } else {
            CHECK(n == 0);
            CHECK(f.status == FeedStatus::fresh);
        }
    }
    return stored;
}

} // namespace

TEST_CASE("a pull stores a feed's articles and its outcome") {
    Db db;
    int id = db.add(server().url("/etag.rss"));
    auto r = db.run({"pull"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out == "pulled 1 feed: 3 new, 0 updated\n");
    Feed f = db.feed(id);
    CHECK(f.status == FeedStatus::ok);
    CHECK(f.http_status == 200);
    CHECK(f.message.empty());
    CHECK(f.etag == FeedServer::etag);
    CHECK(f.title == "Harbour Desk: Trade");
    CHECK(f.link == "https://harbour-desk.example/trade");
    CHECK(f.consecutive_failures == 0);
    CHECK_FALSE(f.next_due);
    CHECK(f.last_fetched);
    auto articles = db.articles(id);
    REQUIRE(articles.size() == 3);
    CHECK(guid_titles(articles) ==
          "hd-2025-0530-jakarta=Jakarta sends delegation ahead of July deadline\n"
          "hd-2025-0601-canberra=Canberra weighs response to steel levy\n"
          "hd-2025-0602-seoul=Seoul and Washington open second round of tariff talks\n");
}

TEST_CASE("a second pull of an unchanged feed is a 304 that leaves identical rows") {
    Db db;
    int id = db.add(server().url("/etag.rss"));
    REQUIRE(db.run({"pull"}).exit_code == 0);
    std::string before = db.article_rows();
    REQUIRE_FALSE(before.empty());
    auto r = db.run({"pull"});
    CHECK(r.exit_code == 0);
    CHECK(server().last_header("/etag.rss", "If-None-Match") == FeedServer::etag);
    CHECK(r.out == "pulled 1 feed: 0 new, 0 updated, 1 unchanged (304)\n");
    CHECK(db.article_rows() == before);
    Feed f = db.feed(id);
    CHECK(f.http_status == 304);
    CHECK(f.status == FeedStatus::ok);
    CHECK(f.etag == FeedServer::etag);
}

TEST_CASE("thirty pulls in a row, as a timer runs them: a failing feed waits out its back-off, "
          "unchanged feeds cost a request each, and nothing in the store grows") {
    Db db;
    db.add(server().url("/etag.rss"));
    db.add(server().url("/last-modified.rss"));
    db.add(server().url("/gzip.rss")); // no validators: downloaded and parsed every time
    int missing = db.add(server().url("/missing"));
    const int missing_hits = server().hits("/missing");
    const int etag_hits = server().hits("/etag.rss");
    CHECK(db.run({"pull", "--quiet"}).exit_code == 1);

    // Every table's row count and the file's page count.
    auto shape = [&] {
        SQLite::Database sql(db.path);
        std::string out;
        SQLite::Statement tables(sql, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "ORDER BY name");
        while (tables.executeStep()) {
            const std::string name = tables.getColumn(0).getString();
            out +=
                name + "=" +
                std::to_string(sql.execAndGet("SELECT count(*) FROM \"" + name + "\"").getInt64()) +
                " ";
        }
        return out + "pages=" + std::to_string(sql.execAndGet("PRAGMA page_count").getInt64());
    };
    const std::string first = shape();
    const std::string rows = db.article_rows();
    for (int i = 0; i < 30; ++i) {
        auto r = db.run({"pull", "--quiet"});
        INFO("pull " << i + 2 << ": " << r.err);
        CHECK(r.exit_code == 0); // the failing feed is not due, so nothing fails
        CHECK(r.out.empty());
    }
    CHECK(server().hits("/missing") == missing_hits + 1);
    CHECK(server().hits("/etag.rss") == etag_hits + 31);
    CHECK(db.feed(missing).consecutive_failures == 1);
    CHECK(shape() == first);
    CHECK(db.article_rows() == rows);
}

TEST_CASE("a stored Last-Modified earns a 304 that touches no article") {
    Db db;
    int id = db.add(server().url("/last-modified.rss"));
    REQUIRE(db.run({"pull"}).exit_code == 0);
    CHECK(db.feed(id).last_modified == FeedServer::last_modified);
    std::string before = db.article_rows();
    auto r = db.run({"pull"});
    CHECK(r.exit_code == 0);
    CHECK(server().last_header("/last-modified.rss", "If-Modified-Since") ==
          FeedServer::last_modified);
    CHECK(db.feed(id).http_status == 304);
    CHECK(db.article_rows() == before);
}

TEST_CASE("two full downloads of an unchanged feed leave identical rows") {
    // /gzip.rss sends no validators: the second pull downloads and parses it all again.
    Db db;
    int id = db.add(server().url("/gzip.rss"));
    REQUIRE(db.run({"pull"}).exit_code == 0);
    CHECK(db.articles(id).size() == 3);
    std::string before = db.article_rows();
    auto r = db.run({"pull"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "pulled 1 feed: 0 new, 0 updated\n");
    CHECK(db.feed(id).http_status == 200);
    CHECK(db.article_rows() == before);
}

TEST_CASE("a feed that changes between pulls: one item edited, one added, one removed") {
    Db db;
    server().set_changing(fetch_fixture("trade-desk-v1.rss"));
    int id = db.add(server().url("/changing.rss"));
    REQUIRE(db.run({"pull"}).exit_code == 0);
    auto first = db.articles(id);
    REQUIRE(first.size() == 3);
    auto find = [](const std::vector<Article>& as, const std::string& guid) {
        auto it =
            std::find_if(as.begin(), as.end(), [&](const Article& a) { return a.guid == guid; });
        REQUIRE(it != as.end());
        return *it;
    };
    const Article canberra_before = find(first, "hd-2025-0601-canberra");

    server().set_changing(fetch_fixture("trade-desk-v2.rss"));
    auto r = db.run({"pull"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "pulled 1 feed: 1 new, 1 updated\n");
    auto second = db.articles(id);
    // The removed item stays: the store is a record, and feeds only show their latest items.
    CHECK(guid_titles(second) ==
          "hd-2025-0530-jakarta=Jakarta sends delegation ahead of July deadline\n"
          "hd-2025-0601-canberra=Canberra weighs response to steel levy\n"
          "hd-2025-0602-seoul=Seoul and Washington end second round of tariff talks without "
          "deal\n"
          "hd-2025-0603-manila=Manila and Washington set date for first tariff meeting\n");
    CHECK_THAT(find(second, "hd-2025-0602-seoul").text, Contains("without a deal"));
    const Article canberra_after = find(second, "hd-2025-0601-canberra");
    CHECK(canberra_after.id == canberra_before.id);
    CHECK(canberra_after.text == canberra_before.text);

    // And the next pull, unchanged, is a 304.
    std::string rows = db.article_rows();
    r = db.run({"pull"});
    CHECK(r.out == "pulled 1 feed: 0 new, 0 updated, 1 unchanged (304)\n");
    CHECK(db.article_rows() == rows);
}

TEST_CASE("a chain of 301s moves the stored URL, and the next pull goes straight there") {
    Db db;
    int id = db.add(server().url("/moved/1"));
    int hits = server().hits("/moved/1");
    REQUIRE(db.run({"pull"}).exit_code == 0);
    CHECK(server().hits("/moved/1") == hits + 1);
    Feed f = db.feed(id);
    CHECK(f.url == server().url("/etag.rss"));
    CHECK(db.articles(id).size() == 3);
    REQUIRE(db.run({"pull"}).exit_code == 0);
    CHECK(server().hits("/moved/1") == hits + 1);
    CHECK(db.feed(id).http_status == 304);
}

TEST_CASE("a 302 or a 301-then-302 leaves the stored URL alone") {
    Db db;
    int temporary = db.add(server().url("/temporary"));
    int mixed = db.add(server().url("/mixed"));
    REQUIRE(db.run({"pull"}).exit_code == 0);
    CHECK(db.feed(temporary).url == server().url("/temporary"));
    CHECK(db.feed(mixed).url == server().url("/mixed"));
    CHECK(db.articles(temporary).size() == 3);
}

TEST_CASE("a 301 to an address already subscribed leaves both feeds as they are") {
    Db db;
    int moved = db.add(server().url("/moved-308"));
    int target = db.add(server().url("/etag.rss"));
    REQUIRE(db.run({"pull"}).exit_code == 0);
    CHECK(db.feed(moved).url == server().url("/moved-308"));
    CHECK(db.feed(target).url == server().url("/etag.rss"));
}

TEST_CASE("failing feeds are errors with a one-line reason and never stop the others") {
    Db db;
    int loop = db.add(server().url("/loop/a"));
    int missing = db.add(server().url("/missing"));
    int broken = db.add(server().url("/broken"));
    int good = db.add(server().url("/etag.rss"));
    int bomb = db.add(server().url("/bomb"));
    int oversized = db.add(server().url("/oversized"));
    int to_file = db.add(server().url("/to-file"));
    int refused = db.add("http://127.0.0.1:1/feed.rss");
    auto r = db.run({"pull"});
    CHECK(r.exit_code == 1);
    CHECK(r.out == "pulled 8 feeds: 3 new, 0 updated, 7 failed\n");
    CHECK_THAT(r.err, Contains("parley: pull: 7 of 8 feeds failed:\n"));
    CHECK_THAT(r.err, Contains("  " + std::to_string(missing) + " " + server().url("/missing") +
                               ": HTTP 404 Not Found\n"));
    CHECK_THAT(r.err, Contains(server().url("/loop/a")));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 8);

    CHECK(db.feed(good).status == FeedStatus::ok);
    CHECK(db.articles(good).size() == 3);
    auto error = [&](int id, const std::string& message, int http) {
        Feed f = db.feed(id);
        INFO(f.url);
        CHECK(f.status == FeedStatus::error);
        CHECK(f.message == message);
        CHECK(f.http_status == http);
        CHECK(f.consecutive_failures == 1);
        REQUIRE(f.next_due);
        REQUIRE(f.last_fetched);
        CHECK(*f.next_due - *f.last_fetched == std::chrono::minutes{15});
        CHECK(db.articles(id).empty());
    };
    error(loop, "more than 5 redirects (a redirect loop?)", 301);
    error(missing, "HTTP 404 Not Found", 404);
    error(broken, "HTTP 500 Internal Server Error", 500);
    error(bomb, "response larger than 20 MB, abandoned", 200);
    error(oversized, "response larger than 20 MB, abandoned", 200);
    error(to_file, "redirect to file:///etc/hostname refused (only http and https are followed)",
          301);
    CHECK_THAT(db.feed(refused).message, Contains("onnect"));
}

TEST_CASE("a failing feed backs off, doubling its wait; --force and --feed fetch it anyway") {
    Db db;
    int id = db.add(server().url("/missing"));
    int hits = server().hits("/missing");
    CHECK(db.run({"pull"}).exit_code == 1);
    CHECK(server().hits("/missing") == hits + 1);

    auto r = db.run({"pull"});
    CHECK(r.exit_code == 0);
    CHECK(server().hits("/missing") == hits + 1);
    CHECK(r.out == "pulled 0 feeds: 0 new, 0 updated; 1 feed backing off, not due\n");

    CHECK(db.run({"pull", "--force"}).exit_code == 1);
    CHECK(server().hits("/missing") == hits + 2);
    Feed f = db.feed(id);
    CHECK(f.consecutive_failures == 2);
    CHECK(*f.next_due - *f.last_fetched == std::chrono::minutes{30});

    CHECK(db.run({"pull", "--feed", std::to_string(id)}).exit_code == 1);
    CHECK(server().hits("/missing") == hits + 3);
    f = db.feed(id);
    CHECK(f.consecutive_failures == 3);
    CHECK(*f.next_due - *f.last_fetched == std::chrono::minutes{60});
}

TEST_CASE("a feed that recovers is ok again and no longer backs off") {
    Db db;
    server().set_changing("<html><body>maintenance</body></html>");
    int id = db.add(server().url("/changing.rss"));
    CHECK(db.run({"pull"}).exit_code == 1);
    CHECK(db.feed(id).status == FeedStatus::error);
    CHECK(db.feed(id).etag.empty()); // a body that did not parse is fetched whole next time
    server().set_changing(fetch_fixture("trade-desk-v1.rss"));
    CHECK(db.run({"pull", "--force"}).exit_code == 0);
    Feed f = db.feed(id);
    CHECK(f.status == FeedStatus::ok);
    CHECK(f.message.empty());
    CHECK(f.consecutive_failures == 0);
    CHECK_FALSE(f.next_due);
    CHECK(db.articles(id).size() == 3);
}

TEST_CASE("429 and 503 with Retry-After set when the feed is next due") {
    Db db;
    int busy = db.add(server().url("/busy"));
    int down = db.add(server().url("/unavailable"));
    CHECK(db.run({"pull"}).exit_code == 1);
    Feed b = db.feed(busy);
    CHECK(b.http_status == 429);
    // An hour, as asked: longer than the first back-off of 15 minutes.
    CHECK(*b.next_due - *b.last_fetched == std::chrono::hours{1});
    CHECK_THAT(b.message, Contains("HTTP 429 Too Many Requests; retry after "));
    Feed d = db.feed(down);
    CHECK(d.http_status == 503);
    // An HTTP-date twelve years ahead: honoured up to a week.
    CHECK(*d.next_due - *d.last_fetched == std::chrono::hours{24 * 7});
}

TEST_CASE("a 200 that is an HTML page is an error on that feed") {
    Db db;
    int id = db.add(server().url("/html"));
    auto r = db.run({"pull"});
    CHECK(r.exit_code == 1);
    Feed f = db.feed(id);
    CHECK(f.status == FeedStatus::error);
    CHECK(f.http_status == 200);
    CHECK_THAT(f.message, Catch::StartsWith("not a feed: "));
    CHECK(f.message.find('\n') == std::string::npos);
    CHECK(db.articles(id).empty());
}

TEST_CASE("file:// feeds are pulled like any other") {
    Db db;
    write_file(db.dir / "desk.rss", fetch_fixture("trade-desk-v1.rss"));
    int id = db.add("file://" + (db.dir / "desk.rss").string());
    auto r = db.run({"pull"});
    CHECK(r.exit_code == 0);
    CHECK(db.articles(id).size() == 3);
    CHECK(db.feed(id).http_status == 0);
    CHECK(db.feed(id).status == FeedStatus::ok);
}

TEST_CASE("pull --feed fetches only the feed named, by id or URL") {
    Db db;
    int a = db.add(server().url("/etag.rss"));
    int b = db.add(server().url("/gzip.rss"));
    CHECK(db.run({"pull", "--feed", server().url("/gzip.rss")}).exit_code == 0);
    CHECK(db.articles(b).size() == 3);
    CHECK(db.articles(a).empty());
    CHECK_FALSE(db.feed(a).last_fetched);

    auto r = db.run({"pull", "--feed", "99"});
    CHECK(r.exit_code == 1);
    CHECK(r.err == "parley: pull: no feed 99\n");
}

TEST_CASE("pull --quiet prints nothing when all is well and only the failures otherwise") {
    Db db;
    db.add(server().url("/etag.rss"));
    auto r = db.run({"pull", "--quiet"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(r.err.empty());
    db.add(server().url("/broken"));
    r = db.run({"pull", "--quiet"});
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err == "parley: pull: 1 of 2 feeds failed:\n  2 " + server().url("/broken") +
                       ": HTTP 500 Internal Server Error\n");
}

TEST_CASE("pull with no feeds says how to add one") {
    Db db;
    auto r = db.run({"pull"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "no feeds yet: add one with `parley feed add URL`\n");
}

TEST_CASE("pull --jobs out of range is a usage error") {
    Db db;
    CHECK(db.run({"pull", "--jobs", "0"}).exit_code == 2);
    CHECK(db.run({"pull", "--jobs", "many"}).exit_code == 2);
}

TEST_CASE("many feeds are pulled at once with --jobs") {
    Db db;
    std::vector<int> ids;
    for (int i = 0; i < 12; ++i)
        ids.push_back(db.add(server().url("/slow-200?feed=" + std::to_string(i))));
    auto r = db.run({"pull", "--jobs", "4"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "pulled 12 feeds: 36 new, 0 updated\n");
    for (int id : ids)
        CHECK(db.articles(id).size() == 3);
    CHECK(server().max_concurrent() > 1);
}

TEST_CASE("a second writer waits a bounded time for the lock, then exits 1 saying why") {
    Db db;
    db.add(server().url("/etag.rss"));
    int fd = ::open((db.path + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    auto r = db.run({"pull"});
    ::close(fd);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Contains("another parley pull or ingest is writing to " + db.path));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(Store(db.path).articles({}).empty());
}

TEST_CASE("a second writer goes ahead once the first releases the lock") {
    Db db;
    db.add(server().url("/etag.rss"));
    int fd = ::open((db.path + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    std::thread release([fd] {
        std::this_thread::sleep_for(std::chrono::milliseconds(800));
        ::close(fd);
    });
    auto r = db.run({"pull"});
    release.join();
    CHECK(r.exit_code == 0);
    CHECK(Store(db.path).articles({}).size() == 3);
}

TEST_CASE("an interrupted pull exits 130 between feeds, each feed stored whole or not at all") {
    Db db;
    std::vector<int> ids;
    for (int i = 0; i < 6; ++i)
        ids.push_back(db.add(server().url("/slow-700?i=" + std::to_string(i))));
    pid_t pid = spawn_pull(db.path);
    // Two feeds take 0.7 s each, two at a time: interrupt after the first pair.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    ::kill(pid, SIGINT);
    int status = 0;
    ::waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 130);
    int stored = feeds_stored_whole(db.path, ids);
    CHECK(stored >= 1);
    CHECK(stored < 6);
}

TEST_CASE("a pull killed at any moment leaves every feed as before or as after") {
    for (int delay_ms : {150, 400, 650, 900, 1150}) {
        INFO("SIGKILL after " << delay_ms << " ms");
        Db db;
        std::vector<int> ids;
        for (int i = 0; i < 6; ++i)
            ids.push_back(db.add(server().url("/slow-250?k=" + std::to_string(i))));
        pid_t pid = spawn_pull(db.path);
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        feeds_stored_whole(db.path, ids);
        // The lock died with the process: the next pull goes ahead and completes the rest.
        auto r = db.run({"pull"});
        CHECK(r.exit_code == 0);
        CHECK(feeds_stored_whole(db.path, ids) == 6);
    }
}

TEST_CASE("on a terminal, a progress line is redrawn in place and cleared") {
    Db db;
    db.add(server().url("/etag.rss"));
    db.add(server().url("/missing"));
    std::string exe = parley_exe();
    int master = -1;
    pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::setenv("XDG_CONFIG_HOME", db.dir.path().c_str(), 1);
        ::execl(exe.c_str(), exe.c_str(), "--db", db.path.c_str(), "pull",
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    std::string seen;
    char buf[4096];
    for (;;) {
        ssize_t n = ::read(master, buf, sizeof buf);
        if (n <= 0) break; // EIO once the child has gone
        seen.append(buf, static_cast<std::size_t>(n));
    }
    ::close(master);
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK(WEXITSTATUS(status) == 1);
    CHECK_THAT(seen, Contains("\r\x1b[Kpulling: 0/2 feeds, 0 new, 0 updated"));
    CHECK_THAT(seen, Contains("pulling: 2/2 feeds, 3 new, 0 updated, 1 failed"));
    CHECK_THAT(seen, Contains("pulled 2 feeds: 3 new, 0 updated, 1 failed"));
}
