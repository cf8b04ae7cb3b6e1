#include "ingest/temporal/grammar.h"

#include <array>
#include <cmath>
#include <memory>

namespace parley::temporal {

namespace {

struct Num {
    double v = 0;
    bool known = true;
    std::size_t e = 0;
    bool word = false;
};

// A partial match: what the words from `b` to `e` mean.
struct M {
    Spec s;
    std::size_t b = 0;
    std::size_t e = 0;
};
using R = std::optional<M>;

// What the rules worked out at a place: days, points and periods, each a
// function of the place alone for a given text. A table per thread with a
// slot per kind and place modulo its size, each slot marked with the
// grammar that filled it and the place: a lookup is two comparisons, and a
// grammar made while another is alive only makes the other work some out
// again.
struct MemoTable {
    static constexpr std::size_t kinds = 3;
    static constexpr std::size_t slots = 64; // more places than one expression reads
    struct Slot {
        std::uint64_t grammar = 0; // 0: empty
        std::size_t place = 0;
        R result;
    };
    std::array<std::array<Slot, slots>, kinds> table;
    std::uint64_t grammars = 0; // how many grammars this thread has made
};
thread_local MemoTable memo_table;
enum MemoKind : std::size_t { memo_day, memo_point, memo_period };

Spec make(Spec::Kind k) {
    Spec s;
    s.kind = k;
    return s;
}

Spec cycle(Unit u, int offset, int count = 1) {
    Spec s = make(Spec::Kind::cycle);
    s.unit = u;
    s.offset = offset;
    s.count = count;
    s.inherent = true;
    return s;
}

Spec within(Spec container, Spec inner) {
    Spec s = make(Spec::Kind::within);
    s.inherent = container.inherent;
    s.kids.push_back(std::move(container));
    s.kids.push_back(std::move(inner));
    return s;
}

Spec part_of(Spec base, Part p) {
    Spec s = make(Spec::Kind::part);
    s.part = p;
    s.inherent = base.inherent;
    static const char* mods[] = {"START", "MID", "END"};
    if (p == Part::start || p == Part::mid || p == Part::end) s.mod = mods[static_cast<int>(p)];
    s.kids.push_back(std::move(base));
    return s;
}

// The longer of two matches; on a tie the first.
R longer(R a, R b) {
    if (!a) return b;
    if (!b) return a;
    if (b->e > a->e) return b;
    return a;
}

// Keeps in `best` the longer of it and `m`, as `best = longer(best, m)`
// would, without copying `best` twice: a Spec is large, and the rules try
// many candidates that lose.
void keep_longer(R& best, R&& m) {
    if (m && (!best || m->e > best->e)) best = std::move(m);
}
void keep_longer(R& best, const R& m) {
    if (m && (!best || m->e > best->e)) best = m;
}

// ---- where each rule may begin ------------------------------------------------
// Most places the scan tries begin no expression, or few kinds of one: "on"
// in "on Friday" begins no duration, clock or period, yet every rule would
// read on from it before failing. So each costly rule has a bit, set on the
// tokens that can be its first one, and returns at once where its bit is
// clear. Each set below is read off the rule's first element (and, where the
// rule calls others at its own place, theirs). A set may be wider than the
// rule needs, which costs only time; it must never be narrower.
enum RuleStart : std::uint32_t {
    start_day = 1u << 0,     // day_spec
    start_point = 1u << 1,   // point
    start_period = 1u << 2,  // period
    start_clock = 1u << 3,   // clock_at
    start_daypart = 1u << 4, // daypart_at
    start_relative_daypart = 1u << 5,
    start_day_range = 1u << 6,
    start_clock_range = 1u << 7,
    start_duration = 1u << 8,
    start_shift = 1u << 9,
    start_part = 1u << 10,
    start_year_earlier = 1u << 11,
    start_mentioned_day = 1u << 12,
    start_same_day_later = 1u << 13,
    // The parts of day_spec, each tried only where it may begin.
    start_date_core = 1u << 14,
    start_ordinal_day = 1u << 15,
    start_relative_day = 1u << 16,
    start_weekday_spec = 1u << 17,
    start_holiday = 1u << 18,
    start_nth_in = 1u << 19,
    // The parts of period.
    start_month_period = 1u << 20,
    start_year_period = 1u << 21,
    start_quarter_period = 1u << 22,
    start_half_period = 1u << 23,
    start_season_period = 1u << 24,
    start_cycle_period = 1u << 25,
    start_set = 1u << 26, // set_at
};

// One token as the first of a rule: a number, a punctuation mark or a word
// with its lexicon entry. Or, with `unknown_in`, any word that lexicon lacks:
// such a word may be any of the words a rule names that the lexicon lacks,
// and may end as "nineties" does.
struct First {
    bool number = false;
    char punct = 0;
    std::string_view word;
    const WordInfo* info = nullptr;
    const TemporalLexicon* unknown_in = nullptr;

    constexpr bool is(std::initializer_list<std::string_view> words) const {
        for (auto w : words)
            if (unknown_in ? !unknown_in->find(w) : w == word) return true;
        return false;
    }
    constexpr bool decade_name() const {
        return unknown_in || (word.size() > 6 && word.ends_with("ties"));
    }
    constexpr bool number_word() const { return info && info->number >= 0; }
    constexpr bool ordinal_word() const { return info && info->ordinal > 0; }
    constexpr bool relative() const { return info && info->relative != no_value; }
    constexpr bool month() const { return info && info->month; }
    constexpr bool weekday() const { return info && info->weekday; }
};

// cardinal(): digits, a number word, "couple", "few", "several", "many", and
// where allowed "a" or "an".
constexpr bool may_begin_cardinal(const First& f) {
    return f.number || f.number_word() ||
           f.is({"couple", "few", "several", "many", "a", "an", "another"});
}
// ordinal(): "3rd", an ordinal word, or "twenty"/"thirty" before one;
// day_number() adds bare digits.
constexpr bool may_begin_ordinal(const First& f) {
    return f.number || f.ordinal_word() || f.number_word();
}
// amount_raw(): "half an hour", "a quarter of an hour", "three-quarters",
// "1/2 hour", else a cardinal.
constexpr bool may_begin_amount(const First& f) {
    return may_begin_cardinal(f) || f.is({"half", "a"});
}
// clock_at(): noon and midnight words, relative_clock() ("half past",
// "quarter to", "a quarter to", a cardinal), digits or an hour in words.
constexpr bool may_begin_clock(const First& f) {
    return f.is({"noon", "midday", "mid", "midnight", "half", "quarter", "a"}) ||
           may_begin_cardinal(f);
}
// The parts of day_spec():
// date_core(): a month, a weekday, "the", a day number, digits.
constexpr bool may_begin_date_core(const First& f) {
    return may_begin_ordinal(f) || f.month() || f.weekday() || f.is({"the"});
}
// ordinal_day(): "on", "the".
constexpr bool may_begin_ordinal_day(const First& f) {
    return f.is({"on", "the"});
}
// relative_day(): "the", "day", "today".
constexpr bool may_begin_relative_day(const First& f) {
    return (f.info && f.info->relative_day != no_value) || f.is({"the", "day"});
}
// weekday_spec(): "this", "the", a relative word, a weekday.
constexpr bool may_begin_weekday_spec(const First& f) {
    return f.relative() || f.weekday() || f.is({"this", "the"});
}
// holiday_at(): a relative word, a holiday's first word.
constexpr bool may_begin_holiday(const First& f) {
    return f.relative() ||
           (f.info && !f.info->phrases_of[static_cast<int>(PhraseKind::holiday)].empty());
}
// nth_in(): "the", an ordinal, "last", digits.
constexpr bool may_begin_nth_in(const First& f) {
    return may_begin_ordinal(f) || f.is({"the", "last"});
}
constexpr bool may_begin_day(const First& f) {
    return may_begin_date_core(f) || may_begin_ordinal_day(f) || may_begin_relative_day(f) ||
           may_begin_weekday_spec(f) || may_begin_holiday(f) || may_begin_nth_in(f);
}
// daypart_at(): "in the morning", "at lunchtime", "early", "late", a daypart.
constexpr bool may_begin_daypart(const First& f) {
    return (f.info && f.info->daypart >= 0) || f.is({"in", "at", "early", "late"});
}
// relative_daypart(): "late", "early", "tonight", "last night", "this
// morning", "today", "in the afternoon".
constexpr bool may_begin_relative_daypart(const First& f) {
    return f.is({"late", "early", "tonight", "tonite", "last", "this", "today", "in"});
}
// point(): a day, a relative daypart or a daypart, and a clock, bare or after
// "at", "@", "around", "about" or "approximately".
constexpr bool may_begin_point(const First& f) {
    return may_begin_day(f) || may_begin_relative_daypart(f) || may_begin_daypart(f) ||
           may_begin_clock(f) || f.punct == '@' || f.is({"at", "around", "about", "approximately"});
}
// The parts of period():
// month_period(): a relative word, a month.
constexpr bool may_begin_month_period(const First& f) {
    return f.relative() || f.month();
}
// year_period(): "fiscal", "fy", "the", "calendar", a year: digits or '98.
constexpr bool may_begin_year_period(const First& f) {
    return f.number || f.punct == '\'' || f.is({"fiscal", "fy", "the", "calendar"});
}
// quarter_period(): digits, "q", "the", an ordinal, number or relative word.
constexpr bool may_begin_quarter_period(const First& f) {
    return may_begin_ordinal(f) || f.relative() || f.is({"q", "the"});
}
// half_period(): "h", "the", "first", "second", "latter".
constexpr bool may_begin_half_period(const First& f) {
    return f.is({"h", "the", "first", "second", "latter"});
}
// season_period(): a season, a relative word, "the".
constexpr bool may_begin_season_period(const First& f) {
    return (f.info && f.info->season >= 0) || f.relative() || f.is({"the"});
}
// cycle_period(): "the", a decade: digits, '90s, "nineties"; an ordinal
// century, "this", a relative word, "weekend".
constexpr bool may_begin_cycle_period(const First& f) {
    return may_begin_ordinal(f) || f.punct == '\'' || f.relative() || f.decade_name() ||
           f.is({"the", "this", "weekend", "wkend", "week"});
}
constexpr bool may_begin_period(const First& f) {
    return may_begin_month_period(f) || may_begin_year_period(f) || may_begin_quarter_period(f) ||
           may_begin_half_period(f) || may_begin_season_period(f) || may_begin_cycle_period(f);
}
// day_range(): "from", a month, "the", a day number.
constexpr bool may_begin_day_range(const First& f) {
    return may_begin_ordinal(f) || f.month() || f.is({"from", "the"});
}
// clock_range(): "from", "between", "in between", "later than", a clock.
constexpr bool may_begin_clock_range(const First& f) {
    return may_begin_clock(f) || f.is({"from", "between", "in", "later"});
}
// The words that qualify an amount: "more than", "at least", "up to", "about".
constexpr bool is_amount_mod(const First& f) {
    return f.is({"more", "less", "at", "up", "about", "around", "approximately", "roughly", "some",
                 "nearly", "almost", "under", "over"});
}
// duration(): a modifier, "the" or a relative word before an amount
// ("the past two years"), "upcoming", "coming", an amount, a bare plural unit.
constexpr bool may_begin_duration(const First& f) {
    return is_amount_mod(f) || may_begin_amount(f) || f.relative() ||
           (f.info && f.info->unit >= 0) || f.is({"the", "upcoming", "coming"});
}
// shift(): a modifier, "in", a cardinal ("3 fridays ago"), an amount.
constexpr bool may_begin_shift(const First& f) {
    return is_amount_mod(f) || may_begin_amount(f) || f.is({"in"});
}

// part(): a part word ("early", "end"), "at the end", "the end", EOM and
// the like, "the rest", "later", "earlier".
constexpr bool may_begin_part(const First& f) {
    return (f.info && f.info->part >= 0) || f.is({"at", "the", "eom", "bom", "eoy", "boy", "eod",
                                                  "rest", "remainder", "later", "earlier"});
}

// year_earlier(): "the", "comparable", "corresponding", "year" ("year-ago").
constexpr bool may_begin_year_earlier(const First& f) {
    return f.is({"the", "comparable", "corresponding", "year"});
}
// mentioned_day(): "the", "that", "earlier".
constexpr bool may_begin_mentioned_day(const First& f) {
    return f.is({"the", "that", "earlier"});
}
// same_day_later(): "later", "earlier".
constexpr bool may_begin_same_day_later(const First& f) {
    return f.is({"later", "earlier"});
}

// set_at(): a set word ("daily"), "every", "each", "per", a plural weekday.
constexpr bool may_begin_set(const First& f) {
    return (f.info && (f.info->set >= 0 || (f.info->weekday && f.info->plural))) ||
           f.is({"every", "each", "per"});
}

constexpr std::uint32_t rules_starting_at(const First& f) {
    std::uint32_t r = 0;
    if (may_begin_set(f)) r |= start_set;
    if (may_begin_day(f)) r |= start_day;
    if (may_begin_point(f)) r |= start_point;
    if (may_begin_period(f)) r |= start_period;
    if (may_begin_clock(f)) r |= start_clock;
    if (may_begin_daypart(f)) r |= start_daypart;
    if (may_begin_relative_daypart(f)) r |= start_relative_daypart;
    if (may_begin_day_range(f)) r |= start_day_range;
    if (may_begin_clock_range(f)) r |= start_clock_range;
    if (may_begin_duration(f)) r |= start_duration;
    if (may_begin_shift(f)) r |= start_shift;
    if (may_begin_part(f)) r |= start_part;
    if (may_begin_year_earlier(f)) r |= start_year_earlier;
    if (may_begin_mentioned_day(f)) r |= start_mentioned_day;
    if (may_begin_same_day_later(f)) r |= start_same_day_later;
    if (may_begin_date_core(f)) r |= start_date_core;
    if (may_begin_ordinal_day(f)) r |= start_ordinal_day;
    if (may_begin_relative_day(f)) r |= start_relative_day;
    if (may_begin_weekday_spec(f)) r |= start_weekday_spec;
    if (may_begin_holiday(f)) r |= start_holiday;
    if (may_begin_nth_in(f)) r |= start_nth_in;
    if (may_begin_month_period(f)) r |= start_month_period;
    if (may_begin_year_period(f)) r |= start_year_period;
    if (may_begin_quarter_period(f)) r |= start_quarter_period;
    if (may_begin_half_period(f)) r |= start_half_period;
    if (may_begin_season_period(f)) r |= start_season_period;
    if (may_begin_cycle_period(f)) r |= start_cycle_period;
    return r;
}

constexpr First number_first() {
    First f;
    f.number = true;
    return f;
}
constexpr First punct_first(char c) {
    First f;
    f.punct = c;
    return f;
}

} // namespace

std::uint32_t rules_starting_with_mark(char mark) {
    if (mark == 0) return rules_starting_at(number_first());
    if (mark == '\'' || mark == '@') return rules_starting_at(punct_first(mark));
    return 0;
}

std::uint32_t rules_starting_with(std::string_view word, const WordInfo& info) {
    First f;
    f.word = word;
    f.info = &info;
    return rules_starting_at(f);
}

std::uint32_t rules_starting_with_unknown_word(const TemporalLexicon& lex) {
    First f;
    f.unknown_in = &lex;
    return rules_starting_at(f);
}

struct Grammar::Impl {
    // The tokens through a plain pointer: through the vector every read of
    // a token would load the vector's storage first.
    const Token* t;
    const TemporalLexicon& lex;
    bool sa; // standalone phrase
    std::size_t n;

