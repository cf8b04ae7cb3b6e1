#include "ingest/extract/event_rules.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <stdexcept>

namespace parley::extract {

namespace {

constexpr std::array<std::pair<std::string_view, Slot>, 9> slot_names{{
    {"date", Slot::date},
    {"rate", Slot::rate},
    {"products", Slot::products},
    {"target", Slot::target},
    {"round", Slot::round},
    {"level", Slot::level},
    {"location", Slot::location},
    {"quota", Slot::quota},
    {"duration", Slot::duration},
}};

constexpr std::array<std::string_view, 12> cue_names{
    "none",   "by",    "until",         "since",       "from",   "starting",
    "before", "after", "no_later_than", "on_or_after", "within", "report"};

std::vector<std::string> words(std::string_view s) {
    const auto views = words_of(s);
    return std::vector<std::string>(views.begin(), views.end());
}

std::string join(const std::vector<std::string>& w, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        if (!out.empty()) out += ' ';
        out += w[i];
    }
    return out;
}

Slot slot_or_throw(const DataLine& line, const std::string& name) {
    auto s = slot_from_name(name);
    if (!s) bad_line(line, "unknown slot '" + name + "'");
    return *s;
}

} // namespace

std::optional<Slot> slot_from_name(std::string_view name) {
    for (const auto& [n, s] : slot_names)
        if (n == name) return s;
    return std::nullopt;
}

bool KindRules::takes(Slot s) const {
    return std::find(slots.begin(), slots.end(), s) != slots.end();
}

bool KindRules::splits(Slot s) const {
    return std::find(split.begin(), split.end(), s) != split.end();
}

bool KindRules::accepts_cue(std::string_view cue) const {
    return std::find(date_cues.begin(), date_cues.end(), cue) != date_cues.end();
}

