#include "cli/event_text.h"

#include "cli/terminal.h"

#include <cmath>
#include <cstdio>

namespace parley {

namespace {

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string out;
    for (const auto& s : v) {
        if (!out.empty()) out += sep;
        out += s;
    }
    return out;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

std::string rate_label(double r) {
    char buf[32];
    if (std::floor(r) == r && std::fabs(r) < 1e9)
        std::snprintf(buf, sizeof buf, "%.0f%%", r);
    else
        std::snprintf(buf, sizeof buf, "%g%%", r);
    return buf;
}

std::string event_summary(const Event& e) {
    std::string s(to_string(e.kind));
    const auto& d = e.details;
    std::vector<std::string> parts;
    if (d.round) parts.push_back("round " + std::to_string(*d.round));
    if (!d.level.empty()) parts.push_back(d.level);
    if (d.rate_pct) parts.push_back(rate_label(*d.rate_pct));
    if (!d.products.empty()) parts.push_back(join(d.products, "+"));
    if (!d.target.empty()) parts.push_back("on " + d.target);
    if (d.duration_days) parts.push_back(std::to_string(*d.duration_days) + " days");
    if (e.expires && e.expires->known()) parts.push_back("until " + date_label(*e.expires));
    if (d.quota) parts.push_back("quota " + std::to_string(*d.quota));
    if (!d.location.empty()) parts.push_back("in " + d.location);
    if (!parts.empty()) s += ", " + join(parts, ", ");
    if (!e.actors.empty()) s += ": " + join(e.actors, ", ");
    return terminal_safe(s);
}

std::string date_label(const DateValue& d) {
    if (!d.known()) return d.text.empty() ? "undated" : "undated (" + terminal_safe(d.text) + ")";
    std::string label;
    if (d.granularity == Granularity::interval)
        label = iso_day(*d.first) + ".." + iso_day(*d.last);
    else
        label = terminal_safe(d.value);
    if (d.mod == "ON_OR_BEFORE") return "by " + label;
    if (d.mod == "ON_OR_AFTER") return "from " + label;
    return label;
}

char status_mark(EventStatus s) {
    switch (s) {
    case EventStatus::held:
        return '+';
    case EventStatus::planned:
        return '>';
    case EventStatus::reported:
        return '*';
    case EventStatus::proposed:
        return '?';
    case EventStatus::rejected:
        return '-';
    case EventStatus::cancelled:
        return 'x';
    }
    return '*';
}

std::string status_legend() {
    return "+ held  > planned  * reported  ? proposed  - rejected  x cancelled";
}

std::string deadline_label(DeadlineKind k) {
    switch (k) {
    case DeadlineKind::target:
        return "target";
    case DeadlineKind::pause_expiry:
        return "pause expires";
    case DeadlineKind::takes_effect:
        return "takes effect";
    case DeadlineKind::talks:
        return "talks";
    }
    return "target";
}

std::string source_count_label(const Event& e) {
    return plural(corroboration(e), "source", "sources");
}

std::string conflict_label(const Conflict& c) {
    std::string s = terminal_safe(c.field) + ":";
    for (std::size_t i = 0; i < c.values.size(); ++i) {
        s += i ? " / " : " ";
        s += terminal_safe(c.values[i]);
        if (i < c.sources.size())
            s += " (" + plural(c.sources[i].size(), "source", "sources") + ")";
    }
    return s;
}

} // namespace parley
