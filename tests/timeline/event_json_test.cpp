#include "timeline/event_json.h"

#include <catch2/catch.hpp>

using namespace parley;
using nlohmann::json;

TEST_CASE("an extracted event serialises to DESIGN.md's fields") {
    Event e;
    e.kind = EventKind::talks;
    e.status = EventStatus::planned;
    e.date = *parse_date_value("2025-05-23");
    e.date.text = "on Friday";
    e.actors = {"JPN", "USA", "Ryosei Akazawa"};
    e.details.round = 3;
    e.details.level = "ministerial";
    e.evidence.sentence = "Akazawa is to visit.";
    json j = to_json(e);
    CHECK(j["kind"] == "talks");
    CHECK(j["status"] == "planned");
    CHECK(j["date"]["value"] == "2025-05-23");
    CHECK(j["date"]["text"] == "on Friday");
    CHECK(j["date"]["granularity"] == "day");
    CHECK(j["actors"] == json({"JPN", "USA", "Ryosei Akazawa"}));
    CHECK(j["details"] == json({{"round", 3}, {"level", "ministerial"}}));
    CHECK(j["evidence"] == "Akazawa is to visit.");
    CHECK_FALSE(j.contains("id"));
    CHECK_FALSE(j.contains("sources"));
}

TEST_CASE("an unknown date is null, never a made-up day") {
    Event e;
    e.date.text = "before the G7 summit";
    json j = to_json(e);
    CHECK(j["date"]["value"].is_null());
    CHECK(j["date"]["text"] == "before the G7 summit");
    CHECK(j["date"]["granularity"] == "unknown");
}

TEST_CASE("a whole-number rate is written as an integer, a fraction as a number") {
    EventDetails d;
    d.rate_pct = 25;
    CHECK(to_json(d)["rate_pct"].is_number_integer());
    d.rate_pct = 17.5;
    CHECK(to_json(d)["rate_pct"] == 17.5);
}

TEST_CASE("an event read back from its JSON is the same event") {
    Event e;
    e.kind = EventKind::deal;
    e.date = *parse_date_value("2025-05");
    e.actors = {"GBR", "USA"};
    e.details.products = {"autos"};
    e.details.quota = 100000;
    e.details.rate_pct = 10;
    e.evidence.sentence = "Britain may export 100,000 cars.";
    Event back = event_from_json(to_json(e));
    CHECK(back == e);
}

TEST_CASE("an unknown kind is refused when reading JSON") {
    CHECK_THROWS_AS(event_from_json(json{{"kind", "war"}}), std::invalid_argument);
}

TEST_CASE("instants print with the outlet's offset") {
    date::sys_seconds t = date::sys_days{date::year{2025} / 5 / 19} + std::chrono::hours{15};
    CHECK(iso_instant(t) == "2025-05-19T15:00:00Z");
    CHECK(iso_instant(t, std::chrono::minutes{540}) == "2025-05-20T00:00:00+09:00");
    CHECK(iso_instant(t, std::chrono::minutes{-240}) == "2025-05-19T11:00:00-04:00");
}
