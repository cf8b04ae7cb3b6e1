// parley tariffs: the measures in force on a date.

#include "cli/commands.h"

#include <CLI/CLI.hpp>

namespace parley {

namespace {
struct TariffsOptions {
    std::string target;
    std::string as_of;
};
} // namespace

void register_tariffs(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<TariffsOptions>();
    auto* cmd = app.add_subcommand("tariffs", "Tariffs in force on a date");
    cmd->add_option("--target", opts->target, "Only measures on this country (alpha-3 code)");
    cmd->add_option("--as-of", opts->as_of, "On DATE instead of today");
    cmd->callback([&ctx, &run, opts] { run = [&ctx] { return not_implemented(ctx, "tariffs"); }; });
}

} // namespace parley
