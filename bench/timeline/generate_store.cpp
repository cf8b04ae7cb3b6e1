#include "generate_store.h"

#include <chrono>
#include <cstdio>
#include <deque>
#include <map>
#include <random>

namespace parley::bench {

namespace {

const std::vector<std::string> partners{
    "JPN", "CHN", "EUU", "GBR", "KOR", "IND", "CAN", "MEX", "CHE", "VNM", "TWN", "BRA", "AUS",
    "IDN", "THA", "MYS", "SGP", "ZAF", "TUR", "SAU", "ARE", "ISR", "NOR", "NZL", "PHL"};
const std::vector<std::string> products{"autos",          "auto_parts",      "steel",  "aluminum",
                                        "semiconductors", "pharmaceuticals", "lumber", "copper"};
const std::vector<std::string> people{"Jamieson Greer",    "Scott Bessent",   "Howard Lutnick",
                                      "Ryosei Akazawa",    "Maros Sefcovic",  "He Lifeng",
                                      "Jonathan Reynolds", "Dominic LeBlanc", "Piyush Goyal"};

struct Happening {
    Event event;
    date::sys_days day;
};

class World {
public:
    explicit World(std::uint32_t seed) : rng_(seed) {}

    std::size_t pick(std::size_t n) { return rng_() % n; }
    double uniform() { return std::uniform_real_distribution<double>(0, 1)(rng_); }

    // Partners by how much news they make: a few dominate.
    const std::string& partner() {
        static std::discrete_distribution<std::size_t> zipf = [] {
            std::vector<double> w;
            for (std::size_t i = 0; i < partners.size(); ++i)
                w.push_back(1.0 / static_cast<double>(i + 1));
            return std::discrete_distribution<std::size_t>(w.begin(), w.end());
        }();
        return partners[zipf(rng_)];
    }

    Happening happening(date::sys_days day) {
        Happening h;
        h.day = day;
        Event& e = h.event;
        const std::string& x = partner();
        double r = uniform();
        if (r < 0.40) {
            e.kind = EventKind::talks;
            e.actors = {"USA", x, people[pick(people.size())]};
            if (uniform() < 0.3) e.details.round = ++rounds_[x];
            if (uniform() < 0.3) e.details.level = uniform() < 0.5 ? "ministerial" : "working";
        } else if (r < 0.60) {
            e.kind = uniform() < 0.7 ? EventKind::tariff_imposed : EventKind::tariff_announced;
            e.actors = {"USA"};
            e.details.target = uniform() < 0.3 ? "ALL" : x;
            if (uniform() < 0.6) e.details.products = {products[pick(products.size())]};
            e.details.rate_pct = 5.0 * static_cast<double>(1 + pick(10));
        } else if (r < 0.605) {
            // Pauses are rare: a few a month across all partners.
            e.kind = EventKind::tariff_paused;
            e.actors = {"USA"};
            e.details.target = uniform() < 0.5 ? "ALL" : x;
            e.details.duration_days = uniform() < 0.7 ? 90 : 30;
        } else if (r < 0.70) {
            e.kind = EventKind::deal;
            e.actors = {"USA", x};
            if (uniform() < 0.5) e.details.products = {products[pick(products.size())]};
            if (uniform() < 0.3) e.details.quota = 10'000 * static_cast<std::int64_t>(1 + pick(20));
        } else if (r < 0.80) {
            e.kind = EventKind::deadline;
            e.actors = {"USA", x};
        } else {
            e.kind = EventKind::statement;
            e.actors = {x};
        }
        return h;
    }