    // The rules ask for the same days, periods and points at the same places
    // many times over while reading one expression: each is worked out once.
    MemoTable& memo;
    std::uint64_t memo_id; // this grammar's number on its thread, from 1

    template <class F> R remember(MemoKind kind, std::size_t i, F compute) const {
        {
            const MemoTable::Slot& slot = memo.table[kind][i % MemoTable::slots];
            if (slot.grammar == memo_id && slot.place == i) return slot.result;
        }
        R r = compute();
        MemoTable::Slot& slot = memo.table[kind][i % MemoTable::slots];
        slot.grammar = memo_id;
        slot.place = i;
        slot.result = r;
        return r;
    }

    // ---- token tests -------------------------------------------------------
    // The rules that may begin at `i` (see RuleStart).
    std::uint32_t starts(std::size_t i) const { return i < n ? t[i].rule_starts : 0; }
    bool may_begin(std::size_t i, RuleStart rule) const { return (starts(i) & rule) != 0; }

    bool word(std::size_t i) const { return i < n && t[i].kind == TokenKind::word; }
    // Inlined, so that the compiler sees the length and letters of the
    // literal and compares against constants: the rules ask this more than
    // anything else.
    [[gnu::always_inline]] bool w(std::size_t i, std::string_view s) const {
        if (i >= n || t[i].kind != TokenKind::word) return false;
        const std::string_view l = t[i].lower;
        if (l.size() != s.size() || l[0] != s[0]) return false;
        for (std::size_t k = 1; k < s.size(); ++k)
            if (l[k] != s[k]) return false;
        return true;
    }
    bool pc(std::size_t i, char c) const {
        return i < n && t[i].kind == TokenKind::punct && t[i].punct == c;
    }
    bool num(std::size_t i) const { return i < n && t[i].kind == TokenKind::number; }
    bool glued(std::size_t i) const { return i < n && !t[i].space_before; }
    const WordInfo* info(std::size_t i) const { return word(i) ? t[i].info : nullptr; }
    int value(std::size_t i) const { return t[i].digits <= 9 ? static_cast<int>(t[i].value) : -1; }
    bool alnum(std::size_t i) const {
        return i < n && (t[i].kind == TokenKind::word || t[i].kind == TokenKind::number);
    }
    // One of the words of a list.
    bool any(std::size_t i, std::initializer_list<std::string_view> ws) const {
        if (!word(i)) return false;
        const std::string_view l = t[i].lower;
        for (auto s : ws) {
            if (s.size() != l.size() || s[0] != l[0]) continue;
            bool same = true;
            for (std::size_t k = 1; k < l.size() && same; ++k)
                same = s[k] == l[k];
            if (same) return true;
        }
        return false;
    }
    std::size_t skip_the(std::size_t i) const { return w(i, "the") ? i + 1 : i; }
    std::size_t skip_dot(std::size_t i) const { return pc(i, '.') && glued(i) ? i + 1 : i; }
    // The previous token, if it is a word in the list.
    bool prev_is(std::size_t i, std::initializer_list<std::string_view> ws) const {
        return i > 0 && any(i - 1, ws);
    }

    // ---- numbers -----------------------------------------------------------
    std::optional<Num> cardinal(std::size_t i, bool allow_a = false) const {
        if (num(i)) {
            if (t[i].digits > 6) return {};
            // Part of a grouped number, as 100,000.
            if (pc(i + 1, ',') && glued(i + 1) && num(i + 2) && glued(i + 2) &&
                t[i + 2].digits == 3)
                return {};
            if (i > 0 && pc(i - 1, ',') && glued(i) && num(i - 2) && glued(i - 1)) return {};
            Num r{static_cast<double>(value(i)), true, i + 1, false};
            if (pc(i + 1, '.') && glued(i + 1) && num(i + 2) && glued(i + 2) &&
                t[i + 2].digits <= 3) {
                r.v += value(i + 2) / std::pow(10.0, t[i + 2].digits);
                r.e = i + 3;
            }
            return r;
        }
        if (!word(i)) return {};
        if (allow_a && (w(i, "a") || w(i, "an") || w(i, "another"))) {
            if (w(i + 1, "couple")) return Num{2, true, w(i + 2, "of") ? i + 3 : i + 2, true};
            if (w(i + 1, "pair") && w(i + 2, "of")) return Num{2, true, i + 3, true};
            if (w(i + 1, "few")) return Num{sa ? 3.0 : 0.0, sa, i + 2, true};
            if (w(i + 1, "dozen")) return Num{12, true, i + 2, true};
            return Num{1, true, i + 1, true};
        }
        if (w(i, "couple")) return Num{2, true, w(i + 1, "of") ? i + 2 : i + 1, true};
        if (w(i, "few")) return Num{sa ? 3.0 : 0.0, sa, i + 1, true};
        if (w(i, "several") || w(i, "many")) return Num{0, false, i + 1, true};
        const WordInfo* wi = t[i].info;
        if (!wi || wi->number < 0 || t[i].lower == "oh") return {};
        int v = wi->number;
        std::size_t e = i + 1;
        if (v >= 20 && v <= 90 && v % 10 == 0) {
            std::size_t j = e;
            if (pc(j, '-') && glued(j) && glued(j + 1)) ++j;
            const WordInfo* u = info(j);
            if (u && u->number >= 1 && u->number <= 9) {
                v += u->number;
                e = j + 1;
            }
        }
        if (v < 100 && w(e, "hundred")) {
            v *= 100;
            ++e;
        }
        return Num{static_cast<double>(v), true, e, true};
    }

    std::optional<Num> ordinal(std::size_t i) const {
        if (num(i) && t[i].digits <= 2 && word(i + 1) && glued(i + 1)) {
            auto s = t[i + 1].lower;
            if (s == "st" || s == "nd" || s == "rd" || s == "th")
                return Num{static_cast<double>(value(i)), true, i + 2, false};
        }
        const WordInfo* wi = info(i);
        if (!wi) return {};
        if (wi->ordinal > 0) return Num{static_cast<double>(wi->ordinal), true, i + 1, true};
        if (wi->number == 20 || wi->number == 30) {
            std::size_t j = i + 1;
            if (pc(j, '-') && glued(j)) ++j;
            const WordInfo* u = info(j);
            if (u && u->ordinal >= 1 && u->ordinal <= 9)
                return Num{static_cast<double>(wi->number + u->ordinal), true, j + 1, true};
        }
        return {};
    }

    // A day of the month: 1..31 as digits or an ordinal.
    std::optional<Num> day_number(std::size_t i, bool allow_plain = true) const {
        if (auto o = ordinal(i); o && o->v >= 1 && o->v <= 31) return o;
        if (allow_plain && num(i) && t[i].digits <= 2 && value(i) >= 1 && value(i) <= 31) {
            // Not a clock ("May 5 10:00" keeps 5) nor a quantity ("5 percent").
            if (pc(i + 1, ':') && glued(i + 1) && num(i + 2) && glued(i + 2)) return {};
            if (word(i + 1) && glued(i + 1)) return {};
            if (pc(i + 1, '%')) return {};
            return Num{static_cast<double>(value(i)), true, i + 1, false};
        }
        return {};
    }

    // ---- names -------------------------------------------------------------
    std::optional<std::pair<int, std::size_t>> month_at(std::size_t i) const {
        const WordInfo* wi = info(i);
        if (!wi || !wi->month) return {};
        if (!sa && !t[i].upper) return {};
        std::size_t e = i + 1;
        if (wi->abbreviation) {
            const std::size_t dotted = skip_dot(e);
            // "Jan Kavan": an abbreviation without its period before a name is a name.
            if (!sa && dotted == e && word(e) && t[e].upper && !(info(e) && info(e)->starts))
                return {};
            e = dotted;
        }
        return std::pair{static_cast<int>(wi->month), e};
    }

    struct Wd {
        int wd;
        std::size_t e;
        bool plural;
    };
    std::optional<Wd> weekday_at(std::size_t i) const {
        const WordInfo* wi = info(i);
        if (!wi || !wi->weekday) return {};
        if (!sa && !t[i].upper) return {};
        std::size_t e = i + 1;
        if (wi->abbreviation && !wi->plural) {
            if (pc(e, '.') && glued(e)) {
                ++e;
            } else if (!sa) {
                // "Sun, Hewlett-Packard and others": a name, unless a date follows.
                std::size_t k = pc(e, ',') ? e + 1 : e;
                if (!(num(k) || (info(k) && info(k)->month))) return {};
            }
        }
        // "Friday's talks": the possessive is not part of the date.
        return Wd{wi->weekday, e, wi->plural};
    }

    // A year: four digits (or two, where a date's shape says so), with an era.
    std::optional<std::pair<int, std::size_t>> year_at(std::size_t i, bool two_digits) const {
        if (pc(i, '\'') && num(i + 1) && glued(i + 1) && t[i + 1].digits == 2) {
            const int v = value(i + 1);
            return std::pair{v < 50 ? 2000 + v : 1900 + v, i + 2};
        }
        if (!num(i)) return {};
        int v = value(i);
        std::size_t e = i + 1;
        int era = 0; // 1 AD, -1 BC
        std::size_t k = e;
        if (w(k, "ad") || w(k, "bc")) {
            era = w(k, "ad") ? 1 : -1;
            k += 1;
        } else if ((w(k, "a") || w(k, "b")) && pc(k + 1, '.') &&
                   w(k + 2, t[k].lower == "a" ? "d" : "c")) {
            era = w(k, "a") ? 1 : -1;
            k = skip_dot(k + 3);
        }
        if (era) {
            if (t[i].digits > 4) return {};
            return std::pair{era * v, k};
        }
        if (t[i].digits == 4 && v >= 1000 && v <= 2999) return std::pair{v, e};
        if (two_digits && t[i].digits == 2) return std::pair{v < 50 ? 2000 + v : 1900 + v, e};
        return {};
    }

    // ---- clocks ------------------------------------------------------------
    std::optional<std::pair<int, std::size_t>> ampm_at(std::size_t i) const {
        if (!word(i)) return {};
        auto s = t[i].lower;
        std::size_t e = i + 1;
        if (s == "am" || s == "pm") return std::pair{s == "am" ? 1 : 2, skip_dot(e)};
        if (s == "a" || s == "p") {
            const int v = s == "a" ? 1 : 2;
            if (pc(e, '.') && glued(e) && w(e + 1, "m") && glued(e + 1))
                return std::pair{v, skip_dot(e + 2)};
            if (w(e, "m")) return std::pair{v, skip_dot(e + 1)};
            if (s == "p" && glued(i)) return std::pair{v, skip_dot(e)};
            // "3:18a": after minutes a lone "a" is a.m. ("4a" alone is not a time)
            if (s == "a" && glued(i) && i >= 2 && num(i - 1) && pc(i - 2, ':'))
                return std::pair{v, skip_dot(e)};
            return {};
        }
        if (s == "in" && w(i + 1, "the") && (w(i + 2, "am") || w(i + 2, "pm")))
            return std::pair{w(i + 2, "am") ? 1 : 2, i + 3};
        return {};
    }

    struct ZoneAt {
        int minutes = INT_MIN;
        int place = -1;
        std::size_t end = 0;
    };

    std::optional<ZoneAt> zone_at(std::size_t i) const {
        std::size_t j = i;
        const bool paren = pc(j, '(');
        if (paren) ++j;
        if (!word(j)) return {};
        const WordInfo* wi = t[j].info;
        if (!wi) return {};
        // "12:01 a.m. Washington time", "midnight local time"
        if (wi->zone_place >= 0 && !paren && w(j + 1, "time"))
            return ZoneAt{INT_MIN, wi->zone_place, j + 2};
        if (wi->zone_minutes == INT16_MIN) return {};
        if (!sa && !t[j].all_upper) return {};
        if (t[j].lower == "z" && (paren || !glued(j))) return {};
        std::size_t e = j + 1;
        if (paren) {
            if (!pc(e, ')')) return {};
            ++e;
        }
        return ZoneAt{static_cast<int>(wi->zone_minutes), -1, e};
    }

    // Where a clock ends with the zone named after it, if any: "midnight
    // EDT", "noon local time".
    std::size_t zoned(Clock& c, std::size_t e) const {
        if (auto z = zone_at(e)) {
            c.zone = z->minutes;
            c.zone_place = z->place;
            return z->end;
        }
        return e;
    }

    // The word for a daypart that settles a.m. or p.m. after a clock.
    std::optional<std::pair<int, std::size_t>> clock_daypart(std::size_t i) const {
        // "3 in the morning", "8 in the evening", "3:20 in afternoon"
        if (!w(i, "in")) return {};
        std::size_t j = skip_the(i + 1);
        const WordInfo* wi = info(j);
        if (!wi || wi->daypart < 0) return {};
        const auto& code = lex.dayparts[static_cast<std::size_t>(wi->daypart)].code;
        return std::pair{code == "MO" ? 1 : 2, j + 1};
    }

    // Turns the written hour into a 24-hour one when a.m./p.m. is known.
    static bool apply_ampm(Clock& c, int ampm) {
        if (!ampm) return true;
        if (c.hour > 12 || c.hour == 0) return c.hour > 12 ? false : ampm == 1;
        c.ampm = ampm;
        if (ampm == 1 && c.hour == 12) c.hour = 0;
        if (ampm == 2 && c.hour < 12) c.hour += 12;
        c.h24 = true;
        return true;
    }

