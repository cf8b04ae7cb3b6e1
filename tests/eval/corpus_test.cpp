// The evaluation set keeps its own rules (tests/eval/README.md): every article
// has its metadata and a gold coding that parley's own event reader accepts,
// every evidence sentence is in the article, every date is a value parley can
// read, and nothing of the seed article is copied into the repository.

#include "corpus.h"
#include "support/shared.h"
#include "timeline/event_json.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <date/tz.h>
#include <regex>
#include <set>
#include <sstream>

using namespace parley::eval;
using nlohmann::json;

namespace {

const std::filesystem::path seed_text_path = "seed/000_cc4c5ff2b0d4a67e.txt";

// The evaluation set and the articles written after the rules (later/):
// both keep the same rules.
const std::vector<EvalArticle>& articles() {
    static const auto all = [] {
        auto out = load_articles(eval_dir() / "articles");
        for (auto& a : load_articles(eval_dir() / "later"))
            out.push_back(std::move(a));
        return out;
    }();
    return all;
}

json seed_gold() {
    return json::parse(read_file(eval_dir() / "seed.json"));
}

// The codes the gold may use: the countries of the 2025 negotiations and their
// neighbours, the EU as EUU, and ALL for a measure on every origin.
const std::set<std::string> country_codes{
    "USA", "JPN", "GBR", "CHN", "EUU", "KOR", "IND", "CAN", "MEX", "CHE", "DEU", "FRA",
    "ITA", "RUS", "VNM", "BRA", "AUS", "TWN", "IDN", "PHL", "THA", "MYS", "SGP", "NOR",
    "ISL", "LIE", "IRL", "ESP", "NLD", "BEL", "SWE", "POL", "ZAF", "ARG", "NZL", "HKG",
    "KHM", "ECU", "GTM", "SLV", "BGD", "CHL", "ISR", "OMN", "ARE", "LAO", "MMR", "SRB",
    "BIH", "KAZ", "TUN", "PAK", "NIC", "LKA", "COL", "LSO", "KEN", "SWZ", "VEN", "BLR"};

// Canonical product names (README.md lists them with the words that map to each).
const std::set<std::string> product_names{"autos",          "auto_parts",
                                          "steel",          "aluminum",
                                          "semiconductors", "pharmaceuticals",
                                          "lumber",         "copper",
                                          "rice",           "beef",
                                          "agriculture",    "energy",
                                          "aircraft",       "critical_minerals",
                                          "soybeans",       "machinery",
                                          "electronics",    "pork",
                                          "dairy",          "seafood",
                                          "chemicals",      "textiles",
                                          "gold",           "watches",
                                          "smartphones",    "fentanyl_precursors",
                                          "corn",           "wheat",
                                          "ships",          "trucks",
                                          "furniture",      "solar_panels",
                                          "batteries"};

const std::set<std::string> detail_keys{"rate_pct", "products", "target",   "round",
                                        "quota",    "level",    "location", "duration_days"};

const std::set<std::string> granularity_names{"day",  "week", "month",    "season", "quarter",
                                              "half", "year", "interval", "time",   "unknown"};

bool is_string(const json& j, const char* key) {
    return j.contains(key) && j[key].is_string() && !j[key].get<std::string>().empty();
}

std::size_t word_count(const std::string& text) {
    std::istringstream in(text);
    std::size_t n = 0;
    for (std::string w; in >> w;)
        if (w != "--") ++n;
    return n;
}

// What the gold's date says about the granularity it must carry.
std::string expected_granularity(const std::string& value) {
    if (value.find('/') != std::string::npos) return "interval";
    if (value.find('T') != std::string::npos) return "time";
    auto parsed = parley::parse_date_value(value);
    if (!parsed) return "?";
    return std::string(parley::to_string(parsed->granularity));
}

// The paragraph of `text` in which `evidence` occurs (the evidence itself when
// it does not occur): the seed's gold cites short fragments, whose date words
// may sit elsewhere in the sentence.
std::string paragraph_of(const std::string& text, const std::string& evidence) {
    auto at = text.find(evidence);
    if (evidence.empty() || at == std::string::npos) return evidence;
    auto begin = text.rfind('\n', at);
    begin = begin == std::string::npos ? 0 : begin + 1;
    auto end = text.find('\n', at + evidence.size());
    return text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

// Checks one gold coding against its text; returns what is wrong, one line each.
std::vector<std::string> gold_problems(const json& gold, const std::string& text) {
    std::vector<std::string> out;
    auto bad = [&](const std::string& what, const json& item) {
        out.push_back(what + ": " + item.dump());
    };
    if (!gold.is_object() || !gold.contains("people") || !gold["people"].is_array() ||
        !gold.contains("events") || !gold["events"].is_array()) {
        out.push_back("gold needs \"people\" and \"events\" arrays");
        return out;
    }

    std::set<std::string> names;
    for (const auto& p : gold["people"]) {
        if (!is_string(p, "name")) {
            bad("a person without a name", p);
            continue;
        }
        auto name = p["name"].get<std::string>();
        if (!names.insert(name).second) bad("a person listed twice", p);
        if (text.find(name) == std::string::npos) bad("a person the text does not name in full", p);
        if (!p.contains("role") || !(p["role"].is_string() || p["role"].is_null()))
            bad("a person without a role (null when the text gives none)", p);
        if (!p.contains("country") || !p["country"].is_string() ||
            !country_codes.count(p["country"].get<std::string>()))
            bad("a person without a known country code", p);
    }

    for (const auto& e : gold["events"]) {
        try {
            (void)parley::event_from_json(e);
        } catch (const std::exception& ex) {
            bad(std::string("parley cannot read the event (") + ex.what() + ")", e);
            continue;
        }
        if (!is_string(e, "kind") || !is_string(e, "status")) bad("no kind or status", e);
        if (!is_string(e, "evidence") ||
            text.find(e["evidence"].get<std::string>()) == std::string::npos)
            bad("the evidence is not a sentence of the text", e);
        std::string evidence = e.value("evidence", "");

        const json& d = e.contains("date") ? e["date"] : json();
        if (!d.is_object() || !d.contains("value") || !d.contains("text") ||
            !d.contains("granularity")) {
            bad("the date needs value, text and granularity", e);
        } else {
            std::string g = d["granularity"].is_string() ? d["granularity"].get<std::string>() : "";
            if (!granularity_names.count(g)) bad("an unknown granularity", e);
            if (d["value"].is_null()) {
                if (g != "unknown") bad("a null date has granularity unknown", e);
                if (!d["text"].is_null()) bad("a null date has no text", e);
            } else if (!d["value"].is_string()) {
                bad("a date value that is not a string", e);
            } else {
                std::string v = d["value"].get<std::string>();
                std::string day = v.substr(0, v.find('T'));
                if (!parley::parse_date_value(day))
                    bad("a date value parley cannot read", e);
                else if (expected_granularity(v) != g)
                    bad("the granularity does not fit the value", e);
            }
            if (d["text"].is_string() &&
                paragraph_of(text, evidence).find(d["text"].get<std::string>()) ==
                    std::string::npos)
                bad("the date text is not in the evidence's paragraph", e);
        }

        if (!e.contains("actors") || !e["actors"].is_array()) {
            bad("no actors array", e);
        } else {
            for (const auto& a : e["actors"]) {
                auto s = a.is_string() ? a.get<std::string>() : "";
                bool code = s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) {
                                return std::isupper(static_cast<unsigned char>(c));
                            });
                if (code ? !country_codes.count(s) : !names.count(s))
                    bad("an actor who is neither a known code nor a listed person (" + s + ")", e);
            }
        }

        const json& det = e.contains("details") ? e["details"] : json();
        if (!det.is_object()) {
            bad("details must be an object", e);
            continue;
        }
        for (const auto& [k, v] : det.items()) {
            if (!detail_keys.count(k)) bad("an unknown detail " + k, e);
        }
        if (det.contains("products"))
            for (const auto& p : det["products"])
                if (!p.is_string() || !product_names.count(p.get<std::string>()))
                    bad("a product that is not a canonical name", e);
        if (det.contains("target")) {
            auto t = det["target"].is_string() ? det["target"].get<std::string>() : "";
            if (t != "ALL" && !country_codes.count(t)) bad("a target that is no code", e);
        }
        if (det.contains("level")) {
            auto l = det["level"].is_string() ? det["level"].get<std::string>() : "";
            if (l != "ministerial" && l != "working" && l != "leaders") bad("an unknown level", e);
        }
        for (const char* k : {"round", "quota", "duration_days"})
            if (det.contains(k) && !det[k].is_number_integer())
                bad(std::string(k) + " not an integer", e);
        if (det.contains("rate_pct") && !det["rate_pct"].is_number())
            bad("rate_pct not a number", e);
    }

