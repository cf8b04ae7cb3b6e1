// parley tariffs: the measures in force on a date.

#include "cli/colour.h"
#include "cli/commands.h"
#include "cli/date_args.h"
#include "cli/event_text.h"
#include "cli/terminal.h"
#include "cli/text_wrap.h"
#include "timeline/event_json.h"
#include "timeline/tariffs_in_force.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>

namespace parley {

namespace {

struct TariffsOptions {
    std::string target;
    std::string as_of;
    std::string format = "text";
};

std::string products_label(const MeasureScope& s) {
    std::string out;
    for (const auto& p : s.products)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

std::string state_label(const MeasureInForce& m) {
    switch (m.state) {
    case MeasureState::paused:
        return m.paused_until ? "paused until " + date_label(*m.paused_until) : "paused";
    case MeasureState::announced:
        return "announced " + date_label(m.since) + ", not in force";
    case MeasureState::active:
        return (m.by_deal ? "by deal since " : "active since ") + date_label(m.since);
    }
    return "active";
}

nlohmann::json measure_json(const MeasureInForce& m) {
    nlohmann::json j{
        {"category", std::string(to_string(m.category))},
        {"imposer",
         m.scope.imposer.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.scope.imposer)},
        {"target", m.scope.target},
        {"products", m.scope.products},
        {"rate_pct", m.rate_pct ? nlohmann::json(*m.rate_pct) : nlohmann::json(nullptr)},
        {"state", std::string(to_string(m.state))},
        {"since", to_json(m.since)},
        {"by_deal", m.by_deal},
        {"events", m.event_ids},
        {"sources", m.sources}};
    if (!m.other_rates.empty()) j["other_rates"] = m.other_rates;
    if (m.paused_until) j["paused_until"] = to_json(*m.paused_until);
    if (m.quota) j["quota"] = *m.quota;
    return j;
}

int tariffs(Context& ctx, const TariffsOptions& o) {
    std::string target = o.target;
    if (!target.empty()) {
        for (auto& ch : target)
            ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        if (target.size() != 3 || !std::all_of(target.begin(), target.end(), ::isalpha))
            throw UsageError("--target: '" + o.target + "' is not a country code such as JPN");
    }
    auto today = local_today(ctx.now());
    date::sys_days as_of = today;
    if (!o.as_of.empty()) as_of = *parse_date_arg(o.as_of, today, "--as-of").first;
    auto measures = tariffs_in_force(ctx.store().tariff_events(target), as_of, target);
    if (o.format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& m : measures)
            out.push_back(measure_json(m));
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    Colour c(ctx.colour());
    ctx.out << c.bold("Tariffs " + (target.empty() ? std::string("") : "on " + target + " ") +
                      "in force on " + iso_day(as_of))
            << "\n";
    if (measures.empty()) {
        ctx.out << "  none known\n";
        return 0;
    }
    std::size_t width = ctx.out_is_terminal() ? terminal_width() : 0;
    for (const auto& m : measures) {
        std::string what = std::string(to_string(m.category)) + (m.by_deal ? " (deal)" : "");
        std::string who = (m.scope.imposer.empty() ? std::string("?") : m.scope.imposer) + " on " +
                          m.scope.target;
        std::string rate = m.rate_pct ? rate_label(*m.rate_pct) : std::string("rate unknown");
        for (const auto& r : m.other_rates)
            rate += " (some say " + terminal_safe(r) + "%)";
        std::string line = who +
                           (m.scope.products.empty() ? "" : " (" + products_label(m.scope) + ")") +
                           ": " + rate;
        if (m.quota) line += " within a quota of " + std::to_string(*m.quota);
        line += "; " + state_label(m) + "; " + std::to_string(m.sources) +
                (m.sources == 1 ? " source" : " sources");
        std::string state = m.state == MeasureState::paused      ? c.yellow(what)
                            : m.state == MeasureState::announced ? c.dim(what)
                                                                 : c.green(what);
        std::string pad(what.size() < 20 ? 20 - what.size() : 1, ' ');
        std::string ids;
        for (const auto& id : m.event_ids)
            ids += " #" + id;
        std::string body = wrap_to(line + ids, width, 2 + what.size() + pad.size(), 22);
        body.replace(body.rfind(ids.substr(1)), ids.size() - 1, c.dim(ids.substr(1)));
        ctx.out << "  " << state << pad << body << "\n";
    }
    return 0;
}

} // namespace

void register_tariffs(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<TariffsOptions>();
    auto* cmd = app.add_subcommand("tariffs", "Tariffs in force on a date");
    cmd->add_option("--target", opts->target, "Only measures on this country (alpha-3 code)");
    cmd->add_option("--as-of", opts->as_of, "On DATE instead of today");
    cmd->add_option("--format", opts->format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, &run, opts] { run = [&ctx, opts] { return tariffs(ctx, *opts); }; });
}

} // namespace parley