void add_rule_line(KindRules& rules, const DataLine& line, PatternContext& context) {
    auto w = words(line.text);
    const std::string& directive = w[0];
    try {
        if (directive == "trigger" || directive == "block") {
            std::size_t end = w.size();
            while (end > 1 && (w[end - 1].find('=') != std::string::npos || w[end - 1] == "weak" ||
                               w[end - 1] == "fallback" || w[end - 1] == "joins" ||
                               w[end - 1] == "approach" || w[end - 1] == "dateless"))
                --end;
            if (end <= 1) bad_line(line, directive + " needs a pattern");
            Pattern p = parse_pattern(join(w, 1, end), context);
            if (directive == "block") {
                if (end != w.size()) bad_line(line, "block takes no options");
                rules.blocks.push_back(std::move(p));
                return;
            }
            Trigger t;
            t.pattern = std::move(p);
            for (std::size_t i = end; i < w.size(); ++i) {
                if (w[i] == "weak") {
                    t.weak = true;
                    continue;
                }
                if (w[i] == "fallback") {
                    t.fallback = true;
                    continue;
                }
                if (w[i] == "joins") {
                    t.joins = true;
                    continue;
                }
                if (w[i] == "approach") {
                    t.approach = true;
                    continue;
                }
                if (w[i] == "dateless") {
                    t.dateless = true;
                    continue;
                }
                auto eq = w[i].find('=');
                std::string key = w[i].substr(0, eq);
                std::string value = w[i].substr(eq + 1);
                if (key == "status") {
                    auto s = event_status_from_string(value);
                    if (!s) bad_line(line, "unknown status '" + value + "'");
                    t.status = *s;
                } else if (key == "needs") {
                    auto p2 = parse_pattern(value, context);
                    if (p2.elements.size() != 1) bad_line(line, "needs= takes one element");
                    t.needs.push_back(p2.elements[0]);
                } else if (key == "rate") {
                    char* endp = nullptr;
                    double r = std::strtod(value.c_str(), &endp);
                    if (value.empty() || *endp != '\0') bad_line(line, "rate= takes a number");
                    t.rate = r;
                } else if (key == "within") {
                    if (value == "sentence")
                        t.needs_within = Trigger::NeedsWithin::sentence;
                    else if (value == "clause")
                        t.needs_within = Trigger::NeedsWithin::clause;
                    else
                        bad_line(line, "within= takes 'sentence' or 'clause'");
                } else if (key == "target") {
                    if (value != "subject") bad_line(line, "target= takes 'subject'");
                    t.subject_is_target = true;
                } else {
                    bad_line(line, "unknown option '" + key +
                                       "' (status=, needs=, within=, target=, rate=)");
                }
            }
            rules.triggers.push_back(std::move(t));
        } else if (directive == "needs") {
            auto p = parse_pattern(join(w, 1, w.size()), context);
            if (p.elements.size() != 1) bad_line(line, "needs takes one element");
            rules.needs.push_back(p.elements[0]);
        } else if (directive == "slots") {
            rules.slots.clear();
            for (std::size_t i = 1; i < w.size(); ++i)
                rules.slots.push_back(slot_or_throw(line, w[i]));
        } else if (directive == "split") {
            rules.split.clear();
            for (std::size_t i = 1; i < w.size(); ++i)
                rules.split.push_back(slot_or_throw(line, w[i]));
        } else if (directive == "dates") {
            rules.date_cues.clear();
            for (std::size_t i = 1; i < w.size(); ++i) {
                if (std::find(cue_names.begin(), cue_names.end(), w[i]) == cue_names.end())
                    bad_line(line, "unknown date cue '" + w[i] + "'");
                rules.date_cues.push_back(w[i]);
            }
        } else if (directive == "require") {
            if (w.size() != 2) bad_line(line, "require takes one condition or a|b|c");
            std::vector<Requirement> any;
            std::string_view all = w[1];
            std::size_t start = 0;
            while (start <= all.size()) {
                auto bar = all.find('|', start);
                std::string name(all.substr(
                    start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
                Requirement r;
                if (name == "fact")
                    r.fact = true;
                else if (name == "planned")
                    r.planned = true;
                else if (name == "worded")
                    r.worded = true;
                else
                    r.slot = slot_or_throw(line, name);
                any.push_back(r);
                if (bar == std::string_view::npos) break;
                start = bar + 1;
            }
            rules.require.push_back(std::move(any));
        } else if (directive == "future") {
            auto k = w.size() == 2 ? event_kind_from_string(w[1]) : std::nullopt;
            if (!k) bad_line(line, "future takes one event kind, as 'tariff_announced'");
            rules.future = *k;
        } else if (directive == "past") {
            auto s = w.size() == 2 ? event_status_from_string(w[1]) : std::nullopt;
            if (!s) bad_line(line, "past takes one status, as 'held'");
            rules.past = *s;
        } else if (directive == "undated") {
            if (w.size() != 2 || (w[1] != "publication" && w[1] != "report" &&
                                  w[1] != "announcement" && w[1] != "unknown"))
                bad_line(line,
                         "undated takes 'publication', 'report', 'announcement' or 'unknown'");
            rules.undated = w[1] == "publication"    ? Undated::publication
                            : w[1] == "report"       ? Undated::report
                            : w[1] == "announcement" ? Undated::announcement
                                                     : Undated::unknown;
        } else {
            bad_line(line, "unknown directive '" + directive +
                               "' (trigger, block, needs, slots, dates, split, require, "
                               "past, future, undated)");
        }
    } catch (const std::invalid_argument& e) {
        bad_line(line, e.what());
    }
}

std::vector<KindRules> load_event_rules(const DataDirs& dirs, PatternContext& context) {
    std::vector<KindRules> out;
    for (auto kind : {EventKind::talks, EventKind::tariff_announced, EventKind::tariff_imposed,
                      EventKind::tariff_changed, EventKind::tariff_paused, EventKind::deal,
                      EventKind::deadline, EventKind::statement}) {
        KindRules rules;
        rules.kind = kind;
        for (const auto& line :
             read_data(dirs, "events/" + std::string(to_string(kind)) + ".rules"))
            add_rule_line(rules, line, context);
        if (!rules.triggers.empty()) out.push_back(std::move(rules));
    }
    return out;
}

} // namespace parley::extract
