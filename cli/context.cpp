#include "cli/context.h"

#include <chrono>
#include <iostream>
#include <unistd.h>

namespace parley {

Context::Context(Environment e, std::ostream& o, std::ostream& r)
    : env(std::move(e)), out(o), err(r) {}

date::sys_seconds Context::now() const {
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::filesystem::path Context::db_path() {
    // The config's db sits below --db and PARLEY_DB, above the XDG default.
    bool env_db = !env("PARLEY_DB").value_or("").empty();
    if (options.db.empty() && !env_db && config().db) return *config().db;
    return resolve_db_path(options.db, env);
}

const Config& Context::config() {
    if (!config_) {
        std::error_code ec;
        if (!options.config.empty() && !std::filesystem::exists(options.config, ec))
            throw UsageError("--config: no such file: " + options.config);
        config_ = load_config(resolve_config_path(options.config, env));
    }
    return *config_;
}

const Extractor& Context::extractor() {
    if (!extractor_)
        extractor_.emplace(default_data_dirs(env("PARLEY_DATA_DIR"), user_config_dir(env)));
    return *extractor_;
}

Store& Context::store() {
    if (!store_) store_ = std::make_unique<Store>(db_path());
    return *store_;
}

bool Context::out_is_terminal() const {
    return &out == &std::cout && ::isatty(STDOUT_FILENO) == 1;
}
bool Context::err_is_terminal() const {
    return &err == &std::cerr && ::isatty(STDERR_FILENO) == 1;
}

bool Context::colour() const {
    auto no_colour = env("NO_COLOR");
    if (no_colour && !no_colour->empty()) return false;
    return out_is_terminal();
}

} // namespace parley
