// parley timeline: the negotiation as it happened and as it is planned.

#include "cli/colour.h"
#include "cli/commands.h"
#include "cli/csv.h"
#include "cli/date_args.h"
#include "cli/event_text.h"
#include "cli/html_timeline.h"
#include "cli/markdown.h"
#include "cli/terminal.h"
#include "cli/text_wrap.h"
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

std::string month_of(const Event& e) {
    if (!e.date.known()) return "undated";
    return iso_day(*e.date.first).substr(0, 7);
}

std::string coloured_mark(const Colour& c, EventStatus s) {
    std::string m(1, status_mark(s));
    switch (s) {
    case EventStatus::held:
        return c.green(m);
    case EventStatus::planned:
        return c.cyan(m);
    case EventStatus::proposed:
        return c.yellow(m);
    case EventStatus::rejected:
    case EventStatus::cancelled:
        return c.red(m);
    case EventStatus::reported:
        return m;
    }
    return m;
}

void print_text(Context& ctx, const std::vector<Event>& events) {
    if (events.empty()) {
        ctx.out << "no events\n";
        return;
    }
    Colour c(ctx.colour());
    std::size_t width = ctx.out_is_terminal() ? terminal_width() : 0;
    const std::size_t date_width = 12;
    std::string month;
    for (const auto& e : events) {
        if (month_of(e) != month) {
            month = month_of(e);
            ctx.out << c.bold(month) << "\n";
        }
        std::string label = date_label(e.date);
        std::string pad =
            label.size() < date_width ? std::string(date_width - label.size(), ' ') : " ";
        std::string id = "#" + e.id;
        std::string line = event_summary(e) + " (" + source_count_label(e) + ")  " + id;
        std::size_t indent = 2 + std::max(date_width, label.size() + 1) + 2;
        std::string body = wrap_to(line, width, indent, indent);
        body.replace(body.rfind(id), id.size(), c.dim(id));
        ctx.out << "  " << label << pad << coloured_mark(c, e.status) << " " << body << "\n";
        for (const auto& conflict : e.conflicts)
            ctx.out << std::string(indent, ' ') << c.yellow("! sources disagree on ")
                    << conflict_label(conflict) << "\n";
    }
    ctx.out << c.dim(wrap_to("marks: " + status_legend(), width, 0, 7)) << "\n";
}

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string out;
    for (const auto& s : v)
        out += (out.empty() ? "" : sep) + s;
    return out;
}

void print_csv(Context& ctx, const std::vector<Event>& events) {
    ctx.out << csv_row(
        {"id",     "date",     "first",    "last",    "granularity", "kind",          "status",
         "actors", "rate_pct", "products", "target",  "round",       "duration_days", "quota",
         "level",  "location", "expires",  "sources", "conflicts",   "evidence",      "url"});
    for (const auto& e : events) {
        const auto& d = e.details;
        std::string conflicts;
        for (const auto& c : e.conflicts)
            conflicts += (conflicts.empty() ? "" : "; ") + c.field + ": " + join(c.values, " / ");
        auto opt = [](const auto& v) { return v ? std::to_string(*v) : std::string{}; };
        ctx.out << csv_row(
            {e.id,
             e.date.value,
             e.date.first ? iso_day(*e.date.first) : "",
             e.date.last ? iso_day(*e.date.last) : "",
             std::string(to_string(e.date.granularity)),
             std::string(to_string(e.kind)),
             std::string(to_string(e.status)),
             join(e.actors, "; "),
             d.rate_pct ? rate_label(*d.rate_pct).substr(0, rate_label(*d.rate_pct).size() - 1)
                        : "",
             join(d.products, "; "),
             d.target,
             opt(d.round),
             opt(d.duration_days),
             opt(d.quota),
             d.level,
             d.location,
             e.expires ? e.expires->value : "",
             std::to_string(corroboration(e)),
             conflicts,
             e.sources.empty() ? e.evidence.sentence : e.sources[0].evidence.sentence,
             e.sources.empty() ? "" : e.sources[0].url});
    }
}

