// The Extractor as ingest and the command line use it: the temporal engine
// and the rules together, loaded once, many articles.

#include "ingest/data_dir.h"
#include "ingest/extract/extract.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

using namespace parley;

namespace {

// Publication at `instant` in `zone`, UTC+9 when the zone is unknown.
ReferenceTime at(date::sys_seconds instant, std::string zone) {
    ReferenceTime ref;
    ref.instant = instant;
    ref.zone = std::move(zone);
    ref.offset = std::chrono::minutes{9 * 60};
    return ref;
}

// 2025-05-20 00:00 in Tokyo.
ReferenceTime tokyo(std::string zone) {
    return at(date::sys_days{date::year{2025} / 5 / 19} + std::chrono::hours{15}, std::move(zone));
}

// parley's own data, loaded once: extraction keeps nothing of an article,
// so every test may share one.
const Extractor& our_extractor() {
    static const Extractor extractor(DataDirs{{PARLEY_DATA_DIR_FOR_TESTS}});
    return extractor;
}

// The events of one kind an extraction holds, in order.
std::vector<Event> of_kind(const Extraction& x, EventKind kind) {
    std::vector<Event> out;
    for (const auto& e : x.events)
        if (e.kind == kind) out.push_back(e);
    return out;
}

// The targets of the events of one kind, at `rate` when given, sorted.
std::vector<std::string> targets_of(const Extraction& x, EventKind kind,
                                    std::optional<double> rate = std::nullopt) {
    std::vector<std::string> out;
    for (const auto& e : of_kind(x, kind))
        if (!rate || e.details.rate_pct == rate) out.push_back(e.details.target);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("an outlet zone the tz database does not know falls back to the offset") {
    auto x = our_extractor().extract("Japan and the United States will hold talks on Friday.",
                                     tokyo("Not/AZone"));
    REQUIRE(x.events.size() == 1);
    CHECK(x.events[0].date.value == "2025-05-23");
}

TEST_CASE("one extractor reads many articles and keeps nothing of them") {
    auto first = our_extractor().extract("Japan and the United States will hold talks on Friday.",
                                         tokyo("Asia/Tokyo"));
    our_extractor().extract("Canada imposed 25 percent tariffs on U.S. steel in March.",
                            tokyo("Asia/Tokyo"));
    auto again = our_extractor().extract("Japan and the United States will hold talks on Friday.",
                                         tokyo("Asia/Tokyo"));
    CHECK(first.events == again.events);
    CHECK(first.people == again.people);
}

TEST_CASE("empty and whitespace-only articles give nothing") {
    for (std::string text : {"", " ", "\n\n\t", "...", "\xff\xfe"}) {
        auto x = our_extractor().extract(text, tokyo("Asia/Tokyo"));
        CHECK(x.events.empty());
        CHECK(x.people.empty());
    }
}

TEST_CASE("a missing data directory is an error naming what is missing") {
    CHECK_THROWS_AS(Extractor(DataDirs{{"/nonexistent/parley-data"}}), std::runtime_error);
}

TEST_CASE("a deadline set by a summit takes the date the text gives the summit") {
    auto x =
        our_extractor().extract("Seoul and Washington aim to reach an agreement by the APEC summit "
                                "in Gyeongju in late October, where the two leaders could meet.",
                                tokyo("Asia/Tokyo"));
    std::vector<Event> deadlines, talks;
    for (const auto& e : x.events) {
        if (e.kind == EventKind::deadline) deadlines.push_back(e);
        if (e.kind == EventKind::talks) talks.push_back(e);
    }
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].date.value == "2025-10-31"); // a target by a month's end
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-10-21/2025-10-31");
}