    // A pause that is dated or has a length also ends somewhere: DESIGN.md
    // wants that end as a deadline of its own.
    auto has_deadline =
        std::any_of(gold["events"].begin(), gold["events"].end(),
                    [](const json& e) { return e.value("kind", "") == "deadline"; });
    for (const auto& e : gold["events"]) {
        if (e.value("kind", "") != "tariff_paused") continue;
        auto status = e.value("status", "");
        if (status != "reported" && status != "planned") continue;
        if (e.contains("details") && e["details"].contains("duration_days") && !has_deadline)
            bad("a pause with a length but no deadline in the article", e);
    }
    return out;
}

void check_meta(const EvalArticle& a) {
    INFO(a.id);
    const json& m = a.meta;
    for (const char* key : {"published", "tz", "outlet", "title", "url"})
        CHECK(is_string(m, key));
    auto p = published_of(m);
    const date::time_zone* zone = nullptr;
    REQUIRE_NOTHROW(zone = date::locate_zone(p.zone));
    // The timestamp is written with the offset the outlet's zone had then.
    auto info = zone->get_info(p.instant);
    CHECK(std::chrono::duration_cast<std::chrono::minutes>(info.offset) == p.offset);
    // Published in 2025, when the negotiations it reports were under way.
    CHECK(p.instant >= date::sys_days{date::year{2025} / 1 / 1});
    CHECK(p.instant < date::sys_days{date::year{2026} / 1 / 1});
    std::string url = m.value("url", "");
    CHECK(std::regex_match(url, std::regex(R"(https://[a-z0-9-]+\.example/[A-Za-z0-9/_.-]+)")));
}

} // namespace