    // The hour a relative clock counts from: "3pm", "3", "three", "noon".
    // A clock time. `need_marker`: a bare number must carry a.m./p.m.,
    // o'clock or a zone to count (after "at" it need not).
    // Inline, as are the other rules' start tests: most places the rules ask
    // about begin no clock, and there the test costs no call.
    [[gnu::always_inline]] std::optional<std::pair<Clock, std::size_t>>
    clock_at(std::size_t i, bool need_marker, bool relative = true, bool nested = false) const {
        if (!may_begin(i, start_clock)) return {};
        return clock_at_unguarded(i, need_marker, relative, nested);
    }
    std::optional<std::pair<Clock, std::size_t>>
    clock_at_unguarded(std::size_t i, bool need_marker, bool relative, bool nested) const {
        Clock c;
        std::size_t e = i;
        bool marked = false; // the form itself says it is a clock
        if (w(i, "noon") || w(i, "midday") || (w(i, "mid") && w(i + 1, "day"))) {
            c.hour = 12;
            c.h24 = true;
            c.marked = true;
            e = w(i, "mid") ? i + 2 : i + 1;
            return std::pair{c, zoned(c, e)};
        }
        if (w(i, "midnight")) {
            c.hour = 0;
            c.h24 = true;
            c.marked = true;
            return std::pair{c, zoned(c, i + 1)};
        }
        if (relative)
            if (auto r = relative_clock(i)) return r;
        if (num(i)) {
            const int v = value(i);
            const unsigned digits = t[i].digits;
            if (digits <= 2 && pc(i + 1, ':') && glued(i + 1) && num(i + 2) && glued(i + 2) &&
                t[i + 2].digits == 2) {
                if (v > 24 || value(i + 2) > 59) return {};
                c.hour = v;
                c.minute = value(i + 2);
                e = i + 3;
                if (pc(e, ':') && glued(e) && num(e + 1) && glued(e + 1) && t[e + 1].digits == 2 &&
                    value(e + 1) <= 59) {
                    c.second = value(e + 1);
                    e += 2;
                }
                c.h24 = v > 12 || v == 0 || (digits == 2 && t[i].lower[0] == '0');
                marked = true;
            } else if (digits <= 2 && w(i + 1, "h") && glued(i + 1)) {
                if (v > 24) return {};
                c.hour = v;
                c.minute = 0;
                e = i + 2;
                if (num(e) && glued(e) && t[e].digits == 2 && value(e) <= 59) {
                    c.minute = value(e);
                    ++e;
                }
                c.h24 = true;
                marked = true;
            } else if ((digits == 3 || digits == 4) && v % 100 <= 59 && v / 100 <= 24) {
                c.hour = v / 100;
                c.minute = v % 100;
                e = i + 1;
                c.h24 = digits == 4 && (t[i].lower[0] == '0' || c.hour > 12);
            } else if (digits <= 2 && v <= 24) {
                c.hour = v;
                e = i + 1;
                c.h24 = v > 12 || v == 0;
            } else {
                return {};
            }
        } else if (auto hw = info(i);
                   hw && hw->number >= 1 && hw->number <= 12 && t[i].lower != "dozen") {
            c.hour = hw->number;
            e = i + 1;
            // Minutes in words: "ten thirty", "nine fifty-nine", "twelve oh three".
            std::size_t j = e;
            if (pc(j, '-') && glued(j)) ++j;
            if (w(j, "oh") || w(j, "o") || w(j, "ou") || w(j, "zero")) {
                const WordInfo* d = info(j + 1);
                if (d && d->number >= 1 && d->number <= 9) {
                    c.minute = d->number;
                    e = j + 2;
                }
            } else if (auto m = cardinal(j); m && m->word && m->v >= 10 && m->v <= 59) {
                c.minute = static_cast<int>(m->v);
                e = m->e;
            }
        } else {
            return {};
        }
        // Suffixes: ish, o'clock, a.m./p.m., a daypart, a zone.
        if (w(e, "ish") && glued(e)) ++e;
        if (w(e, "oclock")) {
            ++e;
            marked = true;
        } else if (w(e, "o") && pc(e + 1, '\'') && w(e + 2, "clock")) {
            e += 3;
            marked = true;
        }
        if (auto ap = ampm_at(e)) {
            if (!apply_ampm(c, ap->first)) return {};
            e = ap->second;
            marked = true;
        } else if (auto dp = clock_daypart(e)) {
            if (!apply_ampm(c, dp->first)) return {};
            e = dp->second;
            marked = true;
        }
        if (auto z = zone_at(e)) {
            e = zoned(c, e);
            marked = true;
            if (c.minute < 0) c.minute = 0;
        }
        c.marked = marked;
        if (!marked) {
            if (need_marker) return {};
            if (num(e) || pc(e, '%') || w(e, "percent")) return {};
            // In running text a bare "at 8" is a clock only before its day.
            if (!sa && !nested &&
                !(any(e, {"on", "tomorrow", "tonight", "today", "this"}) ||
                  (info(e) && info(e)->weekday)))
                return {};
        }
        if (c.minute < 0) c.minute = -1;
        return std::pair{c, e};
    }

    // "half past three", "a quarter to noon", "20 minutes to 2pm", "twenty after 3pm".
    std::optional<std::pair<Clock, std::size_t>> relative_clock(std::size_t i) const {
        std::size_t j = i;
        int minutes = -1;
        bool bare_count = false;
        if (w(j, "half")) {
            minutes = 30;
            ++j;
        } else if (w(j, "quarter") || (w(j, "a") && w(j + 1, "quarter"))) {
            minutes = 15;
            j += w(j, "a") ? 2 : 1;
        } else if (auto m = cardinal(j);
                   m && m->known && m->v >= 1 && m->v <= 59 && m->v == std::floor(m->v)) {
            minutes = static_cast<int>(m->v);
            j = m->e;
            if (w(j, "minutes") || w(j, "minute") || w(j, "mins") || w(j, "min"))
                ++j;
            else if (minutes < 5)
                return {};
            else
                bare_count = true;
        } else {
            return {};
        }
        int sign = 0;
        if (w(j, "past") || w(j, "after"))
            sign = 1;
        else if (w(j, "to") || w(j, "till") || w(j, "before") || w(j, "of"))
            sign = -1;
        else if (w(j, "from"))
            sign = 1;
        std::optional<std::pair<Clock, std::size_t>> h;
        if (sign) {
            h = clock_at(j + 1, false, false, true);
        } else if (minutes == 30 && j == i + 1) {
            // British "half three": 3:30.
            h = clock_at(j, false, false, true);
            sign = 1;
        }
        if (!h || h->first.minute > 0 || h->first.second > 0) return {};
        if (bare_count && !h->first.marked) return {};
        if (h->first.hour > 12 && !h->first.marked) return {};
        Clock c = h->first;
        int total = c.hour * 60 + sign * minutes;
        if (total < 0) total += 24 * 60;
        const bool ambiguous = !c.h24 && c.ampm == 0;
        c.hour = total / 60 % 24;
        c.minute = total % 60;
        if (ambiguous && c.hour == 0 && sign < 0) c.hour = 12;
        c.marked = true;
        return std::pair{c, h->second};
    }

    // ---- day-level dates ---------------------------------------------------
    static Spec fields() { return Spec{}; }

    // "May 23", "May 23, 2025", "March 3rd 2015", "february the 15th", "Feb13".
    R month_day(std::size_t i) const {
        auto m = month_at(i);
        if (!m) return {};
        std::size_t j = m->second;
        if (pc(j, ',') && !sa) return {};
        const bool the = w(j, "the");
        if (the) ++j;
        auto d = day_number(j, !the);
        if (!d) return {};
        if (!d->word && t[j].digits > 2) return {};
        Spec s = fields();
        s.month = static_cast<std::int8_t>(m->first);
        s.day = static_cast<std::int8_t>(d->v);
        std::size_t e = d->e;
        std::size_t k = e;
        if (pc(k, ',')) ++k;
        if (auto y = year_at(k, false)) {
            s.year = y->first;
            e = y->second;
        } else if (num(k) && t[k].digits == 2 && !pc(k + 1, ':') && pc(e, ',') == false &&
                   !(word(k + 1) && glued(k + 1))) {
            // "14th April 15" reads a two-digit year only after a day and month, below.
        }
        // "Jul 18, Fri"
        k = e;
        if (pc(k, ',')) ++k;
        if (auto wd = weekday_at(k); wd && !wd->plural) {
            s.weekday = static_cast<std::int8_t>(wd->wd);
            e = wd->e;
        }
        if (auto r = relative_year(e, s)) return M{r->first, i, r->second};
        return M{s, i, e};
    }

    // "March 9 next year", "Oct. 1 last year": a day of a year named by its
    // distance from this one.
    std::optional<std::pair<Spec, std::size_t>> relative_year(std::size_t k, const Spec& s) const {
        if (s.year != INT_MIN) return std::nullopt;
        const WordInfo* r = info(k);
        if (!r || r->relative == no_value || !w(k + 1, "year") || w(k, "following") ||
            w(k, "prior") || w(k, "preceding"))
            return std::nullopt;
        return std::pair{within(cycle(Unit::year, r->relative), s), k + 2};
    }

    // "23 May 2025", "15th february", "the 15th of february", "the first of march", "14april 2015".
    R day_month(std::size_t i) const {
        std::size_t j = i;
        const bool the = w(j, "the");
        if (the) ++j;
        auto d = day_number(j, true);
        if (!d) {
            // "14april": digits glued to the month
            if (num(j) && t[j].digits <= 2 && value(j) >= 1 && value(j) <= 31 && word(j + 1) &&
                glued(j + 1) && info(j + 1) && info(j + 1)->month)
                d = Num{static_cast<double>(value(j)), true, j + 1, false};
            else
                return {};
        }
        std::size_t k = d->e;
        if (w(k, "day") && w(k + 1, "of")) return {}; // "the third day of October": an nth day
        const bool of = w(k, "of");
        if (of) ++k;
        if (the && !of && d->word) return {};
        auto m = month_at(k);
        if (!m) return {};
        if (d->word && !the && !of) return {};
        Spec s = fields();
        s.month = static_cast<std::int8_t>(m->first);
        s.day = static_cast<std::int8_t>(d->v);
        std::size_t e = m->second;
        std::size_t y = e;
        if (pc(y, ',')) ++y;
        if (auto yr = year_at(y, !d->word && !of && !pc(e, ','))) {
            if (!(t[y].digits == 2 && (pc(yr->second, ':') || w(yr->second, "h")))) {
                s.year = yr->first;
                e = yr->second;
            }
        }
        if (auto r = relative_year(e, s)) return M{r->first, i, r->second};
        return M{s, i, e};
    }

    // Numeric dates: 2025-05-23, 5/23, 10/31/1974, 10.31.1974, 31/Oct/1974, 2/2013, 2014-10.
    R numeric_date(std::size_t i) const {
        if (!num(i)) return {};
        if (i > 0 && (pc(i - 1, '/') || pc(i - 1, '-') || pc(i - 1, '.') || pc(i - 1, ':')) &&
            glued(i) && i > 1 && num(i - 2) && glued(i - 1))
            return {};
        const unsigned d0 = t[i].digits;
        auto sep_ok = [&](std::size_t k, char c) {
            return pc(k, c) && ((glued(k) && glued(k + 1)) ||
                                (sa && (c == '/' || c == '-') && !glued(k) && !glued(k + 1)));
        };
        // ISO year first
        if (d0 == 4) {
            for (char sep : {'-', '/'}) {
                if (!(pc(i + 1, sep) && glued(i + 1) && num(i + 2) && glued(i + 2) &&
                      t[i + 2].digits <= 2))
                    continue;
                const int y = value(i), mo = value(i + 2);
                if (mo < 1 || mo > 12) return {};
                Spec s = fields();
                s.year = y;
                s.month = static_cast<std::int8_t>(mo);
                if (pc(i + 3, sep) && glued(i + 3) && num(i + 4) && glued(i + 4) &&
                    t[i + 4].digits <= 2) {
                    const int d = value(i + 4);
                    if (d < 1 || d > 31) return {};
                    s.day = static_cast<std::int8_t>(d);
                    std::size_t e = i + 5;
                    // "2025-05-23T10:00", "2015-03-28 17:00:00"
                    std::size_t k = e;
                    if (w(k, "t") && glued(k)) ++k;
                    if (num(k) && pc(k + 1, ':')) {
                        if (auto c = clock_at(k, true, false)) {
                            Spec inner = fields();
                            inner.clock = c->first;
                            return M{within(s, inner), i, c->second};
                        }
                    }
                    return M{s, i, e};
                }
                if (sep == '-' && !sa && num(i + 2) && t[i + 2].digits == 2 && value(i + 2) <= 12 &&
                    value(i + 2) == (value(i) + 1) % 100)
                    return {}; // "2012-13": a span of years
                return M{s, i, i + 3};
            }
            return {};
        }
        if (d0 > 2) return {};
        for (char sep : {'/', '-', '.'}) {
            if (!sep_ok(i + 1, sep) || !num(i + 2)) {
                // D/Mon/Y, D-Mon-Y
                if (pc(i + 1, sep) && glued(i + 1) && glued(i + 2) && info(i + 2) &&
                    info(i + 2)->month && pc(i + 3, sep) && glued(i + 3)) {
                    auto y = year_at(i + 4, true);
                    if (!y || !glued(i + 4)) continue;
                    Spec s = fields();
                    s.day = static_cast<std::int8_t>(value(i));
                    s.month = info(i + 2)->month;
                    s.year = y->first;
                    if (s.day < 1 || s.day > 31) return {};
                    return M{s, i, y->second};
                }
                continue;
            }
            const int a = value(i);
            const unsigned d1 = t[i + 2].digits;
            const int b = value(i + 2);
            // M/YYYY
            if (sep == '/' && d1 == 4 && a >= 1 && a <= 12) {
                Spec s = fields();
                s.month = static_cast<std::int8_t>(a);
                s.year = b;
                return M{s, i, i + 3};
            }
            if (d1 > 2) return {};
            Spec s = fields();
            int mo = a, d = b;
            if (mo > 12 && d <= 12) std::swap(mo, d);
            if (mo < 1 || mo > 12 || d < 1 || d > 31) return {};
            s.month = static_cast<std::int8_t>(mo);
            s.day = static_cast<std::int8_t>(d);
            std::size_t e = i + 3;
            if (sep_ok(e, sep) && num(e + 1)) {
                if (auto y = year_at(e + 1, true); y && y->second == e + 2) {
                    s.year = y->first;
                    return M{s, i, y->second};
                }
                return {};
            }
            if (sep == '.') return {};
            if (!sa) {
                // Fractions and scores are not dates.
                if (sep == '-') return {};
                if (i > 0 && num(i - 1)) return {};
                if (w(e, "percent") || pc(e, '%') || w(e, "of") || (info(e) && info(e)->unit >= 0))
                    return {};
                if (pc(e, '/') || (pc(e, '-') && glued(e))) return {};
            }
            return M{s, i, e};
        }
        return {};
    }

    // Any day-level date written out, optionally led by its weekday.
    // A month and day, a day and month, or digits at `k`, the longest. Each
    // form is tried only where its first word can be (a month name; "the",
    // digits or an ordinal; digits): most places hold at most one of them.
    R day_and_month(std::size_t k) const {
        R best;
        const WordInfo* wi = info(k);
        const bool digits = num(k);
        if (wi && wi->month) best = month_day(k);
        if (digits || w(k, "the") ||
            (wi && (wi->ordinal > 0 || wi->number == 20 || wi->number == 30)))
            keep_longer(best, day_month(k));
        if (digits) keep_longer(best, numeric_date(k));
        return best;
    }

    R date_core(std::size_t i) const {
        R best = day_and_month(i);
        if (auto wd = weekday_at(i); wd && !wd->plural) {
            std::size_t j = wd->e;
            if (pc(j, ',')) ++j;
            R rest = day_and_month(j);
            if (!rest) {
                // "Tuesday the 19th", "Thu 15th"
                std::size_t k = w(j, "the") ? j + 1 : j;
                if (auto o = ordinal(k); o && o->v >= 1 && o->v <= 31 && !alnum(o->e)) {
                    Spec s = fields();
                    s.day = static_cast<std::int8_t>(o->v);
                    rest = M{s, j, o->e};
                }
            }
            if (rest && rest->s.kind == Spec::Kind::fields) {
                rest->s.weekday = static_cast<std::int8_t>(wd->wd);
                rest->b = i;
                keep_longer(best, std::move(rest));
            }
        }
        return best;
    }

    // ---- days: dates, weekdays, relative days, holidays ----------------------
    R relative_day(std::size_t i) const {
        // "the day after tomorrow", "day before yesterday"
        std::size_t j = skip_the(i);
        if (w(j, "day") && (w(j + 1, "after") || w(j + 1, "before"))) {
            const WordInfo* r = info(j + 2);
            if (r && r->relative_day != no_value) {
                const int off = r->relative_day + (w(j + 1, "after") ? 1 : -1);
                return M{cycle(Unit::day, off), i, j + 3};
            }
        }
        const WordInfo* wi = info(i);
        if (wi && wi->relative_day != no_value)
            return M{cycle(Unit::day, wi->relative_day), i, i + 1};
        return {};
    }

