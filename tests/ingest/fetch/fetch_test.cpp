// The fetcher against a real HTTP server on 127.0.0.1: bytes, statuses,
// headers, redirects, caps and timeouts.

#include "feed_server.h"
#include "ingest/fetch/fetch.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <set>

using namespace parley;
using parley::test::FeedServer;

namespace {

FeedServer& server() {
    static FeedServer s;
    return s;
}

FetchResult get(const std::string& path, FetchOptions o = {}) {
    return fetch_one({server().url(path), "", ""}, o);
}

} // namespace

TEST_CASE("a 200 brings the body, its validators and content type") {
    auto r = get("/etag.rss");
    CHECK(r.error.empty());
    CHECK(r.http_status == 200);
    CHECK(r.has_body());
    CHECK(r.failure().empty());
    CHECK(r.body == test::fetch_fixture("trade-desk-v1.rss"));
    CHECK(r.etag == FeedServer::etag);
    CHECK_THAT(r.content_type, Catch::Contains("application/rss+xml"));
    CHECK(r.permanent_url.empty());
    CHECK(r.url == server().url("/etag.rss"));
}

TEST_CASE("the request names parley, its version and project, and offers compression") {
    get("/etag.rss");
    std::string ua = server().last_header("/etag.rss", "User-Agent");
    CHECK(ua == default_user_agent());
    CHECK(ua.rfind("parley/", 0) == 0);
    CHECK_THAT(ua, Catch::Contains("(+https://"));
    std::string enc = server().last_header("/etag.rss", "Accept-Encoding");
    CHECK_THAT(enc, Catch::Contains("gzip"));
    CHECK_THAT(enc, Catch::Contains("deflate"));
}

TEST_CASE("a stored ETag is sent back and the 304 brings no body") {
    auto r = fetch_one({server().url("/etag.rss"), FeedServer::etag, ""}, {});
    CHECK(server().last_header("/etag.rss", "If-None-Match") == FeedServer::etag);
    CHECK(r.http_status == 304);
    CHECK(r.not_modified());
    CHECK_FALSE(r.has_body());
    CHECK(r.failure().empty());
    CHECK(r.body.empty());
}

TEST_CASE("a validator holding control characters is not kept to be sent back") {
    auto r = get("/odd-etag.rss");
    CHECK(r.http_status == 200);
    CHECK(r.has_body());
    CHECK(r.etag.empty());
}

TEST_CASE("a stored Last-Modified is sent back as If-Modified-Since and the 304 follows") {
    auto first = get("/last-modified.rss");
    REQUIRE(first.http_status == 200);
    CHECK(first.last_modified == FeedServer::last_modified);
    auto second = fetch_one({server().url("/last-modified.rss"), "", first.last_modified}, {});
    CHECK(server().last_header("/last-modified.rss", "If-Modified-Since") ==
          FeedServer::last_modified);
    CHECK(second.not_modified());
    CHECK(second.body.empty());
}

TEST_CASE("a gzip-compressed feed arrives decompressed") {
    auto r = get("/gzip.rss");
    CHECK(r.error.empty());
    CHECK(r.http_status == 200);
    CHECK(r.body == test::fetch_fixture("trade-desk-v1.rss"));
}

TEST_CASE("a chain of three 301s is followed and reports the feed's new address") {
    auto r = get("/moved/1");
    CHECK(r.error.empty());
    CHECK(r.http_status == 200);
    CHECK(r.body == test::fetch_fixture("trade-desk-v1.rss"));
    CHECK(r.url == server().url("/etag.rss"));
    CHECK(r.permanent_url == server().url("/etag.rss"));
}

TEST_CASE("a 308 is a permanent move too") {
    auto r = get("/moved-308");
    CHECK(r.http_status == 200);
    CHECK(r.permanent_url == server().url("/etag.rss"));
}

TEST_CASE("a 302 is followed but does not move the feed") {
    auto r = get("/temporary");
    CHECK(r.http_status == 200);
    CHECK(r.url == server().url("/etag.rss"));
    CHECK(r.permanent_url.empty());
}

