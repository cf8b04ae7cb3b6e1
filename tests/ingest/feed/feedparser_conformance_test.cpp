// feedparser's test corpus (../shared/peers/feedparser), read by parley: each
// expectation there is feedparser's judgement of what a feed says. The pass
// rate is reported overall and per field; the test fails below the floors.
// PARLEY_CONFORMANCE_FAILURES=1 lists every disagreement.

#include "ingest/feed/feed_entries.h"
#include "ingest/text/html_text.h"
#include "ingest/text/whitespace.h"
#include "support/shared.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace parley;
using nlohmann::json;

namespace {

// Floors, set just under what parley reaches so that a regression shows.
constexpr double case_floor = 0.95;
constexpr double field_floor = 0.85; // assertions other than bozo

std::string iso_utc(const FeedTime& t) {
    return date::format("%Y-%m-%dT%H:%M:%SZ", t.instant);
}

std::string header(const json& c, std::string_view name) {
    if (!c.contains("http_headers")) return {};
    for (const auto& [key, value] : c["http_headers"].items()) {
        std::string k = key;
        for (char& ch : k)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (k == name) return value.get<std::string>();
    }
    return {};
}

// feedparser gives text as (sanitised) HTML and parley as plain text: both
// sides are compared as the text a reader sees, on one line.
bool same_text(const std::string& ours, const std::string& expected) {
    const std::string mine = collapse_whitespace(ours);
    return mine == collapse_whitespace(html_to_text(expected)) ||
           mine == collapse_whitespace(expected);
}

struct Tally {
    int total = 0;
    int passed = 0;
    double rate() const { return total == 0 ? 1.0 : static_cast<double>(passed) / total; }
};

std::string percent(const Tally& t) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(1) << 100.0 * t.rate() << " % (" << t.passed << "/"
        << t.total << ")";
    return out.str();
}

} // namespace

TEST_CASE("parley agrees with feedparser's conformance corpus above the floors") {
    PARLEY_SKIP_WITHOUT_SHARED("peers/feedparser/cases.json");
    const auto dir = parley::test::shared_dir() / "peers" / "feedparser";
    const json cases = json::parse(parley::test::read_file(dir / "cases.json"));
    const bool list_failures = std::getenv("PARLEY_CONFORMANCE_FAILURES") != nullptr;

    Tally all_cases, non_bozo;
    std::map<std::string, Tally> by_field;
    for (const json& c : cases) {
        const std::string file = c["file"];
        const std::string bytes = parley::test::read_file(dir / file);
        FeedSource source;
        source.url = c.value("document_url", "");
        source.content_type = header(c, "content-type");

        std::optional<FeedEntries> read;
        std::string error;
        try {
            read = read_feed_entries(bytes, source);
        } catch (const FeedParseError& e) {
            error = e.what();
        }

        bool case_ok = true;
        for (const json& a : c["expect"]) {
            const std::string field = a["field"];
            std::string got;
            bool ok = false;
            if (field == "bozo") {
                const bool bozo = !read || !read->warnings.empty();
                ok = bozo == a["value"].get<bool>();
                got = bozo ? "bozo: " + (read ? read->warnings.front() : error) : "not bozo";
            } else if (!read) {
                got = "error: " + error;
            } else if (field == "feed.title") {
                got = read->title;
                ok = same_text(got, a["value"]);
            } else if (field == "feed.link") {
                got = read->link;
                ok = got == a["value"];
            } else {
                const auto index = a.value("entry", 0);
                if (index >= static_cast<int>(read->entries.size())) {
                    got = "(" + std::to_string(read->entries.size()) + " entries)";
                } else {
                    const FeedEntry& e = read->entries[static_cast<std::size_t>(index)];
                    const std::string expected = a["value"].is_string() ? a["value"] : "";
                    if (field == "entry.title") {
                        got = e.title;
                        ok = same_text(got, expected);
                    } else if (field == "entry.summary") {
                        // feedparser gives the content as the summary when there is none.
                        got = e.summary.empty() ? e.content : e.summary;
                        ok = same_text(got, expected);
                    } else if (field == "entry.content") {
                        got = e.content;
                        ok = same_text(got, expected);
                    } else if (field == "entry.link") {
                        got = e.link;
                        ok = got == expected;
                    } else if (field == "entry.id") {
                        got = e.id;
                        ok = got == expected;
                    } else if (field == "entry.published" || field == "entry.updated") {
                        const auto& t = field == "entry.published" ? e.published : e.updated;
                        got = t ? iso_utc(*t) : "(none)";
                        ok = got == expected;
                    }
                }
            }
            by_field[field].total++;
            by_field[field].passed += ok ? 1 : 0;
            if (field != "bozo") {
                non_bozo.total++;
                non_bozo.passed += ok ? 1 : 0;
            }
            if (!ok) {
                case_ok = false;
                if (list_failures)
                    std::cout << "FAIL " << file << " " << field << ": expected "
                              << a["value"].dump() << ", got " << json(got).dump() << "\n";
            }
        }
        all_cases.total++;
        all_cases.passed += case_ok ? 1 : 0;
    }

    std::ostringstream report;
    report << "feedparser corpus: cases " << percent(all_cases) << "; assertions other than bozo "
           << percent(non_bozo);
    for (const auto& [field, t] : by_field)
        report << "\n  " << field << ": " << percent(t);
    WARN(report.str());
    std::cout << report.str() << "\n";

    CHECK(all_cases.rate() >= case_floor);
    CHECK(non_bozo.rate() >= field_floor);
}