    // "Friday", "next Tuesday", "last Friday", "this coming Monday", "friday after next".
    R weekday_spec(std::size_t i) const {
        std::size_t j = i;
        int rel = no_value;
        if (w(j, "this") && (w(j + 1, "past") || w(j + 1, "last"))) {
            rel = -1;
            j += 2;
        } else if (w(j, "this") && w(j + 1, "coming")) {
            rel = 0;
            j += 2;
        } else if (w(j, "the") &&
                   (w(j + 1, "previous") || w(j + 1, "following") || w(j + 1, "preceding") ||
                    w(j + 1, "prior")) &&
                   weekday_at(j + 2) && !sa) {
            Spec s = fields();
            s.weekday = static_cast<std::int8_t>(weekday_at(j + 2)->wd);
            s.relative = static_cast<std::int8_t>(w(j + 1, "following") ? 10 : -10);
            s.from_mentioned = true;
            s.inherent = true;
            return M{s, i, weekday_at(j + 2)->e};
        } else if (const WordInfo* r = info(j); r && r->relative != no_value && !w(j, "past") &&
                                                !w(j, "prior") && !w(j, "preceding") &&
                                                !w(j, "following")) {
            rel = r->relative;
            if (w(j, "coming") || w(j, "upcoming")) rel = 0;
            ++j;
        }
        auto wd = weekday_at(j);
        if (!wd || wd->plural) return {};
        Spec s = fields();
        s.weekday = static_cast<std::int8_t>(wd->wd);
        std::size_t e = wd->e;
        // "Friday's closing price": what the day is named for has happened.
        if (pc(e, '\'') && glued(e) && w(e + 1, "s") && glued(e + 1)) s.possessive = true;
        if (rel != no_value) {
            s.relative = static_cast<std::int8_t>(rel);
            s.inherent = true;
        }
        if (rel == no_value && w(e, "after") && w(e + 1, "next")) {
            s.relative = 2;
            s.inherent = true;
            e += 2;
        }
        // "wednesday of next week", "monday of this week", "sunday from last week", "wednesday next
        // week"
        if (rel == no_value) {
            std::size_t k = e;
            if (w(k, "of") || w(k, "from")) ++k;
            k = skip_the(k);
            if (const WordInfo* r = info(k); r && r->relative != no_value && w(k + 1, "week")) {
                return M{within(cycle(Unit::week, r->relative), s), i, k + 2};
            }
        }
        return M{s, i, e};
    }

    R holiday_at(std::size_t i) const {
        std::size_t j = i;
        int rel = no_value;
        if (const WordInfo* r = info(j); r && r->relative != no_value) {
            rel = r->relative;
            ++j;
        }
        const WordInfo* wi = info(j);
        if (!wi || !wi->phrase_start) return {};
        auto p = phrase_at(j, PhraseKind::holiday);
        if (!p) return {};
        if (!sa && !t[j].upper) return {};
        Spec s = fields();
        s.holiday = lex.phrases[static_cast<std::size_t>(p->first)].holiday;
        std::size_t e = p->second;
        if (rel != no_value) {
            s.relative = static_cast<std::int8_t>(rel);
            s.inherent = true;
        }
        if (auto y = year_at(e, false)) {
            s.year = y->first;
            e = y->second;
        } else if ((w(e, "of") || w(e, "in")) && info(e + 1) && info(e + 1)->relative != no_value &&
                   w(e + 2, "year")) {
            return M{within(cycle(Unit::year, info(e + 1)->relative), s), i, e + 3};
        }
        return M{s, i, e};
    }

    // "the first Monday of March", "last Friday in October", "third day of october",
    // "the 20th of next month", "first week of October 2014", "last weekend of October".
    R nth_in(std::size_t i) const {
        std::size_t j = skip_the(i);
        int nth = 0;
        std::size_t k = j;
        if (auto o = ordinal(j)) {
            nth = static_cast<int>(o->v);
            k = o->e;
            if (w(k, "last")) {
                nth = -nth;
                ++k;
            }
        } else if (w(j, "last")) {
            nth = -1;
            k = j + 1;
        } else if (num(j) && t[j].digits <= 2) {
            nth = value(j);
            k = j + 1;
        } else {
            return {};
        }
        if (nth == 0) return {};
        Spec inner = fields();
        std::size_t after = k;
        const bool plain_number = num(j) && !ordinal(j);
        if (auto wd = weekday_at(k); wd && !wd->plural && !plain_number) {
            inner.weekday = static_cast<std::int8_t>(wd->wd);
            inner.nth = nth;
            inner.nth_grain = Grain::day;
            after = wd->e;
        } else if (w(k, "day") && !plain_number) {
            inner.nth = nth;
            inner.nth_grain = Grain::day;
            after = k + 1;
        } else if ((w(k, "weekend") || (w(k, "week") && w(k + 1, "end")) ||
                    (w(k, "week") && pc(k + 1, '-') && w(k + 2, "end")) || w(k, "wkend")) &&
                   !plain_number) {
            inner.nth = nth;
            inner.nth_grain = Grain::weekend;
            after = w(k, "weekend") || w(k, "wkend") ? k + 1 : w(k + 1, "end") ? k + 2 : k + 3;
        } else if ((w(k, "week") || w(k, "wk")) && !plain_number) {
            inner.nth = nth;
            inner.nth_grain = Grain::week;
            after = k + 1;
        } else if (nth > 0 && nth <= 31) {
            // "the 20th of next month", "20 of this month", "20th day of next month"
            inner.day = static_cast<std::int8_t>(nth);
            after = k;
            if (w(after, "day")) ++after;
            if (!w(after, "of")) return {};
            std::size_t c = skip_the(after + 1);
            if (const WordInfo* r = info(c); r && r->relative != no_value && w(c + 1, "month"))
                return M{within(cycle(Unit::month, r->relative), inner), i, c + 2};
            return {};
        } else {
            return {};
        }
        if (!(w(after, "of") || w(after, "in"))) return {};
        std::size_t c = after + 1;
        auto container = container_at(c);
        if (!container) return {};
        return M{within(container->s, inner), i, container->e};
    }

    // What an nth counts inside: a month, a year, this month, the month, next year.
    R container_at(std::size_t i) const {
        std::size_t j = skip_the(i);
        if (w(j, "month")) return M{cycle(Unit::month, 0), i, j + 1};
        if (w(j, "year")) return M{cycle(Unit::year, 0), i, j + 1};
        if (const WordInfo* r = info(j); r && r->relative != no_value) {
            if (w(j + 1, "month")) return M{cycle(Unit::month, r->relative), i, j + 2};
            if (w(j + 1, "year")) return M{cycle(Unit::year, r->relative), i, j + 2};
        }
        if (auto m = month_at(j)) {
            Spec s = fields();
            s.month = static_cast<std::int8_t>(m->first);
            std::size_t e = m->second;
            if (auto y = year_at(e, false)) {
                s.year = y->first;
                e = y->second;
            }
            return M{s, i, e};
        }
        if (auto y = year_at(j, false)) {
            Spec s = fields();
            s.year = y->first;
            return M{s, i, y->second};
        }
        return {};
    }

    // "the 15th", "on the first", "On 24th": a day of the month on its own.
    R ordinal_day(std::size_t i) const {
        std::size_t j = i;
        const bool on = w(j, "on");
        if (on) ++j;
        const bool the = w(j, "the");
        if (the) ++j;
        if (!on && !the) return {};
        auto o = ordinal(j);
        if (!o || o->v < 1 || o->v > 31) return {};
        if (o->word && !(sa && on)) return {};
        if (alnum(o->e) || pc(o->e, '-')) return {};
        Spec s = fields();
        s.day = static_cast<std::int8_t>(o->v);
        return M{s, on ? i + 1 : i, o->e};
    }

    R day_spec(std::size_t i) const {
        if (!may_begin(i, start_day)) return {};
        return remember(memo_day, i, [&] { return day_spec_uncached(i); });
    }

    R day_spec_uncached(std::size_t i) const {
        const std::uint32_t may = starts(i);
        R best;
        if (may & start_date_core) best = date_core(i);
        if (may & start_ordinal_day) keep_longer(best, ordinal_day(i));
        if (may & start_relative_day) keep_longer(best, relative_day(i));
        if (may & start_weekday_spec) keep_longer(best, weekday_spec(i));
        if (may & start_holiday) keep_longer(best, holiday_at(i));
        if (may & start_nth_in) keep_longer(best, nth_in(i));
        return best;
    }

    // ---- dayparts -------------------------------------------------------------
    // "morning", "early morning", "the early hours of the morning", "afternoonish".
    [[gnu::always_inline]] std::optional<std::pair<Spec, std::size_t>>
    daypart_at(std::size_t i) const {
        if (!may_begin(i, start_daypart)) return {};
        return daypart_at_unguarded(i);
    }
    std::optional<std::pair<Spec, std::size_t>> daypart_at_unguarded(std::size_t i) const {
        std::size_t j = i;
        int part = -1;
        if (w(j, "in") && w(j + 1, "the") && w(j + 2, "early") && w(j + 3, "hours") &&
            w(j + 4, "of")) {
            part = 0;
            j = skip_the(j + 5);
        } else {
            if (w(j, "in")) j = skip_the(j + 1);
            if (w(j, "at") && (w(j + 1, "lunch") || w(j + 1, "lunchtime"))) ++j;
            if (w(j, "early") || w(j, "late")) {
                part = w(j, "early") ? 0 : 2;
                ++j;
                if (w(j, "in")) j = skip_the(j + 1);
            }
        }
        const WordInfo* wi = info(j);
        if (!wi || wi->daypart < 0) return {};
        if (wi->plural) return {};
        std::size_t e = j + 1;
        if (w(e, "ish") && glued(e)) ++e;
        Spec s = fields();
        s.daypart = wi->daypart;
        s.daypart_part = static_cast<std::int8_t>(part);
        return std::pair{s, e};
    }

    // "this morning", "tonight", "last night", "late tonight", "in the afternoon".
    [[gnu::always_inline]] R relative_daypart(std::size_t i) const {
        if (!may_begin(i, start_relative_daypart)) return {};
        return relative_daypart_unguarded(i);
    }
    R relative_daypart_unguarded(std::size_t i) const {
        std::size_t j = i;
        int part = -1;
        if (w(j, "late") || w(j, "early")) {
            part = w(j, "early") ? 0 : 2;
            ++j;
        }
        auto night = [&](int off, std::size_t e) -> R {
            Spec inner = fields();
            for (std::size_t k = 0; k < lex.dayparts.size(); ++k)
                if (lex.dayparts[k].code == "NI") inner.daypart = static_cast<std::int8_t>(k);
            if (inner.daypart < 0) return {};
            inner.daypart_part = static_cast<std::int8_t>(part);
            return M{within(cycle(Unit::day, off), inner), i, e};
        };
        if (w(j, "tonight") || w(j, "tonite")) return night(0, j + 1);
        if (w(j, "last") && w(j + 1, "night")) return night(-1, j + 2);
        if ((w(j, "this") || w(j, "today") || w(j, "in")) && part < 0) {
            if (auto dp = daypart_at(w(j, "in") ? j : j + 1)) {
                return M{within(cycle(Unit::day, 0), dp->first), i, dp->second};
            }
        }
        return {};
    }

    // ---- points: a day with its clock or daypart -------------------------------
    R point(std::size_t i) const {
        if (!may_begin(i, start_point)) return {};
        return remember(memo_point, i, [&] { return point_uncached(i); });
    }

    R point_uncached(std::size_t i) const {
        R best;
        R day = day_spec(i);
        R rdp = relative_daypart(i);
        if (day) {
            best = day;
            std::size_t j = day->e;
            // "Friday morning", "tomorrow evening", "February the 15th in the morning"
            Spec container = day->s;
            std::size_t k = j;
            if (auto dp = daypart_at(k)) {
                container = within(day->s, dp->first);
                k = dp->second;
                best = M{container, i, k};
            }
            // "tomorrow at 5pm", "Thursday 8:00 GMT", "Fri, Jul 18, 2014 07:00 PM", "on Saturday
            // for 9am"
            std::size_t c = k;
            if (pc(c, ',')) ++c;
            bool at = false;
            if (w(c, "at") || pc(c, '@') || w(c, "for") || w(c, "around") || w(c, "about")) {
                ++c;
                at = true;
            }
            if (auto clk = clock_at(c, !at && !has_daypart(container))) {
                Spec inner = fields();
                inner.clock = clk->first;
                keep_longer(best, M{within(container, inner), i, clk->second});
            }
        }
        if (rdp) {
            keep_longer(best, rdp);
            std::size_t c = rdp->e;
            bool at = false;
            if (w(c, "at") || pc(c, '@')) {
                ++c;
                at = true;
            }
            if (auto clk = clock_at(c, !at)) {
                Spec inner = fields();
                inner.clock = clk->first;
                keep_longer(best, M{within(rdp->s, inner), i, clk->second});
            }
        }
        // "morning of the 15th of february"
        if (auto dp = daypart_at(i); dp && w(dp->second, "of")) {
            if (auto d = day_spec(skip_the(dp->second + 1)); d) {
                keep_longer(best, M{within(d->s, dp->first), i, d->e});
            } else if (auto d2 = day_spec(dp->second + 1)) {
                keep_longer(best, M{within(d2->s, dp->first), i, d2->e});
            }
        }
        // "in the evening at eight", "this afternoon at 3:20"
        // Clocks, alone or before their day: "12:01 a.m. EDT on Nov. 10", "3pm tomorrow"
        std::size_t ci = i;
        bool at = false;
        if (w(ci, "at") || pc(ci, '@') || w(ci, "around") || w(ci, "about") ||
            w(ci, "approximately")) {
            ++ci;
            at = true;
        }
        auto clk = clock_at(ci, !at);
        if (!clk) {
            // "9 tomorrow", "8 tonight": a bare hour right before its day
            if (auto bare = clock_at(ci, false);
                bare && !num(bare->second) &&
                (w(bare->second, "tomorrow") || w(bare->second, "tonight") ||
                 w(bare->second, "this") || w(bare->second, "today")))
                clk = bare;
        }
        if (clk) {
            Spec inner = fields();
            inner.clock = clk->first;
            keep_longer(best, M{inner, at ? ci : i, clk->second});
            std::size_t k = clk->second;
            if (pc(k, ',')) ++k;
            if (w(k, "on") || w(k, "of")) ++k;
            R d = day_spec(k);
            R rd = relative_daypart(k);
            if (d) {
                Spec container = d->s;
                std::size_t e = d->e;
                if (auto dp = daypart_at(e)) {
                    container = within(d->s, dp->first);
                    e = dp->second;
                }
                keep_longer(best, M{within(container, inner), at ? ci : i, e});
            }
            if (rd) keep_longer(best, M{within(rd->s, inner), at ? ci : i, rd->e});
        }
        // "in the afternoon", "the morning"
        if (auto dp = daypart_at(i); dp && (sa || w(i, "in") || w(i, "early") || w(i, "late"))) {
            keep_longer(best, M{dp->first, w(i, "in") ? i + 1 : i, dp->second});
        }
        return best;
    }

    bool has_daypart(const Spec& s) const {
        if (s.daypart >= 0) return true;
        for (const auto& k : s.kids)
            if (has_daypart(k)) return true;
        return false;
    }

