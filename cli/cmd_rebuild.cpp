// parley rebuild: re-extract every stored article after the rules changed.

#include "cli/commands.h"

#include <CLI/CLI.hpp>

namespace parley {

void register_rebuild(CLI::App& app, Context& ctx, CommandRun& run) {
    auto* cmd = app.add_subcommand("rebuild", "Re-extract events from every stored article");
    cmd->callback([&ctx, &run] { run = [&ctx] { return not_implemented(ctx, "rebuild"); }; });
}

} // namespace parley
