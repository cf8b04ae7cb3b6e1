#include "ingest/temporal/resolve.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <memory>
#include <span>
#include <vector>

namespace parley::temporal {

namespace {

using Time = date::local_seconds;
using Days = date::local_days;
using namespace std::chrono_literals;

Days day_of(Time t) {
    return date::floor<date::days>(t);
}
date::year_month_day ymd_of(Time t) {
    return date::year_month_day{day_of(t)};
}
int year_of(Time t) {
    return static_cast<int>(ymd_of(t).year());
}

Span make_span(Time start, Time end, Grain grain, Grain label = Grain::day, int code = -1) {
    Span s;
    s.start = start;
    s.end = end;
    s.grain = grain;
    s.label = label;
    s.code = code;
    return s;
}

Span day_span(Days d) {
    return make_span(Time{d}, Time{d + date::days{1}}, Grain::day, Grain::day);
}

Span unit_span(Time t, Unit u) {
    const Time s = floor_to(t, u);
    return make_span(s, add_units(s, u, 1), grain_of(u), grain_of(u));
}

Span month_span(int y, int m) {
    const Days d{date::year{y} / date::month{static_cast<unsigned>(m)} / 1};
    return make_span(Time{d}, add_units(Time{d}, Unit::month, 1), Grain::month, Grain::month);
}

Span year_span(int y) {
    const Days d{date::year{y} / date::January / 1};
    return make_span(Time{d}, add_units(Time{d}, Unit::year, 1), Grain::year, Grain::year);
}

// Meteorological seasons, labelled by the year they start in.
Span season_span(int y, int code) {
    static constexpr int first_month[] = {3, 6, 9, 12};
    const Days d{date::year{y} / date::month{static_cast<unsigned>(first_month[code])} / 1};
    return make_span(Time{d}, add_units(Time{d}, Unit::month, 3), Grain::season, Grain::season,
                     code);
}

Span quarter_span(int y, int q) {
    const Days d{date::year{y} / date::month{static_cast<unsigned>(3 * q - 2)} / 1};
    return make_span(Time{d}, add_units(Time{d}, Unit::month, 3), Grain::quarter, Grain::quarter);
}

Span half_span(int y, int h) {
    const Days d{date::year{y} / date::month{static_cast<unsigned>(6 * h - 5)} / 1};
    return make_span(Time{d}, add_units(Time{d}, Unit::month, 6), Grain::half, Grain::half);
}

std::optional<Days> holiday_day(const TemporalLexicon& lex, int index, int y, int depth = 0) {
    if (index < 0 || static_cast<std::size_t>(index) >= lex.holidays.size() || depth > 4) return {};
    const Holiday& h = lex.holidays[static_cast<std::size_t>(index)];
    const date::year yy{y};
    switch (h.rule) {
    case Holiday::Rule::fixed: {
        const date::year_month_day ymd{yy, date::month{static_cast<unsigned>(h.month)},
                                       date::day{static_cast<unsigned>(h.day)}};
        if (!ymd.ok()) return {};
        return Days{ymd};
    }
    case Holiday::Rule::nth_weekday: {
        const date::weekday wd{static_cast<unsigned>(h.weekday)};
        const date::month m{static_cast<unsigned>(h.month)};
        if (h.nth < 0) return Days{date::year_month_weekday_last{yy, m, date::weekday_last{wd}}};
        const date::year_month_weekday ymw{yy, m, wd[static_cast<unsigned>(h.nth)]};
        if (!ymw.ok()) return {};
        return Days{ymw};
    }
    case Holiday::Rule::after: {
        auto base = holiday_day(lex, h.base, y, depth + 1);
        if (!base) return {};
        return *base + date::days{h.days};
    }
    }
    return {};
}

// How far from publication a month and day without a year may lie in the
// direction its clause gives, about ten months; further off, the nearest
// occurrence is meant.
constexpr long long max_day_reach = 304LL * 24 * 3600;

long long distance(const Span& c, Time now) {
    if (c.start > now) return (c.start - now).count();
    if (c.end <= now) return (now - c.end).count() + 1;
    return 0;
}

std::optional<Span> choose(std::span<const Span> cands, Time now, Lean lean, bool not_immediate) {
    if (cands.empty()) return {};
    switch (lean) {
    case Lean::future:
        for (const auto& c : cands)
            if (not_immediate ? c.start > now : c.end > now) return c;
        return {};
    case Lean::past:
        for (auto it = cands.rbegin(); it != cands.rend(); ++it)
            if (it->start <= now) return *it;
        return {};
    case Lean::nearest: {
        const Span* best = nullptr;
        for (const auto& c : cands)
            if (!best || distance(c, now) <= distance(*best, now)) {
                if (best && distance(c, now) == distance(*best, now) && c.start < best->start)
                    continue;
                best = &c;
            }
        return *best;
    }
    }
    return {};
}

// The Nth candidate strictly after now (n > 0) or strictly before it (n < 0).
std::optional<Span> nth_from_now(std::span<const Span> cands, Time now, int n) {
    if (n > 0) {
        int k = 0;
        for (const auto& c : cands)
            if (c.start > now && ++k == n) return c;
    } else {
        int k = 0;
        for (auto it = cands.rbegin(); it != cands.rend(); ++it)
            if (it->end <= now && --k == n) return *it;
    }
    return {};
}

// The candidates for fields without a year, held on the stack: every date
// without its year asks for them, and a vector cost an allocation each time.
// Sixty-one is the most candidates() makes (a day of the month with its
// weekday, thirty months either way).
class Candidates {
public:
    static constexpr std::size_t capacity = 64;
    Candidates() {}
    void push_back(const Span& s) {
        if (size_ < capacity) std::construct_at(&items_[size_++], s);
    }
    bool empty() const { return size_ == 0; }
    const Span* begin() const { return items_; }
    const Span* end() const { return items_ + size_; }
    operator std::span<const Span>() const { return {items_, size_}; }

private:
    // Left uninitialised: a Span is trivially copyable and each slot is
    // written before it is read.
    union {
        Span items_[capacity];
    };
    std::size_t size_ = 0;
};

struct DayPartRange {
    int first_hour;
    int end_hour;
};

DayPartRange daypart_range(const TemporalLexicon& lex, int index, int part) {
    const auto& dp = lex.dayparts[static_cast<std::size_t>(index)];
    DayPartRange r{dp.first_hour, dp.end_hour};
    if (part == 0) r.end_hour = std::max(r.first_hour + 1, r.end_hour - 3);
    if (part == 2) r.first_hour = std::min(r.end_hour - 1, r.first_hour + 3);
    return r;
}

Span daypart_on(const TemporalLexicon& lex, Days d, int index, int part) {
    const auto r = daypart_range(lex, index, part);
    return make_span(Time{d} + std::chrono::hours{r.first_hour},
                     Time{d} + std::chrono::hours{r.end_hour}, Grain::hour, Grain::daypart, index);
}

Span clock_span(Days d, int hour, const Clock& c) {
    Time t = Time{d} + std::chrono::hours{hour} + std::chrono::minutes{std::max(c.minute, 0)} +
             std::chrono::seconds{std::max(c.second, 0)};
    const Grain g = c.grain();
    const auto len = g == Grain::second   ? 1s
                     : g == Grain::minute ? std::chrono::seconds{60}
                                          : std::chrono::seconds{3600};
    return make_span(t, t + len, g, g == Grain::hour ? Grain::minute : g);
}

// The hours a written clock may mean: as written, or also twelve later.
std::vector<int> clock_hours(const Clock& c) {
    if (c.h24 || c.ampm || c.hour > 12) return {c.hour % 24};
    if (c.hour == 12) return {12, 0};
    return {c.hour, c.hour + 12};
}

// A clock on day `d`, inside a daypart when one is given.
std::optional<Span> clock_on(const TemporalLexicon& lex, Days d, const Clock& c,
                             const std::optional<Span>& daypart) {
    const auto hours = clock_hours(c);
    if (daypart) {
        for (int h : hours) {
            Span s = clock_span(d, h, c);
            if (s.start >= daypart->start && s.start < daypart->end) return s;
        }
        // Neither half of the day falls inside: afternoons and evenings read p.m.
        const auto& code = lex.dayparts[static_cast<std::size_t>(daypart->code)].code;
        if (hours.size() == 2)
            return clock_span(
                d, code != "MO" ? std::max(hours[0], hours[1]) : std::min(hours[0], hours[1]), c);
    }
    if (hours.size() == 2 && c.hour == 12) return clock_span(d, 12, c);
    return clock_span(d, hours[0], c);
}

class Resolver {
public:
    explicit Resolver(const ResolveContext& c) : c_(c), lex_(*c.lex) {}

