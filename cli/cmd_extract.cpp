// parley extract: one plain-text article in, its dates, people and events out.
// Touches no store.

#include "cli/commands.h"

#include <CLI/CLI.hpp>

namespace parley {

namespace {
struct ExtractOptions {
    std::string file = "-";
    std::string published;
    std::string tz;
    std::string format = "text";
};
} // namespace

void register_extract(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<ExtractOptions>();
    auto* cmd = app.add_subcommand("extract", "Dates, people and events of one plain-text article");
    cmd->add_option("FILE", opts->file, "The article ('-' or none: stdin)");
    cmd->add_option("--published", opts->published, "Its publication time, ISO 8601")->required();
    cmd->add_option("--tz", opts->tz, "The outlet's time zone, as Asia/Tokyo");
    cmd->add_option("--format", opts->format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, &run] { run = [&ctx] { return not_implemented(ctx, "extract"); }; });
}

} // namespace parley
