// parley show: one event with every source.

#include "cli/commands.h"
#include "cli/event_text.h"
#include "cli/terminal.h"
#include "timeline/event_json.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace parley {

namespace {

int show(Context& ctx, const std::string& id) {
    auto e = ctx.store().event(id);
    if (!e) {
        ctx.err << "parley: show: no event " << id << "\n";
        return 1;
    }
    ctx.out << "#" << e->id << "  " << date_label(e->date) << "  [" << to_string(e->status) << "]\n"
            << "  " << event_summary(*e) << "\n";
    if (!e->date.text.empty())
        ctx.out << "  date from: \"" << terminal_safe(e->date.text) << "\"\n";
    for (const auto& c : e->conflicts) {
        ctx.out << "  conflict on " << terminal_safe(c.field) << ":";
        for (const auto& v : c.values)
            ctx.out << " " << terminal_safe(v);
        ctx.out << "\n";
    }
    ctx.out << "  sources (" << e->sources.size() << "):\n";
    for (const auto& s : e->sources) {
        ctx.out << "  - " << terminal_safe(s.outlet.empty() ? s.url : s.outlet);
        if (s.published) ctx.out << ", " << iso_instant(*s.published);
        ctx.out << "\n    " << terminal_safe(s.title) << "\n    " << terminal_safe(s.url)
                << "\n    \"" << terminal_safe(s.evidence.sentence) << "\"\n";
    }
    return 0;
}

} // namespace

void register_show(CLI::App& app, Context& ctx, CommandRun& run) {
    auto id = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("show", "One event with its sources and evidence");
    cmd->add_option("EVENT_ID", *id, "The event's id, as timeline prints it")->required();
    cmd->callback([&ctx, &run, id] { run = [&ctx, id] { return show(ctx, *id); }; });
}

} // namespace parley
