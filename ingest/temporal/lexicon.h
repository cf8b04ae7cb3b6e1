#pragma once
// The words of the temporal engine, read from data/temporal/ (see its
// README.md). Code holds the grammar; these files hold the vocabulary.

#include "ingest/data_dir.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
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
enum class PhraseKind : std::uint8_t { reference, bound, cue, holiday };

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
    std::int16_t zone_place = -1;          // "Washington" of "Washington time": into zone_places
    Cue cue = Cue::none;                   // a one-word tense cue
    bool abbreviation = false;             // month or weekday abbreviation
    bool plural = false;                   // "days", "mondays"
    bool not_past_ed = false;              // ends in -ed but is no past tense
    bool event_noun = false;               // "summit"
    bool record = false;       // "first", "highest": "in eight years" after it looks back
    bool reporting = false;    // "said", "told": the tense of the telling, not of the told
    bool listener = false;     // "told", "briefed": a telling followed by whom it was told
    bool circumstance = false; // "in", "at": opens where or how a telling was made
    bool determiner = false;   // "the", "its", "of": what follows is no verb
    bool phrase_start = false;
    bool starts = false; // a time expression may begin with it
    bool opens = false;  // it begins a phrase of references, bounds or holidays
    bool leads = false;  // ...but only before another word that may ("in", "the", "about")
    const std::vector<int>* phrases = nullptr; // indices of the phrases it begins
    // The same, by PhraseKind, each with its second token so that most
    // candidates are ruled out without reading the phrase.
    struct PhraseRef {
        int index;
        const WordInfo* second; // null: the phrase has one token, or punctuation second
        std::size_t length;
    };
    std::array<std::vector<PhraseRef>, 4> phrases_of;
    // One bit per PhraseKind, so that the grammar rules out most places
    // before reading any phrase: `second_in`, it is the second word of a
    // phrase of that kind; `loose_phrases`, a phrase of that kind that it
    // begins has no second word to key on (one token, or a mark next).
    std::uint8_t second_in = 0;
    std::uint8_t loose_phrases = 0;
    // The grammar's rules that may begin with it (rules_starting_with in
    // grammar.h); all of them until the lexicon is loaded.
    std::uint32_t rule_starts = ~0u;
};

// A fixed sequence of tokens ("no later than", "at the moment", "going to").
struct Phrase {
    std::vector<std::string> tokens;    // as the tokenizer splits them, lower case
    std::vector<const WordInfo*> words; // each word token's entry (null for others)
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

// Eight bytes from `p`, the first in the lowest bits on any machine.
inline std::uint64_t load_eight(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
    return v;
}

// Lets a map keyed by std::string be searched with a string_view.
// A word is hashed eight letters at a time, as the tokenizer reads it (see
// tokenize): every full eight, then what is left, zero-padded, even when
// nothing is. Letters are never zero, so the padding tells the length.
struct WordHash {
    using is_transparent = void;
    static constexpr std::uint64_t seed = 14695981039346656037ull;
    static constexpr std::uint64_t step(std::uint64_t h, std::uint64_t eight) {
        return (h ^ eight) * 0x9E3779B97F4A7C15ull;
    }
    // Folds the high bits, the best mixed, into the low ones the index reads.
    static constexpr std::uint64_t finish(std::uint64_t h) { return h ^ (h >> 29); }
    std::size_t operator()(std::string_view s) const {
        std::uint64_t h = seed;
        std::size_t k = 0;
        for (; k + 8 <= s.size(); k += 8)
            h = step(h, load_eight(s.data() + k));
        return static_cast<std::size_t>(finish(step(h, first_eight(s.substr(k)))));
    }
    // Up to eight letters as one number, zero-padded.
    static std::uint64_t first_eight(std::string_view s) {
        if (s.size() >= 8) return load_eight(s.data());
        std::uint64_t v = 0;
        for (std::size_t b = 0; b < s.size(); ++b)
            v |= std::uint64_t{static_cast<unsigned char>(s[b])} << (8 * b);
        return v;
    }
};

// Move-only: its index and words point into its own maps.
struct TemporalLexicon {
    TemporalLexicon() = default;
    TemporalLexicon(TemporalLexicon&&) = default;
    TemporalLexicon& operator=(TemporalLexicon&&) = default;
    TemporalLexicon(const TemporalLexicon&) = delete;
    TemporalLexicon& operator=(const TemporalLexicon&) = delete;

