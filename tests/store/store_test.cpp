#include "store/store.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace parley;
using parley::test::TempDir;

namespace {

date::sys_seconds at(int y, unsigned m, unsigned d, int h = 0) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}} + std::chrono::hours{h};
}

Article article(const std::string& guid, const std::string& title, const std::string& text) {
    Article a;
    a.guid = guid;
    a.url = "https://news.example/" + guid;
    a.title = title;
    a.author = "Desk";
    a.published = at(2025, 5, 19, 23);
    a.published_offset = std::chrono::minutes{540};
    a.text = text;
    return a;
}

Event talks_event() {
    Event e;
    e.kind = EventKind::talks;
    e.status = EventStatus::planned;
    e.date = *parse_date_value("2025-05-23");
    e.date.text = "on Friday";
    e.actors = {"JPN", "USA", "Ryosei Akazawa"};
    e.details.round = 3;
    e.details.level = "ministerial";
    e.evidence = {"Akazawa will visit Washington on Friday.", 10, 50};
    return e;
}

// Every row of every table, as text, to compare whole stores.
std::string dump(Store& s) {
    auto& db = s.database();
    std::string out;
    for (const char* table : {"feeds", "articles", "events", "mentions", "event_sources", "actors",
                              "event_parties", "article_actors", "meta"}) {
        SQLite::Statement st(db, std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        while (st.executeStep()) {
            out += table;
            for (int i = 0; i < st.getColumnCount(); ++i)
                out += "|" + (st.getColumn(i).isNull() ? std::string("NULL")
                                                       : st.getColumn(i).getString());
            out += "\n";
        }
    }
    return out;
}

} // namespace