    std::optional<Span> operator()(const Spec& s) const {
        switch (s.kind) {
        case Spec::Kind::fields:
            return fields(s);
        case Spec::Kind::cycle:
            return cycle(s);
        case Spec::Kind::shift:
            return shift(s);
        case Spec::Kind::within:
            return within(s);
        case Spec::Kind::part:
            return part(s);
        case Spec::Kind::interval:
            return interval(s);
        case Spec::Kind::duration:
            return duration(s);
        case Spec::Kind::reference:
            return reference(s);
        case Spec::Kind::set:
        case Spec::Kind::unknown:
            return {};
        }
        return {};
    }

private:
    const ResolveContext& c_;
    const TemporalLexicon& lex_;

    Time now() const { return c_.now; }
    Days today() const { return day_of(c_.now); }

    // ---- fields ---------------------------------------------------------------
    std::optional<Span> fields(const Spec& s) const {
        std::optional<Span> base;
        if (s.century != INT_MIN) {
            const Days d{date::year{s.century * 100} / date::January / 1};
            base = make_span(Time{d}, add_units(Time{d}, Unit::century, 1), Grain::century,
                             Grain::century);
        } else if (s.decade != INT_MIN) {
            const Days d{date::year{s.decade * 10} / date::January / 1};
            base = make_span(Time{d}, add_units(Time{d}, Unit::decade, 1), Grain::decade,
                             Grain::decade);
        } else if (s.year != INT_MIN) {
            base = in_year(s, s.year);
            if (!base) return {};
        } else if (s.has_date_fields()) {
            base = pick(s);
            if (!base) return {};
        }
        if (s.daypart < 0 && !s.clock.set()) return base;
        if (!base) return time_only(s);
        if (base->label != Grain::day) return base;
        const Days d = day_of(base->start);
        std::optional<Span> dp;
        if (s.daypart >= 0) dp = daypart_on(lex_, d, s.daypart, s.daypart_part);
        if (!s.clock.set()) return dp;
        return clock_on(lex_, d, s.clock, dp);
    }

