// The store's timeline, kept up to date article by article, is the one
// timeline/merge.h's merge() gives for all mentions at once, whatever the
// order and grouping the articles arrive in.

#include "store/store.h"
#include "support/temp_dir.h"
#include "timeline/deadlines.h"
#include "timeline/event_json.h"
#include "timeline/merge.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace parley;
using parley::test::TempDir;

namespace {

date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

struct Story {
    std::string feed;
    ArticleWithEvents item;
};

// Articles about a few happenings, each reported in different words: exact
// days, vague spans, publication dates only, rounds, levels and rates that
// sometimes disagree.
std::vector<Story> stories(unsigned seed, int count) {
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const std::vector<std::string> feeds{"https://a.example/rss", "https://b.example/rss",
                                         "https://c.example/atom"};
    std::vector<Story> out;
    for (int i = 0; i < count; ++i) {
        Story s;
        s.feed = feeds[static_cast<std::size_t>(pick(3))];
        Article& a = s.item.article;
        a.guid = "g" + std::to_string(i);
        a.url = s.feed + "/" + a.guid;
        a.title = "Story " + std::to_string(i);
        date::sys_days published = day(2025, 4, 1) + date::days{pick(80)};
        a.published = date::sys_seconds{published} + std::chrono::hours{pick(24)};
        a.text = "Text of story " + std::to_string(i) + ".";
        int n = 1 + pick(4);
        for (int k = 0; k < n; ++k) {
            Event e;
            e.evidence = {"Sentence " + std::to_string(k) + " of story " + std::to_string(i) + ".",
                          static_cast<std::size_t>(k * 40), static_cast<std::size_t>(k * 40 + 30)};
            int what = pick(6);
            date::sys_days when = day(2025, 4, 1) + date::days{pick(70)};
            switch (pick(4)) {
            case 0:
                e.date = day_value(when, "on that day");
                break;
            case 1:
                e.date = month_value(date::year_month_day{when}.year() /
                                         date::year_month_day{when}.month(),
                                     "in that month");
                break;
            case 2:
                e.date = interval_value(when, when + date::days{pick(9) + 1}, "early that month");
                break;
            default:
                e.date = day_value(date::floor<date::days>(*a.published)); // publication only
            }
            switch (what) {
            case 0:
                e.kind = EventKind::talks;
                e.actors = {"JPN", "USA", pick(2) ? "Ryosei Akazawa" : "Akazawa"};
                if (pick(2)) e.details.round = 1 + pick(4);
                if (pick(3) == 0) e.details.level = pick(2) ? "ministerial" : "working";
                e.status =
                    std::array{EventStatus::planned, EventStatus::held, EventStatus::reported,
                               EventStatus::cancelled}[static_cast<std::size_t>(pick(4))];
                break;
            case 1:
                e.kind = pick(3) ? EventKind::tariff_imposed : EventKind::tariff_announced;
                e.actors = {"USA"};
                e.details.target = pick(2) ? "ALL" : "JPN";
                if (pick(2)) e.details.products = {"autos"};
                e.details.rate_pct = pick(4) ? 25 : 24;
                break;
            case 2:
                e.kind = EventKind::tariff_paused;
                e.actors = {"USA"};
                e.details.duration_days = 90;
                if (pick(2))
                    e.date = interval_value(day(2025, 7, 1), day(2025, 7, 10), "until early July");
                else
                    e.date = day_value(day(2025, 4, 9), "on April 9");
                break;
            case 3:
                e.kind = EventKind::deal;
                e.actors = {"GBR", "USA"};
                if (pick(2)) e.details.quota = 100000;
                e.details.rate_pct = 10;
                break;
            case 4:
                e.kind = EventKind::deadline;
                e.actors = {"JPN"};
                break;
            default:
                e.kind = EventKind::statement;
                e.actors = {"JPN"};
                if (pick(2)) e.evidence.sentence = "Japan rejected the call.";
            }
            s.item.events.push_back(std::move(e));
        }
        s.item.people = {Person{"Ryosei Akazawa", "economic revitalization minister", "JPN"}};
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Mention> mentions_of(const std::vector<Story>& all) {
    std::vector<Mention> out;
    for (const auto& s : all)
        for (const auto& e : s.item.events) {
            Mention m;
            m.event = e;
            m.source.url = s.item.article.url;
            m.source.title = s.item.article.title;
            m.source.outlet = s.feed;
            m.source.published = s.item.article.published;
            m.article_key = s.feed + "\x1f" + s.item.article.guid;
            out.push_back(std::move(m));
        }
    return out;
}

std::string dump(const std::vector<Event>& events) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& e : events)
        j.push_back(to_json(e));
    return j.dump(1);
}

// Ingests the stories in the given order, in pulls of `batch` articles per feed.
void ingest(Store& store, const std::vector<Story>& all, std::size_t batch) {
    std::map<std::string, Feed> feeds;
    std::map<std::string, std::vector<ArticleWithEvents>> pending;
    auto flush = [&](const std::string& url) {
        if (pending[url].empty()) return;
        store.save_pull(feeds[url], pending[url], date::sys_seconds{day(2025, 8, 1)});
        pending[url].clear();
    };
    for (const auto& s : all) {
        if (!feeds.count(s.feed)) {
            Feed f;
            f.url = s.feed;
            f.name = s.feed;
            auto known = store.find_feed(s.feed);
            feeds[s.feed] = known ? *known : store.add_feed(f, date::sys_seconds{day(2025, 4, 1)});
        }
        pending[s.feed].push_back(s.item);
        if (pending[s.feed].size() >= batch) flush(s.feed);
    }
    for (const auto& [url, f] : feeds)
        flush(url);
}

// An article reporting a pause of every U.S. tariff, dated `date`.
ArticleWithEvents pause(const std::string& guid, date::sys_days published, DateValue date,
                        std::optional<int> duration) {
    ArticleWithEvents a;
    a.article.guid = guid;
    a.article.url = "https://a.example/" + guid;
    a.article.published = date::sys_seconds{published};
    Event e;
    e.kind = EventKind::tariff_paused;
    e.actors = {"USA"};
    e.date = date;
    e.details.duration_days = duration;
    e.evidence = {"Paused.", 0, 7};
    a.events.push_back(e);
    return a;
}

} // namespace