TEST_CASE("a new store starts at the current schema version with WAL and foreign keys") {
    TempDir dir;
    Store s(dir / "sub" / "parley.db");
    CHECK(s.user_version() == Store::schema_version);
    CHECK(s.database().execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(s.database().execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(s.integrity_check() == "ok");
}

TEST_CASE("a feed added is listed with what was given") {
    TempDir dir;
    Store s(dir / "parley.db");
    Feed f;
    f.url = "https://wire.example/trade.rss";
    f.name = "Wire";
    f.tz = "Asia/Tokyo";
    auto added = s.add_feed(f, at(2025, 5, 1));
    CHECK(added.id > 0);
    auto feeds = s.feeds();
    REQUIRE(feeds.size() == 1);
    CHECK(feeds[0].url == f.url);
    CHECK(feeds[0].name == "Wire");
    CHECK(feeds[0].tz == "Asia/Tokyo");
    CHECK(feeds[0].status == FeedStatus::fresh);
    CHECK(s.find_feed(std::to_string(added.id))->url == f.url);
    CHECK(s.find_feed(f.url)->id == added.id);
    CHECK_FALSE(s.find_feed("https://other.example/"));
}

TEST_CASE("the same feed URL cannot be added twice") {
    TempDir dir;
    Store s(dir / "parley.db");
    Feed f;
    f.url = "https://wire.example/trade.rss";
    s.add_feed(f, at(2025, 5, 1));
    CHECK_THROWS_AS(s.add_feed(f, at(2025, 5, 2)), StoreError);
    CHECK(s.feeds().size() == 1);
}

TEST_CASE("an article and its event come back out as they went in") {
    TempDir dir;
    Store s(dir / "parley.db");
    Feed f;
    f.url = "https://wire.example/trade.rss";
    f = s.add_feed(f, at(2025, 5, 1));
    f.status = FeedStatus::ok;
    f.title = "Wire: trade";
    ArticleWithEvents item{
        article("g1", "Japan eyes third round", "Akazawa will visit Washington on Friday."),
        {talks_event()},
        {Person{"Ryosei Akazawa", "top tariff negotiator", "JPN"}}};
    auto changes = s.save_pull(f, {item}, at(2025, 5, 20));
    CHECK(changes.added == 1);

    auto articles = s.articles({});
    REQUIRE(articles.size() == 1);
    Article back = articles[0];
    CHECK(back.guid == "g1");
    CHECK(back.title == item.article.title);
    CHECK(back.text == item.article.text);
    CHECK(back.author == "Desk");
    CHECK(back.published == item.article.published);
    CHECK(back.published_offset == std::chrono::minutes{540});

    auto events = s.events({});
    REQUIRE(events.size() == 1);
    const Event& e = events[0];
    CHECK(e.kind == EventKind::talks);
    CHECK(e.status == EventStatus::planned);
    CHECK(e.date.value == "2025-05-23");
    CHECK(e.date.text == "on Friday");
    CHECK(e.actors == std::vector<std::string>{"JPN", "USA", "Ryosei Akazawa"});
    CHECK(e.details == talks_event().details);
    REQUIRE(e.sources.size() == 1);
    CHECK(e.sources[0].evidence == talks_event().evidence);
    CHECK(e.sources[0].url == item.article.url);
    CHECK(e.sources[0].outlet == "Wire: trade");
    CHECK(s.event(e.id)->id == e.id);
    CHECK(s.feeds()[0].title == "Wire: trade");
    CHECK(s.feeds()[0].article_count == 1);
}

TEST_CASE("the same guid in two feeds is two articles") {
    TempDir dir;
    Store s(dir / "parley.db");
    Feed a, b;
    a.url = "https://a.example/feed";
    b.url = "https://b.example/feed";
    a = s.add_feed(a, at(2025, 5, 1));
    b = s.add_feed(b, at(2025, 5, 1));
    auto item = ArticleWithEvents{article("same-guid", "One", "Text."), {}, {}};
    s.save_pull(a, {item}, at(2025, 5, 2));
    s.save_pull(b, {item}, at(2025, 5, 2));
    CHECK(s.articles({}).size() == 2);
    ArticleQuery q;
    q.feed_id = a.id;
    CHECK(s.articles(q).size() == 1);
}

TEST_CASE("seeing an unchanged article again changes no row") {
    TempDir dir;
    Store s(dir / "parley.db");
    Feed f;
    f.url = "https://wire.example/feed";
    f = s.add_feed(f, at(2025, 5, 1));
    std::vector<ArticleWithEvents> items{{article("g1", "One", "Text one."), {talks_event()}, {}},
                                         {article("g2", "Two", "Text two."), {}, {}}};
    s.save_pull(f, items, at(2025, 5, 2));
    std::string before = dump(s);
    auto changes = s.save_pull(f, items, at(2025, 5, 3));
    CHECK(changes.added == 0);
    CHECK(changes.updated == 0);
    CHECK(changes.unchanged == 2);
    CHECK(dump(s) == before);
}

TEST_CASE("an edited article is updated in place and its events replaced") {
    TempDir dir;
    Store s(dir / "parley.db");
    Feed f;
    f.url = "https://wire.example/feed";
    f = s.add_feed(f, at(2025, 5, 1));
    s.save_pull(f, {{article("g1", "One", "First version."), {talks_event()}, {}}}, at(2025, 5, 2));
    auto id = s.articles({})[0].id;
    Event held = talks_event();
    held.status = EventStatus::held;
    auto changes = s.save_pull(f, {{article("g1", "One (updated)", "Second version."), {held}, {}}},
                               at(2025, 5, 3));
    CHECK(changes.updated == 1);
    auto articles = s.articles({});
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].id == id);
    CHECK(articles[0].title == "One (updated)");
    auto events = s.events({});
    REQUIRE(events.size() == 1);
    CHECK(events[0].status == EventStatus::held);
}

