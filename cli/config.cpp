#include "cli/config.h"

#include <sstream>
#include <stdexcept>
#include <toml++/toml.h>

namespace parley {

namespace {

[[noreturn]] void bad_value(const std::filesystem::path& file, const toml::node& node,
                            const std::string& key, const char* expected) {
    std::ostringstream msg;
    msg << file.string() << ":" << node.source().begin.line << ": " << key << " must be "
        << expected;
    throw std::runtime_error(msg.str());
}

} // namespace

Config load_config(const std::filesystem::path& file) {
    Config c;
    std::error_code ec;
    if (file.empty() || !std::filesystem::exists(file, ec)) return c;
    toml::table t;
    try {
        t = toml::parse_file(file.string());
    } catch (const toml::parse_error& e) {
        std::ostringstream msg;
        msg << file.string() << ":" << e.source().begin.line << ": " << e.description();
        throw std::runtime_error(msg.str());
    }
    if (auto* node = t.get("db")) {
        auto v = node->value<std::string>();
        if (!v || v->empty()) bad_value(file, *node, "db", "a non-empty string");
        c.db = *v;
    }
    if (auto* node = t.at_path("pull.jobs").node()) {
        auto v = node->value<int64_t>();
        if (!v || *v < 1 || *v > 64) bad_value(file, *node, "pull.jobs", "a number from 1 to 64");
        c.pull_jobs = static_cast<int>(*v);
    }
    if (auto* node = t.at_path("pull.group_wait").node()) {
        auto v = node->value<int64_t>();
        if (!v || *v < 0 || *v > 60)
            bad_value(file, *node, "pull.group_wait", "a number of seconds from 0 to 60");
        c.pull_group_wait = static_cast<int>(*v);
    }
    if (auto* node = t.at_path("deadlines.within").node()) {
        auto v = node->value<std::string>();
        if (!v) bad_value(file, *node, "deadlines.within", "a span such as \"30d\"");
        c.deadlines_within = *v;
    }
    return c;
}

} // namespace parley
