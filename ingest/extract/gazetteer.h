#pragma once
// The named things parley knows before reading an article: countries (names,
// adjectives, demonyms, abbreviations, seats of government), organisations,
// places, products, roles, people, units, currencies and number words. All
// come from data/gazetteer/ and data/language/; users add lines to their own
// copies of those files.

#include "ingest/data_dir.h"
#include "ingest/extract/document.h"
#include "ingest/extract/lexicon.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace parley::extract {

enum class EntryKind : std::uint8_t {
    country,
    organisation,
    place,
    product,
    role,
    person,
    unit,
    currency_symbol, // before the amount: "$", "US$"
    currency_word,   // after it: "yen", "dollars"
    cardinal,        // "two", "dozen"
    ordinal,         // "third"
    multiplier,      // "million"
    percent_word,    // "percent", "%", "per cent"
    points_word,     // "percentage points"
    rate_word,       // a rate in words: "duty-free", "zero"
};

struct Entry {
    EntryKind kind;
    std::uint32_t index; // into the table of its kind
    CountryForm form = CountryForm::name;
};

struct Organisation {
    std::string name;
    std::string country;
    // A bloc's member countries ("Mercosur": BRA, ARG, URY, PRY): it acts
    // for each of them.
    std::vector<std::string> members;
};

struct Place {
    std::string name;
    std::string country;
};

struct Role {
    std::string title;
    std::string country; // the country an office implies ("trade representative": USA)
    bool office = true;  // an office, not a description such as "aide" or "analyst"
};

struct KnownPerson {
    std::string name;
    std::string role;
    std::string country;
};

struct Unit {
    std::string name;
    std::string product; // canonical product, when the unit is one ("cars": autos)
};

struct Gazetteer {
    PhraseTable phrases; // every phrase of every table; payload = index into `entries`
    std::vector<Entry> entries;

    std::vector<std::string> countries; // alpha-3 codes
    std::unordered_map<std::string, std::uint32_t> country_index;
    // The union a country belongs to and that negotiates for it (DEU: EUU).
    std::unordered_map<std::string, std::string> union_of;
    std::vector<Organisation> organisations;
    std::vector<Place> places;
    std::vector<std::string> products;
    std::vector<Role> roles;
    std::vector<KnownPerson> people;
    std::vector<Unit> units;
    std::vector<std::string> currencies;
    std::vector<double> numbers; // for cardinal, ordinal and multiplier entries
    // Verbs by which a person leads a country's side ("who leads India's
    // team"): the class `leads` of language/words.tsv, as vocabulary ids.
    WordIds lead_verbs;
    // "Roque said that Manila would keep pressing": the verbs of saying
    // (class `speech`) and the verbs that open a clause (class `clause_verb`)
    // of language/words.tsv, one-word members only, as vocabulary ids.
    WordIds speech_verbs;
    WordIds clause_verbs;

    // Loads every gazetteer file; throws std::runtime_error naming a bad line.
    void load(const DataDirs& dirs, Vocabulary& vocabulary);

    std::uint32_t add_entry(Vocabulary& vocabulary, std::string_view phrase, Entry entry);
};

} // namespace parley::extract