    // The fields of `s` in year `y`.
    std::optional<Span> in_year(const Spec& s, int y) const {
        if (y < -9999 || y > 9999) return {};
        if (s.holiday >= 0) {
            auto d = holiday_day(lex_, s.holiday, y);
            if (!d) return {};
            return day_span(*d);
        }
        if (s.month) {
            if (s.day) {
                const date::year_month_day ymd{date::year{y},
                                               date::month{static_cast<unsigned>(s.month)},
                                               date::day{static_cast<unsigned>(s.day)}};
                if (!ymd.ok()) return {};
                return day_span(Days{ymd});
            }
            return month_span(y, s.month);
        }
        if (s.season >= 0) return season_span(y, s.season);
        if (s.quarter) return quarter_span(y, s.quarter);
        if (s.half) return half_span(y, s.half);
        return year_span(y);
    }

    bool weekday_ok(const Spec& s, Days d) const {
        return !s.weekday || date::weekday{d} == date::weekday{static_cast<unsigned>(s.weekday)};
    }

    // Candidates for fields without a year, around the reference, in time order.
    Candidates candidates(const Spec& s) const {
        Candidates out;
        const auto ymd = ymd_of(now());
        const int y0 = static_cast<int>(ymd.year());
        if (s.holiday >= 0 || s.month || s.season >= 0 || s.quarter || s.half) {
            int range = 2;
            if (s.weekday && s.day) range = 30;
            if (s.month == 2 && s.day == 29) range = 8;
            for (int k = -range; k <= range; ++k) {
                auto sp = in_year(s, y0 + k);
                if (!sp) continue;
                if (s.day && !weekday_ok(s, day_of(sp->start))) continue;
                out.push_back(*sp);
            }
        } else if (s.day) {
            const int range = s.weekday ? 30 : 3;
            const date::year_month ym0 = ymd.year() / ymd.month();
            for (int k = -range; k <= range; ++k) {
                const date::year_month ym = ym0 + date::months{k};
                const date::year_month_day d{ym / date::day{static_cast<unsigned>(s.day)}};
                if (!d.ok() || !weekday_ok(s, Days{d})) continue;
                out.push_back(day_span(Days{d}));
            }
        } else if (s.weekday) {
            // Two weeks either way hold the nearest occurrences, all that a
            // weekday with no relative word is chosen from; an nth one ("3
            // fridays ago") needs its count of weeks. `no_value` is no count.
            const int weeks = s.relative == no_value ? 0 : std::abs(s.relative) / 10;
            const int range = std::max(14, 7 * (weeks + 2));
            // The range's first day of the weekday, then every seventh.
            const Days first = today() - date::days{range};
            const Days last = today() + date::days{range};
            const date::weekday wanted{static_cast<unsigned>(s.weekday)};
            for (Days d = first + (wanted - date::weekday{first}); d <= last; d += date::days{7})
                out.push_back(day_span(d));
        }
        return out;
    }

    std::optional<Span> pick(const Spec& s) const {

        const auto cands = candidates(s);
        if (cands.empty()) return {};
        const int rel = s.relative;
        if (rel == no_value) {
            // "Sunday, Feb 10": the written weekday settles the year when this year fits.
            if (s.weekday && s.month && s.day) {
                for (const auto& c : cands)
                    if (year_of(c.start) == year_of(now())) return c;
            }
            const bool weekday_only = s.weekday && !s.day && !s.month;
            auto chosen = choose(cands, now(), c_.lean, c_.standalone && weekday_only);
            // A day of a month without its year is never about a year away in
            // running text: news gives the year of a day it dates that far off.
            // A clause leaning the other way ("accused ... ahead of the election
            // on July 20", "has signed an order cutting it from June 30") leaves
            // the nearest one.
            if (chosen && !c_.standalone && s.month && s.day && s.holiday < 0 &&
                distance(*chosen, now()) > max_day_reach)
                return choose(cands, now(), Lean::nearest, false);
            return chosen;
        }
        if (rel <= -10 || rel >= 10) {
            if (s.from_mentioned && c_.mentioned && !c_.mentioned->open_start) {
                ResolveContext there = c_;
                there.now = c_.mentioned->start;
                there.mentioned.reset();
                Spec plain = s;
                plain.from_mentioned = false;
                return Resolver(there)(plain);
            }
            return nth_from_now(cands, now(), rel / 10);
        }
        if (rel == -1) return nth_from_now(cands, now(), -1);
        if (rel == 2) return nth_from_now(cands, now(), 2);
        if (s.weekday && !s.day && !s.month) {
            if (rel == 1) {
                // "next Tuesday": the Tuesday of next week.
                const Days monday{
                    week_start(date::sys_days{today().time_since_epoch()}).time_since_epoch()};
                return day_span(monday + date::days{7} + date::days{(s.weekday + 6) % 7});
            }
            return choose(cands, now(), Lean::future, false); // "this Monday"
        }
        if (rel == 1) return nth_from_now(cands, now(), 1);
        // "this September", "this summer", "this Christmas"
        if (s.month && !s.day) {
            for (const auto& c : cands)
                if (year_of(c.start) == year_of(now())) return c;
        }
        // "this winter" in February is the winter under way; "this autumn"
        // in February is the one of this year, not the one just gone.
        if (s.season >= 0 && !s.day) {
            for (const auto& c : cands)
                if (c.start <= now() && now() < c.end) return c;
            for (const auto& c : cands)
                if (year_of(c.start) == year_of(now())) return c;
        }
        if (s.holiday >= 0) return choose(cands, now(), Lean::future, false);
        return choose(cands, now(), Lean::nearest, false);
    }

