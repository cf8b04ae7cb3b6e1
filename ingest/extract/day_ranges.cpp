#include "ingest/extract/day_ranges.h"

#include <algorithm>
#include <cctype>
#include <string>

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

// Whether the day is named without a number: "Wednesday", not "Oct. 10".
bool named_day(const TimeExpression& e) {
    return std::none_of(e.text.begin(), e.text.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The last day of "from A to B": B, or, when B is a day named without a
// number, the first day of its weekday after A ("from Monday to Wednesday"
// told on a Wednesday ends two days after that Monday, not on the day it
// was told).
date::sys_days range_end(const TimeExpression& a, const TimeExpression& b) {
    if (*b.date.first > *a.date.first || !named_day(b)) return *b.date.first;
    const date::weekday from{*a.date.first}, to{*b.date.first};
    const auto ahead = (to - from).count();
    return *a.date.first + date::days{ahead == 0 ? 7 : ahead};
}

// "from A to B": two days, B after A and within a month of it.
bool day_range(std::string_view text, const TimeExpression& a, const TimeExpression& b) {
    if (!one_day(a) || !one_day(b) || b.begin < a.end || b.begin > text.size()) return false;
    const date::sys_days last = range_end(a, b);
    if (last <= *a.date.first || last - *a.date.first > date::days{31}) return false;
    return joins(text.substr(a.end, b.begin - a.end)) && opens(text, a);
}

TimeExpression joined(std::string_view text, const TimeExpression& a, const TimeExpression& b) {
    TimeExpression span = a;
    span.end = b.end;
    span.text = std::string(text.substr(a.begin, b.end - a.begin));
    span.date = interval_value(*a.date.first, range_end(a, b), span.text);
    span.value = span.date.value;
    span.stop = b.stop;
    return span;
}

// "on May 10 and 11": the day after "and" when it is the number of a later
// day of the same month, and no unit follows it. Returns its end, or 0.
std::size_t second_day(std::string_view text, const TimeExpression& a, unsigned& day) {
    if (!one_day(a) || a.end == 0 || !std::isdigit(static_cast<unsigned char>(text[a.end - 1])))
        return 0;
    std::string_view rest = text.substr(a.end);
    if (!rest.starts_with(" and ")) return 0;
    std::size_t k = 5, digits = 0;
    day = 0;
    while (k < rest.size() && std::isdigit(static_cast<unsigned char>(rest[k])) && digits < 3) {
        day = day * 10 + unsigned(rest[k] - '0');
        ++k;
        ++digits;
    }
    if (digits == 0 || digits > 2) return 0;
    // "and 11 percent", "and 11 a.m.", "and 11,000 cars": a number of something else.
    const bool digit_after =
        k + 1 < rest.size() && std::isdigit(static_cast<unsigned char>(rest[k + 1]));
    if (k < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[k])) || rest[k] == '%' ||
                            ((rest[k] == ',' || rest[k] == '.') && digit_after)))
        return 0;
    const auto next = trimmed(rest.substr(k, 12));
    for (std::string_view unit : {"percent", "a.m.", "p.m.", "billion", "million", "days", "weeks"})
        if (next.starts_with(unit)) return 0;
    const date::year_month_day first{*a.date.first};
    if (day <= unsigned(first.day()) || day > 31) return 0;
    const date::year_month_day second{first.year(), first.month(), date::day{day}};
    if (!second.ok()) return 0;
    return a.end + k;
}

TimeExpression and_joined(std::string_view text, const TimeExpression& a, std::size_t end,
                          unsigned day) {
    TimeExpression span = a;
    span.end = end;
    span.text = std::string(text.substr(a.begin, end - a.begin));
    const date::year_month_day first{*a.date.first};
    const date::sys_days last{date::year_month_day{first.year(), first.month(), date::day{day}}};
    span.date = interval_value(*a.date.first, last, span.text);
    span.value = span.date.value;
    return span;
}

} // namespace

std::optional<std::vector<TimeExpression>>
join_day_ranges(std::string_view text, const std::vector<TimeExpression>& dates) {
    std::optional<std::vector<TimeExpression>> out;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        const bool range = i + 1 < dates.size() && day_range(text, dates[i], dates[i + 1]);
        unsigned day = 0;
        const std::size_t and_end = range ? 0 : second_day(text, dates[i], day);
        if ((range || and_end) && !out)
            out.emplace(dates.begin(), dates.begin() + std::ptrdiff_t(i));
        if (!out) continue;
        if (and_end) {
            out->push_back(and_joined(text, dates[i], and_end, day));
        } else if (range) {
            out->push_back(joined(text, dates[i], dates[i + 1]));
            ++i;
        } else {
            out->push_back(dates[i]);
        }
    }
    return out;
}

} // namespace parley::extract