    // ---- periods: months, years, quarters, halves, seasons, weeks -------------
    bool bare_month_ok(std::size_t i, std::size_t e, int month) const {
        if (sa) return true;
        if (i > 0 &&
            (any(i - 1,
                 {"in",      "since", "by",         "until",     "till",   "of",     "from",
                  "through", "to",    "during",     "early",     "mid",    "late",   "last",
                  "next",    "this",  "between",    "and",       "or",     "before", "after",
                  "the",     "end",   "starting",   "beginning", "around", "until",  "following",
                  "coming",  "past",  "throughout", "into",      "for",    "on",     "that",
                  "each",    "every", "same",       "thru"}) ||
             pc(i - 1, ',') || pc(i - 1, '-') || pc(i - 1, '(')))
            return true;
        if (month == 5 || month == 3) return false;
        if (pc(e, ',') || pc(e, '.') || w(e, "and") || w(e, "to")) return true;
        return false;
    }

    bool bare_year_ok(std::size_t i, std::size_t e) const {
        if (i > 0 &&
            (any(i - 1, {"in",      "since",  "by",         "until",  "till",   "of",    "from",
                         "through", "to",     "during",     "before", "after",  "early", "mid",
                         "late",    "fiscal", "year",       "the",    "and",    "or",    "between",
                         "for",     "until",  "throughout", "into",   "around", "circa", "thru",
                         "beyond",  "summer", "winter",     "spring", "autumn", "fall",  "calendar",
                         "end",     "than"}) ||
             pc(i - 1, '(') || (pc(i - 1, '-') && glued(i - 1))))
            return true;
        if (sa) return i == 0 || pc(i - 1, '-');
        if (i > 0 && word(i - 1) && t[i - 1].upper && !info(i - 1) && !t[i - 1].line_before)
            return false;
        if (i > 0 && (pc(i - 1, '$') || num(i - 1) || w(i - 1, "about") || w(i - 1, "some") ||
                      w(i - 1, "nearly") || w(i - 1, "over")))
            return false;
        // News copy writes quantities of a thousand and more with a comma ("2,000
        // cars"), so a bare four-digit number from 1900 to 2099 is a year, unless
        // a unit or a percentage follows it.
        if (pc(e, '%') || w(e, "percent") || pc(e, ':') || (info(e) && info(e)->unit >= 0) ||
            w(e, "hours") || w(e, "gmt"))
            return false;
        return t[i].value >= 1900 && t[i].value <= 2099;
    }

    R month_period(std::size_t i) const {
        std::size_t j = i;
        int rel = no_value;
        if (const WordInfo* r = info(j); r && r->relative != no_value && !w(j, "following") &&
                                         !w(j, "prior") && !w(j, "preceding")) {
            rel = r->relative;
            ++j;
        }
        auto m = month_at(j);
        if (!m) return {};
        Spec s = fields();
        s.month = static_cast<std::int8_t>(m->first);
        std::size_t e = m->second;
        std::size_t k = e;
        if (pc(k, ',') || w(k, "of")) ++k;
        if (auto y = year_at(k, false); y && rel == no_value) {
            s.year = y->first;
            return M{s, i, y->second};
        }
        // "July last year", "January this year", "June of next year"
        if (const WordInfo* r = info(k);
            r && r->relative != no_value && w(k + 1, "year") && rel == no_value)
            return M{within(cycle(Unit::year, r->relative), s), i, k + 2};
        if (rel != no_value) {
            s.relative = static_cast<std::int8_t>(rel);
            s.inherent = true;
            if (w(j - 1, "coming") || w(j - 1, "upcoming")) s.relative = 1;
            return M{s, i, e};
        }
        if (w(e, "after") && w(e + 1, "next")) {
            s.relative = 2;
            s.inherent = true;
            return M{s, i, e + 2};
        }
        if (!bare_month_ok(i, e, m->first)) return {};
        return M{s, i, e};
    }

    R year_period(std::size_t i) const {
        std::size_t j = i;
        bool fiscal = false;
        if (w(j, "fiscal") || w(j, "fy")) {
            fiscal = true;
            ++j;
            if (w(j, "year")) ++j;
        } else if (w(j, "the") && w(j + 1, "year") && num(j + 2)) {
            j += 2;
            fiscal = true;
        } else if (w(j, "calendar") && w(j + 1, "year")) {
            j += 2;
            fiscal = true;
        }
        auto y = year_at(j, false);
        if (!y) return {};
        if (!fiscal && !(y->second > j + 1) && !bare_year_ok(j, y->second)) return {};
        if (!fiscal && t[j].value < 1900 && y->second == j + 1 && !sa) {
            if (!(i > 0 && any(i - 1, {"in", "since", "of", "from", "until", "by", "to"})))
                return {};
        }
        if (word(y->second) && glued(y->second)) return {};
        Spec s = fields();
        s.year = y->first;
        return M{s, i, y->second};
    }

    // "Q3", "the third quarter", "3rd qtr", "third-quarter", "2018Q4", "18q4", "Q2 2025".
    R quarter_period(std::size_t i) const {
        if (!(num(i) || w(i, "q") || w(i, "the") ||
              (info(i) &&
               (info(i)->ordinal > 0 || info(i)->number >= 0 || info(i)->relative != no_value))))
            return {};
        Spec s = fields();
        std::size_t e = 0;
        if (w(i, "q") && num(i + 1) && glued(i + 1) && t[i + 1].digits == 1 && value(i + 1) >= 1 &&
            value(i + 1) <= 4) {
            s.quarter = static_cast<std::int8_t>(value(i + 1));
            e = i + 2;
            std::size_t k = e;
            if (pc(k, ',')) ++k;
            if (auto y = year_at(k, false)) {
                s.year = y->first;
                e = y->second;
            } else if (num(k) && t[k].digits == 2 && glued(k) == false && false) {
            }
        } else if (num(i) && (t[i].digits == 4 || t[i].digits == 2) && w(i + 1, "q") &&
                   glued(i + 1) && num(i + 2) && glued(i + 2) && t[i + 2].digits == 1 &&
                   value(i + 2) >= 1 && value(i + 2) <= 4) {
            const int y = value(i);
            s.year = t[i].digits == 2 ? 2000 + y : y;
            s.quarter = static_cast<std::int8_t>(value(i + 2));
            e = i + 3;
        } else {
            std::size_t j = skip_the(i);
            // "this year's third quarter", "next year's first quarter"
            std::optional<Spec> year_container;
            if (const WordInfo* r = info(j); r && r->relative != no_value && w(j + 1, "year") &&
                                             pc(j + 2, '\'') && w(j + 3, "s")) {
                year_container = cycle(Unit::year, r->relative);
                j += 4;
            } else if (auto y = year_at(j, false); y && ordinal(y->second)) {
                // "the 1988 second quarter"
                s.year = y->first;
                j = y->second;
            }
            auto o = ordinal(j);
            if (!o || o->v < 1 || o->v > 4) return {};
            if (year_container) {
                std::size_t k = o->e;
                if (pc(k, '-') && glued(k)) ++k;
                if (!(w(k, "quarter") || w(k, "qtr"))) return {};
                s.quarter = static_cast<std::int8_t>(o->v);
                return M{within(*year_container, s), i, k + 1};
            }
            std::size_t k = o->e;
            if (pc(k, '-') && glued(k)) ++k;
            if (!(w(k, "quarter") || w(k, "qtr"))) return {};
            s.quarter = static_cast<std::int8_t>(o->v);
            e = k + 1;
            std::size_t y = e;
            // "the first quarter of next year", "of the year": the word read
            // before `y` moves past it.
            const bool of = w(y, "of");
            if (of || pc(y, ',')) ++y;
            if (auto yr = year_at(y, false)) {
                s.year = yr->first;
                e = yr->second;
            } else if (auto c = container_at(y);
                       c && c->s.kind == Spec::Kind::cycle && c->s.unit == Unit::year && of) {
                return M{within(c->s, s), i, c->e};
            } else if (of && !num(y) && w(skip_the(y), "year")) {
                e = skip_the(y) + 1;
            }
        }
        return M{s, i, e};
    }

    // "H1", "the first half of 2025", "the second half of the year", "first-half".
    R half_period(std::size_t i) const {
        if (!(w(i, "h") || w(i, "the") || w(i, "first") || w(i, "second") || w(i, "latter")))
            return {};
        Spec s = fields();
        if (w(i, "h") && num(i + 1) && glued(i + 1) && t[i + 1].digits == 1 &&
            (value(i + 1) == 1 || value(i + 1) == 2)) {
            s.half = static_cast<std::int8_t>(value(i + 1));
            std::size_t e = i + 2;
            std::size_t k = e;
            if (pc(k, ',')) ++k;
            if (auto y = year_at(k, false)) {
                s.year = y->first;
                e = y->second;
            }
            return M{s, i, e};
        }
        std::size_t j = skip_the(i);
        int half = 0;
        if (w(j, "first")) half = 1;
        if (w(j, "second") || w(j, "latter") || (w(j, "last") && j > i)) half = 2;
        if (!half) return {};
        std::size_t k = j + 1;
        if (pc(k, '-') && glued(k)) ++k;
        if (!w(k, "half")) return {};
        s.half = static_cast<std::int8_t>(half);
        std::size_t e = k + 1;
        if (w(e, "of")) {
            std::size_t c = e + 1;
            if (auto y = year_at(c, false)) {
                s.year = y->first;
                return M{s, i, y->second};
            }
            if (auto ct = container_at(c); ct && ct->s.kind == Spec::Kind::cycle) {
                if (ct->s.unit == Unit::year) return M{within(ct->s, s), i, ct->e};
                return M{part_of(ct->s, half == 1 ? Part::first_half : Part::second_half), i,
                         ct->e};
            }
            if (R p = month_period(c)) {
                return M{part_of(p->s, half == 1 ? Part::first_half : Part::second_half), i, p->e};
            }
            return {};
        }
        if (j == i) return {}; // "first half" needs "the" when it stands alone
        return M{s, i, e};
    }

    // "summer", "this summer", "last fall", "summer 2025", "the summer of 2025".
    R season_period(std::size_t i) const {
        if (!(info(i) && (info(i)->season >= 0 || info(i)->relative != no_value || w(i, "the"))))
            return {};
        std::size_t j = i;
        int rel = no_value;
        bool the = false;
        if (const WordInfo* r = info(j); r && r->relative != no_value && !w(j, "following") &&
                                         !w(j, "prior") && !w(j, "preceding")) {
            rel = r->relative;
            ++j;
        } else if (w(j, "the")) {
            the = true;
            ++j;
        }
        const WordInfo* wi = info(j);
        if (!wi || wi->season < 0) return {};
        Spec s = fields();
        s.season = wi->season;
        std::size_t e = j + 1;
        std::size_t k = e;
        if (w(k, "of")) ++k;
        if (auto y = year_at(k, false); y && rel == no_value) {
            s.year = y->first;
            return M{s, i, y->second};
        }
        if (w(k, "of") && false) {
        }
        if (rel != no_value) {
            s.relative = static_cast<std::int8_t>(rel);
            s.inherent = true;
            return M{s, i, e};
        }
        // A bare season word needs a context that makes it a time ("the fall" of prices is not).
        if (t[j].lower == "fall" && !the) return {};
        if (!sa && !the &&
            !(i > 0 &&
              any(i - 1, {"in",    "during",  "by",   "until",      "since", "this", "last",
                          "next",  "early",   "late", "mid",        "of",    "over", "before",
                          "after", "through", "till", "throughout", "from",  "for"}))) {
            if (!t[j].upper) return {};
        }
        if (the && !(i > 0 && any(i - 1, {"in",   "during",     "by",     "until", "since",
                                          "of",   "over",       "before", "after", "through",
                                          "till", "throughout", "from",   "for",   "early",
                                          "late", "mid",        "end",    "start", "beginning"})) &&
            !sa)
            return {};
        return M{s, i, e};
    }

    // "this week", "next month", "last year", "the following week", "the past year",
    // "the weekend", "this quarter", "the 1990s", "the 20th century".
    R cycle_period(std::size_t i) const {
        std::size_t j = i;
        const bool the = w(j, "the");
        if (the) ++j;
        // decades: "the 1990s", "1990s", "the '90s", "the nineties"
        if (auto d = decade_at(j)) return M{d->s, i, d->e};
        if (auto o = ordinal(j); o && w(o->e, "century") && o->v >= 1 && o->v <= 30) {
            Spec s = fields();
            s.century = static_cast<int>(o->v) - 1;
            return M{s, i, o->e + 1};
        }
        // "the quarter", "the latest quarter", "the latest period": in a report, the
        // period it reports on.
        if (the && !sa &&
            (w(j, "quarter") ||
             ((w(j, "latest") || w(j, "most")) && (w(j + 1, "quarter") || w(j + 1, "period"))))) {
            const std::size_t e = w(j, "quarter") ? j + 1 : j + 2;
            if (!(pc(e, '-') || (word(e) && t[e].info && t[e].info->unit >= 0))) {
                Spec s = cycle(Unit::quarter, -1);
                s.reporting_period = true;
                return M{s, i, e};
            }
        }
        // "the week of October 7th"
        if (the && w(j, "week") && w(j + 1, "of")) {
            if (R d = day_spec(j + 2); d && d->s.kind == Spec::Kind::fields && d->s.day) {
                Spec s = cycle(Unit::week, 0);
                s.inherent = d->s.inherent;
                s.kids.push_back(d->s);
                return M{s, i, d->e};
            }
        }
        const WordInfo* r = info(j);
        int rel = no_value;
        bool mentioned = false;
        if (w(j, "this") && (w(j + 1, "past") || w(j + 1, "last"))) {
            rel = -1;
            j += 2;
        } else if (r && r->relative != no_value) {
            rel = r->relative;
            mentioned = w(j, "following") || w(j, "previous") || w(j, "prior") || w(j, "preceding");
            if (w(j, "past") && the) mentioned = false;
            ++j;
        }
        // "the weekend", "this weekend", "over the weekend"
        if (w(j, "weekend") || w(j, "wkend") ||
            (w(j, "week") && pc(j + 1, '-') && w(j + 2, "end"))) {
            std::size_t e = w(j, "week") ? j + 3 : j + 1;
            // "after weekend talks": a bare weekend names one when it dates
            // a happening, as "the weekend" does.
            const WordInfo* next = info(e);
            const bool dates_noun = next && next->event_noun;
            if (rel == no_value && !the && !dates_noun) return {};
            Spec s = cycle(Unit::week, rel == no_value ? 0 : rel);
            s.nth_grain = Grain::weekend;
            if (rel == no_value) s.inherent = false;
            return M{s, i, e};
        }
        if (rel == no_value) return {};
        const WordInfo* u = info(j);
        if (!u || u->unit < 0 || u->plural) return {};
        const auto unit = static_cast<Unit>(u->unit);
        if (unit == Unit::second || unit == Unit::minute || unit == Unit::hour) return {};
        if (unit == Unit::day && !mentioned) return {};
        if (u->unit_multiple != 1) return {};
        Spec s = cycle(unit, rel);
        s.from_mentioned = mentioned && !sa;
        // "last week's Sunday"
        if (unit == Unit::week && pc(j + 1, '\'') && w(j + 2, "s")) {
            if (auto wd = weekday_at(j + 3); wd && !wd->plural) {
                Spec day = fields();
                day.weekday = static_cast<std::int8_t>(wd->wd);
                return M{within(s, day), i, wd->e};
            }
        }
        return M{s, i, j + 1};
    }