TEST_CASE("the evaluation set holds at least 36 articles") {
    CHECK(articles().size() >= 36);
}

TEST_CASE("every article has its publication time in its outlet's zone, outlet, title and URL") {
    for (const auto& a : articles())
        check_meta(a);
}

TEST_CASE("every article is wire copy of 150 to 400 words under a dateline naming its outlet") {
    for (const auto& a : articles()) {
        INFO(a.id);
        auto words = word_count(a.text);
        CHECK(words >= 150);
        CHECK(words <= 400);
        std::string outlet = a.meta.value("outlet", "");
        // "TOKYO (Kanto Press) -- " or, as Reuters writes it, "HONG KONG, May 13
        // (Kowloon Newswire) - ".
        std::regex dateline("^[A-Z][A-Za-z0-9 .,'-]+ \\(" +
                            std::regex_replace(outlet, std::regex(R"([.()])"), R"(\$&)") +
                            "\\) --? ");
        CHECK(std::regex_search(a.text, dateline));
    }
}

TEST_CASE("article file names, titles and URLs are unique") {
    std::set<std::string> titles, urls;
    for (const auto& a : articles()) {
        INFO(a.id);
        CHECK(std::regex_match(a.id, std::regex(R"(\d{3}_[a-z0-9-]+)")));
        CHECK(titles.insert(a.meta.value("title", "")).second);
        CHECK(urls.insert(a.meta.value("url", "")).second);
    }
}

TEST_CASE("every gold coding follows the annotation rules") {
    for (const auto& a : articles()) {
        INFO(a.id);
        REQUIRE(a.meta.contains("gold"));
        auto problems = gold_problems(a.meta["gold"], a.text);
        for (const auto& p : problems)
            FAIL_CHECK(p);
        CHECK_FALSE(a.meta["gold"]["events"].empty());
    }
}

TEST_CASE("the gold checker catches what it is there to catch") {
    std::string text = "TOKYO (Wire) -- Japan and the United States held talks on Friday, "
                       "officials said.";
    json good_event{
        {"kind", "talks"},
        {"status", "held"},
        {"date", {{"value", "2025-05-23"}, {"text", "on Friday"}, {"granularity", "day"}}},
        {"actors", {"JPN", "USA"}},
        {"details", json::object()},
        {"evidence", text.substr(16)}};
    json gold{{"people", json::array()}, {"events", {good_event}}};
    CHECK(gold_problems(gold, text).empty());

    auto broken = [&](auto change) {
        json g = gold;
        change(g["events"][0]);
        return gold_problems(g, text).size();
    };
    CHECK(broken([](json& e) { e["kind"] = "summit"; }) == 1);
    CHECK(broken([](json& e) { e["evidence"] = "Japan held talks on Friday."; }) == 1);
    CHECK(broken([](json& e) { e["date"]["value"] = "2025-13-01"; }) == 1);
    CHECK(broken([](json& e) { e["date"]["granularity"] = "month"; }) == 1);
    CHECK(broken([](json& e) { e["date"]["text"] = "next week"; }) == 1);
    CHECK(broken([](json& e) { e["actors"].push_back("Ryosei Akazawa"); }) == 1);
    CHECK(broken([](json& e) { e["actors"].push_back("XXX"); }) == 1);
    CHECK(broken([](json& e) { e["details"]["products"] = {"cars"}; }) == 1);
    CHECK(broken([](json& e) { e["details"]["round"] = "third"; }) == 1);
    CHECK(broken([](json& e) { e["details"]["venue"] = "Washington"; }) == 1);
    CHECK(broken([](json& e) {
              e["kind"] = "tariff_paused";
              e["status"] = "reported";
              e["details"]["duration_days"] = 90;
          }) == 1);
    json with_person = gold;
    with_person["people"].push_back(
        {{"name", "Ryosei Akazawa"}, {"role", nullptr}, {"country", "JPN"}});
    CHECK(gold_problems(with_person, text).size() == 1); // not named in the text
}