TEST_CASE("the store's timeline is the merge of all mentions, in any order and any pull size") {
    auto all = stories(7, 120);
    auto reference = merge(mentions_of(all));
    std::string expected = dump(reference);
    // The stories exercise what merging does: corroboration, conflicts, lifecycles.
    auto count = [&](auto pred) { return std::count_if(reference.begin(), reference.end(), pred); };
    CHECK(count([](const Event& e) { return corroboration(e) > 2; }) > 5);
    CHECK(count([](const Event& e) { return !e.conflicts.empty(); }) > 2);
    CHECK(count([](const Event& e) { return !e.history.empty(); }) > 2);
    CHECK(count([](const Event& e) { return e.date.mod == "ON_OR_BEFORE"; }) > 0);
    CHECK(reference.size() * 3 < mentions_of(all).size() * 2);
    std::mt19937 rng(99);
    for (int round = 0; round < 4; ++round) {
        TempDir dir;
        Store store(dir / "p.db");
        auto order = all;
        std::shuffle(order.begin(), order.end(), rng);
        std::size_t batch =
            std::array<std::size_t, 4>{1, 3, 17, 500}[static_cast<std::size_t>(round)];
        ingest(store, order, batch);
        INFO("round " << round << ", pulls of " << batch);
        CHECK(dump(store.events({})) == expected);
        CHECK(store.integrity_check() == "ok");
    }
}

TEST_CASE("rebuilding the timeline from the mentions gives the timeline kept incrementally") {
    auto all = stories(11, 80);
    TempDir dir;
    Store store(dir / "p.db");
    ingest(store, all, 5);
    std::string incremental = dump(store.events({}));
    store.rebuild_timeline();
    CHECK(dump(store.events({})) == incremental);
}