TEST_CASE("talks told as weekend talks after the day of a deal are dated by the weekend") {
    auto x =
        our_extractor().extract("The deal was announced in Geneva on Monday after weekend talks "
                                "between the two delegations.",
                                tokyo("Asia/Tokyo"));
    std::vector<std::string> talks, deals;
    for (const auto& e : x.events) {
        if (e.kind == EventKind::talks) talks.push_back(e.date.value);
        if (e.kind == EventKind::deal) deals.push_back(e.date.value);
    }
    CHECK(talks == std::vector<std::string>{"2025-05-17/2025-05-18"});
    CHECK(deals == std::vector<std::string>{"2025-05-19"});
    // The weekend is the talks' alone: a deal told with no day of its own
    // does not take it.
    auto y =
        our_extractor().extract("The deal, announced in Geneva after weekend talks between the two "
                                "delegations, cuts tariffs.",
                                tokyo("Asia/Tokyo"));
    for (const auto& e : y.events)
        if (e.kind == EventKind::deal) CHECK_FALSE(e.date.known());
}

TEST_CASE("a statement between the two sides keeps them and drops a third country it names") {
    auto x = our_extractor().extract(
        "Indian and U.S. negotiators met in New Delhi on Tuesday.\n\nIndia wants the United States "
        "to lower its 50 percent tariff on Indian goods.\n\nWashington has pressed New Delhi to "
        "open its market to American corn and to stop buying Russian oil.",
        tokyo("Asia/Kolkata"));
    bool pressed = false;
    for (const auto& e : x.events)
        if (e.kind == EventKind::statement &&
            e.evidence.sentence.rfind("Washington has pressed", 0) == 0) {
            pressed = true;
            CHECK(std::find(e.actors.begin(), e.actors.end(), "RUS") == e.actors.end());
            CHECK(std::find(e.actors.begin(), e.actors.end(), "IND") != e.actors.end());
            CHECK(std::find(e.actors.begin(), e.actors.end(), "USA") != e.actors.end());
        }
    CHECK(pressed);
}

TEST_CASE("a surname that opens with a small particle is known when it opens a sentence") {
    auto x =
        our_extractor().extract("The EU will keep its countermeasures on hold. Von der Leyen said "
                                "the bloc would keep negotiating with Washington.",
                                tokyo("Asia/Tokyo"));
    REQUIRE(x.people.size() == 1);
    CHECK(x.people[0].name == "Ursula von der Leyen");
}

TEST_CASE("of two countries named as often, the one the lede names is the other side") {
    auto x = our_extractor().extract(
        "Canada will keep its retaliatory tariffs on U.S. goods in place, Ottawa said on "
        "Monday.\n\nCanada's trade minister said the country would keep talking, but stood "
        "ready to retaliate further.\n\nBrazil's exporters face similar duties, and Brazilian "
        "officials are watching closely.\n\nThe United States did not comment.",
        tokyo("Asia/Tokyo"));
    bool found = false;
    for (const auto& e : x.events)
        if (e.kind == EventKind::statement) {
            found = true;
            CHECK(std::find(e.actors.begin(), e.actors.end(), "USA") != e.actors.end());
            CHECK(std::find(e.actors.begin(), e.actors.end(), "BRA") == e.actors.end());
        }
    CHECK(found);
}

TEST_CASE("the country that hosts the talks is not a side to them") {
    auto x = our_extractor().extract(
        "China and the United States will hold talks in Oslo on Monday.\n\nChina demanded that "
        "the United States lift its tariffs, and the United States urged China to buy more "
        "American goods.\n\nNorway has hosted such meetings before, and Norwegian diplomats "
        "helped arrange this one.\n\nNorway's foreign minister urged both sides to settle "
        "their differences quickly.",
        tokyo("Asia/Tokyo"));
    int statements = 0;
    for (const auto& e : x.events)
        if (e.kind == EventKind::statement) {
            ++statements;
            CHECK(std::find(e.actors.begin(), e.actors.end(), "NOR") == e.actors.end());
        }
    CHECK(statements >= 1);
}

TEST_CASE("a side pointed back to keeps its statement though the sentence before names others") {
    auto x = our_extractor().extract(
        "China and the United States held talks in London on Monday.\n\nChina demanded that the "
        "United States lift its tariffs, and the United States urged China to buy more "
        "American goods.\n\nBessent raised China's purchases of Venezuelan oil.\n\nThe Chinese "
        "side said it would defend its energy interests.",
        tokyo("Asia/Tokyo"));
    bool found = false;
    for (const auto& e : x.events)
        if (e.kind == EventKind::statement &&
            e.evidence.sentence.find("Chinese side") != std::string::npos) {
            found = true;
            CHECK(std::find(e.actors.begin(), e.actors.end(), "VEN") == e.actors.end());
        }
    CHECK(found);
}

