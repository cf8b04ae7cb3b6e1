#include "ingest/data_dir.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace parley;
using parley::test::TempDir;
using parley::test::write_file;

TEST_CASE("a user's data file is read after parley's, extending it") {
    TempDir ours, theirs;
    write_file(ours / "people.tsv", "a\n");
    write_file(theirs / "people.tsv", "b\n");
    auto dirs = default_data_dirs(ours.path().string(), theirs.path());
    auto files = data_files(dirs, "people.tsv");
    REQUIRE(files.size() == 2);
    CHECK(files[0] == ours / "people.tsv");
    CHECK(files[1] == theirs / "people.tsv");
}

TEST_CASE("data lines drop comments, blanks and surrounding space") {
    TempDir dir;
    write_file(dir / "f.txt", "# header\n\n  alpha \t\nbeta # note\r\n   \n");
    CHECK(read_data_lines(dir / "f.txt") == std::vector<std::string>{"alpha", "beta"});
}

TEST_CASE("a missing user directory is simply not searched") {
    TempDir ours;
    auto dirs = default_data_dirs(ours.path().string(), ours / "nope");
    CHECK(dirs.dirs.size() == 1);
}
