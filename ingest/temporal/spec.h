#pragma once
// What a time expression says before it is placed on the calendar: the
// grammar builds a Spec from the words, the resolver places it against the
// reference time and the direction of its clause.

#include "ingest/temporal/lexicon.h"

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace parley::temporal {

// How precisely a span is known, finest first.
enum class Grain : std::uint8_t {
    second,
    minute,
    hour,
    daypart,
    day,
    weekend,
    week,
    month,
    season,
    quarter,
    half,
    year,
    decade,
    century
};

// A clock time as written. The hour is on a 24-hour clock once `ampm` or
// `h24` settles it; otherwise 1–12 may be either half of the day.
struct Clock {
    int hour = -1;
    int minute = -1;
    int second = -1;
    int ampm = 0;        // 0 unsaid, 1 a.m., 2 p.m.
    bool h24 = false;    // "15:30", "0735": no a.m./p.m. question
    int zone = INT_MIN;  // minutes east of UTC of a zone the text names
    int zone_place = -1; // or the place of "Washington time": into zone_places
    bool marked = false; // the form itself says clock (a colon, a.m./p.m., o'clock, a zone)

    bool set() const { return hour >= 0; }
    Grain grain() const {
        return second >= 0 ? Grain::second : minute >= 0 ? Grain::minute : Grain::hour;
    }
};

// Which part of a period the words pick out.
enum class Part : std::int8_t {
    none = -1,
    start,       // early July, the beginning of the year
    mid,         // mid-June, the middle of the month
    end,         // late July, the end of May
    first_half,  // the first half of the year
    second_half, // the second half
    rest,        // the rest of the year: from today on
    later,       // later this week: after today
    earlier      // earlier this month: before today
};

// A short string held inside a Spec, so that copying one allocates nothing.
class ShortText {
public:
    ShortText() = default;
    ShortText(std::string_view s) { assign(s); }
    ShortText& operator=(std::string_view s) {
        assign(s);
        return *this;
    }
    std::string_view view() const { return {buf_, len_}; }
    std::string str() const { return std::string(view()); }
    bool empty() const { return len_ == 0; }
    friend bool operator==(const ShortText& a, std::string_view b) { return a.view() == b; }

private:
    void assign(std::string_view s) {
        len_ = static_cast<unsigned char>(s.size() < sizeof buf_ ? s.size() : sizeof buf_);
        for (unsigned k = 0; k < len_; ++k)
            buf_[k] = s[k];
    }
    char buf_[23]{};
    unsigned char len_ = 0;
};

struct Spec;

// The parts of a Spec. They live in a per-thread arena rather than on the
// heap, so that a Spec is trivially copyable: the grammar copies Specs many
// times over while it tries its rules, and most have no parts at all. A
// part list is never changed once another Spec may share it: push_back
// appends in place only to the arena's newest list, else it copies.
class Kids {
public:
    void push_back(const Spec& s);
    const Spec& operator[](std::size_t i) const;
    const Spec& front() const { return (*this)[0]; }
    bool empty() const { return n_ == 0; }
    std::size_t size() const { return n_; }
    const Spec* begin() const { return p_; }
    const Spec* end() const;

private:
    const Spec* p_ = nullptr;
    std::uint32_t n_ = 0;
};

// Lets the arena reuse every part made on this thread so far. Call only
// where no Spec made before is read again: find_time_expressions does at
// the start of each chunk of text, parse_time_phrase at its start.
void release_spec_parts();

struct Spec {
    enum class Kind : std::uint8_t {
        fields,    // calendar fields; the unsaid ones come from the reference and the lean
        cycle,     // the unit holding the reference, moved by `offset`: today, next week
        shift,     // kids[0] (none: the reference) moved by `amount` units: three days ago
        within,    // kids[1]'s fields inside kids[0]: Wednesday of next week, tomorrow at 5pm
        part,      // a part of kids[0]: early July, the end of May
        interval,  // kids[0] to kids[1]
        duration,  // an amount of time; with `offset` ±1 it is the span just before or after
        reference, // PRESENT_REF, PAST_REF, FUTURE_REF in `text`
        set,       // recurring, TIMEX3 value in `text`
        unknown    // a happening parley cannot place ("the G7 summit")
    };
    Kind kind = Kind::fields;

    // fields
    int year = INT_MIN;
    int century = INT_MIN; // the 1990s: decade 199
    int decade = INT_MIN;
    std::int8_t month = 0;
    std::int8_t day = 0;
    std::int8_t weekday = 0;
    std::int8_t season = -1;
    std::int8_t quarter = 0;
    std::int8_t half = 0;
    std::int8_t daypart = -1;      // index into TemporalLexicon::dayparts
    std::int8_t daypart_part = -1; // early morning (0), late tonight (2)
    int holiday = -1;
    Clock clock;
    std::int8_t relative = no_value; // this 0, next 1, last -1: "next March", "last Friday"

    // within: pick the nth (1-based; negative counts from the end) of `nth_grain`
    int nth = 0;
    Grain nth_grain = Grain::day;

    // cycle, shift, duration
    Unit unit = Unit::day;
    int offset = 0;              // cycle: units from the one holding the reference
    int count = 1;               // cycle: how many units ("the next three days")
    double amount = 0;           // shift, duration
    bool amount_known = true;    // "several years", "weeks": PXY
    bool from_mentioned = false; // shift: from the last date the text mentioned
    bool from_now = false;       // shift: from the instant, not the day
    bool precise = false;        // a duration in units finer than a day

    Part part = Part::none;
    ShortText mod;                 // TimeML mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN…
    ShortText text;                // reference and set values
    bool reporting_period = false; // "the quarter": the one the text reports on
    bool possessive = false;       // "Friday's": the day of something that has happened
    bool inherent = false; // the words fix the direction ("ago", "next"): the clause does not

    Kids kids;

    bool has_date_fields() const {
        return year != INT_MIN || month || day || weekday || season >= 0 || quarter || half ||
               holiday >= 0 || decade != INT_MIN || century != INT_MIN;
    }
};

inline const Spec& Kids::operator[](std::size_t i) const {
    return p_[i];
}
inline const Spec* Kids::end() const {
    return p_ + n_;
}

static_assert(std::is_trivially_copyable_v<Spec>, "Specs are copied as plain bytes");

} // namespace parley::temporal