TEST_CASE("a change retroactive to a date takes effect on that date, not the day it was made") {
    auto x =
        our_extractor().extract("Trump on Monday removed the tariff on Brazilian beef, retroactive "
                                "to May 13.",
                                tokyo("Asia/Tokyo"));
    REQUIRE(x.events.size() == 1);
    CHECK(x.events[0].kind == EventKind::tariff_changed);
    CHECK(x.events[0].date.value == "2025-05-13");
}

TEST_CASE("a joint statement to issue within two weeks sets a deadline two weeks on") {
    auto x = our_extractor().extract("He said the two governments aimed to issue a joint statement "
                                     "setting out the details within two weeks.",
                                     tokyo("Asia/Tokyo"));
    REQUIRE(x.events.size() == 1);
    CHECK(x.events[0].kind == EventKind::deadline);
    CHECK(x.events[0].date.value == "2025-06-03");
}

TEST_CASE("talks held from Wednesday to Friday are one event over the three days") {
    // Published on the Saturday after.
    ReferenceTime saturday;
    saturday.instant = date::sys_days{date::year{2025} / 10 / 18} + std::chrono::hours{5};
    saturday.zone = "Asia/Kolkata";
    saturday.offset = std::chrono::minutes{330};
    auto x = our_extractor().extract("Indian and U.S. negotiators held talks in Washington from "
                                     "Wednesday to Friday, officials said.",
                                     saturday);
    std::vector<Event> talks;
    for (const auto& e : x.events)
        if (e.kind == EventKind::talks) talks.push_back(e);
    REQUIRE(talks.size() == 1);
    CHECK(talks[0].date.value == "2025-10-15/2025-10-17");
    CHECK(talks[0].date.text == "Wednesday to Friday");
}

TEST_CASE("talks on two days not told as a span stay two") {
    auto x = our_extractor().extract("Negotiators met on Wednesday and will meet again on Friday.",
                                     tokyo("Asia/Tokyo"));
    std::size_t talks = 0;
    for (const auto& e : x.events)
        talks += e.kind == EventKind::talks;
    CHECK(talks == 2);
}

TEST_CASE("a numbered round named after since, and called off, is talks of its own") {
    const ReferenceTime ref =
        at(date::sys_days{date::year{2025} / 10 / 18} + std::chrono::hours{4}, "Asia/Kolkata");
    // The round's name is also a time ("since a sixth round"): its number is still read.
    auto x =
        our_extractor().extract("India and the United States held talks in Washington on Friday, "
                                "the first in-person round since a sixth round planned for August "
                                "in New Delhi was called off.",
                                ref);
    std::vector<Event> talks;
    for (const auto& e : x.events)
        if (e.kind == EventKind::talks) talks.push_back(e);
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].status == EventStatus::held);
    CHECK(talks[0].date.value == "2025-10-17");
    CHECK_FALSE(talks[0].details.round);
    CHECK(talks[1].status == EventStatus::cancelled);
    CHECK(talks[1].details.round == 6);
    CHECK(talks[1].date.value == "2025-08"); // the August before, not the next one
}

TEST_CASE("talks on one day and the next of a month are one event over both days") {
    const ReferenceTime ref = tokyo("Asia/Tokyo");
    auto x = our_extractor().extract(
        "Japan and the United States held talks in Geneva on May 10 and 11. "
        "Tariffs rose by 10 and 11 percent.",
        ref);
    REQUIRE_FALSE(x.events.empty());
    CHECK(x.events[0].kind == EventKind::talks);
    CHECK(x.events[0].date.value == "2025-05-10/2025-05-11");
}

TEST_CASE("talks from Monday to Wednesday, told on a Wednesday, end two days after that Monday") {
    // Told on Wednesday 2025-11-19.
    const ReferenceTime ref =
        at(date::sys_days{date::year{2025} / 11 / 19} + std::chrono::hours{3}, "Asia/Kolkata");
    auto x =
        our_extractor().extract("A U.S. team is due to meet India's chief negotiator from Monday "
                                "to Wednesday, an official said.",
                                ref);
    REQUIRE(x.events.size() == 1);
    CHECK(x.events[0].kind == EventKind::talks);
    CHECK(x.events[0].date.value == "2025-11-24/2025-11-26");
}

