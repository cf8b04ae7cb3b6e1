// The pipeline from a fetch result to the store, on a real SQLite file.

#include "cli/pipeline.h"
#include "feed_server.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace parley;
using parley::test::TempDir;

namespace {

const date::sys_seconds now = date::sys_days{date::year{2025} / 6 / 2} + std::chrono::hours{12};

struct Fixture {
    TempDir dir;
    Store store{dir / "p.db"};
    Extractor extractor{DataDirs{{PARLEY_DATA_DIR_FOR_TESTS}}};
    Pipeline pipeline{store, extractor};

    Feed add(const std::string& url) {
        Feed f;
        f.url = url;
        return store.add_feed(f, now);
    }
};

FetchResult ok_body(const std::string& body) {
    FetchResult r;
    r.url = "https://harbour-desk.example/feed.rss";
    r.http_status = 200;
    r.body = body;
    r.etag = "\"e1\"";
    r.last_modified = "Mon, 02 Jun 2025 01:00:00 GMT";
    r.content_type = "application/rss+xml";
    return r;
}

} // namespace

TEST_CASE("one_line folds whitespace and cuts long text on a character boundary") {
    CHECK(one_line("  line one\n\n  line\ttwo  ") == "line one line two");
    std::string long_text(398, 'a');
    long_text += "éé"; // two bytes each: the cut falls inside the first
    CHECK(one_line(long_text, 399) == std::string(398, 'a') + "…");
    CHECK(one_line(std::string(10, 'x'), 400) == std::string(10, 'x'));
}

TEST_CASE("file_url is absolute, normalised and percent-encoded") {
    CHECK(file_url("/srv/feeds/../feeds/desk.rss") == "file:///srv/feeds/desk.rss");
    CHECK(file_url("/srv/my feeds/dépêche.rss") == "file:///srv/my%20feeds/d%C3%A9p%C3%AAche.rss");
    auto relative = file_url("desk.rss");
    CHECK(relative.rfind("file:///", 0) == 0);
    CHECK(relative.size() > std::string("file:///desk.rss").size() - 1);
}

TEST_CASE("an article speaks from its publication time in the feed's zone, else its own offset") {
    Article a;
    a.published = now;
    a.published_offset = std::chrono::minutes{540};
    Feed tokyo;
    tokyo.tz = "Asia/Tokyo";
    auto ref = reference_time(a, tokyo, now + std::chrono::hours{5});
    CHECK(ref.instant == now);
    CHECK(ref.zone == "Asia/Tokyo");

    Feed no_zone;
    ref = reference_time(a, no_zone, now);
    CHECK(ref.zone.empty());
    CHECK(ref.offset == std::chrono::minutes{540});

    Article undated; // no date: the moment it was fetched, in UTC
    ref = reference_time(undated, no_zone, now + std::chrono::hours{5});
    CHECK(ref.instant == now + std::chrono::hours{5});
    CHECK(ref.offset == std::chrono::minutes{0});
}

TEST_CASE("a 304 keeps a feed's warning, and resets its failures") {
    Fixture fx;
    Feed f = fx.add("https://harbour-desk.example/feed.rss");
    f.status = FeedStatus::warning;
    f.message = "recovered from a truncated document";
    f.etag = "\"e1\"";
    fx.store.save_feed_state(f);
    FetchResult r;
    r.url = f.url;
    r.http_status = 304;
    auto out = fx.pipeline.take_fetch(f, r, now);
    CHECK(out.not_modified);
    CHECK_FALSE(out.failed);
    Feed stored = *fx.store.find_feed(f.url);
    CHECK(stored.status == FeedStatus::warning);
    CHECK(stored.message == "recovered from a truncated document");
    CHECK(stored.http_status == 304);
    CHECK(stored.last_fetched == now);
    CHECK(stored.etag == "\"e1\"");
}

TEST_CASE("a failure keeps the validators of the last good fetch and backs off") {
    Fixture fx;
    Feed f = fx.add("https://harbour-desk.example/feed.rss");
    f.etag = "\"e1\"";
    f.consecutive_failures = 2;
    fx.store.save_feed_state(f);
    FetchResult r;
    r.url = f.url;
    r.error = "Operation timed out after 30000 milliseconds with 0 bytes received";
    auto out = fx.pipeline.take_fetch(f, r, now);
    CHECK(out.failed);
    Feed stored = *fx.store.find_feed(f.url);
    CHECK(stored.status == FeedStatus::error);
    CHECK(stored.message == r.error);
    CHECK(stored.consecutive_failures == 3);
    CHECK(stored.next_due == now + std::chrono::hours{1});
    CHECK(stored.etag == "\"e1\"");
}