TEST_CASE("an article's events replaced and then restored leave the timeline as it was") {
    auto all = stories(3, 60);
    TempDir dir;
    Store store(dir / "p.db");
    ingest(store, all, 10);
    std::string before = dump(store.events({}));
    auto ids = store.article_ids();
    std::vector<ArticleEvents> changed, restored;
    for (std::size_t i = 0; i < ids.size(); i += 3) {
        auto a = store.article(ids[i]);
        for (const auto& s : all)
            if (s.item.article.guid == a->guid) {
                restored.push_back({ids[i], s.item.events, s.item.people});
                changed.push_back({ids[i], {}, {}});
            }
    }
    store.replace_events(changed);
    CHECK(dump(store.events({})) != before);
    std::vector<Story> fewer;
    for (std::size_t i = 0; i < all.size(); ++i) {
        bool dropped = false;
        for (const auto& c : changed)
            if (store.article(c.article_id)->guid == all[i].item.article.guid) dropped = true;
        if (!dropped) fewer.push_back(all[i]);
    }
    CHECK(dump(store.events({})) == dump(merge(mentions_of(fewer))));
    store.replace_events(restored);
    CHECK(dump(store.events({})) == before);
}

TEST_CASE("removing a feed leaves the timeline of the other feeds' articles") {
    auto all = stories(5, 90);
    TempDir dir;
    Store store(dir / "p.db");
    ingest(store, all, 7);
    auto feed = store.find_feed("https://b.example/rss");
    REQUIRE(feed);
    REQUIRE(store.remove_feed(feed->id));
    std::vector<Story> rest;
    for (const auto& s : all)
        if (s.feed != "https://b.example/rss") rest.push_back(s);
    CHECK(dump(store.events({})) == dump(merge(mentions_of(rest))));
}

TEST_CASE("two connections writing one store in turn keep the timeline of all their articles") {
    // Each store remembers rows between its writes; the other's writes must
    // make it forget them.
    auto all = stories(17, 90);
    TempDir dir;
    Store first(dir / "p.db"), second(dir / "p.db");
    std::vector<Story> even, odd;
    for (std::size_t i = 0; i < all.size(); ++i)
        (i % 2 ? odd : even).push_back(all[i]);
    for (std::size_t i = 0; i < all.size(); i += 10) {
        auto part = [&](const std::vector<Story>& v) {
            return std::vector<Story>(v.begin() + static_cast<long>(std::min(i / 2, v.size())),
                                      v.begin() + static_cast<long>(std::min(i / 2 + 5, v.size())));
        };
        ingest(first, part(even), 5);
        ingest(second, part(odd), 5);
    }
    CHECK(dump(first.events({})) == dump(merge(mentions_of(all))));
    CHECK(dump(second.events({})) == dump(first.events({})));
}

TEST_CASE(
    "a pull that fails half way leaves the timeline, and what the store remembers, as before") {
    auto all = stories(19, 60);
    TempDir dir;
    Store store(dir / "p.db");
    std::vector<Story> head(all.begin(), all.begin() + 30), tail(all.begin() + 30, all.end());
    ingest(store, head, 10);
    store.database().exec("CREATE TEMP TRIGGER poison BEFORE INSERT ON articles "
                          "WHEN NEW.guid = '" +
                          tail[20].item.article.guid +
                          "' BEGIN SELECT RAISE(ABORT, 'poisoned'); END");
    CHECK_THROWS(ingest(store, tail, 30));
    // The feeds pulled before the failing one are stored; the failing one's
    // articles, and the feeds after it, are not.
    std::set<std::string> stored;
    for (auto id : store.article_ids())
        stored.insert(store.article(id)->guid);
    CHECK_FALSE(stored.count(tail[20].item.article.guid));
    std::vector<Story> kept;
    for (const auto& s : all)
        if (stored.count(s.item.article.guid)) kept.push_back(s);
    CHECK(kept.size() < all.size());
    CHECK(dump(store.events({})) == dump(merge(mentions_of(kept))));
    store.database().exec("DROP TRIGGER poison");
    ingest(store, tail, 30);
    CHECK(dump(store.events({})) == dump(merge(mentions_of(all))));
}

