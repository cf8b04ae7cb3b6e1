#include "ingest/extract/day_ranges.h"

#include <cctype>

namespace parley::extract {

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

bool one_day(const TimeExpression& e) {
    return e.type == TimexType::date && e.date.granularity == Granularity::day && e.date.known();
}

// The words between the two days say they bound one span.
bool joins(std::string_view between) {
    const auto t = trimmed(between);
    return t == "to" || t == "through" || t == "until" || t == "till" || t == "-" || t == "\u2013";
}

// The first day opens the span: "from" in it or right before it.
bool opens(std::string_view text, const TimeExpression& e) {
    if (e.cue == "from") return true;
    const auto before = trimmed(text.substr(0, e.begin));
    return before.size() >= 4 && before.substr(before.size() - 4) == "from" &&
           (before.size() == 4 ||
            !std::isalpha(static_cast<unsigned char>(before[before.size() - 5])));
}

// "from A to B": two days, B after A and within a month of it.
bool day_range(std::string_view text, const TimeExpression& a, const TimeExpression& b) {
    if (!one_day(a) || !one_day(b) || b.begin < a.end || b.begin > text.size()) return false;
    if (*b.date.first <= *a.date.first || *b.date.first - *a.date.first > date::days{31})
        return false;
    return joins(text.substr(a.end, b.begin - a.end)) && opens(text, a);
}

TimeExpression joined(std::string_view text, const TimeExpression& a, const TimeExpression& b) {
    TimeExpression span = a;
    span.end = b.end;
    span.text = std::string(text.substr(a.begin, b.end - a.begin));
    span.value = a.date.value + "/" + b.date.value;
    span.date = interval_value(*a.date.first, *b.date.last, span.text);
    span.stop = b.stop;
    return span;
}

} // namespace

std::optional<std::vector<TimeExpression>>
join_day_ranges(std::string_view text, const std::vector<TimeExpression>& dates) {
    std::optional<std::vector<TimeExpression>> out;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        const bool range = i + 1 < dates.size() && day_range(text, dates[i], dates[i + 1]);
        if (range && !out) out.emplace(dates.begin(), dates.begin() + std::ptrdiff_t(i));
        if (!out) continue;
        if (range) {
            out->push_back(joined(text, dates[i], dates[i + 1]));
            ++i;
        } else {
            out->push_back(dates[i]);
        }
    }
    return out;
}

} // namespace parley::extract
