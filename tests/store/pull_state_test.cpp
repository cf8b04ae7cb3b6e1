// What `parley pull` asks of the store: which feeds are due, and a feed's
// outcome (its new URL after a permanent redirect among it) written back.

#include "store/store.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace parley;
using parley::test::TempDir;

namespace {

const date::sys_seconds now = date::sys_days{date::year{2025} / 6 / 2} + std::chrono::hours{12};

Feed add(Store& s, const std::string& url) {
    Feed f;
    f.url = url;
    return s.add_feed(f, now);
}

std::vector<std::string> urls(const std::vector<Feed>& feeds) {
    std::vector<std::string> out;
    for (const auto& f : feeds)
        out.push_back(f.url);
    return out;
}

} // namespace

TEST_CASE("feeds never pulled, not backing off, or whose wait has passed are due") {
    TempDir dir;
    Store s(dir / "p.db");
    add(s, "https://a.example/feed"); // never pulled
    Feed backing_off = add(s, "https://b.example/feed");
    backing_off.status = FeedStatus::error;
    backing_off.consecutive_failures = 2;
    backing_off.next_due = now + std::chrono::minutes{30};
    s.save_feed_state(backing_off);
    Feed waited = add(s, "https://c.example/feed");
    waited.next_due = now - std::chrono::minutes{1};
    s.save_feed_state(waited);
    Feed exactly = add(s, "https://d.example/feed");
    exactly.next_due = now;
    s.save_feed_state(exactly);

    CHECK(urls(s.due_feeds(now)) == std::vector<std::string>{"https://a.example/feed",
                                                             "https://c.example/feed",
                                                             "https://d.example/feed"});
    CHECK(urls(s.due_feeds(now + std::chrono::hours{1})).size() == 4);
}

TEST_CASE("a feed's new URL after a permanent redirect is stored with its outcome") {
    TempDir dir;
    Store s(dir / "p.db");
    Feed f = add(s, "http://old.example/feed");
    f.url = "https://new.example/feed";
    f.status = FeedStatus::ok;
    f.http_status = 200;
    f.etag = "\"v1\"";
    f.last_fetched = now;
    s.save_pull(f, {}, now);
    CHECK_FALSE(s.find_feed("http://old.example/feed"));
    auto moved = s.find_feed("https://new.example/feed");
    REQUIRE(moved);
    CHECK(moved->id == f.id);
    CHECK(moved->etag == "\"v1\"");
    CHECK(moved->status == FeedStatus::ok);
    CHECK(moved->last_fetched == now);
}
