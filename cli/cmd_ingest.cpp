// parley ingest: read local feed files as if they had been pulled.

#include "cli/commands.h"

#include <CLI/CLI.hpp>

namespace parley {

namespace {
struct IngestOptions {
    std::vector<std::string> files;
    std::string tz;
};
} // namespace

void register_ingest(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<IngestOptions>();
    auto* cmd =
        app.add_subcommand("ingest", "Read local RSS/Atom/RDF/JSON feed files ('-' for stdin)");
    cmd->add_option("FILE", opts->files, "Feed files")->required();
    cmd->add_option("--tz", opts->tz, "The outlet's time zone, as Asia/Tokyo");
    cmd->callback([&ctx, &run] { run = [&ctx] { return not_implemented(ctx, "ingest"); }; });
}

} // namespace parley