TEST_CASE("a 301 then a 302 does not move the feed") {
    auto r = get("/mixed");
    CHECK(r.http_status == 200);
    CHECK(r.permanent_url.empty());
}

TEST_CASE("a 301 to a missing page does not move the feed") {
    auto r = get("/moved-dead");
    CHECK(r.http_status == 404);
    CHECK(r.permanent_url.empty());
    CHECK(r.failure() == "HTTP 404 Not Found");
}

TEST_CASE("a redirect loop fails after five redirects") {
    auto r = get("/loop/a");
    CHECK_FALSE(r.has_body());
    CHECK(r.failure() == "more than 5 redirects (a redirect loop?)");
}

TEST_CASE("five redirects are followed, six are too many") {
    CHECK(get("/chain/5").http_status == 200);
    auto r = get("/chain/6");
    CHECK_FALSE(r.error.empty());
    CHECK_THAT(r.failure(), Catch::Contains("more than 5 redirects"));
}

TEST_CASE("a redirect from http to a local file is refused") {
    auto r = get("/to-file");
    CHECK_FALSE(r.error.empty());
    CHECK_FALSE(r.has_body());
    CHECK(r.body.empty());
    CHECK(r.failure() ==
          "redirect to file:///etc/hostname refused (only http and https are followed)");
}

TEST_CASE("404 and 500 are failures named by their status") {
    auto missing = get("/missing");
    CHECK(missing.error.empty());
    CHECK(missing.http_status == 404);
    CHECK_FALSE(missing.has_body());
    CHECK(missing.failure() == "HTTP 404 Not Found");
    auto broken = get("/broken");
    CHECK(broken.http_status == 500);
    CHECK(broken.failure() == "HTTP 500 Internal Server Error");
}

TEST_CASE("429 and 503 hand back their Retry-After") {
    auto busy = get("/busy");
    CHECK(busy.http_status == 429);
    CHECK(busy.retry_after == "3600");
    CHECK(busy.failure() == "HTTP 429 Too Many Requests");
    auto down = get("/unavailable");
    CHECK(down.http_status == 503);
    CHECK(down.retry_after == "Wed, 21 Oct 2037 07:28:00 GMT");
}

TEST_CASE("a body that stalls past the transfer timeout is abandoned") {
    FetchOptions o;
    o.timeout = std::chrono::milliseconds(700);
    auto r = get("/stall", o);
    CHECK_FALSE(r.has_body());
    CHECK(r.body.empty());
    CHECK_THAT(r.failure(), Catch::Contains("timed out"));
}

TEST_CASE("a server trickling a byte a second is abandoned as too slow") {
    FetchOptions o;
    o.low_speed_bytes = 100;
    o.low_speed_time = std::chrono::seconds(1);
    o.timeout = std::chrono::seconds(60);
    auto r = get("/trickle", o);
    CHECK_FALSE(r.has_body());
    // The low-speed guard, not the (long) whole-transfer timeout, ended it.
    CHECK_THAT(r.failure(), Catch::Contains("too slow"));
}

TEST_CASE("a body past 20 MB is abandoned, announced or not") {
    auto chunked = get("/oversized");
    CHECK_FALSE(chunked.has_body());
    CHECK(chunked.body.empty());
    CHECK(chunked.failure() == "response larger than 20 MB, abandoned");
    auto announced = get("/oversized-length");
    CHECK_FALSE(announced.has_body());
    CHECK(announced.failure() == "response larger than 20 MB, abandoned");
}

TEST_CASE("a gzip bomb is stopped at the cap after decompression") {
    auto r = get("/bomb");
    CHECK_FALSE(r.has_body());
    CHECK(r.body.empty());
    CHECK(r.failure() == "response larger than 20 MB, abandoned");
}

