#include "cli/paths.h"

#include <cstdlib>
#include <stdexcept>

namespace parley {

namespace {

std::optional<std::string> non_empty(const Environment& env, const std::string& name) {
    auto v = env(name);
    if (v && !v->empty()) return v;
    return std::nullopt;
}

// XDG says a relative path in these variables is invalid and must be ignored.
std::optional<std::filesystem::path> xdg_dir(const Environment& env, const std::string& var,
                                             const char* home_relative) {
    if (auto v = non_empty(env, var); v && std::filesystem::path(*v).is_absolute())
        return std::filesystem::path(*v);
    if (auto home = non_empty(env, "HOME")) return std::filesystem::path(*home) / home_relative;
    return std::nullopt;
}

} // namespace

Environment process_environment() {
    return [](const std::string& name) -> std::optional<std::string> {
        const char* v = std::getenv(name.c_str());
        if (!v) return std::nullopt;
        return std::string(v);
    };
}

std::filesystem::path resolve_db_path(const std::string& flag, const Environment& env) {
    if (!flag.empty()) return flag;
    if (auto v = non_empty(env, "PARLEY_DB")) return *v;
    if (auto dir = xdg_dir(env, "XDG_DATA_HOME", ".local/share"))
        return *dir / "parley" / "parley.db";
    throw std::runtime_error(
        "cannot find a place for the store: set HOME, XDG_DATA_HOME or PARLEY_DB, or pass --db");
}

std::filesystem::path resolve_config_path(const std::string& flag, const Environment& env) {
    if (!flag.empty()) return flag;
    if (auto dir = user_config_dir(env)) return *dir / "config.toml";
    return {};
}

std::optional<std::filesystem::path> user_config_dir(const Environment& env) {
    if (auto dir = xdg_dir(env, "XDG_CONFIG_HOME", ".config")) return *dir / "parley";
    return std::nullopt;
}

} // namespace parley