    std::optional<M> decade_at(std::size_t j) const {
        Spec s = fields();
        if (num(j) && t[j].digits == 4 && value(j) % 10 == 0 && word(j + 1) && glued(j + 1) &&
            w(j + 1, "s")) {
            s.decade = value(j) / 10;
            return M{s, j, j + 2};
        }
        if (num(j) && t[j].digits == 4 && value(j) % 10 == 0 && pc(j + 1, '\'') && glued(j + 1) &&
            w(j + 2, "s") && glued(j + 2)) {
            s.decade = value(j) / 10;
            return M{s, j, j + 3};
        }
        if (pc(j, '\'') && num(j + 1) && glued(j + 1) && t[j + 1].digits == 2 &&
            value(j + 1) % 10 == 0 && w(j + 2, "s") && glued(j + 2)) {
            s.decade = 190 + value(j + 1) / 10;
            return M{s, j, j + 3};
        }
        if (word(j) && t[j].lower.size() > 6 && t[j].lower.ends_with("ties")) {
            std::string stem(t[j].lower.substr(0, t[j].lower.size() - 3));
            stem += "y";
            const WordInfo* wi = lex.find(stem);
            if (wi && wi->number >= 20 && wi->number <= 90 && j > 0 && w(j - 1, "the")) {
                s.decade = 190 + wi->number / 10;
                return M{s, j, j + 1};
            }
        }
        return {};
    }

    R period(std::size_t i) const {
        if (!may_begin(i, start_period)) return {};
        return remember(memo_period, i, [&] { return period_uncached(i); });
    }

    R period_uncached(std::size_t i) const {
        const std::uint32_t may = starts(i);
        R best;
        if (may & start_month_period) best = month_period(i);
        if (may & start_year_period) keep_longer(best, year_period(i));
        if (may & start_quarter_period) keep_longer(best, quarter_period(i));
        if (may & start_half_period) keep_longer(best, half_period(i));
        if (may & start_season_period) keep_longer(best, season_period(i));
        if (may & start_cycle_period) keep_longer(best, cycle_period(i));
        return best;
    }

    // ---- parts: early July, the end of May, later this week --------------------
    [[gnu::always_inline]] R part(std::size_t i) const {
        if (!may_begin(i, start_part)) return {};
        return part_unguarded(i);
    }
    R part_unguarded(std::size_t i) const {
        R best;
        // "early July", "mid-June", "late last year", "early next week"
        if (const WordInfo* wi = info(i);
            wi && wi->part >= 0 &&
            (w(i, "early") || w(i, "mid") || w(i, "late") || w(i, "middle"))) {
            std::size_t j = i + 1;
            if (pc(j, '-') && glued(j)) ++j;
            if (w(j, "in") && !w(i, "mid")) j = skip_the(j + 1);
            // "late Tuesday night": the day with its daypart, the part of it.
            R x = period(j);
            keep_longer(x, day_spec(j));
            keep_longer(x, point(j));
            if (x) best = M{part_of(x->s, static_cast<Part>(wi->part)), i, x->e};
        }
        // "the end of May", "the beginning of next month", "end of the year", "at the end of 2012"
        {
            std::size_t j = i;
            if (w(j, "at")) ++j;
            j = skip_the(j);
            const WordInfo* wi = info(j);
            if (wi && wi->part >= 0 &&
                (w(j, "beginning") || w(j, "start") || w(j, "middle") || w(j, "end") ||
                 w(j, "close")) &&
                w(j + 1, "of")) {
                std::size_t k = j + 2;
                R x = period(k);
                if (!x) {
                    std::size_t c = skip_the(k);
                    if (w(c, "month"))
                        x = M{cycle(Unit::month, 0), k, c + 1};
                    else if (w(c, "year"))
                        x = M{cycle(Unit::year, 0), k, c + 1};
                    else if (w(c, "week"))
                        x = M{cycle(Unit::week, 0), k, c + 1};
                    else if (w(c, "day"))
                        x = M{cycle(Unit::day, 0), k, c + 1};
                    else if (w(c, "quarter"))
                        x = M{cycle(Unit::quarter, 0), k, c + 1};
                    else if (const WordInfo* r = info(c);
                             r && r->relative != no_value && w(c + 1, "week"))
                        x = M{cycle(Unit::week, r->relative), k, c + 2};
                    else if (w(c, "around") && w(c + 1, "next") && w(c + 2, "week"))
                        x = M{cycle(Unit::week, 1), k, c + 3};
                    if (x && (w(c, "month") || w(c, "year") || w(c, "week") || w(c, "day") ||
                              w(c, "quarter")))
                        x->s.inherent = false;
                }
                if (!x) x = day_spec(k);
                if (x) {
                    Spec p = part_of(x->s, static_cast<Part>(wi->part));
                    const std::size_t b = w(i, "at") ? i + 1 : i;
                    keep_longer(best, M{p, b, x->e});
                }
            }
            // EOM, BOM, EOY, BOY, EOD
            const std::size_t a = skip_the(w(i, "at") ? i + 1 : i);
            if (word(a) && (t[a].lower == "eom" || t[a].lower == "bom" || t[a].lower == "eoy" ||
                            t[a].lower == "boy" || t[a].lower == "eod")) {
                const auto s = t[a].lower;
                if (s != "boy" || t[a].all_upper) {
                    const Unit u = s == "eod" ? Unit::day : s[2] == 'm' ? Unit::month : Unit::year;
                    Spec base = cycle(u, 0);
                    base.inherent = false;
                    const std::size_t b = w(i, "at") ? i + 1 : i;
                    keep_longer(best,
                                M{part_of(base, s[0] == 'b' ? Part::start : Part::end), b, a + 1});
                }
            }
        }
        // "the rest of the week", "later this week", "earlier this year", "later in the month"
        {
            std::size_t j = skip_the(i);
            Part p = Part::none;
            std::size_t k = j;
            if ((w(j, "rest") || w(j, "remainder")) && w(j + 1, "of")) {
                p = Part::rest;
                k = j + 2;
            } else if (j == i && (w(j, "later") || w(j, "earlier"))) {
                p = w(j, "later") ? Part::later : Part::earlier;
                k = j + 1;
                if (w(k, "in")) k = k + 1;
            }
            if (p != Part::none) {
                std::size_t c = skip_the(k);
                R x;
                if (const WordInfo* r = info(c); r && r->relative == 0 && !w(c, "current") &&
                                                 info(c + 1) && info(c + 1)->unit >= 0 &&
                                                 !info(c + 1)->plural)
                    x = M{cycle(static_cast<Unit>(info(c + 1)->unit), 0), k, c + 2};
                else if (w(c, "that") && info(c + 1) && info(c + 1)->unit >= 0 && !sa) {
                    Spec s = cycle(static_cast<Unit>(info(c + 1)->unit), 0);
                    s.from_mentioned = true;
                    x = M{s, k, c + 2};
                } else if (c > k && info(c) && info(c)->unit >= 0 && !info(c)->plural) {
                    Spec s = cycle(static_cast<Unit>(info(c)->unit), 0);
                    x = M{s, k, c + 1};
                }
                if (x && (x->s.unit == Unit::week || x->s.unit == Unit::month ||
                          x->s.unit == Unit::year || x->s.unit == Unit::quarter ||
                          x->s.unit == Unit::day))
                    keep_longer(best, M{part_of(x->s, p), i, x->e});
            }
        }
        return best;
    }

    // ---- durations and shifts ---------------------------------------------------
    struct Amount {
        double v;
        bool known;
        Unit unit;
        std::size_t e;
        bool adjective; // "90-day"
    };

    // "90 days", "three months", "a week", "half an hour", "several years", "90-day".
    std::optional<Amount> amount_at(std::size_t i, bool allow_a = true,
                                    bool allow_h = false) const {
        auto a = amount_raw(i, allow_a, allow_h);
        // A fraction of an hour is counted in minutes: half an hour is 30 minutes.
        if (a && a->known && a->unit == Unit::hour && a->v != std::floor(a->v)) {
            a->v *= 60;
            a->unit = Unit::minute;
        }
        return a;
    }

    std::optional<Amount> amount_raw(std::size_t i, bool allow_a, bool allow_h) const {
        // "half an hour", "a quarter of an hour", "three-quarters of an hour"
        if ((w(i, "half") && (w(i + 1, "an") || w(i + 1, "a")))) {
            const WordInfo* u = info(i + 2);
            if (u && u->unit >= 0 && !u->plural)
                return Amount{0.5, true, static_cast<Unit>(u->unit), i + 3, false};
        }
        {
            std::size_t j = i;
            double frac = 0;
            if (w(j, "a") && w(j + 1, "quarter") && w(j + 2, "of")) {
                frac = 0.25;
                j += 3;
            } else if (w(j, "three") && pc(j + 1, '-') && w(j + 2, "quarters") && w(j + 3, "of")) {
                frac = 0.75;
                j += 4;
            }
            if (frac > 0 && (w(j, "an") || w(j, "a")) && w(j + 1, "hour"))
                return Amount{frac, true, Unit::hour, j + 2, false};
        }
        // "1/2 hour", "3/4h"
        if (num(i) && pc(i + 1, '/') && glued(i + 1) && num(i + 2) && glued(i + 2) &&
            value(i + 2) > 0 && t[i].digits == 1 && t[i + 2].digits == 1) {
            const double v = static_cast<double>(value(i)) / value(i + 2);
            std::size_t k = i + 3;
            if ((w(k, "h") && allow_h) || w(k, "hour"))
                return Amount{v, true, Unit::hour, k + 1, false};
            return {};
        }
        auto c = cardinal(i, allow_a);
        if (!c) return {};
        std::size_t k = c->e;
        // "2 and an half hours"
        if (w(k, "and") && (w(k + 1, "a") || w(k + 1, "an")) && w(k + 2, "half")) {
            c->v += 0.5;
            k += 3;
        }
        const bool adjective = pc(k, '-') && glued(k) && glued(k + 1);
        if (adjective) ++k;
        if (w(k, "more")) ++k; // "in 2 more minutes"
        const WordInfo* u = info(k);
        if (u && u->unit < 0) u = nullptr;
        std::size_t e = k + 1;
        // "in 15'" (minutes), "in 1"" (seconds)
        if (!u && (pc(k, '\'') || pc(k, '"')) && glued(k) && !c->word && sa)
            return Amount{c->v, true, pc(k, '\'') ? Unit::minute : Unit::second, k + 1, false};
        if (!u && w(k, "h") && glued(k) && !c->word && allow_h)
            return Amount{c->v, true, Unit::hour, k + 1, false};
        if (!u) return {};
        if (c->word && (c->v == 1 && !c->known)) return {};
        // Units written as one letter glued to the number are clocks ("16h"), not amounts.
        if (!c->known && !u->plural) return {};
        if (adjective && u->plural) return {};
        if (!adjective && !u->plural && c->known && c->v != 1 && c->v != 0.5 &&
            !(w(k, "hour") || w(k, "day") || w(k, "week") || w(k, "month") || w(k, "year")))
            return {};
        if (adjective) {
            // "90-day-long"
            if (pc(e, '-') && glued(e) && w(e + 1, "long")) e += 2;
        }
        // An age is no time: "a 6-year-old boy", "44 years old".
        if ((pc(e, '-') && w(e + 1, "old")) || w(e, "old")) return {};
        return Amount{c->v * u->unit_multiple, c->known, static_cast<Unit>(u->unit), e, adjective};
    }

    // A word before "a week" that makes it a rate.
    bool rate_before(std::size_t k) const {
        if (num(k) || pc(k, '%')) return true;
        if (!word(k)) return false;
        if (any(k, {"per", "once", "twice", "times", "million", "billion", "trillion", "thousand",
                    "hundred", "percent", "cents", "dollars", "seats"}))
            return true;
        const auto w = t[k].lower;
        if (w.size() >= 4 && w.back() == 's' && !(t[k].info && t[k].info->determiner) &&
            !any(k, {"was", "has", "this", "thus", "across", "plus", "less", "unless", "always",
                     "perhaps", "various", "whereas", "its", "his"}))
            return true;
        return false;
    }

    // A view of a literal: the rules ask this of most places they read, and
    // a std::string would be built each time.
    static std::string_view duration_mod(std::string_view s) {
        if (s == "about" || s == "around" || s == "approximately" || s == "roughly" || s == "some")
            return "APPROX";
        if (s == "nearly" || s == "almost" || s == "under") return "LESS_THAN";
        if (s == "over") return "MORE_THAN";
        return {};
    }

    [[gnu::always_inline]] R duration(std::size_t i) const {
        if (!may_begin(i, start_duration)) return {};
        return duration_unguarded(i);
    }
    R duration_unguarded(std::size_t i) const {
        std::size_t j = i;
        std::string_view mod;
        if (w(j, "more") && w(j + 1, "than")) {
            mod = "MORE_THAN";
            j += 2;
        } else if (w(j, "less") && w(j + 1, "than")) {
            mod = "LESS_THAN";
            j += 2;
        } else if (w(j, "at") && w(j + 1, "least")) {
            mod = "EQUAL_OR_MORE";
            j += 2;
        } else if ((w(j, "at") && w(j + 1, "most")) || (w(j, "up") && w(j + 1, "to"))) {
            mod = "EQUAL_OR_LESS";
            j += 2;
        } else if (word(j)) {
            mod = duration_mod(t[j].lower);
            if (!mod.empty()) ++j;
        }
        // "the past two years", "the next three days", "the last 2 weeks", "over the next three
        // months"
        {
            std::size_t k = skip_the(j);
            const WordInfo* r = info(k);
            if (r && r->relative != no_value && r->relative != 0 && !w(k, "following") &&
                !w(k, "prior") && !w(k, "preceding")) {
                if (auto a = amount_at(k + 1, false); a && a->known && !a->adjective) {
                    Spec s = make(Spec::Kind::duration);
                    s.unit = a->unit;
                    s.amount = a->v;
                    s.offset = r->relative;
                    s.inherent = true;
                    s.mod = mod;
                    return M{s, i, a->e};
                }
            }
            // "upcoming two weeks", "2 upcoming days"
            if (w(k, "upcoming") || w(k, "coming")) {
                if (auto a = amount_at(k + 1, false); a && a->known && !a->adjective) {
                    Spec s = make(Spec::Kind::duration);
                    s.unit = a->unit;
                    s.amount = a->v;
                    s.offset = 1;
                    s.inherent = true;
                    return M{s, i, a->e};
                }
            }
        }
        auto a = amount_at(j, true);
        if (!a) {
            // Bare plural units: "for years", "in recent weeks", "decades"
            const WordInfo* u = info(j);
            if (u && u->unit >= 0 && u->plural && j > 0 &&
                any(j - 1,
                    {"for", "over", "within", "recent", "several", "many", "few", "in", "the"}) &&
                !w(j - 1, "the") && static_cast<Unit>(u->unit) >= Unit::day) {
                Spec s = make(Spec::Kind::duration);
                s.unit = static_cast<Unit>(u->unit);
                s.amount_known = false;
                return M{s, i, j + 1};
            }
            return {};
        }
        if (a->v == 0 && a->known) return {};
        // A bare "a day" or "an hour" in running text is often a rate ("twice a day",
        // "four flights a week", "$2 million a year").
        if (!sa && (w(j, "a") || w(j, "an")) && j == i && i > 0 && rate_before(i - 1)) return {};
        // "the nine months", "the first nine months"
        Spec s = make(Spec::Kind::duration);
        s.unit = a->unit;
        s.amount = a->v;
        s.amount_known = a->known;
        s.mod = mod;
        return M{s, i, a->e};
    }

