// parley timeline: the negotiation as it happened and as it is planned.

#include "cli/commands.h"
#include "cli/date_args.h"
#include "cli/event_text.h"
#include "cli/terminal.h"
#include "timeline/event_json.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>

namespace parley {

namespace {

struct TimelineOptions {
    std::vector<std::string> parties;
    std::vector<std::string> kinds;
    std::string since;
    std::string until;
    std::string format = "text";
};

int timeline(Context& ctx, const TimelineOptions& o) {
    EventQuery q;
    q.parties = o.parties;
    for (const auto& k : o.kinds) {
        auto kind = event_kind_from_string(k);
        if (!kind) throw UsageError("--kind: unknown event kind '" + k + "'");
        q.kinds.push_back(*kind);
    }
    auto today = local_today(ctx.now());
    if (!o.since.empty()) q.since = parse_date_arg(o.since, today, "--since").first;
    if (!o.until.empty()) q.until = parse_date_arg(o.until, today, "--until").last;
    auto events = ctx.store().events(q);
    if (o.format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& e : events)
            out.push_back(to_json(e));
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    if (o.format != "text") return not_implemented(ctx, "timeline --format " + o.format);
    if (events.empty()) {
        ctx.out << "no events\n";
        return 0;
    }
    for (const auto& e : events) {
        ctx.out << date_label(e.date) << "  [" << to_string(e.status) << "]  " << event_summary(e)
                << "  #" << e.id << " (" << e.sources.size()
                << (e.sources.size() == 1 ? " source" : " sources") << ")\n";
    }
    return 0;
}

} // namespace

void register_timeline(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<TimelineOptions>();
    auto* cmd = app.add_subcommand("timeline", "The negotiation timeline");
    cmd->add_option("--party", opts->parties,
                    "Only events involving this party (repeatable: all of them)");
    cmd->add_option("--kind", opts->kinds, "Only this kind of event (repeatable)");
    cmd->add_option("--since", opts->since, "From DATE (2025-05-01, 2025-05, 30d)");
    cmd->add_option("--until", opts->until, "Up to DATE");
    cmd->add_option("--format", opts->format, "text, json, csv or md")
        ->check(CLI::IsMember({"text", "json", "csv", "md"}));
    cmd->callback([&ctx, &run, opts] { run = [&ctx, opts] { return timeline(ctx, *opts); }; });
}

} // namespace parley
