// The command line as a user meets it: exit codes and one-line errors.

#include "support/run.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace parley::test;

namespace {

RunOptions in(const TempDir& dir) {
    RunOptions o;
    o.env["HOME"] = dir.path().string();
    return o;
}

std::size_t lines(const std::string& s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

} // namespace

TEST_CASE("the help lists every command of the design") {
    TempDir dir;
    auto r = run_parley({"--help"}, in(dir));
    CHECK(r.exit_code == 0);
    for (const char* cmd : {"feed", "pull", "ingest", "articles", "rebuild", "extract", "timeline",
                            "deadlines", "actors", "tariffs", "show"}) {
        INFO(cmd);
        CHECK(r.out.find(cmd) != std::string::npos);
    }
}

TEST_CASE("the version flag names parley and its version") {
    TempDir dir;
    auto r = run_parley({"--version"}, in(dir));
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind("parley ", 0) == 0);
}

TEST_CASE("an unknown command is a one-line error with exit code 2") {
    TempDir dir;
    auto r = run_parley({"frobnicate"}, in(dir));
    CHECK(r.exit_code == 2);
    CHECK(lines(r.err) == 1);
    CHECK(r.out.empty());
}

TEST_CASE("no command at all is a usage error") {
    TempDir dir;
    auto r = run_parley({}, in(dir));
    CHECK(r.exit_code == 2);
    CHECK(lines(r.err) == 1);
}

TEST_CASE("bad option values exit 2 with one line") {
    TempDir dir;
    const std::vector<std::vector<std::string>> bad{
        {"timeline", "--format", "pdf"},
        {"timeline", "--since", "next blue moon"},
        {"timeline", "--kind", "war"},
        {"deadlines", "--within", "soon"},
        {"deadlines", "--as-of", "2025-13-01"},
        {"pull", "--jobs", "0"},
        {"feed", "add", "ftp://example.org/feed"},
        {"feed", "add", "https://example.org/feed", "--tz", "Mars/Olympus"},
        {"show", "not-a-number"},
        {"articles", "--format", "xml"},
        {"feed"},
    };
    for (const auto& args : bad) {
        std::string joined;
        for (const auto& a : args)
            joined += a + " ";
        INFO(joined);
        auto r = run_parley(args, in(dir));
        CHECK(r.exit_code == 2);
        CHECK(lines(r.err) == 1);
    }
}

TEST_CASE("the store is created under XDG_DATA_HOME on first use") {
    TempDir dir;
    auto o = in(dir);
    o.env["XDG_DATA_HOME"] = (dir / "data").string();
    auto r = run_parley({"feed", "list"}, o);
    CHECK(r.exit_code == 0);
    CHECK(std::filesystem::exists(dir / "data" / "parley" / "parley.db"));
}

TEST_CASE("PARLEY_DB points the store elsewhere and --db wins over it") {
    TempDir dir;
    auto o = in(dir);
    o.env["PARLEY_DB"] = (dir / "env.db").string();
    CHECK(run_parley({"feed", "list"}, o).exit_code == 0);
    CHECK(std::filesystem::exists(dir / "env.db"));
    CHECK(run_parley({"--db", (dir / "flag.db").string(), "feed", "list"}, o).exit_code == 0);
    CHECK(std::filesystem::exists(dir / "flag.db"));
}

TEST_CASE("a store from a newer parley is a one-line failure with exit code 1") {
    TempDir dir;
    auto db = (dir / "p.db").string();
    REQUIRE(run_parley({"--db", db, "feed", "list"}, in(dir)).exit_code == 0);
    auto sql = run_command({"/usr/bin/sqlite3", db, "PRAGMA user_version = 999;"});
    REQUIRE(sql.exit_code == 0);
    auto r = run_parley({"--db", db, "timeline"}, in(dir));
    CHECK(r.exit_code == 1);
    CHECK(lines(r.err) == 1);
    CHECK(r.err.find("newer") != std::string::npos);
}