    // A clock or daypart with no day: today's, or the day the text last mentioned.
    std::optional<Span> time_only(const Spec& s) const {
        Days d = today();
        if (!c_.standalone && c_.mentioned && c_.mentioned->label == Grain::day)
            d = day_of(c_.mentioned->start);
        if (!s.clock.set()) return daypart_on(lex_, d, s.daypart, s.daypart_part);
        if (!c_.standalone) {
            std::optional<Span> dp;
            if (s.daypart >= 0) dp = daypart_on(lex_, d, s.daypart, s.daypart_part);
            return clock_on(lex_, d, s.clock, dp);
        }
        std::vector<Span> cands;
        for (int k = -1; k <= 1; ++k)
            for (int h : clock_hours(s.clock))
                cands.push_back(clock_span(today() + date::days{k}, h, s.clock));
        std::sort(cands.begin(), cands.end(),
                  [](const Span& a, const Span& b) { return a.start < b.start; });
        const Time hour_start = date::floor<std::chrono::hours>(now());
        switch (c_.lean) {
        case Lean::future:
            for (const auto& c : cands)
                if (c.start >= hour_start) return c;
            return {};
        default: {
            std::vector<Span> keep = cands;
            return choose(keep, now(), c_.lean, false);
        }
        }
    }

    // ---- cycles ---------------------------------------------------------------
    Time anchor() const {
        if (c_.mentioned && !c_.mentioned->open_start) return c_.mentioned->start;
        return now();
    }

    std::optional<Span> cycle(const Spec& s) const {
        if (s.reporting_period && c_.mentioned && c_.mentioned->label == Grain::quarter)
            return c_.mentioned;
        Time from = s.from_mentioned ? anchor() : now();
        if (!s.kids.empty()) {
            auto base = (*this)(s.kids.front());
            if (!base) return {};
            from = base->start;
        }
        if (s.nth_grain == Grain::weekend) return weekend(s, from);
        const Time start = add_units(floor_to(from, s.unit), s.unit, s.offset);
        Span sp = make_span(start, add_units(start, s.unit, std::max(1, s.count)), grain_of(s.unit),
                            grain_of(s.unit));
        return sp;
    }

    static Span weekend_of(Days monday) {
        const Days saturday = monday + date::days{5};
        return make_span(Time{saturday} - std::chrono::hours{6}, Time{saturday + date::days{2}},
                         Grain::hour, Grain::weekend);
    }

    std::optional<Span> weekend(const Spec& s, Time from) const {
        const Days d = day_of(from);
        const Days monday{week_start(date::sys_days{d.time_since_epoch()}).time_since_epoch()};
        if (s.inherent) return weekend_of(monday + date::weeks{s.offset});
        std::vector<Span> cands{weekend_of(monday - date::weeks{1}), weekend_of(monday),
                                weekend_of(monday + date::weeks{1})};
        return choose(cands, from, c_.lean, false);
    }

    // ---- shifts ---------------------------------------------------------------
    // Whether a shift of `amount` units stays within the years a date can
    // name: "58090 years from July 1" is no day, not July 1 itself.
    static bool within_calendar(Unit u, double amount) {
        static constexpr double years_per[] = {
            1 / 31556952.0, 1 / 525949.2, 1 / 8765.82, 1 / 365.2425, 7 / 365.2425,
            1 / 12.0,       1 / 4.0,      1,           10,           100};
        return std::abs(amount * years_per[static_cast<int>(u)]) <= 9999;
    }

    std::optional<Span> shift(const Spec& s) const {
        if (!within_calendar(s.unit, s.amount)) return {};
        std::optional<Span> base;
        if (!s.kids.empty()) {
            base = (*this)(s.kids.front());
            if (!base) return {};
        } else if (s.from_mentioned && c_.mentioned && !c_.mentioned->open_start) {
            base = c_.mentioned;
            // "Earlier in the day" after "since April": the day last named.
            if (s.unit == Unit::day && base->grain > Grain::day && c_.mentioned_day)
                base = c_.mentioned_day;
        } else if (!c_.standalone && s.unit == Unit::year && s.amount == std::floor(s.amount) &&
                   c_.mentioned && !c_.mentioned->open_start &&
                   c_.mentioned->label == Grain::quarter) {
            // In a quarterly report "a year ago" is the same quarter a year before.
            base = c_.mentioned;
        }
        if (base) {
            Time start = add_amount(base->start, s.unit, s.amount);
            Time end = add_amount(base->end, s.unit, s.amount);
            Span out = make_span(start, end, std::min(base->grain, grain_of(s.unit)), base->label,
                                 base->code);
            Grain u = grain_of(s.unit);
            if (u == Grain::week) u = Grain::day;
            if (u > out.label && out.label != Grain::quarter && out.label != Grain::half &&
                s.kids.empty()) {
                const Span coarse = unit_span(start, s.unit == Unit::week ? Unit::day : s.unit);
                out.label = u;
                out.start = coarse.start;
                out.end = coarse.end;
                out.code = -1;
            }
            if (out.label == Grain::daypart && u < Grain::day) out.label = Grain::minute;
            return out;
        }
        // From the reference instant.
        const Time t = add_amount(now(), s.unit, s.amount);
        if (s.from_now || c_.standalone) {
            const Grain precision = finer(s.unit);
            const Time start = floor_grain(t, precision);
            Span out = make_span(start, start + grain_length(precision, start), precision,
                                 s.unit <= Unit::hour ? Grain::minute : grain_of(s.unit));
            return out;
        }
        const Unit u = s.unit == Unit::week ? Unit::day : s.unit;
        Span out = unit_span(t, u < Unit::day ? Unit::minute : u);
        if (u < Unit::day) out.label = Grain::minute;
        return out;
    }

