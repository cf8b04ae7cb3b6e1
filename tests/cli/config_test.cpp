#include "cli/config.h"
#include "support/run.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace parley;
using namespace parley::test;

TEST_CASE("a missing config file is an empty config") {
    TempDir dir;
    auto c = load_config(dir / "none.toml");
    CHECK_FALSE(c.db);
    CHECK_FALSE(c.pull_jobs);
}

TEST_CASE("config values are read with their types") {
    TempDir dir;
    write_file(dir / "c.toml",
               "db = \"/srv/p.db\"\n[pull]\njobs = 4\ngroup_wait = 0\n[deadlines]\nwithin = "
               "\"45d\"\n");
    auto c = load_config(dir / "c.toml");
    CHECK(c.db == "/srv/p.db");
    CHECK(c.pull_jobs == 4);
    CHECK(c.pull_group_wait == 0);
    CHECK(c.deadlines_within == "45d");
}

TEST_CASE("a config value of the wrong type names the file and line") {
    TempDir dir;
    write_file(dir / "c.toml", "\n[pull]\njobs = \"many\"\n");
    try {
        load_config(dir / "c.toml");
        FAIL("accepted a bad value");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("c.toml:3") != std::string::npos);
    }
}

TEST_CASE("a config file that is not TOML is a one-line failure") {
    TempDir dir;
    write_file(dir / "c.toml", "db = [unclosed\n");
    RunOptions o;
    o.env["HOME"] = dir.path().string();
    auto r = run_parley(
        {"--config", (dir / "c.toml").string(), "--db", (dir / "p.db").string(), "deadlines"}, o);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("c.toml:1") != std::string::npos);
}

TEST_CASE("the config's db is used when neither --db nor PARLEY_DB is given") {
    TempDir dir;
    write_file(dir / "cfg" / "parley" / "config.toml",
               "db = \"" + (dir / "from-config.db").string() + "\"\n");
    RunOptions o;
    o.env["HOME"] = dir.path().string();
    o.env["XDG_CONFIG_HOME"] = (dir / "cfg").string();
    REQUIRE(run_parley({"feed", "list"}, o).exit_code == 0);
    CHECK(std::filesystem::exists(dir / "from-config.db"));
}

TEST_CASE("a named config file that does not exist is a usage error") {
    TempDir dir;
    RunOptions o;
    o.env["HOME"] = dir.path().string();
    auto r = run_parley({"--config", (dir / "nope.toml").string(), "deadlines"}, o);
    CHECK(r.exit_code == 2);
}