TEST_CASE("a day told before a telling after a comma takes no tense from what is told") {
    const ReferenceTime ref =
        at(date::sys_days{date::year{2025} / 10 / 27} + std::chrono::hours{3}, "Asia/Tokyo");
    // Told on 2025-10-27: July 2 is the one before, though the words told
    // after it look ahead.
    auto x = our_extractor().extract(
        "Trump first announced a deal with Vietnam on July 2, after a phone "
        "call with To Lam, the general secretary of the Communist Party, "
        "writing that Vietnamese goods would pay 20 percent.",
        ref);
    bool dated = false;
    for (const auto& e : x.events)
        if (e.kind == EventKind::deal) {
            CHECK(e.date.value == "2025-07-02");
            dated = true;
        }
    CHECK(dated);
}

TEST_CASE("two extractors of different rules in one thread each read by their own") {
    // A copy of the data whose talks take no location.
    const auto dir = std::filesystem::temp_directory_path() / "parley-rules-of-their-own";
    std::filesystem::remove_all(dir);
    std::filesystem::copy(PARLEY_DATA_DIR_FOR_TESTS, dir, std::filesystem::copy_options::recursive);
    {
        std::ifstream in(dir / "events" / "talks.rules");
        std::stringstream text;
        text << in.rdbuf();
        std::string rules = text.str();
        const std::string slots = "slots date round level location";
        REQUIRE(rules.find(slots) != std::string::npos);
        rules.replace(rules.find(slots), slots.size(), "slots date round level");
        std::ofstream(dir / "events" / "talks.rules") << rules;
    }
    const std::string text = "Japan and the United States will hold talks in London on Friday.";
    auto location = [&](const Extractor& x) {
        auto e = x.extract(text, tokyo("Asia/Tokyo")).events;
        REQUIRE(e.size() == 1);
        return e[0].details.location;
    };
    Extractor ours(DataDirs{{PARLEY_DATA_DIR_FOR_TESTS}});
    CHECK(location(ours) == "London");
    {
        Extractor theirs(DataDirs{{dir}});
        CHECK(location(theirs).empty());
    }
    Extractor again(DataDirs{{PARLEY_DATA_DIR_FOR_TESTS}});
    CHECK(location(again) == "London");
    std::filesystem::remove_all(dir);
}

TEST_CASE("the day of an aside of speaking, or of a statement late that day, dates the saying") {
    auto said = [&](std::string_view text) {
        std::vector<std::string> days;
        for (const auto& e : our_extractor().extract(text, tokyo("Asia/Tokyo")).events)
            if (e.kind == EventKind::statement) days.push_back(e.date.value);
        return days;
    };
    // Tuesday 2025-05-20.
    CHECK(said("Prime Minister Narendra Modi, speaking at a rally in Ahmedabad on Monday, said "
               "his government would never compromise on the interests of farmers.") ==
          std::vector<std::string>{"2025-05-19"});
    CHECK(said("Carney said in a statement late on Thursday that his government would not accept "
               "an agreement that hurt Canadian workers.") ==
          std::vector<std::string>{"2025-05-15"});
}

TEST_CASE("a deal whose countries are all named after 'with' is with the article's own side") {
    auto x = our_extractor().extract(
        "India cut its duties on Swiss watches on Wednesday. India's commerce minister said the "
        "cuts would help Indian buyers. The agreement with Switzerland, Norway, Iceland and "
        "Liechtenstein was signed in New Delhi in March last year.",
        tokyo("Asia/Tokyo"));
    auto deals = of_kind(x, EventKind::deal);
    REQUIRE(deals.size() == 1);
    const auto& actors = deals[0].actors;
    for (std::string code : {"IND", "CHE", "NOR", "ISL", "LIE"})
        CHECK(std::find(actors.begin(), actors.end(), code) != actors.end());
    CHECK(deals[0].date.value == "2024-03");
}