    static Grain finer(Unit u) {
        switch (u) {
        case Unit::second:
        case Unit::minute:
            return Grain::second;
        case Unit::hour:
            return Grain::minute;
        case Unit::day:
            return Grain::hour;
        case Unit::week:
        case Unit::month:
        case Unit::quarter:
            return Grain::day;
        case Unit::year:
            return Grain::month;
        case Unit::decade:
        case Unit::century:
            return Grain::year;
        }
        return Grain::day;
    }

    static Time floor_grain(Time t, Grain g) {
        switch (g) {
        case Grain::second:
            return t;
        case Grain::minute:
            return floor_to(t, Unit::minute);
        case Grain::hour:
            return floor_to(t, Unit::hour);
        case Grain::month:
            return floor_to(t, Unit::month);
        case Grain::year:
            return floor_to(t, Unit::year);
        default:
            return floor_to(t, Unit::day);
        }
    }

    static std::chrono::seconds grain_length(Grain g, Time start) {
        switch (g) {
        case Grain::second:
            return 1s;
        case Grain::minute:
            return std::chrono::seconds{60};
        case Grain::hour:
            return std::chrono::seconds{3600};
        case Grain::month:
            return add_units(start, Unit::month, 1) - start;
        case Grain::year:
            return add_units(start, Unit::year, 1) - start;
        default:
            return std::chrono::seconds{86400};
        }
    }

    static Time add_amount(Time t, Unit u, double amount) {
        if (u <= Unit::week) {
            static constexpr double secs[] = {1, 60, 3600, 86400, 604800};
            return t + std::chrono::seconds{static_cast<long long>(
                           std::llround(amount * secs[static_cast<int>(u)]))};
        }
        return add_units(t, u, std::llround(amount));
    }

    // ---- within ---------------------------------------------------------------
    std::optional<Span> within(const Spec& s) const {
        auto C = (*this)(s.kids[0]);
        if (!C) return {};
        const Spec& in = s.kids[1];
        if (in.kind != Spec::Kind::fields) {
            ResolveContext inner = c_;
            inner.now = C->start;
            inner.mentioned = C;
            return Resolver(inner)(in);
        }
        if (in.nth != 0) return nth(*C, in);
        Spec f = in;
        // Fields that a year, month or week container completes.
        if (C->label == Grain::year &&
            (f.month || f.quarter || f.half || f.season >= 0 || f.holiday >= 0)) {
            f.year = year_of(C->start);
            return fields(f);
        }
        if (C->label == Grain::month && f.day && !f.month) {
            const auto ymd = ymd_of(C->start);
            f.year = static_cast<int>(ymd.year());
            f.month = static_cast<std::int8_t>(static_cast<unsigned>(ymd.month()));
            return fields(f);
        }
        if (C->label == Grain::week && f.weekday && !f.day) {
            const Days d = day_of(C->start) + date::days{(f.weekday + 6) % 7};
            return day_span(d);
        }
        if (C->label == Grain::day || C->label == Grain::daypart) {
            const Days d = day_of(C->start);
            std::optional<Span> dp;
            if (C->label == Grain::daypart) dp = C;
            if (f.daypart >= 0) dp = daypart_on(lex_, d, f.daypart, f.daypart_part);
            if (f.clock.set()) return clock_on(lex_, d, f.clock, dp);
            return dp ? dp : C;
        }
        if (C->label == Grain::minute && f.clock.set()) return C;
        return C;
    }

    std::optional<Span> nth(const Span& C, const Spec& in) const {
        const Days first = day_of(C.start), end = day_of(C.end);
        if (end - first > date::days{400}) return {};
        std::vector<Span> items;
        if (in.nth_grain == Grain::day) {
            for (Days d = first; d < end; d += date::days{1})
                if (weekday_ok(in, d)) items.push_back(day_span(d));
        } else if (in.nth_grain == Grain::week) {
            for (Days d = first; d + date::days{7} <= end; d += date::days{1})
                if (date::weekday{d} == date::Monday)
                    items.push_back(
                        make_span(Time{d}, Time{d + date::days{7}}, Grain::week, Grain::week));
        } else if (in.nth_grain == Grain::weekend) {
            for (Days d = first; d < end; d += date::days{1})
                if (date::weekday{d} == date::Saturday)
                    items.push_back(weekend_of(d - date::days{5}));
        }
        const int n = in.nth;
        if (n > 0 && static_cast<std::size_t>(n) <= items.size())
            return items[static_cast<std::size_t>(n - 1)];
        if (n < 0 && static_cast<std::size_t>(-n) <= items.size())
            return items[items.size() - static_cast<std::size_t>(-n)];
        return {};
    }

