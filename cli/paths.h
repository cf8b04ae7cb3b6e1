#pragma once
// Where parley keeps its store and reads its configuration: the XDG base
// directories, overridden by PARLEY_DB and by --db / --config.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace parley {

// Reads one environment variable; nullopt when unset. Tests pass their own.
using Environment = std::function<std::optional<std::string>(const std::string&)>;

Environment process_environment();

// --db, else $PARLEY_DB, else $XDG_DATA_HOME/parley/parley.db, else
// $HOME/.local/share/parley/parley.db. Throws std::runtime_error when none
// can be found (no HOME).
std::filesystem::path resolve_db_path(const std::string& flag, const Environment& env);

// --config, else $XDG_CONFIG_HOME/parley/config.toml, else
// $HOME/.config/parley/config.toml.
std::filesystem::path resolve_config_path(const std::string& flag, const Environment& env);

// $XDG_CONFIG_HOME/parley (or ~/.config/parley): where a user's own data/ additions live.
std::optional<std::filesystem::path> user_config_dir(const Environment& env);

} // namespace parley
