// parley actors: who takes part — people with roles, countries, organisations.

#include "cli/colour.h"
#include "cli/commands.h"
#include "cli/terminal.h"
#include "cli/text_wrap.h"
#include "timeline/event_json.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>

namespace parley {

namespace {

std::string day_of(const std::optional<date::sys_seconds>& t) {
    return t ? iso_day(date::floor<date::days>(*t)) : std::string("?");
}

int actors(Context& ctx, const std::string& format) {
    auto all = ctx.store().actors();
    if (format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& a : all)
            out.push_back(nlohmann::json{
                {"name", a.name},
                {"kind", a.kind},
                {"roles", a.roles},
                {"country",
                 a.country.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.country)},
                {"mentions", a.mentions},
                {"articles", a.articles},
                {"events", a.events},
                {"first_seen", a.first_seen ? nlohmann::json(iso_instant(*a.first_seen))
                                            : nlohmann::json(nullptr)},
                {"last_seen", a.last_seen ? nlohmann::json(iso_instant(*a.last_seen))
                                          : nlohmann::json(nullptr)}});
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    if (all.empty()) {
        ctx.out << "no actors\n";
        return 0;
    }
    Colour c(ctx.colour());
    std::size_t width = ctx.out_is_terminal() ? terminal_width() : 0;
    std::string kind;
    for (const auto& a : all) {
        if (a.kind != kind) {
            kind = a.kind;
            ctx.out << c.bold(kind == "person"    ? "People"
                              : kind == "country" ? "Countries"
                                                  : "Organisations")
                    << "\n";
        }
        std::string line = terminal_safe(a.name);
        if (!a.country.empty() && a.kind == "person") line += " (" + terminal_safe(a.country) + ")";
        std::string rest;
        for (const auto& r : a.roles)
            rest += (rest.empty() ? "" : "; ") + terminal_safe(r);
        if (!rest.empty()) rest += "; ";
        rest += std::to_string(a.mentions) + (a.mentions == 1 ? " mention" : " mentions") + " in " +
                std::to_string(a.articles) + (a.articles == 1 ? " article" : " articles") + ", " +
                std::to_string(a.events) + (a.events == 1 ? " event" : " events") + ", seen " +
                day_of(a.first_seen) + ".." + day_of(a.last_seen);
        std::string text = line + " — " + rest;
        ctx.out << "  " << wrap_to(text, width, 2, 4) << "\n";
    }
    return 0;
}

} // namespace

void register_actors(CLI::App& app, Context& ctx, CommandRun& run) {
    auto format = std::make_shared<std::string>("text");
    auto* cmd = app.add_subcommand("actors", "People, countries and organisations in the news");
    cmd->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, &run, format] { run = [&ctx, format] { return actors(ctx, *format); }; });
}

} // namespace parley