    // ---- parts ----------------------------------------------------------------
    std::optional<Span> part(const Spec& s) const {
        auto B = (*this)(s.kids.front());
        if (!B) return {};
        const Days first = day_of(B->start);
        const Days last_excl = day_of(B->end - 1s) + date::days{1};
        auto days_span = [&](Days a, Days b) {
            return make_span(Time{a}, Time{b}, Grain::day, Grain::day);
        };
        auto months_in = [&](int from, int to) { // months [from, to) after B's start
            const Time a = add_units(Time{first}, Unit::month, from);
            const Time b = add_units(Time{first}, Unit::month, to);
            return make_span(a, b, Grain::month, Grain::month);
        };
        Span out = *B;
        switch (s.part) {
        case Part::start:
        case Part::mid:
        case Part::end: {
            const int p = static_cast<int>(s.part);
            switch (B->label) {
            case Grain::month: {
                static constexpr int from[] = {1, 11, 21};
                const auto ym = ymd_of(B->start);
                const Days a{ym.year() / ym.month() / date::day{static_cast<unsigned>(from[p])}};
                const Days b = p == 2 ? last_excl
                                      : Days{ym.year() / ym.month() /
                                             date::day{static_cast<unsigned>(from[p + 1])}};
                out = days_span(a, b);
                break;
            }
            case Grain::year: {
                static constexpr int from[] = {0, 4, 8};
                static constexpr int to[] = {3, 8, 12};
                out = months_in(from[p], to[p]);
                break;
            }
            case Grain::quarter:
            case Grain::season:
                out = months_in(p, p + 1);
                break;
            case Grain::half:
                out = months_in(2 * p, 2 * p + 2);
                break;
            case Grain::week:
            case Grain::weekend: {
                static constexpr int from[] = {0, 2, 4};
                static constexpr int to[] = {3, 4, 7};
                out = days_span(first + date::days{from[p]}, first + date::days{to[p]});
                break;
            }
            case Grain::decade:
            case Grain::century: {
                const int years = B->label == Grain::decade ? 10 : 100;
                const int from[] = {0, years * 4 / 10, years * 7 / 10};
                const int to[] = {years * 4 / 10, years * 7 / 10, years};
                const Time a = add_units(B->start, Unit::year, from[p]);
                const Time b = add_units(B->start, Unit::year, to[p]);
                out = make_span(a, b, Grain::year, Grain::year);
                break;
            }
            case Grain::day:
            case Grain::daypart: {
                static constexpr int from[] = {0, 8, 16};
                out = make_span(Time{first} + std::chrono::hours{from[p]},
                                Time{first} + std::chrono::hours{from[p] + 8}, Grain::hour,
                                Grain::day);
                if (B->label == Grain::daypart) out = *B;
                break;
            }
            default:
                break;
            }
            break;
        }
        case Part::first_half:
        case Part::second_half: {
            const Days mid = first + (last_excl - first) / 2;
            out = s.part == Part::first_half ? days_span(first, mid) : days_span(mid, last_excl);
            if (B->label == Grain::month) {
                const auto ym = ymd_of(B->start);
                const Days m16{ym.year() / ym.month() / 16};
                out =
                    s.part == Part::first_half ? days_span(first, m16) : days_span(m16, last_excl);
            }
            break;
        }
        case Part::rest:
        case Part::later:
        case Part::earlier: {
            const Days from = s.part == Part::later ? today() + date::days{1} : today();
            if (s.part == Part::earlier) {
                if (today() > first && today() < last_excl) out = days_span(first, today());
            } else if (from < last_excl && from >= first) {
                out = days_span(from, last_excl);
            } else if (today() < last_excl && today() >= first) {
                out = days_span(today(), last_excl);
            }
            break;
        }
        case Part::none:
            break;
        }
        out.label = B->label; // the value names the whole period, with a mod
        out.code = B->code;
        return out;
    }

    // ---- intervals, durations, references -----------------------------------------
    std::optional<Span> interval(const Spec& s) const {
        auto A = (*this)(s.kids[0]);
        if (!A) return {};
        ResolveContext after = c_;
        if (c_.standalone && s.kids[1].kind == Spec::Kind::fields && !s.kids[1].has_date_fields()) {
            after.now = A->start;
            after.lean = Lean::future;
        }
        auto B = Resolver(after)(s.kids[1]);
        if (!B) return {};
        if (B->end <= A->start) {
            if (B->grain <= Grain::hour && B->label != Grain::day)
                B->start += std::chrono::hours{12}, B->end += std::chrono::hours{12};
            if (B->end <= A->start && s.kids[1].year == INT_MIN &&
                s.kids[1].kind == Spec::Kind::fields) {
                B->start = add_units(B->start, Unit::year, 1);
                B->end = add_units(B->end, Unit::year, 1);
            }
        }
        if (B->end <= A->start) return {};
        Span out = make_span(A->start, B->end, std::min(A->grain, B->grain), Grain::day);
        // Between two clocks the end is the second one's start plus the finer unit:
        // 3:30 to 6 PM ends at 18:01.
        if (A->grain <= Grain::hour && B->grain <= Grain::hour && B->label != Grain::daypart)
            out.end = B->start + grain_length(out.grain, B->start);
        // "12:01:01-12": the second clock is the first one's hour, begun
        // before it. No range runs backwards.
        if (out.end <= out.start) return {};
        out.label = A->label == B->label ? A->label : Grain::day;
        return out;
    }

