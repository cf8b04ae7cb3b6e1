#include "cli/date_args.h"

#include "cli/context.h"
#include "ingest/temporal/time_expression.h"

#include <cctype>
#include <charconv>
#include <date/tz.h>

namespace parley {

namespace {

bool split_span(const std::string& text, long& n, char& unit) {
    if (text.empty()) return false;
    std::size_t i = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
        ++i;
    if (i == 0 || i > 6) return false;
    auto [p, ec] = std::from_chars(text.data(), text.data() + i, n);
    if (ec != std::errc{}) return false;
    std::string rest = text.substr(i);
    if (rest.empty() || rest == "d" || rest == "days" || rest == "day")
        unit = 'd';
    else if (rest == "w" || rest == "weeks" || rest == "week")
        unit = 'w';
    else if (rest == "m" || rest == "months" || rest == "month")
        unit = 'm';
    else if (rest == "y" || rest == "years" || rest == "year")
        unit = 'y';
    else
        return false;
    return true;
}

date::days span_days(long n, char unit) {
    switch (unit) {
    case 'w':
        return date::days{7 * n};
    case 'm':
        return date::days{30 * n};
    case 'y':
        return date::days{365 * n};
    default:
        return date::days{n};
    }
}

} // namespace

date::days parse_span_arg(const std::string& text, const std::string& option) {
    long n = 0;
    char unit = 'd';
    if (!split_span(text, n, unit))
        throw UsageError(option + ": '" + text + "' is not a span such as 30d, 2w, 3m or 1y");
    return span_days(n, unit);
}

DateValue parse_date_arg(const std::string& text, date::sys_days today, const std::string& option) {
    if (text == "today") return day_value(today, text);
    if (text == "yesterday") return day_value(today - date::days{1}, text);
    if (text == "tomorrow") return day_value(today + date::days{1}, text);
    if (auto v = parse_date_value(text); v && v->known()) return *v;
    long n = 0;
    char unit = 'd';
    if (split_span(text, n, unit)) return interval_value(today - span_days(n, unit), today, text);
    // Words, as "friday", "last month" or "early July": read on their own, they
    // lean future, as a phrase with no clause around it does.
    if (text.size() <= 200) {
        ReferenceTime ref{date::sys_seconds{today}, "", std::chrono::minutes{0}};
        if (auto phrase = parse_time_phrase(text, ref); phrase && phrase->date.known())
            return phrase->date;
    }
    throw UsageError(option + ": '" + text +
                     "' is not a date such as 2025-05-20, 2025-05, 2025 or a span such as 30d");
}

date::sys_days local_today(date::sys_seconds now) {
    try {
        auto local = date::current_zone()->to_local(now);
        return date::sys_days{date::floor<date::days>(local).time_since_epoch()};
    } catch (const std::exception&) {
        return date::floor<date::days>(now);
    }
}

} // namespace parley