TEST_CASE("a rate countries accepted in deals is one deal of each at that rate") {
    auto x =
        our_extractor().extract("The United States set a 20 percent tariff on New Zealand goods. "
                                "The 15 percent is the same rate that Japan, South Korea and the "
                                "European Union accepted in deals struck last month.",
                                tokyo("Asia/Tokyo"));
    auto deals = of_kind(x, EventKind::deal);
    REQUIRE(deals.size() == 3);
    std::vector<std::string> sides;
    for (const auto& d : deals) {
        CHECK(d.details.rate_pct == 15);
        CHECK(d.date.value == "2025-04");
        CHECK(std::find(d.actors.begin(), d.actors.end(), "USA") != d.actors.end());
        for (const auto& a : d.actors)
            if (a == "JPN" || a == "KOR" || a == "EUU") sides.push_back(a);
    }
    std::sort(sides.begin(), sides.end());
    CHECK(sides == std::vector<std::string>{"EUU", "JPN", "KOR"});
}

TEST_CASE("the day of a broadcast the words were said in dates the saying") {
    // Tuesday 2025-05-20: the Monday before.
    auto statements =
        of_kind(our_extractor().extract(
                    "Murillo said in her midday broadcast on Monday that Nicaragua would not "
                    "accept conditions dictated by a foreign power.",
                    tokyo("Asia/Tokyo")),
                EventKind::statement);
    REQUIRE(!statements.empty());
    for (const auto& s : statements)
        CHECK(s.date.value == "2025-05-19");
}

TEST_CASE("a deal told this week and announced on a day of that week is one deal on that day") {
    // Friday 2025-08-01.
    auto x = our_extractor().extract(
        "Pakistani goods will pay a 19 percent tariff in the United States under a trade "
        "agreement the two countries concluded this week, officials said on Friday, well below "
        "the 29 percent rate Washington had announced in April. Trump announced the agreement "
        "late on Wednesday.",
        at(date::sys_days{date::year{2025} / 8 / 1} + std::chrono::hours{6}, "Asia/Karachi"));
    auto deals = of_kind(x, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-07-30");
    CHECK(deals[0].details.rate_pct == 19);
}

TEST_CASE(
    "a deal the two leaders struck is between the article's sides not the sentence before's") {
    auto x = our_extractor().extract(
        "BEIJING (Wire) -- Chinese President Xi Jinping and U.S. President Donald Trump spoke by "
        "telephone on Monday, their first call since meeting in South Korea. Xi also set out "
        "China's position on Taiwan. The truce the two leaders struck in Busan on Oct. 30 took "
        "effect on Nov. 10.",
        at(date::sys_days{date::year{2025} / 11 / 25} + std::chrono::hours{11}, "Asia/Shanghai"));
    auto deals = of_kind(x, EventKind::deal);
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].date.value == "2025-10-30");
    const auto& a = deals[0].actors;
    CHECK(std::find(a.begin(), a.end(), "CHN") != a.end());
    CHECK(std::find(a.begin(), a.end(), "USA") != a.end());
    CHECK(std::find(a.begin(), a.end(), "TWN") == a.end());
}

TEST_CASE("a tariff both countries contend with falls on each of the two named before") {
    auto x = our_extractor().extract(
        "OSLO (Wire) -- Brussels set yearly quotas on alloys from Norway and Iceland on "
        "Wednesday. Both countries are already contending with a 15 percent U.S. tariff that has "
        "applied to most of their goods since Aug. 7.",
        at(date::sys_days{date::year{2025} / 11 / 19} + std::chrono::hours{15}, "Europe/Oslo"));
    auto imposed = of_kind(x, EventKind::tariff_imposed);
    CHECK(targets_of(x, EventKind::tariff_imposed, 15) == std::vector<std::string>{"ISL", "NOR"});
    for (const auto& e : imposed) {
        CHECK(e.date.value == "2025-08-07");
        // "a 15 percent U.S. tariff": the initialism on the tariff word imposes it.
        CHECK(std::find(e.actors.begin(), e.actors.end(), "USA") != e.actors.end());
        CHECK(std::find(e.actors.begin(), e.actors.end(), "EUU") == e.actors.end());
    }
}