    std::optional<Span> duration(const Spec& s) const {
        if (s.offset == 0 || !s.amount_known || s.amount != std::floor(s.amount) || s.amount < 1)
            return {};
        const auto n = static_cast<long long>(s.amount);
        const Time unit_start = floor_to(now(), s.unit);
        Time a, b;
        if (s.offset < 0) {
            a = add_units(unit_start, s.unit, -n);
            b = unit_start;
        } else {
            a = add_units(unit_start, s.unit, 1);
            b = add_units(a, s.unit, n);
        }
        return make_span(a, b, grain_of(s.unit), grain_of(s.unit));
    }

    std::optional<Span> reference(const Spec& s) const {
        Span out = make_span(now(), now() + 1s, Grain::second, Grain::second);
        if (s.text == "PAST_REF") {
            out.open_start = true;
            out.start = now();
        } else if (s.text == "FUTURE_REF") {
            out.open_end = true;
        }
        return out;
    }
};

// A TIMEX3 value written into a buffer on the stack and copied out once:
// values are short, and building them of pieces costs a string for each.
class ValueWriter {
public:
    void put(char c) { buf_[n_++] = c; }
    void put(std::string_view s) {
        for (char c : s)
            put(c);
    }
    // `v` in at least `width` digits, zero-padded, after a minus sign when negative.
    void padded(long long v, int width) {
        if (v < 0) put('-');
        unsigned long long u = v < 0 ? 0ull - static_cast<unsigned long long>(v) : v;
        char digits[20];
        int n = 0;
        do {
            digits[n++] = static_cast<char>('0' + u % 10);
            u /= 10;
        } while (u);
        for (int k = n; k < width; ++k)
            put('0');
        while (n)
            put(digits[--n]);
    }
    std::string str() const { return std::string(buf_, n_); }

private:
    // The longest value: a signed 20-digit year, a date and a clock, or a
    // date and a daypart code.
    char buf_[96];
    std::size_t n_ = 0;
};

} // namespace

Grain grain_of(Unit unit) {
    switch (unit) {
    case Unit::second:
        return Grain::second;
    case Unit::minute:
        return Grain::minute;
    case Unit::hour:
        return Grain::hour;
    case Unit::day:
        return Grain::day;
    case Unit::week:
        return Grain::week;
    case Unit::month:
        return Grain::month;
    case Unit::quarter:
        return Grain::quarter;
    case Unit::year:
        return Grain::year;
    case Unit::decade:
        return Grain::decade;
    case Unit::century:
        return Grain::century;
    }
    return Grain::day;
}

date::local_seconds floor_to(date::local_seconds t, Unit unit) {
    const Days d = day_of(t);
    const auto ymd = date::year_month_day{d};
    const int y = static_cast<int>(ymd.year());
    const unsigned m = static_cast<unsigned>(ymd.month());
    switch (unit) {
    case Unit::second:
        return t;
    case Unit::minute:
        return date::floor<std::chrono::minutes>(t);
    case Unit::hour:
        return date::floor<std::chrono::hours>(t);
    case Unit::day:
        return Time{d};
    case Unit::week:
        return Time{d - (date::weekday{d} - date::Monday)};
    case Unit::month:
        return Time{Days{ymd.year() / ymd.month() / 1}};
    case Unit::quarter:
        return Time{Days{ymd.year() / date::month{(m - 1) / 3 * 3 + 1} / 1}};
    case Unit::year:
        return Time{Days{ymd.year() / date::January / 1}};
    case Unit::decade: {
        const int dy = y >= 0 ? y / 10 * 10 : -((-y + 9) / 10 * 10);
        return Time{Days{date::year{dy} / date::January / 1}};
    }
    case Unit::century: {
        const int cy = y >= 0 ? y / 100 * 100 : -((-y + 99) / 100 * 100);
        return Time{Days{date::year{cy} / date::January / 1}};
    }
    }
    return t;
}

date::local_seconds add_units(date::local_seconds t, Unit unit, long long n) {
    switch (unit) {
    case Unit::second:
        return t + std::chrono::seconds{n};
    case Unit::minute:
        return t + std::chrono::minutes{n};
    case Unit::hour:
        return t + std::chrono::hours{n};
    case Unit::day:
        return t + date::days{n};
    case Unit::week:
        return t + date::weeks{n};
    default:
        break;
    }
    static constexpr long long months_per[] = {0, 0, 0, 0, 0, 1, 3, 12, 120, 1200};
    const long long months = n * months_per[static_cast<int>(unit)];
    if (months > 12 * 20000 || months < -12 * 20000) return t;
    const Days d = day_of(t);
    const auto tod = t - Time{d};
    const date::year_month_day ymd{d};
    date::year_month ym = ymd.year() / ymd.month();
    ym += date::months{months};
    const date::day last =
        date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}}.day();
    const date::day dd = ymd.day() <= last ? ymd.day() : last;
    return Time{Days{ym / dd}} + tod;
}