void print_markdown(Context& ctx, const std::vector<Event>& events) {
    ctx.out << "# Timeline\n";
    std::string month;
    for (const auto& e : events) {
        if (month_of(e) != month) {
            month = month_of(e);
            ctx.out << "\n## " << month << "\n\n";
        }
        ctx.out << "- **" << markdown_text(date_label(e.date)) << "** · " << to_string(e.status)
                << " · " << markdown_text(event_summary(e)) << " · " << source_count_label(e)
                << " · `" << e.id << "`\n";
        for (const auto& c : e.conflicts)
            ctx.out << "  - sources disagree on " << markdown_text(conflict_label(c)) << "\n";
        for (const auto& s : e.sources) {
            ctx.out << "  - " << markdown_text(s.outlet.empty() ? "source" : s.outlet);
            if (s.published) ctx.out << ", " << iso_instant(*s.published);
            if (!s.url.empty()) ctx.out << ": " << markdown_url(s.url);
            ctx.out << " — “" << markdown_text(s.evidence.sentence) << "”\n";
        }
    }
}

// "Timeline: JPN and USA, talks, since 2025-04": what the page shows, in the user's words.
std::string page_title(const TimelineOptions& o) {
    std::string title = "Timeline";
    std::string parties;
    for (std::size_t i = 0; i < o.parties.size(); ++i)
        parties += (i == 0 ? "" : i + 1 == o.parties.size() ? " and " : ", ") + o.parties[i];
    std::string kinds;
    for (std::size_t i = 0; i < o.kinds.size(); ++i)
        kinds += (i == 0 ? "" : ", ") + o.kinds[i];
    std::vector<std::string> parts;
    if (!parties.empty()) parts.push_back(parties);
    if (!kinds.empty()) parts.push_back(kinds);
    if (!o.since.empty()) parts.push_back("since " + o.since);
    if (!o.until.empty()) parts.push_back("until " + o.until);
    for (std::size_t i = 0; i < parts.size(); ++i)
        title += (i == 0 ? ": " : ", ") + parts[i];
    return title;
}

int timeline(Context& ctx, const TimelineOptions& o) {
    EventQuery q;
    for (const auto& p : o.parties) {
        if (p.empty())
            throw UsageError("--party: a party is a code such as JPN or a person's name");
        q.parties.push_back(p);
    }
    for (const auto& k : o.kinds) {
        auto kind = event_kind_from_string(k);
        if (!kind) throw UsageError("--kind: unknown event kind '" + k + "'");
        q.kinds.push_back(*kind);
    }
    auto today = local_today(ctx.now());
    if (!o.since.empty()) q.since = parse_date_arg(o.since, today, "--since").first;
    if (!o.until.empty()) q.until = parse_date_arg(o.until, today, "--until").last;
    if (q.since && q.until && *q.until < *q.since)
        throw UsageError("--until " + o.until + " is before --since " + o.since);
    auto events = ctx.store().events(q);
    if (o.format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& e : events)
            out.push_back(to_json(e));
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else if (o.format == "csv") {
        print_csv(ctx, events);
    } else if (o.format == "md") {
        print_markdown(ctx, events);
    } else if (o.format == "html") {
        ctx.out << timeline_html(events, today, page_title(o));
    } else {
        print_text(ctx, events);
    }
    return 0;
}

} // namespace

void register_timeline(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<TimelineOptions>();
    auto* cmd = app.add_subcommand("timeline", "The negotiation timeline");
    cmd->add_option("--party", opts->parties,
                    "Only events involving this party (repeatable: all of them)");
    cmd->add_option("--kind", opts->kinds, "Only this kind of event (repeatable: any of them)");
    cmd->add_option("--since", opts->since, "From DATE (2025-05-01, 2025-05, 30d)");
    cmd->add_option("--until", opts->until, "Up to DATE");
    cmd->add_option("--format", opts->format, "text, json, csv, md or html")
        ->check(CLI::IsMember({"text", "json", "csv", "md", "html"}));
    cmd->callback([&ctx, &run, opts] { run = [&ctx, opts] { return timeline(ctx, *opts); }; });
}

} // namespace parley
