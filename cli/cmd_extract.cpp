// parley extract: one plain-text article in, its dates, people and events out.
// Touches no store.

#include "cli/commands.h"
#include "cli/extract_output.h"
#include "cli/terminal.h"
#include "ingest/extract/extract.h"
#include "ingest/temporal/time_expression.h"
#include "timeline/event_json.h"

#include <CLI/CLI.hpp>
#include <date/tz.h>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string_view>

namespace parley {

namespace {

struct ExtractOptions {
    std::string file = "-";
    std::string published;
    std::string tz;
    std::string format = "text";
};

struct Published {
    date::sys_seconds instant;
    std::chrono::minutes offset{0};
};

// ISO 8601 with a UTC offset or Z: 2025-05-20T00:00:00+09:00, 2025-05-19T15:00Z,
// 2025-05-20T09:00:00.000+0900.
std::optional<Published> parse_published(std::string_view s) {
    auto digits = [&](std::size_t at, std::size_t n, int& out) {
        if (at + n > s.size()) return false;
        out = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(0, 4, y) || s.size() < 16 || s[4] != '-' || !digits(5, 2, mo) || s[7] != '-' ||
        !digits(8, 2, d) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(11, 2, h) ||
        s[13] != ':' || !digits(14, 2, mi))
        return {};
    std::size_t i = 16;
    if (i < s.size() && s[i] == ':') {
        if (!digits(i + 1, 2, sec)) return {};
        i += 3;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            ++i;
            const std::size_t from = i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9')
                ++i;
            if (i == from) return {};
        }
    }
    std::chrono::minutes offset{0};
    if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
        ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        const int sign = s[i] == '-' ? -1 : 1;
        int oh = 0, om = 0;
        if (!digits(i + 1, 2, oh)) return {};
        i += 3;
        if (i < s.size() && s[i] == ':') ++i;
        if (!digits(i, 2, om)) return {};
        i += 2;
        if (oh > 14 || om > 59) return {};
        offset = std::chrono::minutes{sign * (oh * 60 + om)};
    } else {
        return {};
    }
    if (i != s.size()) return {};
    const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)},
                                   date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || h > 23 || mi > 59 || sec > 60) return {};
    const date::sys_seconds local{date::sys_days{ymd}.time_since_epoch() + std::chrono::hours{h} +
                                  std::chrono::minutes{mi} + std::chrono::seconds{sec}};
    return Published{local - offset, offset};
}

std::string read_input(const std::string& file) {
    if (file == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        return ss.str();
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) throw UsageError("extract: cannot read '" + file + "'");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

// The `dates` part of extract's output: one object per time expression.
nlohmann::json dates_json(const std::vector<TimeExpression>& dates) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& d : dates)
        out.push_back(nlohmann::json{
            {"begin", d.begin},
            {"end", d.end},
            {"text", d.text},
            {"type", std::string(to_string(d.type))},
            {"value", d.value.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.value)}});
    return out;
}

void register_extract(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<ExtractOptions>();
    auto* cmd = app.add_subcommand("extract", "Dates, people and events of one plain-text article");
    cmd->add_option("FILE", opts->file, "The article ('-' or none: stdin)");
    cmd->add_option("--published", opts->published,
                    "Its publication time, ISO 8601 with an offset or Z")
        ->required();
    cmd->add_option("--tz", opts->tz, "The outlet's time zone, as Asia/Tokyo");
    cmd->add_option("--format", opts->format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, &run, opts] {
        run = [&ctx, opts] {
            const auto published = parse_published(opts->published);
            if (!published)
                throw UsageError("extract: --published: '" + opts->published +
                                 "' is not an ISO 8601 time with an offset, such as "
                                 "2025-05-20T09:00:00+09:00 or 2025-05-20T00:00:00Z");
            ReferenceTime ref{published->instant, opts->tz, published->offset};
            std::chrono::minutes shown = published->offset;
            if (!opts->tz.empty()) {
                try {
                    const auto* zone = date::locate_zone(opts->tz);
                    shown = date::floor<std::chrono::minutes>(zone->get_info(ref.instant).offset);
                } catch (const std::exception&) {
                    throw UsageError("extract: --tz: unknown time zone '" + opts->tz +
                                     "' (use an IANA name such as Asia/Tokyo)");
                }
            }
            const std::string text = read_input(opts->file);
            const Extraction x = ctx.extractor().extract(text, ref);
            const auto& dates = x.dates;
            const std::string published_text = iso_instant(ref.instant, shown);
            if (opts->format == "json") {
                nlohmann::json out{{"published", published_text},
                                   {"dates", dates_json(dates)},
                                   {"people", people_json(x.people)},
                                   {"events", events_json(x.events)}};
                ctx.out << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                        << "\n";
                return 0;
            }
            ctx.out << "published " << published_text << "\n";
            ctx.out << "dates (" << dates.size() << ")\n";
            for (const auto& d : dates)
                ctx.out << fmt::format("  {:>6}-{:<6} {:<8} {:<24} {}\n", d.begin, d.end,
                                       to_string(d.type), d.value.empty() ? "?" : d.value,
                                       terminal_safe(d.text));
            ctx.out << "people (" << x.people.size() << ")\n";
            write_people_text(ctx.out, x.people);
            ctx.out << "events (" << x.events.size() << ")\n";
            std::size_t width = terminal_width();
            write_events_text(ctx.out, x.events, width ? width : 100);
            return 0;
        };
    });
}

} // namespace parley