TEST_CASE("a failed write inside a pull leaves the store exactly as before") {
    TempDir dir;
    Store s(dir / "parley.db");
    Feed f;
    f.url = "https://wire.example/feed";
    f = s.add_feed(f, at(2025, 5, 1));
    s.save_pull(f, {{article("g1", "One", "Text."), {talks_event()}, {}}}, at(2025, 5, 2));
    std::string before = dump(s);

    // A trigger makes the second article's insert fail half way through the feed.
    s.database().exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.guid = 'g3' "
                      "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    Feed changed = f;
    changed.status = FeedStatus::ok;
    changed.title = "changed";
    std::vector<ArticleWithEvents> items{{article("g2", "Two", "Text."), {talks_event()}, {}},
                                         {article("g3", "Three", "Text."), {}, {}}};
    CHECK_THROWS(s.save_pull(changed, items, at(2025, 5, 3)));
    s.database().exec("DROP TRIGGER refuse");
    CHECK(dump(s) == before);
    CHECK(s.integrity_check() == "ok");
}

TEST_CASE("removing a feed removes its articles and the events only it reported") {
    TempDir dir;
    Store s(dir / "parley.db");
    Feed f;
    f.url = "https://wire.example/feed";
    f = s.add_feed(f, at(2025, 5, 1));
    s.save_pull(f, {{article("g1", "One", "Text."), {talks_event()}, {}}}, at(2025, 5, 2));
    CHECK(s.remove_feed(f.id));
    CHECK(s.feeds().empty());
    CHECK(s.articles({}).empty());
    CHECK(s.events({}).empty());
    CHECK_FALSE(s.remove_feed(f.id));
}

TEST_CASE("text with quotes, SQL and NUL bytes is stored and read back unchanged") {
    TempDir dir;
    Store s(dir / "parley.db");
    Feed f;
    f.url = "https://wire.example/feed?q=' OR 1=1 --";
    f.name = "Robert'); DROP TABLE feeds;--";
    f = s.add_feed(f, at(2025, 5, 1));
    std::string hostile = std::string("quote ' double \" semicolon ; nul ") + '\0' + " end";
    Article a = article("'; DROP TABLE articles; --", hostile, hostile);
    a.author = hostile;
    Event e = talks_event();
    e.evidence.sentence = hostile;
    e.actors.push_back(hostile);
    s.save_pull(f, {{a, {e}, {}}}, at(2025, 5, 2));
    auto back = s.articles({});
    REQUIRE(back.size() == 1);
    CHECK(back[0].guid == a.guid);
    CHECK(back[0].title == hostile);
    CHECK(back[0].text == hostile);
    CHECK(back[0].author == hostile);
    CHECK(s.feeds()[0].name == f.name);
    auto events = s.events({});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sources[0].evidence.sentence == hostile);
    CHECK(events[0].actors.back() == hostile);
}

TEST_CASE("events filter by party, kind and dates") {
    TempDir dir;
    Store s(dir / "parley.db");
    Feed f;
    f.url = "https://wire.example/feed";
    f = s.add_feed(f, at(2025, 5, 1));
    Event pause;
    pause.kind = EventKind::tariff_paused;
    pause.date = *parse_date_value("2025-04-09/2025-07-08");
    pause.actors = {"USA"};
    pause.evidence = {"Paused.", 0, 7};
    s.save_pull(f, {{article("g1", "One", "Text."), {talks_event(), pause}, {}}}, at(2025, 5, 2));
    EventQuery q;
    q.parties = {"JPN", "USA"};
    CHECK(s.events(q).size() == 1);
    q.parties = {"USA"};
    CHECK(s.events(q).size() == 2);
    q.kinds = {EventKind::tariff_paused};
    CHECK(s.events(q).size() == 1);
    EventQuery by_date;
    by_date.since = date::sys_days{date::year{2025} / 6 / 1};
    auto later = s.events(by_date);
    REQUIRE(later.size() == 1);
    CHECK(later[0].kind == EventKind::tariff_paused);
    by_date.until = date::sys_days{date::year{2025} / 6 / 30};
    CHECK(s.events(by_date).size() == 1);
    EventQuery early;
    early.until = date::sys_days{date::year{2025} / 4 / 8};
    CHECK(s.events(early).empty());
}
