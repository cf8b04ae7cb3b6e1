#include "timeline/date_value.h"

#include <array>
#include <charconv>
#include <utility>

namespace parley {

namespace {

constexpr std::array<std::pair<Granularity, std::string_view>, 12> granularity_names{{
    {Granularity::unknown, "unknown"},
    {Granularity::time, "time"},
    {Granularity::day, "day"},
    {Granularity::week, "week"},
    {Granularity::month, "month"},
    {Granularity::season, "season"},
    {Granularity::quarter, "quarter"},
    {Granularity::half, "half"},
    {Granularity::year, "year"},
    {Granularity::interval, "interval"},
    {Granularity::duration, "duration"},
    {Granularity::reference, "reference"},
}};

bool read_int(std::string_view s, int& out) {
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size();
}

std::optional<date::year> read_year(std::string_view s) {
    int y = 0;
    if (s.size() != 4 || !read_int(s, y)) return std::nullopt;
    return date::year{y};
}

std::string two_digits(unsigned v) {
    std::string s(2, '0');
    s[0] = static_cast<char>('0' + v / 10 % 10);
    s[1] = static_cast<char>('0' + v % 10);
    return s;
}

std::string four_digits(int y) {
    std::string s = std::to_string(y < 0 ? -y : y);
    while (s.size() < 4)
        s.insert(s.begin(), '0');
    return y < 0 ? "-" + s : s;
}

// Meteorological seasons, the convention news uses: summer is June–August.
std::pair<date::sys_days, date::sys_days> season_days(date::year y, std::string_view code) {
    using namespace date;
    if (code == "SP") return {sys_days{y / March / 1}, sys_days{y / May / last}};
    if (code == "SU") return {sys_days{y / June / 1}, sys_days{y / August / last}};
    if (code == "FA") return {sys_days{y / September / 1}, sys_days{y / November / last}};
    return {sys_days{y / December / 1}, sys_days{(y + years{1}) / February / last}}; // WI
}

} // namespace

std::string_view to_string(Granularity g) {
    for (const auto& [k, name] : granularity_names)
        if (k == g) return name;
    return "unknown";
}

std::optional<Granularity> granularity_from_string(std::string_view s) {
    for (const auto& [k, name] : granularity_names)
        if (name == s) return k;
    return std::nullopt;
}

std::string iso_day(date::sys_days d) {
    date::year_month_day ymd{d};
    return four_digits(int(ymd.year())) + "-" + two_digits(unsigned(ymd.month())) + "-" +
           two_digits(unsigned(ymd.day()));
}

DateValue day_value(date::sys_days d, std::string text) {
    return DateValue{iso_day(d), std::move(text), Granularity::day, d, d, {}};
}

DateValue month_value(date::year_month ym, std::string text) {
    date::sys_days first{ym / 1};
    date::sys_days last{ym / date::last};
    return DateValue{four_digits(int(ym.year())) + "-" + two_digits(unsigned(ym.month())),
                     std::move(text),
                     Granularity::month,
                     first,
                     last,
                     {}};
}

DateValue year_value(date::year y, std::string text) {
    using namespace date;
    return DateValue{four_digits(int(y)),         std::move(text),
                     Granularity::year,           sys_days{y / January / 1},
                     sys_days{y / December / 31}, {}};
}

DateValue interval_value(date::sys_days first, date::sys_days last, std::string text) {
    if (first == last) return day_value(first, std::move(text));
    return DateValue{iso_day(first) + "/" + iso_day(last),
                     std::move(text),
                     Granularity::interval,
                     first,
                     last,
                     {}};
}

std::optional<DateValue> parse_date_value(std::string_view v) {
    using namespace date;
    if (auto slash = v.find('/'); slash != std::string_view::npos) {
        auto a = parse_date_value(v.substr(0, slash));
        auto b = parse_date_value(v.substr(slash + 1));
        if (!a || !b || !a->known() || !b->known() || *b->last < *a->first) return std::nullopt;
        DateValue out = interval_value(*a->first, *b->last);
        out.value = std::string(v);
        return out;
    }
    if (v.size() < 4) return std::nullopt;
    auto y = read_year(v.substr(0, 4));
    if (!y) return std::nullopt;
    if (v.size() == 4) return year_value(*y);
    if (v[4] != '-') return std::nullopt;
    std::string_view rest = v.substr(5);
    DateValue out;
    out.value = std::string(v);
    int n = 0;
    if (rest.size() == 2 && (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI")) {
        auto [f, l] = season_days(*y, rest);
        out.granularity = Granularity::season;
        out.first = f;
        out.last = l;
        return out;
    }
    if (rest.size() == 2 && rest[0] == 'Q' && read_int(rest.substr(1), n) && n >= 1 && n <= 4) {
        month m{unsigned(3 * n - 2)};
        out.granularity = Granularity::quarter;
        out.first = sys_days{*y / m / 1};
        out.last = sys_days{*y / month{unsigned(3 * n)} / last};
        return out;
    }
    if (rest.size() == 2 && rest[0] == 'H' && read_int(rest.substr(1), n) && (n == 1 || n == 2)) {
        out.granularity = Granularity::half;
        out.first = sys_days{*y / month{unsigned(6 * n - 5)} / 1};
        out.last = sys_days{*y / month{unsigned(6 * n)} / last};
        return out;
    }
    if (rest.size() == 3 && rest[0] == 'W' && read_int(rest.substr(1), n) && n >= 1 && n <= 53) {
        // ISO week: Monday of week 1 is the Monday on or before January 4.
        sys_days jan4{*y / January / 4};
        sys_days week1 = jan4 - (weekday{jan4} - Monday);
        out.granularity = Granularity::week;
        out.first = week1 + weeks{n - 1};
        out.last = *out.first + days{6};
        if (n == 53 && year_month_day{*out.first}.year() != *y) return std::nullopt;
        return out;
    }
    int mo = 0;
    if (rest.size() == 2 && read_int(rest, mo) && mo >= 1 && mo <= 12) {
        auto m = month_value(*y / month{unsigned(mo)});
        return m;
    }
    int d = 0;
    // A clock time on a day ("2025-11-10T00:01", optionally with seconds and a
    // zone): it covers that day.
    if (rest.size() > 5 && rest[5] == 'T') {
        auto day = parse_date_value(v.substr(0, 10));
        std::string_view clock = rest.substr(6);
        int hh = 0, mm = 0;
        if (!day || clock.size() < 5 || clock[2] != ':' || !read_int(clock.substr(0, 2), hh) ||
            !read_int(clock.substr(3, 2), mm) || hh > 24 || mm > 59)
            return std::nullopt;
        day->value = std::string(v);
        day->granularity = Granularity::time;
        return day;
    }
    if (rest.size() == 5 && rest[2] == '-' && read_int(rest.substr(0, 2), mo) &&
        read_int(rest.substr(3), d)) {
        year_month_day ymd{*y, month{unsigned(mo)}, day{unsigned(d)}};
        if (!ymd.ok()) return std::nullopt;
        return day_value(sys_days{ymd});
    }
    return std::nullopt;
}

} // namespace parley
