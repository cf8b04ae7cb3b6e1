// `parley ingest` on real files and stdin, asserting on the store.

#include "feed_server.h"
#include "store/store.h"
#include "support/run.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace parley;
using namespace parley::test;
using Catch::Contains;

namespace {

std::vector<Feed> feeds(const std::string& db) {
    return Store(db).feeds();
}

std::size_t article_count(const std::string& db, std::int64_t feed_id) {
    ArticleQuery q;
    q.feed_id = feed_id;
    return Store(db).articles(q).size();
}

} // namespace

TEST_CASE("ingest stores a local feed under its file:// URL and updates it in place") {
    TempDir dir;
    auto db = (dir / "p.db").string();
    auto file = dir / "harbour desk.rss";
    write_file(file, fetch_fixture("trade-desk-v1.rss"));
    auto r = run_parley({"--db", db, "ingest", file.string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out == file.string() + ": 3 new, 0 updated, 0 unchanged (feed 1)\n");
    auto fs = feeds(db);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].url == "file://" + dir.path().string() + "/harbour%20desk.rss");
    CHECK(fs[0].status == FeedStatus::ok);
    CHECK(fs[0].title == "Harbour Desk: Trade");
    CHECK(fs[0].article_count == 3);

    r = run_parley({"--db", db, "ingest", file.string()});
    CHECK(r.out == file.string() + ": 0 new, 0 updated, 3 unchanged (feed 1)\n");
    write_file(file, fetch_fixture("trade-desk-v2.rss"));
    r = run_parley({"--db", db, "ingest", file.string()});
    CHECK(r.out == file.string() + ": 1 new, 1 updated, 1 unchanged (feed 1)\n");
    fs = feeds(db);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].article_count == 4);
}

TEST_CASE("ingest names a file the same however it is written") {
    TempDir dir;
    auto db = (dir / "p.db").string();
    write_file(dir / "desk.rss", fetch_fixture("trade-desk-v1.rss"));
    std::filesystem::create_directories(dir / "sub");
    CHECK(run_parley({"--db", db, "ingest", (dir / "desk.rss").string()}).exit_code == 0);
    CHECK(
        run_parley({"--db", db, "ingest", (dir / "sub" / ".." / "desk.rss").string()}).exit_code ==
        0);
    CHECK(feeds(db).size() == 1);
}

TEST_CASE("ingest reads stdin under one stable address") {
    TempDir dir;
    auto db = (dir / "p.db").string();
    RunOptions in;
    in.input = fetch_fixture("trade-desk-v1.rss");
    auto r = run_parley({"--db", db, "ingest", "-"}, in);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "stdin: 3 new, 0 updated, 0 unchanged (feed 1)\n");
    r = run_parley({"--db", db, "ingest", "-"}, in);
    CHECK(r.out == "stdin: 0 new, 0 updated, 3 unchanged (feed 1)\n");
    auto fs = feeds(db);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].url == "stdin:");

    // A feed read from stdin cannot be pulled, and a pull of everything passes it by.
    r = run_parley({"--db", db, "pull", "--feed", "stdin:"});
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Contains("is read with `parley ingest`"));
    r = run_parley({"--db", db, "pull"});
    CHECK(r.exit_code == 0);
}

TEST_CASE("a bad file is a one-line error naming it; the others are still stored") {
    TempDir dir;
    auto db = (dir / "p.db").string();
    write_file(dir / "good.rss", fetch_fixture("trade-desk-v1.rss"));
    write_file(dir / "page.html", fetch_fixture("not-a-feed.html"));
    auto missing = (dir / "absent.rss").string();
    auto r = run_parley({"--db", db, "ingest", missing, (dir / "page.html").string(),
                         (dir / "good.rss").string(), dir.path().string()});
    CHECK(r.exit_code == 1);
    CHECK(r.out == (dir / "good.rss").string() + ": 3 new, 0 updated, 0 unchanged (feed 1)\n");
    CHECK_THAT(r.err, Contains("parley: ingest: " + missing + ": no such file\n"));
    CHECK_THAT(r.err,
               Contains("parley: ingest: " + (dir / "page.html").string() + ": not a feed: "));
    CHECK_THAT(r.err, Contains("parley: ingest: " + dir.path().string() + ": is a directory\n"));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 3);
    auto fs = feeds(db);
    REQUIRE(fs.size() == 1); // nothing is made of a file that is not a feed
    CHECK(fs[0].article_count == 3);
}

TEST_CASE("a file that stops being a feed keeps its articles and shows the error") {
    TempDir dir;
    auto db = (dir / "p.db").string();
    auto file = dir / "desk.rss";
    write_file(file, fetch_fixture("trade-desk-v1.rss"));
    REQUIRE(run_parley({"--db", db, "ingest", file.string()}).exit_code == 0);
    write_file(file, fetch_fixture("not-a-feed.html"));
    auto r = run_parley({"--db", db, "ingest", file.string()});
    CHECK(r.exit_code == 1);
    auto fs = feeds(db);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].status == FeedStatus::error);
    CHECK_THAT(fs[0].message, Catch::StartsWith("not a feed: "));
    CHECK(fs[0].article_count == 3);
}

TEST_CASE("ingest --tz stores the outlet's zone on the feed; an unknown zone is a usage error") {
    TempDir dir;
    auto db = (dir / "p.db").string();
    write_file(dir / "desk.rss", fetch_fixture("trade-desk-v1.rss"));
    auto r = run_parley({"--db", db, "ingest", (dir / "desk.rss").string(), "--tz", "Asia/Seoul"});
    CHECK(r.exit_code == 0);
    CHECK(feeds(db).at(0).tz == "Asia/Seoul");
    // Ingesting again without --tz keeps the zone.
    run_parley({"--db", db, "ingest", (dir / "desk.rss").string()});
    CHECK(feeds(db).at(0).tz == "Asia/Seoul");

    r = run_parley({"--db", db, "ingest", (dir / "desk.rss").string(), "--tz", "Mars/Olympus"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Contains("unknown time zone 'Mars/Olympus'"));
}

TEST_CASE("the bundled examples ingest cleanly") {
    TempDir dir;
    auto db = (dir / "p.db").string();
    std::vector<std::string> args{"--db", db, "ingest"};
    for (const auto& e : std::filesystem::directory_iterator(PARLEY_EXAMPLES_DIR "/feeds"))
        args.push_back(e.path().string());
    auto r = run_parley(args);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    for (const auto& f : feeds(db)) {
        INFO(f.url);
        CHECK(f.status == FeedStatus::ok);
        CHECK(article_count(db, f.id) > 0);
    }
}

TEST_CASE("a feed ingested from a file can be pulled afterwards") {
    TempDir dir;
    auto db = (dir / "p.db").string();
    auto file = dir / "desk.rss";
    write_file(file, fetch_fixture("trade-desk-v1.rss"));
    REQUIRE(run_parley({"--db", db, "ingest", file.string()}).exit_code == 0);
    write_file(file, fetch_fixture("trade-desk-v2.rss"));
    auto r = run_parley({"--db", db, "pull"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "pulled 1 feed: 1 new, 1 updated\n");
}