TEST_CASE("the seed's gold codes every row of the design's seed table") {
    json seed = seed_gold();
    for (const char* key : {"published", "tz", "outlet", "title", "url"})
        CHECK(is_string(seed, key));
    auto p = published_of(seed);
    CHECK(p.zone == "Asia/Tokyo");
    CHECK(p.offset == std::chrono::hours{9});
    // Tuesday 2025-05-20, Japan time.
    auto local = date::floor<date::days>(p.instant + p.offset);
    CHECK(date::year_month_day{local} == date::year{2025} / 5 / 20);

    std::set<int> rows;
    for (const char* key : {"events", "people"})
        for (const auto& item : seed["gold"][key])
            if (item.contains("seed_row")) rows.insert(item["seed_row"].get<int>());
    CHECK(rows == std::set<int>{1, 2, 3, 4, 5, 6, 7, 8});
}

TEST_CASE("the seed's gold follows the annotation rules against the seed text") {
    PARLEY_SKIP_WITHOUT_SHARED(seed_text_path);
    std::string text = read_file(parley::test::shared_dir() / seed_text_path);
    for (const auto& p : gold_problems(seed_gold()["gold"], text))
        FAIL_CHECK(p);
}

namespace {

// Lower-case runs of letters and digits.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out;
    std::string w;
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (!w.empty()) {
            out.push_back(w);
            w.clear();
        }
    }
    if (!w.empty()) out.push_back(w);
    return out;
}

// Every run of eight words in `text`.
std::set<std::string> shingles(const std::string& text) {
    std::set<std::string> out;
    auto w = words_of(text);
    for (std::size_t i = 0; i + 8 <= w.size(); ++i) {
        std::string s;
        for (std::size_t j = i; j < i + 8; ++j)
            s += w[j] + " ";
        out.insert(s);
    }
    return out;
}

void strings_in(const json& j, std::vector<std::string>& out) {
    if (j.is_string()) out.push_back(j.get<std::string>());
    if (j.is_array() || j.is_object())
        for (const auto& x : j)
            strings_in(x, out);
}

} // namespace

TEST_CASE("no article and no seed gold repeats eight words running of the seed article") {
    PARLEY_SKIP_WITHOUT_SHARED(seed_text_path);
    auto seed = shingles(read_file(parley::test::shared_dir() / seed_text_path));
    REQUIRE(seed.size() > 400);
    for (const auto& a : articles()) {
        INFO(a.id);
        for (const auto& s : shingles(a.text))
            if (seed.count(s)) FAIL_CHECK("shares with the seed: " << s);
    }
    std::vector<std::string> gold_strings;
    strings_in(seed_gold(), gold_strings);
    for (const auto& g : gold_strings)
        for (const auto& s : shingles(g))
            if (seed.count(s)) FAIL_CHECK("seed.json quotes the seed at length: " << s);
}

TEST_CASE("a publication time is read with its offset") {
    auto p = published_of(json{{"published", "2025-05-20T13:41:00+09:00"}, {"tz", "Asia/Tokyo"}});
    CHECK(p.offset == std::chrono::hours{9});
    CHECK(p.instant == date::sys_days{date::year{2025} / 5 / 20} + std::chrono::hours{4} +
                           std::chrono::minutes{41});
    CHECK_THROWS(published_of(json{{"published", "2025-05-20 13:41"}, {"tz", "Asia/Tokyo"}}));
    CHECK_THROWS(published_of(json{{"published", "2025-05-20T13:41:00+09:00"}}));
}
