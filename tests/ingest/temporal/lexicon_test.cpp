// The words of data/temporal: read from files a user can extend.

#include "ingest/temporal/lexicon.h"
#include "ingest/temporal/time_expression.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace parley;

TEST_CASE("parley's own temporal data files load") {
    const auto lex = temporal::load_temporal_lexicon(
        default_data_dirs(std::string(PARLEY_DATA_DIR_FOR_TESTS), std::nullopt));
    const auto* may = lex.find("may");
    REQUIRE(may);
    CHECK(may->month == 5);
    CHECK(may->cue == temporal::Cue::future);
    REQUIRE(lex.find("sept"));
    CHECK(lex.find("sept")->month == 9);
    CHECK(lex.zones.at("EDT") == -240);
    CHECK_FALSE(lex.holidays.empty());
}

TEST_CASE("a user's data directory adds words without recompiling") {
    test::TempDir dir;
    std::filesystem::create_directories(dir / "temporal");
    test::write_file(dir / "temporal" / "months.txt", "7 juillet\n");
    const auto lex = temporal::load_temporal_lexicon(
        default_data_dirs(std::string(PARLEY_DATA_DIR_FOR_TESTS), dir.path()));
    const ReferenceTime ref{date::sys_days{date::year{2025} / 5 / 20}, "", {}};
    const auto e = find_time_expressions("The truce ends in Juillet.", ref, lex);
    REQUIRE(e.size() == 1);
    CHECK(e[0].value == "2025-07");
}

TEST_CASE("a malformed data line is an error naming its file") {
    test::TempDir dir;
    std::filesystem::create_directories(dir / "temporal");
    test::write_file(dir / "temporal" / "zones.txt", "XST sometime\n");
    try {
        temporal::load_temporal_lexicon(
            default_data_dirs(std::string(PARLEY_DATA_DIR_FOR_TESTS), dir.path()));
        FAIL("no error");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("zones.txt") != std::string::npos);
    }
}

TEST_CASE("a place's clock in a zone the tz database lacks is an error naming its file") {
    for (const char* line : {"olympus Mars/Olympus_Mons\n", "olympus\n", "olympus mars\n"}) {
        test::TempDir dir;
        std::filesystem::create_directories(dir / "temporal");
        test::write_file(dir / "temporal" / "zone_places.txt", line);
        try {
            temporal::load_temporal_lexicon(
                default_data_dirs(std::string(PARLEY_DATA_DIR_FOR_TESTS), dir.path()));
            FAIL("no error for " << line);
        } catch (const std::runtime_error& e) {
            CHECK(std::string(e.what()).find("zone_places.txt") != std::string::npos);
        }
    }
}
