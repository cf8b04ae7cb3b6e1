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

} // namespace

void join_day_ranges(std::string_view text, std::vector<TimeExpression>& dates) {
    for (std::size_t i = 0; i + 1 < dates.size(); ++i) {
        TimeExpression& a = dates[i];
        const TimeExpression& b = dates[i + 1];
        if (!one_day(a) || !one_day(b) || b.begin < a.end || b.begin > text.size()) continue;
        if (*b.date.first <= *a.date.first || *b.date.first - *a.date.first > date::days{31})
            continue;
        if (!joins(text.substr(a.end, b.begin - a.end)) || !opens(text, a)) continue;
        a.end = b.end;
        a.text = std::string(text.substr(a.begin, a.end - a.begin));
        a.value = a.date.value + "/" + b.date.value;
        a.date = interval_value(*a.date.first, *b.date.last, a.text);
        a.stop = b.stop;
        dates.erase(dates.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
}

} // namespace parley::extract
