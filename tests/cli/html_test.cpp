#include "cli/html.h"
#include "cli/html_timeline.h"

#include <catch2/catch.hpp>
#include <regex>

using namespace parley;

namespace {

date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

Event event(std::int64_t id, EventKind kind, EventStatus status, const std::string& date_value) {
    Event e;
    e.id = std::to_string(id);
    e.kind = kind;
    e.status = status;
    e.date = *parse_date_value(date_value);
    e.actors = {"JPN", "USA"};
    Source s;
    s.url = "https://wire.example/a" + std::to_string(id);
    s.title = "Story " + std::to_string(id);
    s.outlet = "Wire";
    s.evidence.sentence = "Evidence sentence.";
    e.sources.push_back(s);
    return e;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("HTML escaping covers markup, quotes and control characters") {
    CHECK(html_escape("<script>alert('x')</script>") ==
          "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    CHECK(html_escape("\"><img src=x onerror=alert(1)>") ==
          "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    CHECK(html_escape("a\x1b[31mb\x07") == "ab");
    CHECK(html_escape("Tōkyō & Seoul") == "Tōkyō &amp; Seoul");
}

TEST_CASE("only http and https links become hrefs") {
    CHECK(safe_href("https://wire.example/a?b=1&c=2") == "https://wire.example/a?b=1&amp;c=2");
    CHECK(safe_href("HTTP://wire.example/") == "HTTP://wire.example/");
    CHECK(safe_href("javascript:alert(1)").empty());
    CHECK(safe_href(" javascript:alert(1)").empty());
    CHECK(safe_href("data:text/html,<script>").empty());
    CHECK(safe_href("https://x.example/\"onmouseover=\"alert(1)") ==
          "https://x.example/&quot;onmouseover=&quot;alert(1)");
    CHECK(safe_href("https://x.example/a b").empty());
}

TEST_CASE("the timeline page has a lane per kind and a mark per dated event") {
    std::vector<Event> events{
        event(1, EventKind::talks, EventStatus::planned, "2025-05-23"),
        event(2, EventKind::tariff_imposed, EventStatus::reported, "2025-03"),
        event(3, EventKind::tariff_paused, EventStatus::reported, "2025-04-09/2025-07-08"),
        event(4, EventKind::deadline, EventStatus::reported, "2025-05-31"),
        event(5, EventKind::deal, EventStatus::held, "2025-05-08")};
    Event undated = event(6, EventKind::statement, EventStatus::reported, "2025");
    undated.date = DateValue{};
    events.push_back(undated);
    auto html = timeline_html(events, day(2025, 5, 20), "Japan and the United States");
    for (const char* lane : {"Talks", "Tariffs", "Pauses", "Deals", "Deadlines", "Statements"}) {
        INFO(lane);
        CHECK(html.find(std::string("data-lane=\"") + lane + "\"") != std::string::npos);
    }
    CHECK(count(html, "class=\"mark ") == 5);
    CHECK(count(html, "class=\"event\" id=\"e") == 6);
    CHECK(html.find("class=\"mark planned\"") != std::string::npos);
    CHECK(html.find("<rect class=\"lane2\"") != std::string::npos); // the pause is a bar
    CHECK(html.find("class=\"today\"") != std::string::npos);
}

TEST_CASE("the timeline page loads nothing from the network") {
    std::vector<Event> events{event(1, EventKind::talks, EventStatus::held, "2025-05-23")};
    auto html = timeline_html(events, day(2025, 5, 20), "t");
    CHECK(html.find("default-src 'none'") != std::string::npos);
    CHECK_FALSE(
        std::regex_search(html, std::regex(R"((src|href)\s*=\s*"(?!#|https://wire\.example))")));
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
}

TEST_CASE("feed text in the timeline page is escaped everywhere") {
    Event e = event(1, EventKind::talks, EventStatus::planned, "2025-05-23");
    e.actors.push_back("<script>alert(1)</script>");
    e.sources[0].title = "\"><img src=x onerror=alert(2)>";
    e.sources[0].url = "javascript:alert(3)";
    e.sources[0].outlet = "</style><script>alert(4)</script>";
    e.sources[0].evidence.sentence = "<iframe src=//evil.example>";
    e.date.text = "'onfocus='alert(5)";
    auto html = timeline_html({e}, day(2025, 5, 20), "<b>title</b>");
    CHECK(count(html, "<script>") == 1); // the page's own, allowed by its hash
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<iframe") == std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
    CHECK(html.find("<b>title") == std::string::npos);
    CHECK(html.find("'onfocus='") == std::string::npos);
}

TEST_CASE("a today far from the events is left off the axis") {
    std::vector<Event> events{event(1, EventKind::talks, EventStatus::held, "2025-05-23")};
    auto html = timeline_html(events, day(2026, 11, 25), "t");
    CHECK(html.find("class=\"today\"") == std::string::npos);
    CHECK(html.find("today is 2026-11-25") != std::string::npos);
}

TEST_CASE("the agenda lists each day with its deadlines, intervals from their start") {
    std::vector<DeadlineEntry> deadlines;
    for (const auto& e :
         {event(1, EventKind::deadline, EventStatus::reported, "2025-05-31"),
          event(2, EventKind::deadline, EventStatus::reported, "2025-07-01/2025-07-10")})
        deadlines.push_back({e, *deadline_of(e)});
    auto html = agenda_html(deadlines, day(2025, 5, 20), day(2025, 7, 19));
    auto may = html.find("Saturday 31 May 2025");
    auto july = html.find("Tuesday  1 July 2025");
    CHECK(may != std::string::npos);
    CHECK(july != std::string::npos);
    CHECK(may < july);
    CHECK(html.find("2025-07-01..2025-07-10") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
}
