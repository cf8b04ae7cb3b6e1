#pragma once
// What the words around a trigger say about an event's standing: planned
// ("will", "is arranging to"), proposed ("may concede", "is considering"),
// rejected, cancelled ("called off"), or not a fact at all ("did not meet",
// "if"). Cue phrases live in data/language/status.tsv.

#include "ingest/extract/data_lines.h"
#include "ingest/extract/document.h"
#include "ingest/extract/lexicon.h"

#include <cstdint>
#include <vector>

namespace parley::extract {

enum class Cue : std::uint8_t {
    none, // a phrase that only hides its words ("no later than")
    planned,
    proposed,
    rejected,
    cancelled,
    held,
    negated,      // never reported as a fact: the event is dropped
    averted,      // "averting a levy": negated, and a tariff named in passing with it
    hypothetical, // "if": at most proposed
    conditional,  // "would": planned in reported speech, else proposed
    demanded,     // "asked Washington to scrap", "offered to cut": a side's wish,
                  // a statement rather than a tariff or a deal; talks proposed
    bound,        // "two days after he called off talks": the cues after a trigger
                  // end here, where another happening is told
    subject,      // "could lower the tariff he imposed": a pronoun right before a
                  // past verb gives it a clause of its own, free of the cues before
};

enum class CueSide : std::uint8_t { before, after, either };

class StatusCues {
public:
    // Reads "phrases<TAB>cue[<TAB>before|after|either]" lines.
    // `before_participle`: the words that keep a past participle after them
    // from being a clause's own verb ("was concluded", "to be signed").
    void load(const DataDirs& dirs, Vocabulary& vocabulary, WordIds before_participle);
    void add(Vocabulary& vocabulary, std::string_view phrase, Cue cue, CueSide side);

    // The cue governing the trigger [first, last) within sentence tokens
    // [from, to): the nearest one before it in the same stretch of the
    // sentence (commas, dashes and semicolons bound it), or after it for
    // cues that may follow ("the talks were called off").
    Cue find(const Document& doc, std::size_t from, std::size_t to, std::size_t first,
             std::size_t last) const;

private:
    // A negation in the few words before token `at`.
    bool negated_before(const Document& doc, std::size_t from, std::size_t at) const;

    // The longest cue phrase at token `i` ending by `limit`: its end and its
    // index into cues_, or an end of 0.
    struct CueMatch {
        std::size_t end = 0;
        std::uint32_t index = 0;
    };
    CueMatch cue_phrase_at(const Document& doc, std::size_t i, std::size_t limit) const;

    // Whether token `i` is "that" or "which", which open a relative clause.
    // Inline: asked at every token before a trigger.
    bool relative_word(const Document& doc, std::size_t i) const {
        const std::uint32_t w = doc.tokens[i].word;
        if (that_ != 0 && which_ != 0) return w == that_ || w == which_;
        const auto lower = doc.token_lower(i);
        return lower == "that" || lower == "which";
    }

    // Whether token `i` is the word of vocabulary id `id` (0: not in the
    // vocabulary, then `word` is compared as written).
    static bool is_word(const Document& doc, std::size_t i, std::uint32_t id,
                        std::string_view word) {
        return id != 0 ? doc.tokens[i].word == id : doc.token_lower(i) == word;
    }

    // Their vocabulary ids, read at every token before a trigger; 0 when
    // the vocabulary lacks one.
    std::uint32_t that_ = 0, which_ = 0;
    // Those of "to", "and", "or", asked of every trigger: "and to lower".
    std::uint32_t to_ = 0, and_ = 0, or_ = 0;
    WordIds before_participle_;
    PhraseTable table_;
    std::vector<Cue> cues_;
    std::vector<CueSide> sides_;
};

} // namespace parley::extract