    // "three days ago", "in two weeks", "two days later", "a year from now",
    // "3 years from today", "three days after Easter", "2 thursdays ago".
    [[gnu::always_inline]] R shift(std::size_t i) const {
        if (!may_begin(i, start_shift)) return {};
        return shift_unguarded(i);
    }
    R shift_unguarded(std::size_t i) const {
        R best;
        std::size_t j = i;
        std::string_view mod;
        if (word(j) && !duration_mod(t[j].lower).empty()) {
            mod = duration_mod(t[j].lower);
            ++j;
        } else if (w(j, "more") && w(j + 1, "than")) {
            mod = "MORE_THAN";
            j += 2;
        } else if (w(j, "less") && w(j + 1, "than")) {
            mod = "LESS_THAN";
            j += 2;
        }
        const bool in = w(j, "in");
        // "their first meeting in eight years", "the highest rate in a
        // decade": the span runs back from now to the last such time.
        if (in && record_before(i)) return best;
        if (in) ++j;
        if (in && word(j) && !duration_mod(t[j].lower).empty()) {
            mod = duration_mod(t[j].lower);
            ++j;
        }
        // weekdays: "3 fridays from now", "2 thursdays back"
        if (auto c = cardinal(j, false); c && c->known && c->v >= 1 && c->v <= 60 && !in) {
            if (auto wd = weekday_at(c->e); wd && wd->plural) {
                std::size_t k = wd->e;
                int sign = 0;
                if (w(k, "from") && w(k + 1, "now")) {
                    sign = 1;
                    k += 2;
                } else if (w(k, "ago") || w(k, "back")) {
                    sign = -1;
                    k += 1;
                }
                if (sign) {
                    Spec s = fields();
                    s.weekday = static_cast<std::int8_t>(wd->wd);
                    s.relative = static_cast<std::int8_t>(sign * static_cast<int>(c->v) * 10);
                    s.inherent = true;
                    best = M{s, i, k};
                }
            }
        }
        auto a = amount_at(j, true, in);
        if (!a || a->adjective) return best;
        if (in && !sa && (w(j, "a") || w(j, "an"))) return best;
        if (!a->known && !in) {
            // "several years ago": PAST_REF in TimeML
            if (w(a->e, "ago")) {
                Spec s = make(Spec::Kind::reference);
                s.text = "PAST_REF";
                return longer(std::move(best), M{s, i, a->e + 1});
            }
            return best;
        }
        Spec s = make(Spec::Kind::shift);
        s.unit = a->unit;
        s.amount = a->v;
        s.inherent = true;
        s.mod = mod;
        std::size_t k = a->e;
        if (in) {
            s.from_now = true;
            // "in 7 days at 5pm"
            if (w(k, "at") && s.unit >= Unit::day) {
                if (auto c = clock_at(k + 1, false)) {
                    Spec clock = fields();
                    clock.clock = c->first;
                    return longer(std::move(best), M{within(s, clock), j, c->second});
                }
            }
            return longer(std::move(best), M{s, j, k});
        }
        if (w(k, "ago") || w(k, "back") ||
            (w(k, "before") && (w(k + 1, "now") || w(k + 1, "today")))) {
            s.amount = -a->v;
            s.from_now = true;
            const std::size_t e = w(k, "before") ? k + 2 : k + 1;
            return longer(std::move(best), M{s, i, e});
        }
        if (w(k, "hence") || (w(k, "from") && (w(k + 1, "now") || w(k + 1, "today") ||
                                               (w(k + 1, "right") && w(k + 2, "now"))))) {
            s.from_now = !w(k + 1, "today");
            std::size_t e = w(k, "hence") ? k + 1 : w(k + 1, "right") ? k + 3 : k + 2;
            if (w(k + 1, "today")) {
                s.kids.push_back(cycle(Unit::day, 0));
                s.from_now = false;
            }
            return longer(std::move(best), M{s, i, e});
        }
        if (w(k, "later") || w(k, "earlier") || w(k, "afterwards") || w(k, "afterward") ||
            ((w(k, "after") || w(k, "before")) && !alnum(k + 1) && !sa)) {
            const bool back = w(k, "earlier") || w(k, "before");
            if (back) s.amount = -a->v;
            s.from_mentioned = true;
            s.inherent = true;
            return longer(std::move(best), M{s, i, k + 1});
        }
        // "three days after Easter", "a year from Christmas", "15 minutes from 1pm";
        // but "suspended for 90 days from Nov. 10" is a period and its start.
        if (w(k, "after") || w(k, "before") || (w(k, "from") && !period_after_for(i))) {
            const bool back = w(k, "before");
            R base = point(k + 1);
            if (base) {
                if (back) s.amount = -a->v;
                s.kids.push_back(base->s);
                s.inherent = base->s.inherent;
                return longer(std::move(best), M{s, i, base->e});
            }
        }
        return best;
    }

    // Whether a word of a record ("first", "highest") stands a few words
    // before `i`, in the same stretch of words.
    bool record_before(std::size_t i) const {
        for (std::size_t back = 1; back <= 6 && back <= i; ++back) {
            const std::size_t k = i - back;
            if (t[k].kind == TokenKind::punct) return false;
            if (info(k) && info(k)->record) return true;
        }
        return false;
    }

    // Whether the amount at `i` follows "for" ("for 90 days", "for another
    // year", "for a further 90 days"): it measures how long, not how far.
    bool period_after_for(std::size_t i) const {
        for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
            const std::size_t k = i - back;
            if (w(k, "for")) return true;
            if (!(w(k, "another") || w(k, "further") || w(k, "additional") || w(k, "a") ||
                  w(k, "an")))
                return false;
        }
        return false;
    }

    // "the year-earlier quarter", "year-ago", "the year-ago third quarter".
    [[gnu::always_inline]] R year_earlier(std::size_t i) const {
        if (!may_begin(i, start_year_earlier)) return {};
        return year_earlier_unguarded(i);
    }
    R year_earlier_unguarded(std::size_t i) const {
        std::size_t j = skip_the(i);
        if (w(j, "comparable") || w(j, "corresponding")) ++j;
        if (!(w(j, "year") && pc(j + 1, '-') && glued(j + 1) &&
              (w(j + 2, "earlier") || w(j + 2, "ago") || w(j + 2, "before"))))
            return {};
        std::size_t e = j + 3;
        Spec s = make(Spec::Kind::shift);
        s.unit = Unit::year;
        s.amount = -1;
        s.inherent = true;
        if (auto o = ordinal(e);
            o && o->v >= 1 && o->v <= 4 && (w(o->e, "quarter") || w(o->e, "qtr"))) {
            Spec q = fields();
            q.quarter = static_cast<std::int8_t>(o->v);
            s.kids.push_back(q);
            return M{s, i, o->e + 1};
        }
        s.from_mentioned = true;
        if (w(e, "quarter") || w(e, "period")) ++e;
        if (e == j + 3 && i != j) return {}; // "the year-ago" alone is no time
        return M{s, i, e};
    }

    // "the day after", "the following day", "the previous day", "that day", "the same day"
    // (or "the same date").
    [[gnu::always_inline]] R mentioned_day(std::size_t i) const {
        if (!may_begin(i, start_mentioned_day)) return {};
        return mentioned_day_unguarded(i);
    }
    R mentioned_day_unguarded(std::size_t i) const {
        if (!(w(i, "the") || w(i, "that") || w(i, "earlier"))) return {};
        if (sa) return {};
        std::size_t j = i;
        const bool the = w(j, "the");
        if (the) ++j;
        Spec s = make(Spec::Kind::shift);
        s.unit = Unit::day;
        s.from_mentioned = true;
        s.inherent = true;
        if (the && w(j, "day") && (w(j + 1, "after") || w(j + 1, "before")) && !alnum(j + 2)) {
            s.amount = w(j + 1, "after") ? 1 : -1;
            return M{s, i, j + 2};
        }
        if (the &&
            (w(j, "next") || w(j, "following") || w(j, "previous") || w(j, "prior") ||
             w(j, "preceding")) &&
            w(j + 1, "day")) {
            s.amount = w(j, "next") || w(j, "following") ? 1 : -1;
            return M{s, i, j + 2};
        }
        if (((w(i, "that") && !the) || (the && w(j, "same"))) &&
            (w(the ? j + 1 : i + 1, "day") || (the && w(j + 1, "date")))) {
            s.amount = 0;
            return M{s, i, (the ? j + 1 : i + 1) + 1};
        }
        // "the same evening", "that morning": a part of the day last named.
        if ((w(i, "that") && !the) || (the && w(j, "same"))) {
            const std::size_t k = the ? j + 1 : i + 1;
            if (const WordInfo* wi = info(k); wi && wi->daypart >= 0 && !wi->plural) {
                s.amount = 0;
                Spec part = fields();
                part.daypart = wi->daypart;
                return M{within(s, part), i, k + 1};
            }
        }
        if (w(i, "earlier") && w(i + 1, "that") && w(i + 2, "day")) {
            s.amount = 0;
            return M{s, i, i + 3};
        }
        return {};
    }

    // "later in the day", "earlier in the day", "later that day": the day last named.
    [[gnu::always_inline]] R same_day_later(std::size_t i) const {
        if (!may_begin(i, start_same_day_later)) return {};
        return same_day_later_unguarded(i);
    }
    R same_day_later_unguarded(std::size_t i) const {
        if (!(w(i, "later") || w(i, "earlier"))) return {};
        if (sa) return {};
        Spec s = make(Spec::Kind::shift);
        s.unit = Unit::day;
        s.from_mentioned = true;
        s.inherent = true;
        s.amount = 0;
        if (w(i + 1, "in") && w(i + 2, "the") && w(i + 3, "day")) return M{s, i, i + 4};
        if (w(i + 1, "that") && w(i + 2, "day")) return M{s, i, i + 3};
        return {};
    }

    // ---- intervals ----------------------------------------------------------------
    bool range_sep(std::size_t k, std::size_t& after) const {
        if (pc(k, '-')) {
            after = k + 1;
            return true;
        }
        if (any(k, {"to", "through", "thru", "till", "until", "untill"})) {
            after = k + 1;
            return true;
        }
        return false;
    }

    // "July 13-15", "from 13 to 15 July", "August 27th - 29th", "1-8 september".
    [[gnu::always_inline]] R day_range(std::size_t i) const {
        if (!may_begin(i, start_day_range)) return {};
        return day_range_unguarded(i);
    }
    R day_range_unguarded(std::size_t i) const {
        std::size_t j = i;
        if (w(j, "from")) ++j;
        // month D1 - D2 [year]
        if (auto m = month_at(j)) {
            auto d1 = day_number(m->second);
            std::size_t after = 0;
            if (d1 && range_sep(d1->e, after)) {
                std::size_t k = after;
                if (auto m2 = month_at(k); m2 && m2->first == m->first) k = m2->second;
                auto d2 = day_number(k);
                if (d2 && d2->v > d1->v && !(info(d2->e) && info(d2->e)->month)) {
                    Spec a = fields(), b = fields();
                    a.month = b.month = static_cast<std::int8_t>(m->first);
                    a.day = static_cast<std::int8_t>(d1->v);
                    b.day = static_cast<std::int8_t>(d2->v);
                    std::size_t e = d2->e;
                    std::size_t y = pc(e, ',') ? e + 1 : e;
                    if (auto yr = year_at(y, false)) {
                        a.year = b.year = yr->first;
                        e = yr->second;
                    }
                    return interval_of(a, b, i, e);
                }
            }
        }
        // [the] D1 - [the] D2 [of] month [year]
        std::size_t k = skip_the(j);
        auto d1 = day_number(k);
        if (!d1) return {};
        std::size_t after = 0;
        if (!range_sep(d1->e, after)) return {};
        std::size_t k2 = skip_the(after);
        auto d2 = day_number(k2);
        if (!d2 || d2->v <= d1->v) return {};
        std::size_t mpos = d2->e;
        if (w(mpos, "of")) ++mpos;
        auto m = month_at(mpos);
        if (!m) return {};
        if (!sa && d1->e == after - 1 && pc(d1->e, '-') == false && false) return {};
        Spec a = fields(), b = fields();
        a.month = b.month = static_cast<std::int8_t>(m->first);
        a.day = static_cast<std::int8_t>(d1->v);
        b.day = static_cast<std::int8_t>(d2->v);
        std::size_t e = m->second;
        std::size_t y = pc(e, ',') ? e + 1 : e;
        if (auto yr = year_at(y, false)) {
            a.year = b.year = yr->first;
            e = yr->second;
        }
        return interval_of(a, b, i, e);
    }

    static R interval_of(Spec a, Spec b, std::size_t begin, std::size_t end) {
        Spec s = make(Spec::Kind::interval);
        s.inherent = a.inherent && b.inherent;
        s.kids.push_back(std::move(a));
        s.kids.push_back(std::move(b));
        return M{s, begin, end};
    }

    // "9:30 - 11:00", "3-4pm", "from 3 to 4 in the PM", "8am until 6", "between 3:30pm and 6 pm".
    [[gnu::always_inline]] R clock_range(std::size_t i) const {
        if (!may_begin(i, start_clock_range)) return {};
        return clock_range_unguarded(i);
    }
    R clock_range_unguarded(std::size_t i) const {
        std::size_t j = i;
        const bool from = w(j, "from");
        const bool between = w(j, "between") || (w(j, "in") && w(j + 1, "between"));
        if (from) ++j;
        if (between) j += w(j, "in") ? 2 : 1;
        std::size_t later_than = 0;
        if (w(j, "later") && w(j + 1, "than")) {
            later_than = 1;
            j += 2;
        }
        auto c1 = clock_at(j, false, true, true);
        if (!c1) return {};
        std::size_t k = c1->second;
        std::size_t after = 0;
        if (between) {
            if (!w(k, "and")) return {};
            after = k + 1;
        } else if (later_than) {
            if (!(w(k, "but") && w(k + 1, "before"))) return {};
            after = k + 2;
        } else if (!range_sep(k, after)) {
            return {};
        }
        auto c2 = clock_at(after, false, true, true);
        if (!c2) return {};
        Clock a = c1->first, b = c2->first;
        // "3-4pm": the second clock's a.m./p.m. and zone carry to the first.
        if (!a.h24 && a.ampm == 0 && b.ampm) {
            Clock raw = a;
            if (apply_ampm(raw, b.ampm) &&
                raw.hour * 60 + std::max(raw.minute, 0) <= b.hour * 60 + std::max(b.minute, 0))
                a = raw;
        }
        if (a.zone == INT_MIN && a.zone_place < 0) {
            a.zone = b.zone;
            a.zone_place = b.zone_place;
        }
        // Both bare numbers need something that makes them clocks.
        const bool a_marked = a.marked;
        const bool b_marked = b.marked;
        if (!a_marked && !b_marked) return {};
        Spec sa_ = fields(), sb = fields();
        sa_.clock = a;
        sb.clock = b;
        std::size_t e = c2->second;
        if (w(e, "ish")) ++e;
        return interval_of(sa_, sb, i, e);
    }

