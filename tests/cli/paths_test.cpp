#include "cli/paths.h"

#include <catch2/catch.hpp>
#include <map>

using namespace parley;

namespace {
Environment env_of(std::map<std::string, std::string> vars) {
    return [vars](const std::string& name) -> std::optional<std::string> {
        auto it = vars.find(name);
        if (it == vars.end()) return std::nullopt;
        return it->second;
    };
}
} // namespace

TEST_CASE("the --db flag wins over PARLEY_DB and XDG") {
    auto env = env_of({{"PARLEY_DB", "/env/p.db"}, {"XDG_DATA_HOME", "/xdg"}, {"HOME", "/home/u"}});
    CHECK(resolve_db_path("/flag/p.db", env) == "/flag/p.db");
}

TEST_CASE("PARLEY_DB wins over XDG_DATA_HOME") {
    auto env = env_of({{"PARLEY_DB", "/env/p.db"}, {"XDG_DATA_HOME", "/xdg"}, {"HOME", "/home/u"}});
    CHECK(resolve_db_path("", env) == "/env/p.db");
}

TEST_CASE("the store defaults to XDG_DATA_HOME/parley/parley.db") {
    auto env = env_of({{"XDG_DATA_HOME", "/xdg"}, {"HOME", "/home/u"}});
    CHECK(resolve_db_path("", env) == "/xdg/parley/parley.db");
}

TEST_CASE("without XDG_DATA_HOME the store goes under ~/.local/share") {
    auto env = env_of({{"HOME", "/home/u"}});
    CHECK(resolve_db_path("", env) == "/home/u/.local/share/parley/parley.db");
}

TEST_CASE("an empty or relative XDG_DATA_HOME is ignored, as the XDG spec says") {
    CHECK(resolve_db_path("", env_of({{"XDG_DATA_HOME", ""}, {"HOME", "/h"}})) ==
          "/h/.local/share/parley/parley.db");
    CHECK(resolve_db_path("", env_of({{"XDG_DATA_HOME", "rel"}, {"HOME", "/h"}})) ==
          "/h/.local/share/parley/parley.db");
}

TEST_CASE("with no HOME and no override there is no store path") {
    CHECK_THROWS_AS(resolve_db_path("", env_of({})), std::runtime_error);
}

TEST_CASE("the config file follows XDG_CONFIG_HOME") {
    CHECK(resolve_config_path("", env_of({{"XDG_CONFIG_HOME", "/cfg"}})) ==
          "/cfg/parley/config.toml");
    CHECK(resolve_config_path("", env_of({{"HOME", "/h"}})) == "/h/.config/parley/config.toml");
    CHECK(resolve_config_path("/x.toml", env_of({{"HOME", "/h"}})) == "/x.toml");
}
