#include "story_store.h"

#include "timeline/event_json.h"

#include <map>

namespace parley::test {

Event story_event(EventKind kind, const std::string& date, const std::string& date_text,
                  std::vector<std::string> actors, const std::string& evidence) {
    Event e;
    e.kind = kind;
    if (!date.empty()) {
        e.date = *parse_date_value(date);
        e.date.text = date_text;
    }
    e.actors = std::move(actors);
    e.evidence = {evidence, 0, evidence.size()};
    return e;
}

std::vector<StoryArticle> seed_story() {
    using K = EventKind;
    std::vector<StoryArticle> out;
    {
        StoryArticle a{"https://wire.example/asia.rss",          "apr-09", "2025-04-09T14:00:00Z",
                       "U.S. pauses higher tariffs for 90 days", {},       {}};
        Event pause = story_event(
            K::tariff_paused, "2025-04-09", "on Wednesday", {"USA"},
            "Trump on Wednesday paused the higher country-specific tariffs for 90 days.");
        pause.details.duration_days = 90;
        a.events.push_back(pause);
        Event japan = story_event(K::tariff_imposed, "2025-04-09", "on Wednesday", {"USA", "JPN"},
                                  "Japan faces a country-specific rate of 24 percent.");
        japan.details.target = "JPN";
        japan.details.rate_pct = 24;
        a.events.push_back(japan);
        Event baseline = story_event(K::tariff_imposed, "2025-04-05", "on Saturday", {"USA"},
                                     "A baseline tariff of 10 percent took effect on Saturday.");
        baseline.details.target = "ALL";
        baseline.details.rate_pct = 10;
        a.events.push_back(baseline);
        out.push_back(a);
    }
    {
        StoryArticle a{"https://kyodo.example/news.rss",     "seed", "2025-05-19T15:00:00Z",
                       "Japan may concede lower duty rates", {},     {}};
        Event round =
            story_event(K::talks, "2025-05-23", "on Friday", {"JPN", "USA", "Ryosei Akazawa"},
                        "Akazawa is arranging to visit the United States for the third "
                        "round of bilateral ministerial-level talks on Friday.");
        round.status = EventStatus::planned;
        round.details.round = 3;
        round.details.level = "ministerial";
        a.events.push_back(round);
        Event target = story_event(K::deadline, "2025-05-31", "by the end of May",
                                   {"JPN", "USA", "Ryosei Akazawa"},
                                   "Akazawa has expressed eagerness to visit the United States "
                                   "again by the end of May.");
        a.events.push_back(target);
        const std::string pause_sentence = "The extra tariffs have been paused for 90 days until "
                                           "early July to allow for negotiations.";
        Event pause = story_event(K::tariff_paused, "2025-07-01/2025-07-10", "until early July",
                                  {"USA"}, pause_sentence);
        pause.details.duration_days = 90;
        a.events.push_back(pause);
        a.events.push_back(story_event(K::deadline, "2025-07-01/2025-07-10", "until early July",
                                       {"USA"}, pause_sentence));
        Event steel = story_event(
            K::tariff_imposed, "2025-03", "in March", {"USA"},
            "Trump imposed 25 percent levies on all imported steel and aluminum in March.");
        steel.details.rate_pct = 25;
        steel.details.target = "ALL";
        steel.details.products = {"steel", "aluminum"};
        a.events.push_back(steel);
        Event autos = story_event(K::tariff_imposed, "2025-04", "in April", {"USA"},
                                  "Trump imposed 25 percent tariffs on automobiles in April.");
        autos.details.rate_pct = 25;
        autos.details.target = "ALL";
        autos.details.products = {"autos"};
        a.events.push_back(autos);
        Event japan =
            story_event(K::tariff_imposed, "", "", {"USA", "JPN"},
                        "The country-specific 14 percent imposed on Japan will be the focus.");
        japan.date = day_value(date::sys_days{date::year{2025} / 5 / 20});
        japan.details.target = "JPN";
        japan.details.rate_pct = 14;
        a.events.push_back(japan);
        Event deal = story_event(K::deal, "", "", {"GBR", "USA"},
                                 "Britain is allowed to export 100,000 cars per year into the U.S. "
                                 "market with a 10 percent tariff.");
        deal.date = day_value(date::sys_days{date::year{2025} / 5 / 20});
        deal.details.products = {"autos"};
        deal.details.quota = 100000;
        deal.details.rate_pct = 10;
        a.events.push_back(deal);
        Event working =
            story_event(K::talks, "2025-05-19", "since Monday", {"JPN", "USA"},
                        "Bilateral working-level talks have been held since Monday in Washington.");
        working.status = EventStatus::held;
        working.details.level = "working";
        a.events.push_back(working);
        a.people = {Person{"Ryosei Akazawa", "top tariff negotiator", "JPN"},
                    Person{"Jamieson Greer", "U.S. Trade Representative", "USA"}};
        out.push_back(a);
    }
    {
        StoryArticle a{"https://wire.example/asia.rss",
                       "may-24",
                       "2025-05-24T02:00:00Z",
                       "Akazawa holds third round of talks in Washington",
                       {},
                       {}};
        Event round = story_event(K::talks, "2025-05-23", "on Friday", {"JPN", "USA", "Akazawa"},
                                  "Akazawa held a third round of talks with Bessent on Friday.");
        round.status = EventStatus::held;
        round.details.round = 3;
        a.events.push_back(round);
        a.people = {Person{"Ryosei Akazawa", "economic revitalization minister", "JPN"}};
        out.push_back(a);
    }
    {
        StoryArticle a{"https://wire.example/asia.rss", "may-08", "2025-05-08T20:00:00Z",
                       "U.S., Britain seal trade deal", {},       {}};
        Event deal = story_event(K::deal, "2025-05-08", "on Thursday", {"USA", "GBR"},
                                 "The United States and Britain sealed a trade deal on Thursday.");
        deal.details.products = {"autos"};
        deal.details.rate_pct = 10;
        a.events.push_back(deal);
        out.push_back(a);
    }
    return out;
}

void fill_store(const std::filesystem::path& db, const std::vector<StoryArticle>& articles) {
    Store store(db);
    std::map<std::string, Feed> feeds;
    for (const auto& a : articles) {
        if (!feeds.count(a.feed)) {
            Feed f;
            f.url = a.feed;
            f.name = a.feed.find("kyodo") != std::string::npos ? "Kyodo" : "Wire";
            auto known = store.find_feed(a.feed);
            feeds[a.feed] = known ? *known : store.add_feed(f, date::sys_seconds{});
        }
        ArticleWithEvents item;
        item.article.guid = a.guid;
        item.article.url = a.feed.substr(0, a.feed.rfind('/')) + "/" + a.guid;
        item.article.title = a.title;
        item.article.published = parse_iso_instant(a.published);
        item.article.text = a.title;
        item.events = a.events;
        item.people = a.people;
        store.save_pull(feeds[a.feed], {item}, date::sys_seconds{});
    }
}

} // namespace parley::test
