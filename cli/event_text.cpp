#include "cli/event_text.h"

#include "cli/terminal.h"

#include <cmath>
#include <cstdio>

namespace parley {

namespace {

std::string rate(double r) {
    char buf[32];
    if (std::floor(r) == r)
        std::snprintf(buf, sizeof buf, "%.0f%%", r);
    else
        std::snprintf(buf, sizeof buf, "%g%%", r);
    return buf;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string out;
    for (const auto& s : v) {
        if (!out.empty()) out += sep;
        out += s;
    }
    return out;
}

} // namespace

std::string event_summary(const Event& e) {
    std::string s(to_string(e.kind));
    const auto& d = e.details;
    std::vector<std::string> parts;
    if (d.round) parts.push_back("round " + std::to_string(*d.round));
    if (!d.level.empty()) parts.push_back(d.level);
    if (d.rate_pct) parts.push_back(rate(*d.rate_pct));
    if (!d.products.empty()) parts.push_back(join(d.products, "+"));
    if (!d.target.empty()) parts.push_back("on " + d.target);
    if (d.duration_days) parts.push_back(std::to_string(*d.duration_days) + " days");
    if (d.quota) parts.push_back("quota " + std::to_string(*d.quota));
    if (!d.location.empty()) parts.push_back("in " + d.location);
    if (!parts.empty()) s += ", " + join(parts, ", ");
    if (!e.actors.empty()) s += ": " + join(e.actors, ", ");
    return terminal_safe(s);
}

std::string date_label(const DateValue& d) {
    if (!d.known()) return d.text.empty() ? "undated" : "undated (" + terminal_safe(d.text) + ")";
    if (d.granularity == Granularity::interval) return iso_day(*d.first) + ".." + iso_day(*d.last);
    return d.value;
}

} // namespace parley
