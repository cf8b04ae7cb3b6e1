#pragma once
// Sentence boundaries in news prose: a period after "Mr", "Jan" before a day,
// "No" before a number or an initial does not end a sentence; "U.S." and
// "Inc." end one only before a word that starts sentences; a dateline
// ("WASHINGTON --", "TOKYO (Kyodo) --") is not part of the first sentence.

#include "ingest/extract/document.h"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace parley::extract {

// Lower-case words, looked up by view: the splitter asks with the text's own
// bytes, and most words it asks about are longer than any in the set.
class WordSet {
public:
    void insert(std::string word) {
        if (word.size() > longest_) longest_ = word.size();
        words_.insert(std::move(word));
    }
    bool contains(std::string_view word) const {
        return word.size() <= longest_ && words_.contains(word);
    }
    std::size_t size() const { return words_.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::unordered_set<std::string, Hash, std::equal_to<>> words_;
    std::size_t longest_ = 0;
};

struct SentenceRules {
    WordSet titles;        // never end a sentence: mr, dr, gov
    WordSet before_number; // not before a digit: no, jan, sept
    WordSet suffixes;      // end one only before a starter: inc, corp
    WordSet starters;      // lower-case words that begin sentences
};

// Reads data/language/abbreviations.tsv ("word<TAB>title|before_number|suffix")
// and data/language/sentence_starters.txt lines into `rules`.
void add_abbreviation_line(SentenceRules& rules, const std::string& line);

// Sentences over `doc.tokens` (which must be tokenised); also drops datelines.
std::vector<Sentence> split_sentences(const Document& doc, const SentenceRules& rules);

} // namespace parley::extract
