// parley pull: fetch every due feed, read its articles, store them.

#include "cli/commands.h"

#include <CLI/CLI.hpp>

namespace parley {

namespace {
struct PullOptions {
    int jobs = 8;
    std::string feed;
    bool quiet = false;
    bool force = false;
};
} // namespace

void register_pull(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<PullOptions>();
    auto* cmd = app.add_subcommand("pull", "Fetch the feeds that are due and store new articles");
    cmd->add_option("--jobs", opts->jobs, "Feeds fetched at once (default 8)")
        ->check(CLI::Range(1, 64));
    cmd->add_option("--feed", opts->feed, "Only this feed (id or URL)");
    cmd->add_flag("--quiet", opts->quiet, "Print nothing but failures");
    cmd->add_flag("--force", opts->force, "Fetch even feeds that are backing off");
    cmd->callback([&ctx, &run] { run = [&ctx] { return not_implemented(ctx, "pull"); }; });
}

} // namespace parley