TEST_CASE("the cap counts decompressed bytes") {
    FetchOptions o;
    o.max_body = test::gzip(test::fetch_fixture("trade-desk-v1.rss")).size() + 10;
    auto r = get("/gzip.rss", o);
    CHECK_THAT(r.failure(), Catch::Contains("larger than"));
}

TEST_CASE("an HTML page is fetched like any body; telling it is no feed is the parser's job") {
    auto r = get("/html");
    CHECK(r.http_status == 200);
    CHECK(r.has_body());
    CHECK_THAT(r.content_type, Catch::Contains("text/html"));
    CHECK_THAT(r.body, Catch::Contains("<html"));
}

TEST_CASE("file:// URLs are read, and a missing file is a failure") {
    test::TempDir dir;
    test::write_file(dir / "desk.rss", test::fetch_fixture("trade-desk-v1.rss"));
    auto r = fetch_one({"file://" + (dir / "desk.rss").string(), "", ""}, {});
    CHECK(r.error.empty());
    CHECK(r.http_status == 0);
    CHECK(r.has_body());
    CHECK(r.body == test::fetch_fixture("trade-desk-v1.rss"));

    auto missing = fetch_one({"file://" + (dir / "absent.rss").string(), "", ""}, {});
    CHECK_FALSE(missing.has_body());
    CHECK_FALSE(missing.failure().empty());
}

TEST_CASE("a protocol other than http, https and file is refused") {
    auto r = fetch_one({"ftp://127.0.0.1/feed.rss", "", ""}, {});
    CHECK_FALSE(r.has_body());
    CHECK_FALSE(r.failure().empty());
}

TEST_CASE("a refused connection is a failure that says so") {
    // Port 1 on the loopback: nothing listens there.
    auto r = fetch_one({"http://127.0.0.1:1/feed.rss", "", ""}, {});
    CHECK_FALSE(r.has_body());
    CHECK_THAT(r.failure(), Catch::Contains("onnect"));
}

TEST_CASE("feeds are fetched at once, at most `jobs` at a time, each result once") {
    std::vector<FetchRequest> requests;
    for (int i = 0; i < 24; ++i)
        requests.push_back({server().url("/slow-300?n=" + std::to_string(i)), "", ""});
    FetchOptions o;
    o.jobs = 6;
    Fetcher fetcher(requests, o);
    std::set<std::size_t> seen;
    while (auto r = fetcher.next()) {
        CHECK(r->http_status == 200);
        CHECK(seen.insert(r->index).second);
    }
    CHECK(seen.size() == requests.size());
    CHECK(server().max_concurrent() > 1);
    CHECK(server().max_concurrent() <= 6);
}

TEST_CASE("one feed's failure never stops the others") {
    std::vector<FetchRequest> requests = {{server().url("/missing"), "", ""},
                                          {server().url("/stall"), "", ""},
                                          {server().url("/etag.rss"), "", ""},
                                          {"http://127.0.0.1:1/", "", ""},
                                          {server().url("/gzip.rss"), "", ""}};
    FetchOptions o;
    o.timeout = std::chrono::milliseconds(700);
    Fetcher fetcher(requests, o);
    std::map<std::size_t, FetchResult> by_index;
    while (auto r = fetcher.next())
        by_index[r->index] = *r;
    REQUIRE(by_index.size() == requests.size());
    CHECK(by_index[0].http_status == 404);
    CHECK_THAT(by_index[1].failure(), Catch::Contains("timed out"));
    CHECK(by_index[2].has_body());
    CHECK_FALSE(by_index[3].failure().empty());
    CHECK(by_index[4].has_body());
}

TEST_CASE("stopping the fetcher abandons the transfers still running") {
    std::vector<FetchRequest> requests(4, {server().url("/stall"), "", ""});
    Fetcher fetcher(requests, {});
    auto r = fetcher.next([] { return true; });
    CHECK_FALSE(r.has_value());
    CHECK_FALSE(fetcher.next().has_value());
}

TEST_CASE("no requests, no results") {
    Fetcher fetcher({}, {});
    CHECK_FALSE(fetcher.next().has_value());
}
