#include "build_mentions.h"
#include "timeline/lifecycle.h"

#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

namespace {

Report report(EventStatus s, const std::string& date, const std::string& published,
              std::size_t source) {
    Report r;
    r.status = s;
    r.date = on(date);
    r.published = date::sys_seconds{*parse_date_value(published)->first} + std::chrono::hours{12};
    r.source = source;
    return r;
}

Event pause(const std::string& id, const std::string& start, std::optional<int> days,
            const std::string& until, const std::string& reported) {
    Event e;
    e.id = id;
    e.kind = EventKind::tariff_paused;
    e.actors = {"USA"};
    if (!start.empty()) e.date = on(start, "on " + start);
    if (!until.empty()) e.expires = on(until, "until " + until);
    e.details.duration_days = days;
    Source s;
    s.published = date::sys_seconds{*parse_date_value(reported)->first};
    e.sources.push_back(s);
    return e;
}

} // namespace

TEST_CASE("a planned round later reported as held becomes held") {
    auto lc = resolve_lifecycle(EventKind::talks,
                                {report(EventStatus::held, "2025-05-23", "2025-05-24", 1),
                                 report(EventStatus::planned, "2025-05-23", "2025-05-20", 0)});
    CHECK(lc.status == EventStatus::held);
    CHECK(lc.governing == 1);
    CHECK(lc.superseded.empty());
    REQUIRE(lc.history.size() == 2);
    CHECK(lc.history[0].change == "planned");
    CHECK(lc.history[1].change == "held");
}

TEST_CASE("a plan moved to another day supersedes the first plan instead of conflicting") {
    auto lc = resolve_lifecycle(EventKind::talks,
                                {report(EventStatus::planned, "2025-05-23", "2025-05-20", 0),
                                 report(EventStatus::planned, "2025-05-30", "2025-05-22", 1)});
    CHECK(lc.status == EventStatus::planned);
    CHECK(lc.superseded == std::vector<std::size_t>{0});
    CHECK(lc.current == std::vector<std::size_t>{1});
    REQUIRE(lc.history.size() == 2);
    CHECK(lc.history[1].change == "rescheduled");
}

TEST_CASE("a cancellation overrides a plan and a later plan revives it") {
    auto cancelled = resolve_lifecycle(
        EventKind::talks, {report(EventStatus::planned, "2025-05-23", "2025-05-20", 0),
                           report(EventStatus::cancelled, "2025-05-23", "2025-05-21", 1)});
    CHECK(cancelled.status == EventStatus::cancelled);
    auto revived = resolve_lifecycle(EventKind::talks,
                                     {report(EventStatus::planned, "2025-05-23", "2025-05-20", 0),
                                      report(EventStatus::cancelled, "2025-05-23", "2025-05-21", 1),
                                      report(EventStatus::planned, "2025-06-02", "2025-05-25", 2)});
    CHECK(revived.status == EventStatus::planned);
    CHECK(revived.governing == 2);
}

TEST_CASE("what was held stays held when a stale plan is reported afterwards") {
    auto lc = resolve_lifecycle(EventKind::talks,
                                {report(EventStatus::held, "2025-05-23", "2025-05-24", 0),
                                 report(EventStatus::planned, "2025-05-23", "2025-05-25", 1),
                                 report(EventStatus::cancelled, "2025-05-23", "2025-05-26", 2)});
    CHECK(lc.status == EventStatus::held);
}

TEST_CASE("reported talks dated before their article were held; dated after it, planned") {
    Report past = report(EventStatus::reported, "2025-05-19", "2025-05-20", 0);
    Report future = report(EventStatus::reported, "2025-05-23", "2025-05-20", 1);
    CHECK(effective_status(EventKind::talks, past) == EventStatus::held);
    CHECK(effective_status(EventKind::talks, future) == EventStatus::planned);
    CHECK(effective_status(EventKind::deal, past) == EventStatus::reported);
}

TEST_CASE("a proposed deal later reported as reached is reported") {
    auto lc = resolve_lifecycle(EventKind::deal,
                                {report(EventStatus::proposed, "2025-05", "2025-05-01", 0),
                                 report(EventStatus::reported, "2025-05-08", "2025-05-09", 1)});
    CHECK(lc.status == EventStatus::reported);
}

