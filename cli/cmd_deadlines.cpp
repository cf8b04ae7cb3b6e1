// parley deadlines: what is coming — targets, pause expiries, measures taking
// effect and scheduled talks (timeline/deadlines.h says what counts).

#include "cli/colour.h"
#include "cli/commands.h"
#include "cli/date_args.h"
#include "cli/event_text.h"
#include "cli/html_timeline.h"
#include "cli/ics.h"
#include "cli/terminal.h"
#include "cli/text_wrap.h"
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

std::string days_away(const DateValue& due, date::sys_days as_of) {
    auto from = (*due.first - as_of).count();
    auto to = (*due.last - as_of).count();
    auto say = [](long n) {
        if (n == 0) return std::string("today");
        if (n == 1) return std::string("tomorrow");
        if (n < 0) return std::to_string(-n) + (n == -1 ? " day ago" : " days ago");
        return "in " + std::to_string(n) + " days";
    };
    if (from == to) return say(from);
    if (from <= 0)
        return to == 0 ? "today at the latest" : "within " + std::to_string(to) + " days";
    return "in " + std::to_string(from) + "-" + std::to_string(to) + " days";
}

nlohmann::json entry_json(const DeadlineEntry& d) {
    nlohmann::json j = to_json(d.event);
    nlohmann::json deadline{{"what", std::string(to_string(d.deadline.what))},
                            {"date", to_json(d.deadline.due)}};
    if (d.deadline.moved_from) deadline["moved_from"] = to_json(*d.deadline.moved_from);
    if (!d.deadline.also.empty()) deadline["also"] = d.deadline.also;
    j["deadline"] = std::move(deadline);
    return j;
}

IcsEvent ics_event(const DeadlineEntry& d, date::sys_seconds now) {
    const Event& e = d.event;
    IcsEvent out;
    out.uid = e.id + "-" + std::string(to_string(d.deadline.what)) + "@parley";
    out.stamp = now;
    // When the information last changed: the latest report of it.
    std::optional<date::sys_seconds> latest;
    for (const auto& s : e.sources)
        if (s.published && (!latest || *s.published > *latest)) latest = s.published;
    if (latest) out.stamp = *latest;
    out.first = *d.deadline.due.first;
    out.last = *d.deadline.due.last;
    out.summary = deadline_label(d.deadline.what) + ": " + event_summary(e);
    std::string description =
        std::string(to_string(e.kind)) + ", " + std::string(to_string(e.status));
    if (!e.date.text.empty()) description += " (\"" + e.date.text + "\")";
    description += "\nparley event " + e.id;
    if (d.deadline.moved_from) description += "\nmoved from " + date_label(*d.deadline.moved_from);
    for (const auto& c : e.conflicts)
        description += "\nsources disagree on " + conflict_label(c);
    for (const auto& s : e.sources) {
        description += "\n\n" + (s.outlet.empty() ? std::string("source") : s.outlet);
        if (s.published) description += ", " + iso_instant(*s.published);
        if (!s.title.empty()) description += "\n" + terminal_safe(s.title);
        if (!s.url.empty()) description += "\n" + s.url;
        description += "\n\"" + s.evidence.sentence + "\"";
    }
    out.description = description;
    if (!e.sources.empty()) out.url = e.sources.front().url;
    out.categories = {std::string(to_string(d.deadline.what)), std::string(to_string(e.kind))};
    if (e.status == EventStatus::planned || e.status == EventStatus::proposed)
        out.status = "TENTATIVE";
    else if (e.status == EventStatus::cancelled)
        out.status = "CANCELLED";
    else
        out.status = "CONFIRMED";
    return out;
}

int deadlines(Context& ctx, const DeadlinesOptions& o) {
    auto today = local_today(ctx.now());
    date::sys_days as_of = today;
    if (!o.as_of.empty()) as_of = *parse_date_arg(o.as_of, today, "--as-of").first;
    std::string within = o.within;
    if (within.empty()) within = ctx.config().deadlines_within.value_or("30d");
    auto span = parse_span_arg(within, "--within");
    date::sys_days until = as_of + span;
    auto entries = upcoming_deadlines(ctx.store().deadline_events(as_of, until), as_of, until);
    if (o.format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& d : entries)
            out.push_back(entry_json(d));
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    if (o.format == "ics") {
        std::vector<IcsEvent> events;
        for (const auto& d : entries)
            events.push_back(ics_event(d, ctx.now()));
        ctx.out << ics_calendar(events,
                                std::string("-//parley//parley ") + PARLEY_VERSION + "//EN");
        return 0;
    }
    if (o.format == "html") {
        ctx.out << agenda_html(entries, as_of, until);
        return 0;
    }
    Colour c(ctx.colour());
    ctx.out << c.bold("Deadlines from " + iso_day(as_of) + " to " + iso_day(until)) << "\n";
    if (entries.empty()) {
        ctx.out << "  none\n";
        return 0;
    }
    std::size_t width = ctx.out_is_terminal() ? terminal_width() : 0;
    for (const auto& d : entries) {
        std::string when = date_label(d.deadline.due);
        std::string line = deadline_label(d.deadline.what) + " (" +
                           days_away(d.deadline.due, as_of) + "): " + event_summary(d.event) +
                           ", " + std::string(to_string(d.event.status)) + ", " +
                           source_count_label(d.event);
        if (d.deadline.moved_from) line += "; moved from " + date_label(*d.deadline.moved_from);
        const std::size_t indent = 26;
        std::string pad =
            when.size() < indent - 2 ? std::string(indent - 2 - when.size(), ' ') : " ";
        std::string id = "#" + d.event.id;
        std::string body = wrap_to(line + "  " + id, width, 2 + when.size() + pad.size(), indent);
        body.replace(body.rfind(id), id.size(), c.dim(id));
        ctx.out << "  " << c.bold(when) << pad << body << "\n";
    }
    return 0;
}

} // namespace

void register_deadlines(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<DeadlinesOptions>();
    auto* cmd = app.add_subcommand("deadlines", "Deadlines coming up");
    cmd->add_option("--as-of", opts->as_of, "Count from DATE instead of today");
    cmd->add_option("--within", opts->within, "How far ahead (default 30d)");
    cmd->add_option("--format", opts->format, "text, json, ics or html")
        ->check(CLI::IsMember({"text", "json", "ics", "html"}));
    cmd->callback([&ctx, &run, opts] { run = [&ctx, opts] { return deadlines(ctx, *opts); }; });
}

} // namespace parley
