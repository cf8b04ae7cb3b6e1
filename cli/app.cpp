#include "cli/commands.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace parley {

void build_app(CLI::App& app, Context& ctx, CommandRun& run) {
    app.description(
        "parley: trade-negotiation timelines from news feeds.\n"
        "Pulls feeds, extracts dated events (talks, tariffs, pauses, deals, deadlines),\n"
        "keeps them in SQLite and answers what happened and what is coming.");
    app.set_version_flag("--version", std::string("parley ") + PARLEY_VERSION);
    app.add_option("--db", ctx.options.db,
                   "The store (default: $PARLEY_DB, else $XDG_DATA_HOME/parley/parley.db)");
    app.add_option("--config", ctx.options.config,
                   "The configuration file (default: $XDG_CONFIG_HOME/parley/config.toml)");
    app.require_subcommand(1, 1);
    register_feed(app, ctx, run);
    register_pull(app, ctx, run);
    register_ingest(app, ctx, run);
    register_articles(app, ctx, run);
    register_rebuild(app, ctx, run);
    register_extract(app, ctx, run);
    register_timeline(app, ctx, run);
    register_deadlines(app, ctx, run);
    register_actors(app, ctx, run);
    register_tariffs(app, ctx, run);
    register_show(app, ctx, run);
    register_completion(app, ctx, run);
}

int not_implemented(Context& ctx, const std::string& what) {
    ctx.err << "parley: " << what << ": not implemented yet\n";
    return 1;
}

} // namespace parley
