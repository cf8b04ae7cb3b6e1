// parley show: one event with every source, its evidence, its history and
// where the sources disagree.

#include "cli/colour.h"
#include "cli/commands.h"
#include "cli/event_text.h"
#include "cli/terminal.h"
#include "cli/text_wrap.h"
#include "timeline/deadlines.h"
#include "timeline/event_json.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>

namespace parley {

namespace {

struct ShowOptions {
    std::string id;
    std::string format = "text";
};

// Ids are 12 hex digits; any unique prefix of four or more will do, with or without '#'.
std::string event_id_arg(std::string id) {
    if (!id.empty() && id[0] == '#') id.erase(0, 1);
    for (auto& c : id)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool hex = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
    if (!hex || id.size() < 4 || id.size() > 12)
        throw UsageError("show: '" + id +
                         "' is not an event id (4 to 12 hex digits, as timeline prints)");
    return id;
}

void print_text(Context& ctx, const Event& e) {
    Colour c(ctx.colour());
    std::size_t width = ctx.out_is_terminal() ? terminal_width() : 0;
    auto wrapped = [&](const std::string& text, std::size_t column, std::size_t indent) {
        return wrap_to(text, width, column, indent);
    };
    auto field = [&](const std::string& name, const std::string& value) {
        std::string pad(name.size() < 11 ? 11 - name.size() : 1, ' ');
        ctx.out << "  " << c.dim(name) << pad << wrapped(value, 2 + name.size() + pad.size(), 13)
                << "\n";
    };
    std::string head =
        "#" + e.id + "  " + status_mark(e.status) + " " + std::string(to_string(e.status)) + "  ";
    ctx.out << c.bold("#" + e.id) << head.substr(e.id.size() + 1)
            << wrapped(event_summary(e), head.size(), 4) << "\n";
    std::string date = date_label(e.date);
    if (!e.date.text.empty()) date += "  \"" + terminal_safe(e.date.text) + "\"";
    field("date", date);
    if (e.expires) field("expires", date_label(*e.expires));
    if (auto d = deadline_of(e))
        field("deadline", deadline_label(d->what) + " " + date_label(d->due));
    auto cite = [&](std::size_t i) {
        std::string s = "[" + std::to_string(i + 1) + "]";
        if (i < e.sources.size() && !e.sources[i].outlet.empty())
            s += " " + terminal_safe(e.sources[i].outlet);
        return s;
    };
    for (const auto& conflict : e.conflicts) {
        std::string text = "sources disagree on " + terminal_safe(conflict.field) + ":";
        for (std::size_t v = 0; v < conflict.values.size(); ++v) {
            text += (v ? "; " : " ") + terminal_safe(conflict.values[v]) + " per";
            if (v < conflict.sources.size())
                for (std::size_t k = 0; k < conflict.sources[v].size(); ++k)
                    text += (k ? ", " : " ") + cite(conflict.sources[v][k]);
        }
        field("conflict", c.yellow(text));
    }
    for (std::size_t i = 0; i < e.history.size(); ++i) {
        const auto& h = e.history[i];
        std::string text = terminal_safe(h.change) + " " + date_label(h.date);
        if (h.source < e.sources.size()) {
            const auto& s = e.sources[h.source];
            if (s.published) text += ", reported " + iso_instant(*s.published);
            text += " by " + cite(h.source);
        }
        field(i ? "" : "history", text);
    }
    field("sources", std::to_string(e.sources.size()) + " (" + source_count_label(e) + ")");
    for (std::size_t i = 0; i < e.sources.size(); ++i) {
        const auto& s = e.sources[i];
        std::string head = "[" + std::to_string(i + 1) + "] " +
                           terminal_safe(s.outlet.empty() ? std::string("(no outlet)") : s.outlet);
        if (s.published) head += ", " + iso_instant(*s.published);
        ctx.out << "  " << c.bold(head) << "\n";
        if (!s.title.empty()) ctx.out << "      " << wrapped(terminal_safe(s.title), 6, 6) << "\n";
        if (!s.url.empty()) ctx.out << "      " << terminal_safe(s.url) << "\n";
        ctx.out << "      " << wrapped("\"" + terminal_safe(s.evidence.sentence) + "\"", 6, 7)
                << "\n";
    }
}

int show(Context& ctx, const ShowOptions& o) {
    std::string id = event_id_arg(o.id);
    auto found = ctx.store().events_by_id_prefix(id, 10);
    if (found.empty()) {
        ctx.err << "parley: show: no event " << id << "\n";
        return 1;
    }
    if (found.size() > 1 && found[0].id != id) {
        std::string list;
        for (const auto& e : found)
            list += " " + e.id;
        ctx.err << "parley: show: " << id << " is ambiguous:" << list << "\n";
        return 1;
    }
    // A full id names every event that has it (the same id twice is rare, but shown).
    std::vector<Event> events;
    for (auto& e : found)
        if (e.id == found[0].id) events.push_back(std::move(e));
    if (o.format == "json") {
        nlohmann::json out = events.size() == 1 ? to_json(events[0]) : nlohmann::json::array();
        if (events.size() > 1)
            for (const auto& e : events)
                out.push_back(to_json(e));
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (i) ctx.out << "\n";
        print_text(ctx, events[i]);
    }
    return 0;
}

} // namespace

void register_show(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<ShowOptions>();
    auto* cmd = app.add_subcommand("show", "One event with its sources and evidence");
    cmd->add_option("EVENT_ID", opts->id, "The event's id as timeline prints it, or a prefix of it")
        ->required();
    cmd->add_option("--format", opts->format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, &run, opts] { run = [&ctx, opts] { return show(ctx, *opts); }; });
}

} // namespace parley