    R interval(std::size_t i) const {
        R best = day_range(i);
        // clock ranges with their day on either side
        if (R cr = clock_range(i)) {
            keep_longer(best, cr);
            std::size_t k = cr->e;
            if (pc(k, ',')) ++k;
            if (w(k, "on")) ++k;
            if (R d = day_spec(k)) keep_longer(best, attach_day(*cr, d->s, i, d->e));
        }
        if (R d = day_spec(i)) {
            std::size_t k = d->e;
            if (pc(k, ',')) ++k;
            if (R cr = clock_range(k)) keep_longer(best, attach_day(*cr, d->s, i, cr->e));
        }
        // X to Y, from X to Y, between X and Y. In running text these stay two dates,
        // the first with its "from", as TimeML has them.
        if (!sa) return best;
        std::size_t j = i;
        const bool from = w(j, "from");
        const bool between = w(j, "between");
        if (from || between) ++j;
        R a = day_spec(j);
        keep_longer(a, period(j));
        keep_longer(a, point(j));
        if (a) {
            std::size_t k = a->e;
            std::size_t after = 0;
            bool ok = false;
            if (between)
                ok = w(k, "and") && (after = k + 1);
            else
                ok = range_sep(k, after) || (pc(k, '/') && glued(k) && sa && (after = k + 1));
            if (ok) {
                R b = day_spec(after);
                keep_longer(b, period(after));
                keep_longer(b, point(after));
                if (b && compatible(a->s, b->s)) {
                    keep_longer(best, interval_of(a->s, b->s, i, b->e));
                }
            }
        }
        return best;
    }

    // Both ends of "X - Y" must be the same kind of time for the dash to be a range.
    static bool compatible(const Spec& a, const Spec& b) {
        auto level = [](const Spec& s) {
            if (s.kind == Spec::Kind::within) return 0;
            if (s.kind != Spec::Kind::fields) return 5;
            if (s.clock.set()) return 0;
            if (s.day || s.weekday || s.holiday >= 0) return 1;
            if (s.month) return 2;
            if (s.year != INT_MIN) return 3;
            return 4;
        };
        const int la = level(a), lb = level(b);
        if (la == 5 || lb == 5) return false;
        return la == lb || (la <= 1 && lb <= 1);
    }

    R attach_day(const M& range, const Spec& day, std::size_t b, std::size_t e) const {
        Spec s = range.s;
        Kids kids;
        for (const auto& k : range.s.kids)
            kids.push_back(within(day, k));
        s.kids = kids;
        s.inherent = day.inherent;
        return M{s, b, e};
    }

    // ---- sets, references, unknowns ---------------------------------------------
    R set_at(std::size_t i) const {
        if (!may_begin(i, start_set)) return {};
        const WordInfo* wi = info(i);
        if (wi && wi->set >= 0) {
            Spec s = make(Spec::Kind::set);
            s.text = lex.sets[static_cast<std::size_t>(wi->set)].value;
            return M{s, i, i + 1};
        }
        if (w(i, "every") || w(i, "each") || w(i, "per")) {
            std::size_t j = i + 1;
            int n = 1;
            if (w(j, "other")) {
                n = 2;
                ++j;
            } else if (auto c = cardinal(j);
                       c && c->known && c->v >= 2 && c->v <= 100 && !w(i, "per")) {
                n = static_cast<int>(c->v);
                j = c->e;
            }
            if (auto wd = weekday_at(j); wd && !wd->plural) {
                Spec s = make(Spec::Kind::set);
                s.text = "XXXX-WXX-" + std::to_string(wd->wd);
                return M{s, i, wd->e};
            }
            if (const WordInfo* u = info(j); u && u->unit >= 0 && (n == 1 || u->plural)) {
                static const char* codes[] = {"S", "M", "H", "D", "W", "M", "Q", "Y", "DE", "CE"};
                const auto unit = static_cast<Unit>(u->unit);
                const bool t_part =
                    unit == Unit::second || unit == Unit::minute || unit == Unit::hour;
                Spec s = make(Spec::Kind::set);
                int amount = n * u->unit_multiple;
                std::string code = codes[u->unit];
                if (unit == Unit::quarter) {
                    amount *= 3;
                    code = "M";
                }
                s.text = std::string(t_part ? "PT" : "P") + std::to_string(amount) + code;
                return M{s, i, j + 1};
            }
            if (auto dp = info(j); dp && dp->daypart >= 0 && !w(i, "per")) {
                Spec s = make(Spec::Kind::set);
                s.text = "XXXX-XX-XXT" + lex.dayparts[static_cast<std::size_t>(dp->daypart)].code;
                return M{s, i, j + 1};
            }
        }
        if (auto wd = weekday_at(i); wd && wd->plural && !sa) {
            Spec s = make(Spec::Kind::set);
            s.text = "XXXX-WXX-" + std::to_string(wd->wd);
            return M{s, i, wd->e};
        }
        return {};
    }

    // The longest lexicon phrase of `kind` at `i`: its index and end. Most
    // places begin none, and the words' marks say so without a call.
    [[gnu::always_inline]] std::optional<std::pair<int, std::size_t>>
    phrase_at(std::size_t i, PhraseKind kind) const {
        if (!may_begin_phrase(i, kind)) return std::nullopt;
        return longest_phrase(i, kind);
    }

    [[gnu::always_inline]] bool may_begin_phrase(std::size_t i, PhraseKind kind) const {
        if (!word(i) || !t[i].info || !t[i].info->phrases ||
            t[i].info->phrases_of[static_cast<int>(kind)].empty())
            return false;
        // Unless one of them is loose, each phrase of the kind names its second
        // word: the next word must be the second of some phrase of this kind.
        const auto kind_bit = static_cast<std::uint8_t>(1u << static_cast<int>(kind));
        return (t[i].info->loose_phrases & kind_bit) ||
               (i + 1 < n && t[i + 1].info && (t[i + 1].info->second_in & kind_bit));
    }

    std::optional<std::pair<int, std::size_t>> longest_phrase(std::size_t i,
                                                              PhraseKind kind) const {
        std::optional<std::pair<int, std::size_t>> best;
        for (const auto& ref : t[i].info->phrases_of[static_cast<int>(kind)]) {
            if (ref.second && (i + 1 >= n || t[i + 1].info != ref.second)) continue;
            if (best && i + ref.length <= best->second) continue;
            const int index = ref.index;
            const Phrase& p = lex.phrases[static_cast<std::size_t>(index)];
            if (p.kind != kind) continue;
            std::size_t k = i;
            bool ok = true;
            for (std::size_t j = 0; j < p.tokens.size(); ++j, ++k) {
                const bool same =
                    k < n && (p.words[j] ? t[k].info == p.words[j] : t[k].lower == p.tokens[j]);
                if (!same) {
                    ok = false;
                    break;
                }
            }
            if (ok && (!best || k > best->second)) best = std::pair{index, k};
        }
        return best;
    }

    R reference(std::size_t i) const {
        auto p = phrase_at(i, PhraseKind::reference);
        if (!p) return {};
        Spec s = make(Spec::Kind::reference);
        s.text = lex.phrases[static_cast<std::size_t>(p->first)].value;
        s.inherent = true;
        std::size_t b = i;
        // TimeML leaves "at" and "in" out of "at the moment", "in the past".
        if (w(i, "at") || w(i, "in")) b = i + 1;
        return M{s, b, p->second};
    }

    // "the G7 summit" after a bounding cue: a time parley cannot place.
    R unknown(std::size_t i) const {
        std::size_t j = i;
        if (!(any(j, {"the", "a", "this", "next", "its", "their", "his", "her", "an"}))) return {};
        for (std::size_t k = j + 1; k < n && k <= j + 7; ++k) {
            if (const WordInfo* wi = info(k); wi && wi->event_noun) {
                if (w(k + 1, "of") || (pc(k + 1, '\'') && w(k + 2, "s"))) return {};
                Spec s = make(Spec::Kind::unknown);
                return M{s, i, k + 1};
            }
            if (!(alnum(k) || (pc(k, '-') && glued(k)) || pc(k, '\''))) return {};
        }
        return {};
    }

    // ---- the whole expression -----------------------------------------------------
    R core(std::size_t i) const {
        R best = reference(i);
        keep_longer(best, set_at(i));
        // "on" begins a day only as "on the 15th": where the only rules that
        // may begin are ordinal_day and the day and point rules built on it,
        // none of those matches unless ordinal_day does, and the day,
        // interval and point rules would each find that out at length.
        constexpr std::uint32_t ordinal_day_only = start_day | start_point | start_ordinal_day;
        if (const std::uint32_t may = starts(i);
            (may & start_ordinal_day) && !(may & ~ordinal_day_only) && !ordinal_day(i))
            return best;
        keep_longer(best, duration(i));
        keep_longer(best, shift(i));
        keep_longer(best, mentioned_day(i));
        keep_longer(best, same_day_later(i));
        keep_longer(best, year_earlier(i));
        keep_longer(best, interval(i));
        keep_longer(best, part(i));
        keep_longer(best, point(i));
        keep_longer(best, period(i));
        return best;
    }

    // Whether an expression may begin at `i`: a cheap look before the rules run.
    // Inline, the tests that turn down most words without a call: a word the
    // lexicon lacks, a lower-case month or weekday name in running text, and
    // a word that neither starts an expression nor leads into one here.
    [[gnu::always_inline]] bool can_start(std::size_t i, int depth = 0) const {
        if (word(i)) {
            const WordInfo* wi = t[i].info;
            if (!wi) return false;
            if (!sa && !t[i].upper && (wi->month || wi->weekday) && wi->number < 0 && wi->unit < 0)
                return false;
            const bool lead = wi->leads && depth < 3;
            if (!wi->starts && !(lead && depth > 0)) return wi->opens && depth == 0;
            // "the", "in", "a" before a word the lexicon lacks, the commonest
            // case: only a phrase the word opens may begin here (see below).
            if (lead && word(i + 1) && !t[i + 1].info)
                return wi->opens && depth == 0 &&
                       (phrase_at(i, PhraseKind::bound) || phrase_at(i, PhraseKind::reference));
        }
        return can_start_rest(i, depth);
    }

    bool can_start_rest(std::size_t i, int depth) const {
        // A number before "percent" or "billion", or a count of things ("52
        // people"), is an amount; only a year may stand before a plain noun.
        if (num(i)) {
            if (i > 0 && pc(i - 1, '$')) return false;
            // A decimal part: "13.6 billion", "2.5 percent"; the number after the point is
            // read from there on.
            std::size_t k = i + 1;
            if (pc(k, '.') && glued(k) && num(k + 1) && glued(k + 1)) k += 2;
            if (pc(k, '%') || w(k, "percent") || w(k, "million") || w(k, "billion") ||
                w(k, "trillion") || (pc(k, ',') && num(k + 1) && glued(k + 1)))
                return false;
            if (k != i + 1 && word(k) && !t[k].info) return false;
            if (word(i + 1) && !glued(i + 1) && !t[i + 1].info && t[i].digits != 4 &&
                !any(i + 1, {"am", "pm", "a", "p", "o", "oclock", "and"}))
                return false;
            return true;
        }
        if (pc(i, '\'')) return num(i + 1) && glued(i + 1) && t[i + 1].digits == 2;
        if (pc(i, '@')) return true;
        if (!word(i) || !t[i].info) return false;
        const WordInfo& wi = *t[i].info;
        // In running text month and weekday names are capitalised ("may" is a verb):
        // can_start has turned down the others.
        const bool lead = wi.leads && depth < 3;
        // "in", "the", "about" lead into a time only before a word that can go on with one.
        if (lead) {
            if (wi.opens && depth == 0 &&
                (phrase_at(i, PhraseKind::bound) || phrase_at(i, PhraseKind::reference)))
                return true;
            if (num(i + 1)) return can_start(i + 1, depth + 1);
            if (pc(i + 1, '\'')) return true;
            if (!word(i + 1) || !t[i + 1].info) return false;
            const WordInfo& next = *t[i + 1].info;
            if (next.opens && !next.starts)
                return phrase_at(i + 1, PhraseKind::reference) ||
                       phrase_at(i + 1, PhraseKind::holiday) || phrase_at(i + 1, PhraseKind::bound);
            return can_start(i + 1, depth + 1);
        }
        // EOM, BOY and the like are written in capitals. None of them leads, so
        // the lead words above, most of those asked here, skip this test; the
        // length rules out most others before the list is read.
        if (!sa && !t[i].all_upper && t[i].lower.size() == 3 &&
            (t[i].lower[0] == 'b' || t[i].lower[0] == 'e') &&
            any(i, {"boy", "eom", "bom", "eoy", "eod"}))
            return false;
        // A number or ordinal in words goes on with a unit, a month, another number
        // or a hyphen ("three days", "first-quarter", "ten thirty am").
        if ((wi.number >= 0 || wi.ordinal > 0) && !wi.month && !wi.weekday && wi.unit < 0 &&
            wi.daypart < 0 && wi.relative == no_value) {
            if (pc(i + 1, '-') || num(i + 1) || !word(i + 1)) return true;
            if (wi.ordinal < 0 && w(i + 1, "of")) return false; // "one of them"
            return t[i + 1].info || any(i + 1, {"am", "pm", "a", "p", "o", "oclock"});
        }
        return true;
    }

    // The longest expression at `i`, where can_start(i) holds, written to
    // `best` (a mention is large: it is built where it is kept).
    bool at(std::size_t i, Mention& best) const {
        // Inside an alphanumeric run ("A4", "4a"), nothing starts.
        if (i > 0 && glued(i) && alnum(i) && alnum(i - 1)) return false;
        bool found = false;
        auto consider = [&](const R& m, std::size_t phrase_begin, std::string_view cue) {
            if (!m) return;
            if (alnum(m->e) && glued(m->e) && alnum(m->e - 1)) return;
            if (found && m->e <= best.end) return;
            best = Mention{m->b, m->e, phrase_begin, m->s, cue};
            found = true;
        };
        const WordInfo* wi = word(i) ? t[i].info : nullptr;
        // Words that only open phrases ("by", "new year's eve") need the phrase.
        if (!wi || wi->starts || phrase_at(i, PhraseKind::reference) ||
            phrase_at(i, PhraseKind::holiday))
            consider(core(i), i, {});
        if (wi && wi->opens) {
            if (auto p = phrase_at(i, PhraseKind::bound)) {
                const std::string_view cue = lex.phrases[static_cast<std::size_t>(p->first)].value;
                const std::size_t k = p->second;
                if (!can_start(k) &&
                    !any(k, {"the", "a", "an", "this", "next", "its", "their", "his", "her"}))
                    return found;
                R inner = core(k);
                if (!inner && (cue == "before" || cue == "after" || cue == "until" || cue == "by" ||
                               cue == "since"))
                    inner = unknown(p->second);
                // "after weekend talks": the bound is the happening's; the date
                // only qualifies its noun ("attributive").
                const WordInfo* after = inner && word(inner->e) ? t[inner->e].info : nullptr;
                if (inner && inner->b == p->second && after && after->event_noun)
                    consider(inner, k, "attributive");
                else if (inner && inner->b == p->second)
                    consider(inner, i, cue);
            }
        }
        return found;
    }
};

Grammar::Grammar(const std::vector<Token>& tokens, const TemporalLexicon& lex, bool standalone)
    : impl_(new Impl{tokens.data(), lex, standalone, tokens.size(), memo_table,
                     ++memo_table.grammars}) {}

Grammar::~Grammar() = default;

bool Grammar::at(std::size_t i, Mention& out) const {
    // Most places begin nothing, which can_start tells before anything is set up.
    if (i >= impl_->n || !impl_->can_start(i)) return false;
    return impl_->at(i, out);
}

std::optional<Mention> Grammar::at(std::size_t i) const {
    Mention m;
    if (!at(i, m)) return {};
    return m;
}

} // namespace parley::temporal
