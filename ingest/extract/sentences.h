#pragma once
// Sentence boundaries in news prose: a period after "Mr", "Jan" before a day,
// "No" before a number or an initial does not end a sentence; "U.S." and
// "Inc." end one only before a word that starts sentences; a dateline
// ("WASHINGTON --", "TOKYO (Kyodo) --") is not part of the first sentence.

#include "ingest/extract/document.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace parley::extract {

struct SentenceRules {
    std::unordered_set<std::string> titles;        // never end a sentence: mr, dr, gov
    std::unordered_set<std::string> before_number; // not before a digit: no, jan, sept
    std::unordered_set<std::string> suffixes;      // end one only before a starter: inc, corp
    std::unordered_set<std::string> starters;      // lower-case words that begin sentences
};

// Reads data/language/abbreviations.tsv ("word<TAB>title|before_number|suffix")
// and data/language/sentence_starters.txt lines into `rules`.
void add_abbreviation_line(SentenceRules& rules, const std::string& line);

// Sentences over `doc.tokens` (which must be tokenised); also drops datelines.
std::vector<Sentence> split_sentences(const Document& doc, const SentenceRules& rules);

} // namespace parley::extract
