#pragma once
// The user's config.toml: defaults for options they would otherwise repeat.
//
//   db = "/srv/parley/parley.db"   # the store, below --db and PARLEY_DB
//   [pull]
//   jobs = 8                       # feeds fetched at once
//   group_wait = 2                 # seconds feeds may wait to be stored together
//   [deadlines]
//   within = "45d"                 # how far ahead `deadlines` looks

#include <filesystem>
#include <optional>
#include <string>

namespace parley {

struct Config {
    std::optional<std::string> db;
    std::optional<int> pull_jobs;
    std::optional<int> pull_group_wait;
    std::optional<std::string> deadlines_within;
};

// A missing file is an empty config. A file that cannot be read or parsed, or
// that holds a value of the wrong type, throws std::runtime_error naming the
// file and line.
Config load_config(const std::filesystem::path& file);

} // namespace parley
