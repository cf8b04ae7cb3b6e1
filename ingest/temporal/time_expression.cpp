#include "ingest/temporal/time_expression.h"

#include "ingest/data_dir.h"
#include "ingest/temporal/direction.h"
#include "ingest/temporal/grammar.h"
#include "ingest/temporal/lexicon.h"
#include "ingest/temporal/resolve.h"
#include "timeline/calendar.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <date/tz.h>
#include <stdexcept>

namespace parley {

using namespace temporal;

namespace {

// Text is read in chunks so that memory stays bounded on a 50 MB line; a
// chunk ends at a line break or sentence end where it can, at a space where
// it must, and anywhere (on a UTF-8 boundary) when the text has neither.
constexpr std::size_t chunk_target = 16 * 1024;
constexpr std::size_t chunk_max = 64 * 1024;

std::size_t chunk_end(std::string_view text, std::size_t pos) {
    if (text.size() - pos <= chunk_max) return text.size();
    const std::size_t hard = pos + chunk_max;
    for (std::size_t i = pos + chunk_target; i < hard; ++i)
        if (text[i] == '\n' ||
            ((text[i] == '.' || text[i] == ';') && i + 1 < hard && text[i + 1] == ' '))
            return i + 1;
    for (std::size_t i = hard; i > pos + chunk_target; --i)
        if (text[i - 1] == ' ' || text[i - 1] == '\t') return i;
    std::size_t i = hard;
    while (i > pos + 1 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
        --i;
    return i;
}

// A month and day, or a month, with no year and nothing relative: "Aug. 1",
// "in March".
bool day_of_year_only(const Spec& s) {
    return s.kind == Spec::Kind::fields && s.month && s.year == INT_MIN && !s.weekday &&
           s.relative == no_value && s.kids.empty();
}

bool has_clock_or_daypart(const Spec& s) {
    if (s.clock.set() || s.daypart >= 0) return true;
    for (const auto& k : s.kids)
        if (has_clock_or_daypart(k)) return true;
    return false;
}

const Clock* zoned_clock(const Spec& s) {
    if (s.clock.set() && (s.clock.zone != INT_MIN || s.clock.zone_place >= 0)) return &s.clock;
    for (const auto& k : s.kids)
        if (const Clock* c = zoned_clock(k)) return c;
    return nullptr;
}

const date::time_zone* zone_named(const std::string& name);

// The UTC offset of the zone a clock names: given ("EDT"), or that of a
// place's zone at the time told ("Washington time" is -04:00 in August and
// -05:00 in January). "local time" is the outlet's own clock: no offset.
std::optional<int> zone_of(const Spec& s, const std::optional<Span>& span,
                           const TemporalLexicon& lex) {
    const Clock* c = zoned_clock(s);
    if (!c) return {};
    if (c->zone != INT_MIN) return c->zone;
    const auto place = static_cast<std::size_t>(c->zone_place);
    if (!span || place >= lex.zone_places.size() || lex.zone_places[place].empty()) return {};
    const auto info = zone_named(lex.zone_places[place])->get_info(span->start);
    return static_cast<int>(
        std::chrono::duration_cast<std::chrono::minutes>(info.first.offset).count());
}

TimeGrain to_time_grain(Grain g) {
    switch (g) {
    case Grain::second:
        return TimeGrain::second;
    case Grain::minute:
        return TimeGrain::minute;
    case Grain::hour:
        return TimeGrain::hour;
    case Grain::daypart:
        return TimeGrain::part_of_day;
    case Grain::day:
        return TimeGrain::day;
    case Grain::weekend:
        return TimeGrain::weekend;
    case Grain::week:
        return TimeGrain::week;
    case Grain::month:
        return TimeGrain::month;
    case Grain::season:
        return TimeGrain::season;
    case Grain::quarter:
        return TimeGrain::quarter;
    case Grain::half:
        return TimeGrain::half;
    case Grain::year:
        return TimeGrain::year;
    case Grain::decade:
        return TimeGrain::decade;
    case Grain::century:
        return TimeGrain::century;
    }
    return TimeGrain::day;
}

date::sys_days to_sys(date::local_days d) {
    return date::sys_days{d.time_since_epoch()};
}

// The days a span covers, inclusive.
std::pair<date::sys_days, date::sys_days> covered_days(const Span& s) {
    const auto first = date::floor<date::days>(s.start);
    auto last = date::floor<date::days>(s.end - std::chrono::seconds{1});
    if (last < first) last = first;
    return {to_sys(first), to_sys(last)};
}

// Days a calendar value can name: years 0001 to 9999, as ISO 8601 writes
// them without an expanded year, first day first. "A week later" after "the
// 9990s" would run into the year 10000; such a date keeps its words and no
// value.
bool writable(date::sys_days first, date::sys_days last) {
    // The bounds as day counts: every expression asks, and turning two days
    // into years each time costs more than the rest of the test.
    static constexpr date::sys_days earliest{date::year{1} / date::January / 1};
    static constexpr date::sys_days latest{date::year{9999} / date::December / 31};
    return first <= last && first >= earliest && last <= latest;
}

// Whether "end" is in `text`, in any case.
bool says_end(std::string_view text) {
    std::string lower(text);
    for (auto& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.find("end") != std::string::npos;
}

DateValue date_of(const Spec& spec, const std::optional<Span>& span, const std::string& value,
                  const std::string& text, const std::string& cue) {
    // The words and mod alone, which the values written from their days
    // below do not start from: those strings are made only where kept.
    const auto words_only = [&] {
        DateValue d;
        d.text = text;
        d.mod = spec.mod.str();
        return d;
    };
    if (spec.kind == Spec::Kind::reference) {
        DateValue d = words_only();
        d.value = value;
        d.granularity = Granularity::reference;
        if (value == "PRESENT_REF" && span) {
            const auto day = to_sys(date::floor<date::days>(span->start));
            d.first = d.last = day;
        }
        return d;
    }
    if (spec.kind == Spec::Kind::duration || spec.kind == Spec::Kind::set) {
        DateValue d = words_only();
        d.value = value;
        d.granularity = Granularity::duration;
        if (span && !span->open_start && !span->open_end) {
            auto [first, last] = covered_days(*span);
            if (writable(first, last)) {
                d.first = first;
                d.last = last;
            }
        }
        return d;
    }
    if (!span || span->open_start || span->open_end) return words_only();
    auto [first, last] = covered_days(*span);
    if (!writable(first, last)) return words_only();
    const bool part = spec.kind == Spec::Kind::part;
    const bool range = spec.kind == Spec::Kind::interval;
    // "by the end of May": the deadline is the month's last day; "until late
    // October" keeps its days, 21 to 31.
    if (part && spec.part == Part::end &&
        (cue == "by" || cue == "until" || cue == "no_later_than") && says_end(text)) {
        DateValue out = day_value(last, text);
        out.mod = spec.mod.str();
        return out;
    }
    if (part || range) {
        DateValue out = interval_value(first, last, text);
        out.mod = spec.mod.str();
        return out;
    }
    switch (span->label) {
    case Grain::second:
    case Grain::minute:
    case Grain::hour: {
        DateValue d = words_only();
        d.value = value;
        d.granularity = Granularity::time;
        d.first = first;
        d.last = first;
        return d;
    }
    case Grain::day:
        // The value names the day already, as day_value would write it anew.
        return DateValue{value, text, Granularity::day, first, first, spec.mod.str()};
    case Grain::daypart: {
        DateValue out = day_value(first, text);
        out.mod = spec.mod.str();
        return out;
    }
    case Grain::month: {
        const date::year_month_day ymd{first};
        DateValue out = month_value(ymd.year() / ymd.month(), text);
        out.mod = spec.mod.str();
        return out;
    }
    case Grain::year: {
        DateValue out = year_value(date::year_month_day{first}.year(), text);
        out.mod = spec.mod.str();
        return out;
    }
    case Grain::week:
    case Grain::season:
    case Grain::quarter:
    case Grain::half: {
        DateValue d = words_only();
        d.value = value;
        d.granularity = span->label == Grain::week      ? Granularity::week
                        : span->label == Grain::season  ? Granularity::season
                        : span->label == Grain::quarter ? Granularity::quarter
                                                        : Granularity::half;
        d.first = first;
        d.last = last;
        // The value names whole calendar units, and the days covered must be
        // those it names: "in two weeks" is a day two weeks on, written as
        // its week; "a week later" after "this summer" is summer moved by a
        // week, written as the summer it starts in.
        if (const auto whole = parse_date_value(value)) {
            d.first = whole->first;
            d.last = whole->last;
        }
        return d;
    }
    case Grain::weekend: {
        const auto saturday = last - date::days{1};
        DateValue out = interval_value(saturday, last, text);
        out.mod = spec.mod.str();
        return out;
    }
    case Grain::decade:
    case Grain::century: {
        DateValue out = interval_value(first, last, text);
        out.mod = spec.mod.str();
        return out;
    }
    }
    return words_only();
}

// Fills `e` from a mention and returns where it falls, if anywhere. `e` is
// written where it is kept: an expression is large to move.
std::optional<Span> build(const Mention& m, const std::vector<Token>& tokens, std::string_view text,
                          const ResolveContext& ctx, TimeExpression& e) {
    const TemporalLexicon& lex = *ctx.lex;
    const Spec& s = m.spec;
    e.begin = tokens[m.begin].begin;
    e.end = tokens[m.end - 1].end;
    e.text = std::string(text.substr(e.begin, e.end - e.begin));
    e.cue = m.cue;
    e.type = s.kind == Spec::Kind::duration ? TimexType::duration
             : s.kind == Spec::Kind::set    ? TimexType::set
             : has_clock_or_daypart(s)      ? TimexType::time
                                            : TimexType::date;
    const std::optional<Span> span = resolve(s, ctx);
    switch (s.kind) {
    case Spec::Kind::unknown:
        break;
    case Spec::Kind::reference:
    case Spec::Kind::set:
        e.value = s.text.str();
        break;
    case Spec::Kind::duration:
        e.value = duration_value(s.amount, s.amount_known, s.unit);
        break;
    case Spec::Kind::interval:
        if (span) {
            Span a = *span, z = *span;
            z.start = span->end - std::chrono::seconds{1};
            if (span->label <= Grain::hour) z.start = span->end - std::chrono::minutes{1};
            e.value = timex_value(a, lex) + "/" + timex_value(z, lex);
        }
        break;
    default:
        if (span) e.value = timex_value(*span, lex);
        break;
    }
    if (span) {
        if (!span->open_start) e.start = span->start;
        if (!span->open_end) e.stop = span->end;
        e.grain = to_time_grain(span->grain);
    } else if (s.kind == Spec::Kind::duration) {
        e.grain = to_time_grain(grain_of(s.unit));
    }
    if (auto z = zone_of(s, span, lex)) e.utc_offset = std::chrono::minutes{*z};
    e.date = date_of(s, span, e.value, e.text, e.cue);
    if (s.kind == Spec::Kind::duration && s.amount_known &&
        s.amount == static_cast<int>(s.amount)) {
        if (s.unit == Unit::day) e.duration_days = static_cast<int>(s.amount);
        if (s.unit == Unit::week) e.duration_days = 7 * static_cast<int>(s.amount);
    }
    return span;
}

// A phrase on its own: a bounding cue opens or closes its span, as a user
// means it ("until 2pm", "by the end of the month", "within 2 weeks").
void apply_cue_standalone(TimeExpression& e, const std::optional<Span>& found, const Spec& s,
                          date::local_seconds now) {
    const auto& c = e.cue;
    if (c.empty()) return;
    if (s.kind == Spec::Kind::duration && s.amount_known) {
        const auto days = date::floor<date::days>(now);
        if (c == "within") {
            e.start = now;
            e.stop = add_units(date::local_seconds{days}, s.unit, static_cast<long long>(s.amount));
            e.grain = TimeGrain::second;
        } else if (c == "after") {
            const auto t = add_units(now, s.unit, static_cast<long long>(s.amount));
            e.start = s.unit >= Unit::day ? date::floor<std::chrono::hours>(t) : t;
            e.stop.reset();
        }
        return;
    }
    if (!found) return;
    const Span& span = *found;
    const bool clock =
        span.label <= Grain::hour && span.grain <= Grain::hour && s.kind != Spec::Kind::part;
    if (c == "by") {
        e.stop = clock ? span.start : span.end;
        // In the hour a clock falls back, "by 1 a.m." said at 1:30 the first
        // time round is the second 1 a.m.: later in time, earlier on the
        // wall clock. The window then starts where it ends.
        e.start = std::min(now, *e.stop);
        e.grain = TimeGrain::second;
    } else if (c == "until" || c == "before" || c == "no_later_than") {
        e.start.reset();
        e.stop = span.start;
    } else if (c == "since" || c == "after" || c == "from" || c == "starting" ||
               c == "on_or_after") {
        e.start = span.start;
        e.stop.reset();
    }
}

// "paused for 90 days until early July", "a 90-day pause from April 9":
// a duration next to a bounding date is anchored by it.
void anchor_durations(std::vector<TimeExpression>& out, std::string_view text) {
    auto near = [&](std::size_t a, std::size_t b) {
        if (b < a || b - a > 40) return false;
        int words = 0;
        bool in_word = false;
        for (std::size_t i = a; i < b; ++i) {
            const char ch = text[i];
            if (ch == '.' || ch == ';' || ch == '\n') return false;
            const bool alpha = (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
            if (alpha && !in_word) ++words;
            in_word = alpha;
        }
        return words <= 3;
    };
    for (std::size_t i = 0; i < out.size(); ++i) {
        TimeExpression& d = out[i];
        if (d.type != TimexType::duration || d.date.known() || d.value.size() < 3) continue;
        const char unit_code = d.value.back();
        if (d.value[1] == 'T' || d.value[1] == 'X') continue;
        int n = 0;
        for (std::size_t k = 1; k + 1 < d.value.size(); ++k) {
            if (d.value[k] < '0' || d.value[k] > '9') {
                n = -1;
                break;
            }
            n = n * 10 + (d.value[k] - '0');
            if (n > 100000) break;
        }
        if (n <= 0 || n > 100000) continue;
        const std::optional<SpanUnit> unit = unit_code == 'D'   ? std::optional{SpanUnit::day}
                                             : unit_code == 'W' ? std::optional{SpanUnit::week}
                                             : unit_code == 'M' ? std::optional{SpanUnit::month}
                                             : unit_code == 'Y' ? std::optional{SpanUnit::year}
                                                                : std::nullopt;
        if (!unit) continue;
        // "58090 years from July" ends past any year a date can hold, where the
        // calendar's arithmetic would wrap round to a year before Christ.
        if ((*unit == SpanUnit::year && n > 9999) || (*unit == SpanUnit::month && n > 9999 * 12))
            continue;
        const TimeExpression* x = nullptr;
        if (i + 1 < out.size() && near(d.end, out[i + 1].begin))
            x = &out[i + 1];
        else if (i > 0 && near(out[i - 1].end, d.begin) &&
                 (out[i - 1].cue == "from" || out[i - 1].cue == "starting"))
            x = &out[i - 1];
        if (!x || !x->date.known() || x->type == TimexType::duration) continue;
        const std::string& cue = x->cue;
        if (cue == "until" || cue == "by" || cue == "no_later_than") {
            // Ends with the bound: it started N units before the bound's first day at the earliest.
            const auto last = *x->date.last;
            const auto first = add_duration(*x->date.first, -n, *unit) + date::days{1};
            if (!writable(first, last)) continue;
            const std::string value = d.date.value;
            d.date = interval_value(first, last, d.text);
            d.date.value = iso_day(first) + "/" + iso_day(last);
        } else if (cue == "from" || cue == "starting" || cue == "since" || cue == "on_or_after") {
            const auto first = *x->date.first;
            if (!writable(first, span_last_day(first, n, *unit))) continue;
            d.date = interval_value(first, span_last_day(first, n, *unit), d.text);
            d.expires = add_duration(first, n, *unit);
            d.duration_days = static_cast<int>((*d.expires - first).count());
        }
    }
}

// "in 21 days", "in two weeks": a count of days or weeks from the moment of
// telling.
bool counts_from_day_told(const Spec& s) {
    return s.kind == Spec::Kind::shift && s.from_now && s.kids.empty() && s.amount > 0 &&
           (s.unit == Unit::day || s.unit == Unit::week);
}

// Whether no sentence ends between tokens `from` and `to`: no line break, and
// no full stop, question or exclamation mark before a capital.
bool same_sentence(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to && k < tokens.size(); ++k) {
        if (tokens[k].line_before) return false;
        const char p = tokens[k].punct;
        if ((p == '.' || p == '?' || p == '!') && k + 1 < tokens.size() && tokens[k + 1].upper)
            return false;
    }
    return true;
}

bool ignorable_lead(const Token& t) {
    if (t.kind == TokenKind::punct) return t.punct == '@';
    static constexpr std::string_view words[] = {
        "on",        "in",      "at",       "during", "for",  "around", "about", "approximately",
        "sometimes", "anytime", "sometime", "some",   "time", "the"};
    for (auto w : words)
        if (t.lower == w) return true;
    return false;
}

} // namespace

std::string_view to_string(TimexType t) {
    switch (t) {
    case TimexType::date:
        return "DATE";
    case TimexType::time:
        return "TIME";
    case TimexType::duration:
        return "DURATION";
    case TimexType::set:
        return "SET";
    }
    return "DATE";
}

std::string_view to_string(TimeGrain g) {
    static constexpr std::string_view names[] = {
        "second", "minute", "hour",    "part_of_day", "day",  "weekend", "week",
        "month",  "season", "quarter", "half",        "year", "decade",  "century"};
    return names[static_cast<int>(g)];
}

namespace {

// The tz database's zone of that name, found once per thread: articles
// come from a handful of outlets, and the database's search reads many names.
const date::time_zone* zone_named(const std::string& name) {
    thread_local std::vector<std::pair<std::string, const date::time_zone*>> found;
    for (const auto& [known, zone] : found)
        if (known == name) return zone;
    const date::time_zone* zone = date::locate_zone(name);
    found.emplace_back(name, zone);
    return zone;
}

} // namespace

date::local_seconds local_reference(const ReferenceTime& ref) {
    if (!ref.zone.empty()) {
        const date::time_zone* zone = nullptr;
        try {
            zone = zone_named(ref.zone);
        } catch (const std::exception&) {
            throw std::runtime_error("unknown time zone '" + ref.zone + "'");
        }
        return zone->to_local(ref.instant);
    }
    return date::local_seconds{ref.instant.time_since_epoch() + ref.offset};
}

const TemporalLexicon& default_temporal_lexicon() {
    static const TemporalLexicon lex = [] {
        const char* env = std::getenv("PARLEY_DATA_DIR");
        return load_temporal_lexicon(
            default_data_dirs(env ? std::optional<std::string>(env) : std::nullopt, std::nullopt));
    }();
    return lex;
}

std::vector<TimeExpression> find_time_expressions(std::string_view text, const ReferenceTime& ref) {
    return find_time_expressions(text, ref, default_temporal_lexicon());
}

std::vector<TimeExpression> find_time_expressions(std::string_view text, const ReferenceTime& ref,
                                                  const TemporalLexicon& lex) {
    return find_time_expressions(text, ref, lex, nullptr);
}

std::vector<TimeExpression> find_time_expressions(std::string_view text, const ReferenceTime& ref,
                                                  const TemporalLexicon& lex,
                                                  std::string* lower_text) {
    ResolveContext ctx;
    ctx.now = local_reference(ref);
    ctx.lex = &lex;
    std::vector<TimeExpression> out;
    // The last day named with each bounding word: "from the same date" is the
    // day something was last said to run from ("from Oct. 1"), though another
    // day ("late on Thursday") was named since.
    std::vector<std::pair<std::string_view, Span>> by_cue;
    std::optional<Span> last_start; // the last day told with any word of a start
    // Buffers kept between calls: an article's tokens can outgrow what malloc
    // hands out without a fresh mapping.
    thread_local std::string lower;
    thread_local std::vector<Token> tokens;
    thread_local std::vector<char> taken;
    thread_local std::vector<Mention> mentions;
    thread_local std::vector<std::size_t> starts;
    // A text read in one chunk is lower-cased once, into the caller's string.
    const bool whole = lower_text && chunk_end(text, 0) == text.size();
    std::string& chunk_lower = whole ? *lower_text : lower;
    std::size_t pos = 0;
    while (pos < text.size()) {
        // The last chunk's expressions are built: the parts of their Specs may go.
        release_spec_parts();
        const std::size_t end = chunk_end(text, pos);
        tokenize(text.substr(pos, end - pos), pos, lex, chunk_lower, tokens, &starts);
        const Grammar grammar(tokens, lex, false);
        mentions.clear();
        taken.assign(tokens.size(), 0);
        Mention found;
        // Past the end of the last expression found.
        std::size_t next = 0;
        for (const std::size_t i : starts) {
            if (i < next) continue;
            if (!grammar.at(i, found) || found.end <= found.begin) continue;
            for (std::size_t k = found.phrase_begin; k < found.end; ++k)
                taken[k] = 1;
            next = found.end;
            mentions.push_back(found);
        }
        // Each expression is large: room for the chunk's at once, not by doubling.
        out.reserve(out.size() + mentions.size());
        // The last past day the chunk named, and the token after it.
        std::optional<Span> past_day;
        std::size_t past_day_end = 0;
        // The token after the last expression later words may refer back to.
        std::size_t mentioned_end = 0;
        for (const auto& m : mentions) {
            const Tense tense = clause_tense(tokens, m.phrase_begin, m.end, lex, taken);
            ctx.lean = lean_for(m.spec, tense, m.cue);
            TimeExpression& e = out.emplace_back();
            const std::optional<Span> told = ctx.mentioned;
            const std::optional<Span> told_day = ctx.mentioned_day;
            // "the same day", "the same date": no shift from what was told.
            const bool told_again = m.spec.kind == Spec::Kind::shift && m.spec.from_mentioned &&
                                    m.spec.amount == 0 && m.spec.kids.empty();
            const bool same_day = told_again && !m.cue.empty() && m.cue != "attributive";
            // "a 100% duty starting Oct. 1 ... trucks would face 25% from the
            // same day": a start refers to the last start, whichever word
            // told it.
            if (same_day) {
                for (const auto& [cue, day] : by_cue)
                    if (cue == m.cue) ctx.mentioned = day;
                if (last_start && is_start_cue(m.cue)) ctx.mentioned = last_start;
            }
            // "imposed its tariffs in March, Ottawa answered the same day": the
            // same day as a month named since the last day, in the same
            // sentence, is a day of that month.
            if (told_again && m.spec.unit == Unit::day && ctx.mentioned &&
                ctx.mentioned->grain > Grain::day && ctx.mentioned->grain <= Grain::month &&
                mentioned_end > 0 && same_sentence(tokens, mentioned_end, m.phrase_begin))
                ctx.mentioned_day = ctx.mentioned;
            std::optional<Span> span;
            if (past_day && counts_from_day_told(m.spec) &&
                same_sentence(tokens, past_day_end, m.phrase_begin)) {
                // "ordered on Wednesday an additional tariff, to take effect in
                // 21 days": a count from now in a sentence told of a past day
                // counts from that day, the day its words were said.
                Mention from_day = m;
                from_day.spec.from_now = false;
                from_day.spec.from_mentioned = true;
                ctx.mentioned = ctx.mentioned_day = past_day;
                span = build(from_day, tokens, text, ctx, e);
            } else if (past_day && ctx.lean == Lean::future && day_of_year_only(m.spec) &&
                       same_sentence(tokens, past_day_end, m.phrase_begin)) {
                // "Trump said on July 7 that Thai goods would pay 36% from
                // Aug. 1", told in October: what was ahead on the day told
                // is the next such day after it, not after publication.
                const date::local_seconds now = ctx.now;
                ctx.now = past_day->start;
                span = build(m, tokens, text, ctx, e);
                ctx.now = now;
            } else {
                span = build(m, tokens, text, ctx, e);
            }
            ctx.mentioned = told;
            ctx.mentioned_day = told_day;
            const auto kind = m.spec.kind;
            // A comparison ("a year earlier", "the quarter") refers back to the
            // period under report; it does not become what later words refer to.
            const bool comparison = m.spec.reporting_period || (kind == Spec::Kind::shift && span &&
                                                                span->label == Grain::quarter);
            if (span && !span->open_start && !span->open_end && kind != Spec::Kind::duration &&
                kind != Spec::Kind::reference && kind != Spec::Kind::set && !comparison) {
                ctx.mentioned = span;
                mentioned_end = m.end;
                if (span->grain <= Grain::day) ctx.mentioned_day = span;
                if (span->label == Grain::day && span->start <= ctx.now) {
                    past_day = span;
                    past_day_end = m.end;
                } else {
                    past_day.reset();
                }
                if (is_start_cue(m.cue)) last_start = span;
                if (!m.cue.empty() && m.cue != "attributive") {
                    auto it = std::find_if(by_cue.begin(), by_cue.end(),
                                           [&](const auto& c) { return c.first == m.cue; });
                    if (it == by_cue.end())
                        by_cue.emplace_back(m.cue, *span);
                    else
                        it->second = *span;
                }
            }
        }
        pos = end;
    }
    anchor_durations(out, text);
    if (lower_text) {
        // The tokenizer's copy ends in padding; a longer text was copied a
        // chunk at a time.
        lower_text->resize(text.size());
        if (!whole)
            for (std::size_t k = 0; k < text.size(); ++k) {
                const char c = text[k];
                (*lower_text)[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
    }
    return out;
}

std::optional<TimeExpression> parse_time_phrase(std::string_view phrase, const ReferenceTime& ref) {
    return parse_time_phrase(phrase, ref, default_temporal_lexicon());
}

std::optional<TimeExpression> parse_time_phrase(std::string_view phrase, const ReferenceTime& ref,
                                                const TemporalLexicon& lex) {
    if (phrase.size() > 1024) return {};
    release_spec_parts();
    std::string lower;
    std::vector<Token> tokens;
    tokenize(phrase, 0, lex, lower, tokens);
    std::size_t n = tokens.size();
    while (n > 0 && tokens[n - 1].kind == TokenKind::punct &&
           (tokens[n - 1].punct == '.' || tokens[n - 1].punct == '?' || tokens[n - 1].punct == '!'))
        --n;
    while (n > 1 && tokens[n - 1].kind == TokenKind::word && tokens[n - 1].lower == "approximately")
        --n;
    if (n == 0) return {};
    const Grammar grammar(tokens, lex, true);
    ResolveContext ctx;
    ctx.now = local_reference(ref);
    ctx.lex = &lex;
    ctx.lean = Lean::future;
    ctx.standalone = true;
    for (std::size_t k = 0; k < n; ++k) {
        auto m = grammar.at(k);
        if (m && m->end >= n && m->end <= n + 1) {
            TimeExpression e;
            const std::optional<Span> span = build(*m, tokens, phrase, ctx, e);
            apply_cue_standalone(e, span, m->spec, ctx.now);
            return e;
        }
        if (!ignorable_lead(tokens[k])) break;
    }
    return {};
}

} // namespace parley
