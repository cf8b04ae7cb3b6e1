// parley deadlines: what is coming.

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

struct DeadlinesOptions {
    std::string as_of;
    std::string within;
    std::string format = "text";
};

int deadlines(Context& ctx, const DeadlinesOptions& o) {
    auto today = local_today(ctx.now());
    date::sys_days as_of = today;
    if (!o.as_of.empty()) as_of = *parse_date_arg(o.as_of, today, "--as-of").first;
    std::string within = o.within;
    if (within.empty()) within = ctx.config().deadlines_within.value_or("30d");
    auto span = parse_span_arg(within, "--within");
    EventQuery q;
    q.kinds = {EventKind::deadline};
    q.since = as_of;
    q.until = as_of + span;
    auto events = ctx.store().events(q);
    if (o.format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& e : events)
            out.push_back(to_json(e));
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    if (o.format != "text") return not_implemented(ctx, "deadlines --format " + o.format);
    if (events.empty()) {
        ctx.out << "no deadlines from " << iso_day(as_of) << " to " << iso_day(as_of + span)
                << "\n";
        return 0;
    }
    for (const auto& e : events)
        ctx.out << date_label(e.date) << "  " << event_summary(e) << "  #" << e.id << "\n";
    return 0;
}

} // namespace

void register_deadlines(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<DeadlinesOptions>();
    auto* cmd = app.add_subcommand("deadlines", "Deadlines coming up");
    cmd->add_option("--as-of", opts->as_of, "Count from DATE instead of today");
    cmd->add_option("--within", opts->within, "How far ahead (default 30d)");
    cmd->add_option("--format", opts->format, "text, json or ics")
        ->check(CLI::IsMember({"text", "json", "ics"}));
    cmd->callback([&ctx, &run, opts] { run = [&ctx, opts] { return deadlines(ctx, *opts); }; });
}

} // namespace parley