    std::unordered_map<std::string, WordInfo, WordHash, std::equal_to<>> words;
    std::vector<Phrase> phrases;
    std::unordered_map<std::string, std::vector<int>> phrases_by_first;
    std::vector<DayPart> dayparts;
    std::vector<SetWord> sets;
    std::vector<Holiday> holidays;
    std::unordered_map<std::string, int> zones; // upper-case abbreviation -> minutes
    // The tz database zone of "<place> time"; empty for "local time", the
    // outlet's own clock.
    std::vector<std::string> zone_places;

    const WordInfo* find(std::string_view lower_word) const;
    // The same, given WordHash{}(lower_word) and WordHash::first_eight(lower_word),
    // which the tokenizer has from its scan. Inline: the tokenizer asks of
    // every word, and the presence bit turns down most of them at once.
    const WordInfo* find(std::string_view lower_word, std::uint64_t hash,
                         std::uint64_t head) const {
        // The presence bit first: it turns down most words. Before
        // build_index every bit is set. No word longer than 24 letters is
        // looked up.
        if (!(present[presence_bit(hash) >> 6] >> (presence_bit(hash) & 63) & 1)) return nullptr;
        if (lower_word.size() > 24) return nullptr;
        if (index.empty()) return find_in_map(lower_word);
        for (std::uint64_t k = hash & index_mask;; k = (k + 1) & index_mask) {
            const Slot& slot = index[k];
            if (!slot.info) return nullptr;
            // The hash and the first eight letters settle most words; the
            // rest are compared only for longer ones.
            if (slot.hash == hash && slot.head == head && slot.key.size() == lower_word.size() &&
                same_after_eight(slot.key, lower_word))
                return slot.info;
        }
    }

    // An open-addressing index over `words`, built once loading is done: the
    // tokenizer looks up every word of every article.
    struct Slot {
        std::uint64_t hash = 0;
        std::uint64_t head = 0; // WordHash::first_eight(key)
        std::string_view key;
        const WordInfo* info = nullptr;
    };
    std::vector<Slot> index;
    std::uint64_t index_mask = 0;
    // One bit per hash: most words are not here. Held in place rather than
    // behind a pointer, as every word of every article asks.
    std::array<std::uint64_t, 1024> present = all_present();
    static constexpr std::array<std::uint64_t, 1024> all_present() {
        std::array<std::uint64_t, 1024> bits{};
        for (auto& b : bits)
            b = ~std::uint64_t{0};
        return bits;
    }
    static std::uint64_t presence_bit(std::uint64_t hash) { return (hash >> 40) & 0xFFFF; }
    void build_index();
    // Before build_index: the map itself.
    const WordInfo* find_in_map(std::string_view lower_word) const;
    // Whether two words of one length agree past their first eight letters.
    static bool same_after_eight(std::string_view a, std::string_view b) {
        for (std::size_t c = 8; c < a.size(); ++c)
            if (a[c] != b[c]) return false;
        return true;
    }

    // The grammar's rules that may begin with a word not in `words`
    // (rules_starting_with_unknown_word in grammar.h).
    std::uint32_t unknown_word_rule_starts = ~0u;
    // The same for a number, an apostrophe and an at sign, the only tokens
    // other than words that begin a rule (rules_starting_with_mark in grammar.h).
    std::uint32_t number_rule_starts = ~0u;
    std::uint32_t apostrophe_rule_starts = ~0u;
    std::uint32_t at_sign_rule_starts = ~0u;
};

// Reads every data/temporal file across `dirs`; a later directory adds to
// an earlier one. Throws std::runtime_error naming the file and line of a
// line it cannot read.
TemporalLexicon load_temporal_lexicon(const DataDirs& dirs);

// Splits a phrase as the tokenizer splits text: letter runs, digit runs and
// single punctuation characters, lower case, spaces dropped.
std::vector<std::string> phrase_tokens(std::string_view phrase);

} // namespace parley::temporal
