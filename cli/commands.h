#pragma once
// The command table: each command adds itself to the app in its own file.

#include "cli/context.h"

#include <functional>

namespace CLI {
class App;
}

namespace parley {

// A command's body, run after parsing; returns the exit code.
using CommandRun = std::function<int()>;

// Each registers one command (or a group, as `feed`) and sets `run` to its
// body when the user chose it.
void register_feed(CLI::App& app, Context& ctx, CommandRun& run);
void register_pull(CLI::App& app, Context& ctx, CommandRun& run);
void register_ingest(CLI::App& app, Context& ctx, CommandRun& run);
void register_articles(CLI::App& app, Context& ctx, CommandRun& run);
void register_rebuild(CLI::App& app, Context& ctx, CommandRun& run);
void register_extract(CLI::App& app, Context& ctx, CommandRun& run);
void register_timeline(CLI::App& app, Context& ctx, CommandRun& run);
void register_deadlines(CLI::App& app, Context& ctx, CommandRun& run);
void register_actors(CLI::App& app, Context& ctx, CommandRun& run);
void register_tariffs(CLI::App& app, Context& ctx, CommandRun& run);
void register_show(CLI::App& app, Context& ctx, CommandRun& run);
void register_completion(CLI::App& app, Context& ctx, CommandRun& run);

// Builds the whole command line; `run` is set to the chosen command's body.
void build_app(CLI::App& app, Context& ctx, CommandRun& run);

// The message of a command whose issue has not landed: exit 1, never pretend.
int not_implemented(Context& ctx, const std::string& what);

} // namespace parley
