#include "timeline/calendar.h"

namespace parley {

date::sys_days resolve_weekday(date::sys_days today, date::weekday wd, Lean lean) {
    const date::days ahead = wd - date::weekday{today};  // 0..6
    const date::days behind = date::weekday{today} - wd; // 0..6
    switch (lean) {
    case Lean::past:
        return today - behind;
    case Lean::future:
        return today + ahead;
    case Lean::nearest:
        return ahead <= behind ? today + ahead : today - behind;
    }
    return today;
}

date::sys_days week_start(date::sys_days d) {
    return d - (date::weekday{d} - date::Monday);
}

std::pair<date::sys_days, date::sys_days> month_part(date::year_month ym, MonthPart part) {
    switch (part) {
    case MonthPart::early:
        return {date::sys_days{ym / 1}, date::sys_days{ym / 10}};
    case MonthPart::mid:
        return {date::sys_days{ym / 11}, date::sys_days{ym / 20}};
    case MonthPart::late:
        return {date::sys_days{ym / 21}, date::sys_days{ym / date::last}};
    }
    return {date::sys_days{ym / 1}, date::sys_days{ym / date::last}};
}

date::sys_days add_duration(date::sys_days start, int n, SpanUnit unit) {
    switch (unit) {
    case SpanUnit::day:
        return start + date::days{n};
    case SpanUnit::week:
        return start + date::weeks{n};
    case SpanUnit::month:
    case SpanUnit::year: {
        const date::year_month_day ymd{start};
        date::year_month ym = ymd.year() / ymd.month();
        ym += unit == SpanUnit::month ? date::months{n} : date::months{12 * n};
        const date::year_month_day_last end_of_month{ym.year(), date::month_day_last{ym.month()}};
        const date::day d = ymd.day() <= end_of_month.day() ? ymd.day() : end_of_month.day();
        return date::sys_days{ym / d};
    }
    }
    return start;
}

date::sys_days span_last_day(date::sys_days start, int n, SpanUnit unit) {
    return add_duration(start, n, unit) - date::days{1};
}

} // namespace parley