    // One article's report of a happening: a day, a month, part of a month,
    // or only the article's own date.
    Event report(const Happening& h, date::sys_days published, std::size_t offset) {
        Event e = h.event;
        double r = uniform();
        date::year_month_day ymd{h.day};
        if (r < 0.65) {
            e.date = day_value(h.day, "on that day");
        } else if (r < 0.80) {
            e.date = month_value(ymd.year() / ymd.month(), "in that month");
        } else if (r < 0.90) {
            unsigned d = unsigned(ymd.day());
            date::sys_days first = date::sys_days{ymd.year() / ymd.month() /
                                                  date::day{d <= 10   ? 1u
                                                            : d <= 20 ? 11u
                                                                      : 21u}};
            date::sys_days last = d <= 20 ? first + date::days{9}
                                          : date::sys_days{ymd.year() / ymd.month() / date::last};
            e.date = interval_value(first, last, "early that month");
        } else {
            e.date = day_value(published);
        }
        if (e.kind == EventKind::talks)
            e.status = h.day > published ? EventStatus::planned : EventStatus::held;
        if (e.kind == EventKind::statement) e.status = EventStatus::proposed;
        // Now and then a source gets a rate wrong.
        if (e.details.rate_pct && uniform() < 0.05) *e.details.rate_pct += 10;
        std::string sentence = "Officials said the " + std::string(to_string(e.kind)) +
                               " involving " + e.actors.front() + " was reported " +
                               (e.date.text.empty() ? "today" : e.date.text) +
                               ", according to people familiar with the matter.";
        e.evidence = {sentence, offset, offset + sentence.size()};
        return e;
    }

private:
    std::mt19937 rng_;
    std::map<std::string, int> rounds_;
};

} // namespace

GenerateReport generate_store(const std::filesystem::path& db, const GenerateOptions& o) {
    Store store(db);
    World world(o.seed + static_cast<std::uint32_t>(std::hash<std::string>{}(o.guid_prefix)));
    const std::size_t feed_count = 40;
    std::vector<Feed> feeds;
    for (std::size_t i = 0; i < feed_count; ++i) {
        Feed f;
        f.url = "https://outlet" + std::to_string(i) + ".example/trade.rss";
        f.name = "Outlet " + std::to_string(i);
        auto known = store.find_feed(f.url);
        feeds.push_back(known ? *known : store.add_feed(f, date::sys_seconds{o.first_day}));
    }
    const long days = (o.last_day - o.first_day).count() + 1;
    const double per_day = static_cast<double>(o.articles) / static_cast<double>(days);
    // Happenings stay in the news for a fortnight; each day brings new ones
    // so that every happening is reported about eight times (a round of talks
    // or a new tariff is carried by many outlets, a statement by few).
    const double happenings_per_day = per_day * static_cast<double>(o.events_per_article) / 8.0;
    std::deque<Happening> live;
    std::vector<std::vector<ArticleWithEvents>> pending(feed_count);
    const std::string filler(900, 'x');

    GenerateReport report;
    auto start = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point tenth_start;
    double carry_articles = 0, carry_happenings = 0;
    std::size_t waiting = 0;
    auto flush = [&] {
        std::vector<FeedPull> pulls;
        for (std::size_t f = 0; f < feed_count; ++f)
            if (!pending[f].empty()) {
                pulls.push_back({feeds[f], std::move(pending[f])});
                pending[f].clear();
            }
        if (!pulls.empty()) store.save_pulls(pulls, date::sys_seconds{o.last_day});
        waiting = 0;
    };
    for (long d = 0; d < days && report.articles < o.articles; ++d) {
        date::sys_days today = o.first_day + date::days{d};
        for (carry_happenings += happenings_per_day; carry_happenings >= 1; carry_happenings -= 1)
            live.push_back(
                world.happening(today + date::days{static_cast<long>(world.pick(21)) - 7}));
        while (!live.empty() && live.front().day < today - date::days{14})
            live.pop_front();
        for (carry_articles += per_day; carry_articles >= 1 && report.articles < o.articles;
             carry_articles -= 1) {
            if (report.articles == o.articles - o.articles / 10)
                tenth_start = std::chrono::steady_clock::now();
            std::size_t f = world.pick(feed_count);
            ArticleWithEvents a;
            a.article.guid = o.guid_prefix + std::to_string(report.articles);
            a.article.url = feeds[f].url.substr(0, feeds[f].url.rfind('/')) + "/" + a.article.guid;
            a.article.title = "Trade report " + std::to_string(report.articles);
            date::sys_seconds published =
                date::sys_seconds{today} + std::chrono::minutes{world.pick(24 * 60)};
            a.article.published = published;
            a.article.text = filler;
            if (o.with_events && !live.empty())
                for (std::size_t k = 0; k < o.events_per_article; ++k) {
                    // Recent happenings are reported most.
                    std::size_t back =
                        std::min(live.size() - 1, world.pick(live.size()) / (1 + world.pick(3)));
                    a.events.push_back(world.report(live[live.size() - 1 - back], today, k * 200));
                }
            report.mentions += a.events.size();
            pending[f].push_back(std::move(a));
            ++report.articles;
            if (++waiting >= o.articles_per_pull) flush();
        }
        if (d % 60 == 0)
            std::fprintf(stderr, "\r%zu articles, %zu events", report.articles, report.mentions);
    }
    flush();
    auto end = std::chrono::steady_clock::now();
    std::fprintf(stderr, "\n");
    report.seconds = std::chrono::duration<double>(end - start).count();
    report.last_tenth_seconds = std::chrono::duration<double>(end - tenth_start).count();
    return report;
}

} // namespace parley::bench