TEST_CASE("a reprieve that ends on a day restates the pause told before it") {
    auto x = our_extractor().extract(
        "TOKYO (Wire) -- Japanese goods also pay a 10 percent baseline duty, while the 24 percent "
        "rate Trump announced for Japan on April 2 was paused on April 9 for 90 days, a reprieve "
        "that ends on July 9.",
        at(date::sys_days{date::year{2025} / 6 / 20} + std::chrono::hours{1}, "Asia/Tokyo"));
    auto paused = of_kind(x, EventKind::tariff_paused);
    REQUIRE(paused.size() == 1);
    CHECK(paused[0].date.value == "2025-04-09");
    CHECK(paused[0].details.rate_pct == 24);
    CHECK(paused[0].details.target == "JPN");
}

TEST_CASE("goods from all three countries are the goods of each of the three the lede listed") {
    auto x = our_extractor().extract(
        "SEOUL (Wire) -- Trade ministers of South Korea, China and Japan met in Seoul on Sunday "
        "to revive talks on a three-way trade pact. The talks had stalled for years. Officials "
        "said the meeting was cordial. Steel and aluminum from all three countries have paid 25 "
        "percent in the United States since March 12.",
        at(date::sys_days{date::year{2025} / 3 / 31} + std::chrono::hours{1}, "Asia/Seoul"));
    CHECK(targets_of(x, EventKind::tariff_imposed) ==
          std::vector<std::string>{"CHN", "JPN", "KOR"});
}

TEST_CASE("a member state's position is one of its union's side in the union's negotiation") {
    auto x = our_extractor().extract(
        "BRUSSELS (Wire) -- The European Union and Mercosur plan to sign their trade agreement "
        "in Brazil on Saturday, and the European Commission urged EU governments on Wednesday to "
        "approve the deal with Brazil, Argentina, Paraguay and Uruguay. German Chancellor "
        "Friedrich Merz, whose carmakers stand to gain from the pact, urged fellow leaders on "
        "Tuesday to approve it without further delay.",
        at(date::sys_days{date::year{2025} / 12 / 17} + std::chrono::hours{15}, "Europe/Brussels"));
    const auto statements = of_kind(x, EventKind::statement);
    const Event* merz = nullptr;
    for (const auto& e : statements)
        if (std::find(e.actors.begin(), e.actors.end(), "DEU") != e.actors.end()) merz = &e;
    REQUIRE(merz != nullptr);
    CHECK(merz->date.value == "2025-12-16");
    CHECK(std::find(merz->actors.begin(), merz->actors.end(), "EUU") != merz->actors.end());
    CHECK(std::find(merz->actors.begin(), merz->actors.end(), "Friedrich Merz") !=
          merz->actors.end());
}

TEST_CASE("a span counting how often a body met dates none of what it said") {
    auto x = our_extractor().extract(
        "ZURICH (Wire) -- Switzerland faces a 39 percent U.S. tariff from Thursday. The Federal "
        "Council met in extraordinary session on Thursday afternoon for the second time this week "
        "and said afterward it would present a more attractive offer to the U.S. administration.",
        at(date::sys_days{date::year{2025} / 8 / 8} + std::chrono::hours{8}, "Europe/Zurich"));
    const auto said = of_kind(x, EventKind::statement);
    REQUIRE(said.size() == 1);
    CHECK(said[0].date.value != "2025-W32");
}

TEST_CASE("goods of the two countries named before fall on each, not on whose duties they escape") {
    auto x = our_extractor().extract(
        "WARSAW (Wire) -- European Union governments gave final approval on Thursday to tariffs "
        "on fertilisers and farm goods from Russia and Belarus. From July 1, agricultural "
        "products from the two countries that are not yet covered by EU duties will pay an extra "
        "50 percent.",
        at(date::sys_days{date::year{2025} / 6 / 12} + std::chrono::hours{10}, "Europe/Warsaw"));
    CHECK(targets_of(x, EventKind::tariff_announced, 50) == std::vector<std::string>{"BLR", "RUS"});
}