TEST_CASE("an event is found by its id and by a prefix of it") {
    auto all = stories(13, 20);
    TempDir dir;
    Store store(dir / "p.db");
    ingest(store, all, 20);
    auto events = store.events({});
    REQUIRE_FALSE(events.empty());
    const Event& e = events.front();
    auto found = store.event(e.id);
    REQUIRE(found);
    CHECK(to_json(*found) == to_json(e));
    auto by_prefix = store.events_by_id_prefix(e.id.substr(0, 6), 10);
    CHECK(std::any_of(by_prefix.begin(), by_prefix.end(),
                      [&](const Event& x) { return x.id == e.id; }));
    CHECK_FALSE(store.event("000000000000"));
}

TEST_CASE("deadline candidates bring every pause of the same scope with them") {
    TempDir dir;
    Store store(dir / "p.db");
    Feed f;
    f.url = "https://a.example/rss";
    f = store.add_feed(f, date::sys_seconds{day(2025, 4, 1)});
    store.save_pull(
        f,
        {pause("p1", day(2025, 4, 10), day_value(day(2025, 4, 9), "on April 9"), 90),
         pause("p2", day(2025, 7, 7), day_value(day(2025, 8, 1), "until August 1"), std::nullopt)},
        date::sys_seconds{day(2025, 8, 1)});
    auto candidates = store.deadline_events(day(2025, 7, 1), day(2025, 7, 31));
    REQUIRE(candidates.size() == 2); // the July 8 expiry, and the extension out of the window

    // From August, only the extension is due; the pause it extends comes
    // along, so the extension shows the expiry it moved.
    auto august = store.deadline_events(day(2025, 8, 1), day(2025, 8, 31));
    REQUIRE(august.size() == 2);
    auto listed = upcoming_deadlines(august, day(2025, 8, 1), day(2025, 8, 31));
    REQUIRE(listed.size() == 1);
    REQUIRE(listed[0].deadline.moved_from);
    CHECK(iso_day(*listed[0].deadline.moved_from->first) == "2025-07-08");
}

TEST_CASE("deadline candidates leave out pauses that ran out before any in the window began") {
    TempDir dir;
    Store store(dir / "p.db");
    Feed f;
    f.url = "https://a.example/rss";
    f = store.add_feed(f, date::sys_seconds{day(2024, 1, 1)});
    store.save_pull(
        f,
        {pause("old", day(2024, 1, 10), day_value(day(2024, 1, 10), "from that day"), 30),
         pause("new", day(2025, 4, 10), day_value(day(2025, 4, 9), "from that day"), 90)},
        date::sys_seconds{day(2025, 8, 1)});
    auto candidates = store.deadline_events(day(2025, 7, 1), day(2025, 7, 31));
    REQUIRE(candidates.size() == 1);
    CHECK(iso_day(*candidates[0].expires->first) == "2025-07-08");
}

TEST_CASE("actors are summarised with roles, counts and when they were seen") {
    auto all = stories(17, 30);
    TempDir dir;
    Store store(dir / "p.db");
    ingest(store, all, 30);
    auto actors = store.actors();
    REQUIRE_FALSE(actors.empty());
    CHECK(actors.front().kind == "person");
    CHECK(actors.front().name == "Ryosei Akazawa");
    CHECK(actors.front().roles == std::vector<std::string>{"economic revitalization minister"});
    CHECK(actors.front().articles == 30);
    CHECK(actors.front().first_seen <= actors.front().last_seen);
    bool japan = false;
    for (const auto& a : actors)
        if (a.name == "JPN") {
            japan = true;
            CHECK(a.kind == "country");
            CHECK(a.events > 0);
        }
    CHECK(japan);
}