std::optional<Span> resolve(const Spec& spec, const ResolveContext& ctx) {
    if (!ctx.lex) return {};
    return Resolver(ctx)(spec);
}

std::string timex_value(const Span& s, const TemporalLexicon& lex) {
    const Days d = day_of(s.start);
    const date::year_month_day ymd{d};
    const int y = static_cast<int>(ymd.year());
    const auto m = static_cast<unsigned>(ymd.month());
    const auto dd = static_cast<unsigned>(ymd.day());
    ValueWriter out;
    auto day = [&] {
        out.padded(y, 4);
        out.put('-');
        out.padded(m, 2);
        out.put('-');
        out.padded(dd, 2);
    };
    auto clock = [&](bool seconds) {
        const auto tod = date::make_time(s.start - Time{d});
        day();
        out.put('T');
        out.padded(tod.hours().count(), 2);
        out.put(':');
        out.padded(tod.minutes().count(), 2);
        if (!seconds) return;
        out.put(':');
        out.padded(tod.seconds().count(), 2);
    };
    auto iso_week = [&](Days day_in) {
        // The ISO week-numbering year is the year of the week's Thursday.
        const Days monday = day_in - (date::weekday{day_in} - date::Monday);
        const Days thursday = monday + date::days{3};
        const date::year wy = date::year_month_day{thursday}.year();
        const Days jan4{wy / date::January / 4};
        const Days week1 = jan4 - (date::weekday{jan4} - date::Monday);
        const auto week = (monday - week1).count() / 7 + 1;
        out.padded(static_cast<int>(wy), 4);
        out.put("-W");
        out.padded(week, 2);
    };
    switch (s.label) {
    case Grain::second:
        clock(true);
        return out.str();
    case Grain::minute:
    case Grain::hour:
        clock(false);
        return out.str();
    case Grain::daypart:
        day();
        if (s.code >= 0 && static_cast<std::size_t>(s.code) < lex.dayparts.size()) {
            out.put('T');
            out.put(lex.dayparts[static_cast<std::size_t>(s.code)].code);
        }
        return out.str();
    case Grain::day:
        day();
        return out.str();
    case Grain::weekend:
        iso_week(day_of(s.end - 1s));
        out.put("-WE");
        return out.str();
    case Grain::week:
        iso_week(d);
        return out.str();
    case Grain::month:
        out.padded(y, 4);
        out.put('-');
        out.padded(m, 2);
        return out.str();
    case Grain::season: {
        static const char* codes[] = {"SP", "SU", "FA", "WI"};
        out.padded(y, 4);
        out.put('-');
        out.put(s.code >= 0 && s.code < 4 ? codes[s.code] : "SU");
        return out.str();
    }
    case Grain::quarter:
        out.padded(y, 4);
        out.put("-Q");
        out.padded((m - 1) / 3 + 1, 1);
        return out.str();
    case Grain::half:
        out.padded(y, 4);
        out.put("-H");
        out.padded((m - 1) / 6 + 1, 1);
        return out.str();
    case Grain::year:
        out.padded(y, 4);
        return out.str();
    case Grain::decade:
        out.padded(y / 10, 3);
        return out.str();
    case Grain::century:
        out.padded(y / 100, 2);
        return out.str();
    }
    day();
    return out.str();
}

std::string duration_value(double amount, bool known, Unit unit) {
    static const char* codes[] = {"S", "M", "H", "D", "W", "M", "Q", "Y", "Y", "Y"};
    const bool clock = unit == Unit::second || unit == Unit::minute || unit == Unit::hour;
    std::string prefix = clock ? "PT" : "P";
    if (!known) {
        static const char* unknown[] = {"S", "M", "H", "D", "W", "M", "Q", "Y", "DE", "CE"};
        return prefix + "X" + unknown[static_cast<int>(unit)];
    }
    double v = amount;
    Unit u = unit;
    if (u == Unit::quarter) {
        v *= 3;
        u = Unit::month;
    } else if (u == Unit::decade) {
        v *= 10;
        u = Unit::year;
    } else if (u == Unit::century) {
        v *= 100;
        u = Unit::year;
    }
    // Fractions go down a unit where they can: 2.5 hours is PT2H30M.
    if (v != std::floor(v)) {
        if (u == Unit::hour) {
            const auto minutes = static_cast<long long>(std::llround(v * 60));
            std::string out = "PT";
            if (minutes >= 60) out += std::to_string(minutes / 60) + "H";
            if (minutes % 60) out += std::to_string(minutes % 60) + "M";
            return out;
        }
        if (u == Unit::minute) return "PT" + std::to_string(std::llround(v * 60)) + "S";
        if (u == Unit::day) return "PT" + std::to_string(std::llround(v * 24)) + "H";
        if (u == Unit::year) return "P" + std::to_string(std::llround(v * 12)) + "M";
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", v);
        return prefix + buf + codes[static_cast<int>(u)];
    }
    return prefix + std::to_string(static_cast<long long>(v)) + codes[static_cast<int>(u)];
}

} // namespace parley::temporal
