// The extractor against the gold of tests/eval: the floors the project holds
// itself to (event F1, people F1, every row of the design's seed table).
// The full report, with every miss, is written to extraction-quality.txt in
// the test's working directory.

#include "corpus.h"
#include "ingest/data_dir.h"
#include "ingest/extract/extract.h"
#include "report.h"
#include "scorer.h"
#include "support/shared.h"
#include "timeline/event_json.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>

using namespace parley::eval;
using nlohmann::json;

namespace {

const std::filesystem::path seed_text_path = "seed/000_cc4c5ff2b0d4a67e.txt";

const parley::Extractor& extractor() {
    static const parley::Extractor x(parley::DataDirs{{PARLEY_DATA_DIR_FOR_TESTS}});
    return x;
}

// What `parley extract --format json` prints for the article, as the scorer reads it.
json extract(const std::string& text, const json& meta) {
    auto p = published_of(meta);
    parley::ReferenceTime ref{p.instant, p.zone, p.offset};
    auto x = extractor().extract(text, ref);
    json out{{"people", json::array()}, {"events", json::array()}};
    for (const auto& person : x.people)
        out["people"].push_back(parley::to_json(person));
    for (const auto& e : x.events)
        out["events"].push_back(parley::to_json(e));
    return out;
}

json seed_meta() {
    return json::parse(read_file(eval_dir() / "seed.json"));
}

std::string seed_text() {
    return read_file(parley::test::shared_dir() / seed_text_path);
}

std::vector<ArticleCase> cases(const std::filesystem::path& dir) {
    std::vector<ArticleCase> out;
    for (const auto& a : load_articles(dir))
        out.push_back({a.id, a.meta["gold"], extract(a.text, a.meta)});
    return out;
}

std::vector<ArticleCase> cases() {
    std::vector<ArticleCase> out = cases(eval_dir() / "articles");
    if (parley::test::have_shared(seed_text_path)) {
        json meta = seed_meta();
        out.push_back({"000_seed", meta["gold"], extract(seed_text(), meta)});
    }
    return out;
}

// The design asks for event F1 >= 0.85, and the extractor reaches it: the
// test holds the floor itself. It is the F1 over the whole set as it stands:
// articles added to the set are scored too, so a harder article can lower it.
constexpr double design_event_f1 = 0.85;

// The articles of later/ were written after the rules, and each batch was
// scored before any rule was made from it (README.md keeps those first
// figures). They measure how the rules carry to text they were not made
// from; the floor keeps that from sliding back.
constexpr double later_event_f1 = 0.60;

// Scores the cases, writes the full report to `file` and prints its summary.
Score scored(const std::vector<ArticleCase>& cases, const char* file, const char* what) {
    Score s = score(cases);
    std::string report = format_report(s);
    std::ofstream(file) << report << "\n" << format_misses(s);
    std::cout << "extraction quality over " << cases.size() << " " << what << "\n" << report;
    return s;
}

} // namespace

TEST_CASE("the extractor reaches the quality floors on the evaluation articles and the seed") {
    auto all = cases();
    REQUIRE(all.size() >= 36);
    Score s = scored(all, "extraction-quality.txt", "articles");
    INFO(format_report(s));
    CHECK(s.events.f1() >= design_event_f1);
    CHECK(s.people.f1() >= 0.90);
}

TEST_CASE("every row of the design's seed table is extracted exactly") {
    PARLEY_SKIP_WITHOUT_SHARED(seed_text_path);
    json meta = seed_meta();
    json system = extract(seed_text(), meta);
    auto rows = check_marked_rows(meta["gold"], system);
    REQUIRE(rows.size() >= 9);
    for (const auto& r : rows) {
        INFO("seed table row " << r.row << ": " << r.gold);
        INFO("extracted: " << system.dump(1));
        CHECK(r.exact);
    }
}

TEST_CASE("the extractor holds its quality on articles written after its rules") {
    auto later = cases(eval_dir() / "later");
    REQUIRE(later.size() >= 14);
    Score s = scored(later, "extraction-quality-later.txt", "later articles");
    INFO(format_report(s));
    CHECK(s.events.f1() >= later_event_f1);
    CHECK(s.people.f1() >= 0.90);
}
