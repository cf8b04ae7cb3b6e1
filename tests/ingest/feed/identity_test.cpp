#include "fixture.h"
#include "ingest/feed/identity.h"
#include "ingest/feed/parse.h"

#include <catch2/catch.hpp>

using namespace parley;
using parley::test::feed_fixture;

TEST_CASE("an entry is known by its guid before its link") {
    FeedEntry e;
    e.id = "guid-1";
    e.link = "https://example.com/a";
    CHECK(entry_identity(e) == "guid-1");
    e.id.clear();
    CHECK(entry_identity(e) == "https://example.com/a");
}

TEST_CASE("without guid or link an entry is known by a digest of its title and date, the same "
          "on every run") {
    FeedEntry e;
    e.title = "Talks resume in Geneva";
    e.published = FeedTime{date::sys_days{date::year{2025} / 5 / 21}, std::nullopt};
    const std::string id = entry_identity(e);
    // FNV-1a 64 of the title and the Unix time, each followed by 0xff.
    CHECK(id == "hash:fe1a4af0f0f8c5f3");
    FeedEntry later = e;
    later.published->instant += std::chrono::hours{24};
    CHECK(entry_identity(later) != id);
    FeedEntry edited_text = e;
    edited_text.content = "new words";
    CHECK(entry_identity(edited_text) == id);
}

TEST_CASE("items with the same title on different days are different articles") {
    const auto doc = parse_feed(feed_fixture("identity-no-guid-no-link.xml"), {});
    REQUIRE(doc.articles.size() == 3);
    CHECK(doc.articles[0].guid != doc.articles[1].guid);
    CHECK(doc.articles[0].guid.rfind("hash:", 0) == 0);
}

TEST_CASE("a repeated guid keeps the first item, with a warning") {
    const auto doc = parse_feed(feed_fixture("identity-no-guid-no-link.xml"), {});
    REQUIRE(doc.articles.size() == 3);
    CHECK(doc.articles[2].title == "Duplicate guid, first");
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0] == "1 item(s) repeated the id of an earlier one; kept the first");
}

TEST_CASE("the same document parsed twice gives the same ids") {
    const auto a = parse_feed(feed_fixture("identity-no-guid-no-link.xml"), {});
    const auto b = parse_feed(feed_fixture("identity-no-guid-no-link.xml"), {});
    REQUIRE(a.articles.size() == b.articles.size());
    for (std::size_t i = 0; i < a.articles.size(); ++i)
        CHECK(a.articles[i].guid == b.articles[i].guid);
}
