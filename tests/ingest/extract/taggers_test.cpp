#include "support.h"

#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::extract;

namespace {

struct Found {
    std::string text;
    double number;
    std::string code;
};

std::vector<Found> tags(std::string_view text, TagKind kind) {
    auto doc = analyse(text, {}, test::our_rules());
    std::vector<Found> out;
    for (const auto& t : doc.tags)
        if (t.kind == kind)
            out.push_back(
                Found{std::string(doc.span_text(t.first, t.last)), t.number, std::string(t.code)});
    return out;
}

std::vector<std::string> codes(std::string_view text, TagKind kind) {
    std::vector<std::string> out;
    for (const auto& f : tags(text, kind))
        out.push_back(f.code);
    return out;
}

std::vector<double> numbers(std::string_view text, TagKind kind) {
    std::vector<double> out;
    for (const auto& f : tags(text, kind))
        out.push_back(f.number);
    return out;
}

} // namespace

TEST_CASE("percentages in the ways wires write them") {
    CHECK(numbers("a 25 percent tariff, 25% duties, a 25-percent levy, 2.5 per cent, ten percent",
                  TagKind::percent) == std::vector<double>{25, 25, 25, 2.5, 10});
}

TEST_CASE("percentage points are a difference, not a rate") {
    CHECK(numbers("cut by 14 percentage points", TagKind::points) == std::vector<double>{14});
    CHECK(numbers("cut by 14 percentage points", TagKind::percent).empty());
}

TEST_CASE("a change from one rate to another keeps both") {
    auto c = tags("lowered from 24 percent to 14 percent", TagKind::change);
    REQUIRE(c.size() == 1);
    CHECK(c[0].number == 14);
    auto doc = analyse("cut to 15 percent from 25 percent, raised from 10 to 20 percent", {},
                       test::our_rules());
    std::vector<std::pair<double, double>> changes;
    for (const auto& t : doc.tags)
        if (t.kind == TagKind::change) changes.emplace_back(t.from, t.number);
    CHECK(changes == std::vector<std::pair<double, double>>{{25, 15}, {10, 20}});
}

TEST_CASE("quantities of goods with their product") {
    auto q = tags("100,000 cars a year, 1.36 million vehicles and 13,000 tonnes of steel",
                  TagKind::quantity);
    REQUIRE(q.size() == 3);
    CHECK(q[0].number == 100000);
    CHECK(q[0].code == "autos");
    CHECK(q[1].number == 1360000);
    CHECK(q[1].code == "autos");
    CHECK(q[2].number == 13000);
    CHECK(q[2].code == "steel");
}

TEST_CASE("money with the currency before or after the amount") {
    auto m = tags("$550 billion in investment, 550 billion dollars, 211 billion yen ($1.5 "
                  "billion) and US$2bn",
                  TagKind::money);
    REQUIRE(m.size() == 5);
    CHECK(m[0].number == 550e9);
    CHECK(m[0].code == "USD");
    CHECK(m[1].code == "USD");
    CHECK(m[2].number == 211e9);
    CHECK(m[2].code == "JPY");
    CHECK(m[3].number == 1.5e9);
    CHECK(m[4].number == 2e9);
}

TEST_CASE("ordinals in words and figures") {
    CHECK(numbers("the third round, the 7th round and the twenty-first meeting",
                  TagKind::ordinal) == std::vector<double>{3, 7, 21});
}

TEST_CASE("countries from names, adjectives, abbreviations and seats of government") {
    CHECK(codes("Japan and the United States; Japanese cars; the U.S. and the EU; Washington, "
                "Beijing, Brussels and London",
                TagKind::country) ==
          std::vector<std::string>{"JPN", "USA", "JPN", "USA", "EUU", "USA", "CHN", "EUU", "GBR"});
}

TEST_CASE("countries beyond the main negotiations are named too") {
    CHECK(codes("Uruguay and Paraguayan exporters; talks in Montevideo and Tbilisi; Ghana",
                TagKind::country) == std::vector<std::string>{"URY", "PRY", "URY", "GEO", "GHA"});
    // Words that also name people or other places name no country alone.
    CHECK(codes("Sofia and Georgia met Jordan in Kingston", TagKind::country).empty());
}

TEST_CASE("a capitalised abbreviation never matches an ordinary word") {
    CHECK(codes("Let us talk about Turkey and turkey", TagKind::country) ==
          std::vector<std::string>{"TUR"});
}

TEST_CASE("headline capitals still name countries") {
    CHECK(codes("JAPAN, CHINA TALKS", TagKind::country) == std::vector<std::string>{"JPN", "CHN"});
}

TEST_CASE("organisations and the country they act for") {
    auto o = tags("USTR, the WTO, the G7, METI and the White House", TagKind::organisation);
    REQUIRE(o.size() == 5);
    CHECK(o[0].code == "USA");
    CHECK(o[1].code == "");
    CHECK(o[3].code == "JPN");
    CHECK(o[4].code == "USA");
}

TEST_CASE("products map to canonical names, the longest phrase first") {
    CHECK(codes("auto parts, automobiles, steel and aluminium, chips, drugs, softwood lumber",
                TagKind::product) == std::vector<std::string>{"auto_parts", "autos", "steel",
                                                              "aluminum", "semiconductors",
                                                              "pharmaceuticals", "lumber"});
}

TEST_CASE("chemicals are goods of their own") {
    CHECK(codes("medicines, chemicals and machinery", TagKind::product) ==
          std::vector<std::string>{"pharmaceuticals", "chemicals", "machinery"});
}

TEST_CASE("canola and pulses are farm goods") {
    CHECK(codes("canola oil, canola meal and dried peas", TagKind::product) ==
          std::vector<std::string>{"agriculture", "agriculture", "agriculture"});
}

TEST_CASE("watches are goods of their own") {
    CHECK(codes("Swiss watches, chocolates and machinery", TagKind::product) ==
          std::vector<std::string>{"watches", "machinery"});
}

TEST_CASE("jet engines are aircraft, and vanities furniture") {
    CHECK(codes("jet engines and aircraft parts", TagKind::product) ==
          std::vector<std::string>{"aircraft", "aircraft"});
    CHECK(codes("cabinets and vanities", TagKind::product) ==
          std::vector<std::string>{"furniture"});
}

TEST_CASE("numbers inside dates are not tagged as numbers") {
    std::string text = "On May 23, 2025 they met.";
    auto doc = analyse(text, {test::when(text, "May 23, 2025", "2025-05-23")}, test::our_rules());
    for (const auto& t : doc.tags)
        CHECK((t.kind == TagKind::date || t.kind == TagKind::country));
}

TEST_CASE("the first tag from each token reads the same from the table as by search") {
    std::string text = "Japan and the United States cut tariffs on cars to 15 percent on July 22, "
                       "and Tokyo will invest $550 billion.";
    auto doc = analyse(text, {test::when(text, "July 22", "2025-07-22")}, test::our_rules());
    REQUIRE(doc.tags.size() >= 4);
    auto searched = [&](std::size_t token) {
        std::size_t k = 0;
        while (k < doc.tags.size() && doc.tags[k].first < token)
            ++k;
        return k;
    };
    for (std::size_t i = 0; i <= doc.tokens.size() + 2; ++i)
        CHECK(doc.first_tag_from(i) == searched(i));
    // Tags added after the table was made are found by search, not missed.
    Tag late;
    late.first = late.last = doc.tokens.size();
    doc.tags.push_back(late);
    CHECK(doc.first_tag_from(doc.tokens.size()) == searched(doc.tokens.size()));
}
