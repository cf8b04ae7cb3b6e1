#include "report.h"

#include <fmt/format.h>

namespace parley::eval {

using nlohmann::json;

namespace {

std::string ratio_cell(const Ratio& r) {
    if (!r.defined()) return "-";
    return fmt::format("{:.3f} ({}/{})", r.value(), r.hits, r.total);
}

std::string counts_row(const std::string& name, const Counts& c, const std::string& extra) {
    return fmt::format("{:<17}{:>6}{:>6}{:>6}{:>6}{:>6}{:>8.3f}{:>8.3f}{:>8.3f}  {}\n", name,
                       c.true_pos + c.false_neg, c.true_pos + c.false_pos, c.true_pos, c.false_pos,
                       c.false_neg, c.precision(), c.recall(), c.f1(), extra);
}

std::string string_or(const json& j, const char* key, const char* fallback) {
    if (j.is_object() && j.contains(key) && j[key].is_string()) return j[key].get<std::string>();
    return fallback;
}

std::string event_line(const std::string& article, const json& e) {
    json date = e.is_object() && e.contains("date") ? e["date"] : json();
    json details = e.is_object() && e.contains("details") ? e["details"] : json::object();
    json actors = e.is_object() && e.contains("actors") ? e["actors"] : json::array();
    return fmt::format("  {} {} [{}] date={} actors={} details={}\n      \"{}\"\n", article,
                       string_or(e, "kind", "?"), string_or(e, "status", "?"),
                       string_or(date, "value", "null"), actors.dump(), details.dump(),
                       string_or(e, "evidence", ""));
}

} // namespace

std::string format_report(const Score& s) {
    std::string out = fmt::format("{:<17}{:>6}{:>6}{:>6}{:>6}{:>6}{:>8}{:>8}{:>8}  {}\n", "events",
                                  "gold", "sys", "tp", "fp", "fn", "P", "R", "F1", "date accuracy");
    for (const auto& kind : event_kinds()) {
        auto c = s.events_by_kind.find(kind);
        auto d = s.dates_by_kind.find(kind);
        out += counts_row(kind, c == s.events_by_kind.end() ? Counts{} : c->second,
                          ratio_cell(d == s.dates_by_kind.end() ? Ratio{} : d->second));
    }
    out += counts_row("all events", s.events, ratio_cell(s.dates));
    out += fmt::format("restatements of matched events, not counted: {}\n", s.duplicates);
    out += fmt::format("status agreement on matched events: {}\n", ratio_cell(s.statuses));
    out += "\n";
    out += counts_row("people", s.people, "");
    out += fmt::format("country agreement on matched people: {}\n", ratio_cell(s.people_countries));
    return out;
}

std::string format_misses(const Score& s) {
    std::string out;
    out += fmt::format("missed events ({}):\n", s.missed_events.size());
    for (const auto& m : s.missed_events)
        out += event_line(m.article, m.item);
    out += fmt::format("spurious events ({}):\n", s.spurious_events.size());
    for (const auto& m : s.spurious_events)
        out += event_line(m.article, m.item);
    out += fmt::format("wrong dates ({}):\n", s.wrong_dates.size());
    for (const auto& w : s.wrong_dates) {
        json gd = w.gold.value("date", json::object());
        json sd = w.system.value("date", json::object());
        out += fmt::format("  {} {} gold={} system={} (\"{}\")\n", w.article,
                           string_or(w.gold, "kind", "?"), string_or(gd, "value", "null"),
                           string_or(sd, "value", "null"), string_or(sd, "text", ""));
    }
    out += fmt::format("missed people ({}):\n", s.missed_people.size());
    for (const auto& m : s.missed_people)
        out += fmt::format("  {} {}\n", m.article, m.item.dump());
    out += fmt::format("spurious people ({}):\n", s.spurious_people.size());
    for (const auto& m : s.spurious_people)
        out += fmt::format("  {} {}\n", m.article, m.item.dump());
    return out;
}

} // namespace parley::eval