TEST_CASE("a body that is no feed forgets the validators so the next pull reads it whole") {
    Fixture fx;
    Feed f = fx.add("https://harbour-desk.example/feed.rss");
    auto out = fx.pipeline.take_fetch(f, ok_body(test::fetch_fixture("not-a-feed.html")), now);
    CHECK(out.failed);
    Feed stored = *fx.store.find_feed(f.url);
    CHECK(stored.status == FeedStatus::error);
    CHECK(stored.message.rfind("not a feed: ", 0) == 0);
    CHECK(stored.etag.empty());
    CHECK(stored.last_modified.empty());
    CHECK(stored.http_status == 200);
}

TEST_CASE("a good body stores the articles, the feed's title and the validators") {
    Fixture fx;
    Feed f = fx.add("https://harbour-desk.example/feed.rss");
    auto out = fx.pipeline.take_fetch(f, ok_body(test::fetch_fixture("trade-desk-v1.rss")), now);
    CHECK_FALSE(out.failed);
    CHECK(out.changes.added == 3);
    Feed stored = *fx.store.find_feed(f.url);
    CHECK(stored.status == FeedStatus::ok);
    CHECK(stored.title == "Harbour Desk: Trade");
    CHECK(stored.etag == "\"e1\"");
    CHECK(stored.last_modified == "Mon, 02 Jun 2025 01:00:00 GMT");
    CHECK(stored.article_count == 3);
}

TEST_CASE("the same item twice in one document is stored once") {
    Fixture fx;
    Feed f = fx.add("https://harbour-desk.example/feed.rss");
    FeedDocument doc;
    Article a;
    a.guid = "hd-1";
    a.title = "First version";
    Article b = a;
    b.title = "Second version";
    doc.articles = {a, b};
    auto out = fx.pipeline.take_document(f, doc, now);
    CHECK(out.changes.added == 1);
    CHECK(out.changes.updated == 0);
    auto stored = fx.store.articles({});
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].title == "First version");
}

TEST_CASE("fetched feeds wait to be written together, and each is stored whole") {
    Fixture fx;
    Feed a = fx.add("https://harbour-desk.example/feed.rss");
    Feed b = fx.add("https://quay-wire.example/trade.rss");
    Feed gone = fx.add("https://gone.example/feed.rss");

    CHECK_FALSE(fx.pipeline.queue_fetch(a, ok_body(test::fetch_fixture("trade-desk-v1.rss")), now));
    auto second = ok_body(test::fetch_fixture("trade-desk-v2.rss"));
    second.url = b.url;
    CHECK_FALSE(fx.pipeline.queue_fetch(b, second, now));
    CHECK(fx.pipeline.waiting_feeds() == 2);
    CHECK(fx.pipeline.waiting_articles() >= 6);
    CHECK(fx.store.articles({}).empty()); // nothing written yet

    // A failure has nothing to wait for: its outcome comes at once.
    FetchResult missing;
    missing.url = gone.url;
    missing.http_status = 404;
    auto failed = fx.pipeline.queue_fetch(gone, missing, now);
    REQUIRE(failed);
    CHECK(failed->failed);

    auto outcomes = fx.pipeline.flush(now);
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[0].feed.url == a.url);
    CHECK(outcomes[0].changes.added == 3);
    CHECK(outcomes[1].feed.url == b.url);
    CHECK(outcomes[1].changes.added + outcomes[1].changes.updated > 0);
    CHECK(fx.pipeline.waiting_feeds() == 0);
    CHECK(fx.pipeline.waiting_articles() == 0);
    CHECK(fx.store.find_feed(a.url)->article_count == 3);
    CHECK(fx.store.find_feed(b.url)->etag == "\"e1\"");
    CHECK(fx.pipeline.flush(now).empty());
}

TEST_CASE("two waiting feeds redirected for good to one URL do not both move there") {
    Fixture fx;
    Feed a = fx.add("https://harbour-desk.example/old-a.rss");
    Feed b = fx.add("https://harbour-desk.example/old-b.rss");
    auto moved = ok_body(test::fetch_fixture("trade-desk-v1.rss"));
    moved.permanent_url = "https://harbour-desk.example/feed.rss";
    CHECK_FALSE(fx.pipeline.queue_fetch(a, moved, now));
    CHECK_FALSE(fx.pipeline.queue_fetch(b, moved, now));
    auto outcomes = fx.pipeline.flush(now);
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[0].feed.url == "https://harbour-desk.example/feed.rss");
    CHECK(outcomes[0].moved_from == a.url);
    CHECK(outcomes[1].feed.url == b.url);
    CHECK(outcomes[1].moved_from.empty());
}
