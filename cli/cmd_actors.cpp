// parley actors: who takes part — people with roles, countries, organisations.

#include "cli/commands.h"

#include <CLI/CLI.hpp>

namespace parley {

void register_actors(CLI::App& app, Context& ctx, CommandRun& run) {
    auto format = std::make_shared<std::string>("text");
    auto* cmd = app.add_subcommand("actors", "People, countries and organisations in the news");
    cmd->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, &run, format] { run = [&ctx] { return not_implemented(ctx, "actors"); }; });
}

} // namespace parley