TEST_CASE("the order reports are given in does not change the outcome") {
    std::vector<Report> r{report(EventStatus::planned, "2025-05-23", "2025-05-20", 0),
                          report(EventStatus::planned, "2025-05-30", "2025-05-22", 1),
                          report(EventStatus::held, "2025-05-30", "2025-05-31", 2)};
    auto a = resolve_lifecycle(EventKind::talks, r);
    std::reverse(r.begin(), r.end());
    auto b = resolve_lifecycle(EventKind::talks, r);
    CHECK(a.status == b.status);
    CHECK(a.governing == b.governing);
    CHECK(a.superseded == b.superseded);
    CHECK(a.history == b.history);
}

TEST_CASE("an extension moves a pause's expiry to the extension's") {
    std::vector<Event> pauses{pause("p1", "2025-04-09", 90, "", "2025-04-09"),
                              pause("p2", "", std::nullopt, "2025-08-01", "2025-07-07")};
    auto links = pause_chain(pauses);
    REQUIRE(links[0].expires);
    CHECK(links[0].expires->value == "2025-07-08");
    CHECK(links[0].extended_by == 1u);
    CHECK(links[1].extends == 0u);
    CHECK(links[0].final_expiry->value == "2025-08-01");
    CHECK(links[1].final_expiry->value == "2025-08-01");
}

TEST_CASE("a pause begun after the previous one ran out is a new pause, not an extension") {
    std::vector<Event> pauses{pause("p1", "2025-04-09", 90, "", "2025-04-09"),
                              pause("p2", "2025-09-01", 30, "", "2025-09-01")};
    auto links = pause_chain(pauses);
    CHECK_FALSE(links[0].extended_by);
    CHECK(links[0].final_expiry->value == "2025-07-08");
    CHECK(links[1].final_expiry->value == "2025-10-01");
}

TEST_CASE("extensions chain: each moves every earlier expiry to the last") {
    std::vector<Event> pauses{pause("c", "", std::nullopt, "2025-11-10", "2025-09-28"),
                              pause("a", "2025-05-14", 90, "", "2025-05-12"),
                              pause("b", "", std::nullopt, "2025-09-30", "2025-08-10")};
    auto links = pause_chain(pauses);
    CHECK(links[1].expires->value == "2025-08-12");
    CHECK(links[1].final_expiry->value == "2025-11-10");
    CHECK(links[2].final_expiry->value == "2025-11-10");
    CHECK(links[2].extends == 1u);
    CHECK(links[0].extends == 2u);
    CHECK_FALSE(links[0].extended_by);
}

TEST_CASE("two reports of one pause with overlapping expiries are extended together") {
    std::vector<Event> pauses{pause("a", "2025-04-09", 90, "", "2025-04-09"),
                              pause("b", "", 90, "2025-07-01/2025-07-10", "2025-05-20"),
                              pause("c", "", std::nullopt, "2025-08-01", "2025-07-07")};
    auto links = pause_chain(pauses);
    CHECK(links[0].final_expiry->value == "2025-08-01");
    CHECK(links[1].final_expiry->value == "2025-08-01");
    CHECK(links[2].extends);
}

TEST_CASE("an extension of the suspension on all countries extends the one on Japan") {
    Event japan = pause("jp", "", std::nullopt, "2025-07-09", "2025-06-17");
    japan.details.target = "JPN";
    japan.details.rate_pct = 24;
    Event all = pause("all", "", std::nullopt, "2025-08-01", "2025-07-08");
    Event korea_later = pause("kr", "2025-09-01", 30, "", "2025-09-01");
    korea_later.details.target = "KOR";
    auto links = pause_chain({japan, all, korea_later});
    CHECK(links[0].extended_by == 1u);
    CHECK(links[0].final_expiry->value == "2025-08-01");
    CHECK(links[1].extends == 0u);
    CHECK_FALSE(links[2].extends);
}

TEST_CASE("a pause on one country does not extend the pause on all") {
    Event all = pause("all", "2025-04-09", 90, "", "2025-04-09");
    Event japan = pause("jp", "", std::nullopt, "2025-08-01", "2025-07-07");
    japan.details.target = "JPN";
    auto links = pause_chain({all, japan});
    CHECK_FALSE(links[0].extended_by);
}

TEST_CASE("expiries a day apart are one pause, not an extension") {
    auto links = pause_chain({pause("a", "", std::nullopt, "2025-07-08", "2025-05-21"),
                              pause("b", "", std::nullopt, "2025-07-09", "2025-06-17")});
    CHECK_FALSE(links[0].extended_by);
    CHECK_FALSE(links[1].extended_by);
}
