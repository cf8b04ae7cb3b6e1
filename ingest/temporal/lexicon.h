#pragma once
// The words of the temporal engine, read from data/temporal/ (see its
// README.md). Code holds the grammar; these files hold the vocabulary.

#include "ingest/data_dir.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::temporal {

enum class Unit : std::uint8_t {
    second,
    minute,
    hour,
    day,
    week,
    month,
    quarter,
    year,
    decade,
    century
};

enum class Cue : std::uint8_t { none, future, past, present };

inline constexpr std::int8_t no_value = -128;

// What the lexicon knows of one lower-case word. A word may be several
// things at once ("may", "second", "march", "sun").
struct WordInfo {
    std::int8_t month = 0;                 // 1..12
    std::int8_t weekday = 0;               // ISO, Monday = 1
    std::int8_t relative = no_value;       // this 0, next 1, last -1
    std::int8_t relative_day = no_value;   // today 0, tomorrow 1, yesterday -1
    std::int8_t season = -1;               // 0 SP, 1 SU, 2 FA, 3 WI
    std::int8_t daypart = -1;              // index into TemporalLexicon::dayparts
    std::int8_t part = -1;                 // 0 START, 1 MID, 2 END
    std::int8_t unit = -1;                 // a Unit
    std::int8_t unit_multiple = 1;         // a fortnight is 2 weeks
    std::int8_t set = -1;                  // index into TemporalLexicon::sets
    std::int16_t number = -1;              // cardinal value
    std::int16_t ordinal = -1;             // ordinal value
    std::int16_t zone_minutes = INT16_MIN; // UTC offset of a zone abbreviation
    Cue cue = Cue::none;                   // a one-word tense cue
    bool abbreviation = false;             // month or weekday abbreviation
    bool plural = false;                   // "days", "mondays"
    bool not_past_ed = false;              // ends in -ed but is no past tense
    bool event_noun = false;               // "summit"
    bool phrase_start = false;             // begins a phrase of `phrases`
};

enum class PhraseKind : std::uint8_t { reference, bound, cue, holiday };

// A fixed sequence of tokens ("no later than", "at the moment", "going to").
struct Phrase {
    std::vector<std::string> tokens; // as the tokenizer splits them, lower case
    PhraseKind kind;
    std::string value; // reference: PRESENT_REF…; bound: the cue name
    Cue cue = Cue::none;
    int holiday = -1; // index into holidays
};

struct DayPart {
    std::string code; // MO, AF, EV, NI, MI
    int first_hour;   // covers [first_hour, end_hour)
    int end_hour;
};

struct SetWord {
    std::string value; // P1D
};

struct Holiday {
    enum class Rule { fixed, nth_weekday, after } rule;
    int month = 0;
    int day = 0;
    int nth = 0; // nth_weekday: 1..5, -1 for the last
    int weekday = 0;
    int base = -1; // after: the holiday counted from
    int days = 0;
    std::string name;
};

struct TemporalLexicon {
    std::unordered_map<std::string, WordInfo> words;
    std::vector<Phrase> phrases;
    std::unordered_map<std::string, std::vector<int>> phrases_by_first;
    std::vector<DayPart> dayparts;
    std::vector<SetWord> sets;
    std::vector<Holiday> holidays;
    std::unordered_map<std::string, int> zones; // upper-case abbreviation -> minutes

    const WordInfo* find(std::string_view lower_word) const;
};

// Reads every data/temporal file across `dirs`; a later directory adds to
// an earlier one. Throws std::runtime_error naming the file and line of a
// line it cannot read.
TemporalLexicon load_temporal_lexicon(const DataDirs& dirs);

// Splits a phrase as the tokenizer splits text: letter runs, digit runs and
// single punctuation characters, lower case, spaces dropped.
std::vector<std::string> phrase_tokens(std::string_view phrase);

} // namespace parley::temporal
