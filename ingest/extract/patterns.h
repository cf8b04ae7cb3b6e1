#pragma once
// Token patterns of the rule files. A pattern is a sequence of elements
// separated by spaces; an element is a set of alternatives separated by '|':
//   word       the word in any case ("talks"); a phrase of several tokens
//              ("ministerial-level") matches as a whole
//   word~      any form of the verb ("meet~": meet, meets, met, meeting)
//   [class]    any phrase of a word class of data/language/words.tsv
//   <TAG>      a tagged span: DATE, DURATION, PERCENT, POINTS, CHANGE,
//              QUANTITY, MONEY, ORDINAL, NUMBER, COUNTRY, ORG, PLACE, PRODUCT,
//              PERSON, ROLE; <DATE:by> is a date bounded by "by" (any cue of
//              time_expression.h, or "none"), <DURATION:within> a duration
//   ..         up to three words (quotation marks aside, no punctuation but
//              an aside between commas: ", including cars,")
// An element ending in '?' is optional: "seal~ a? [deal]".

#include "ingest/extract/document.h"
#include "ingest/extract/lexicon.h"
#include "ingest/extract/verb_forms.h"
#include "ingest/extract/word_classes.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley::extract {

// The effective bounding cue of a date tag ("by", "until", "none", …).
inline std::string_view date_cue(const Tag& t) {
    return t.unit.empty() ? std::string_view("none") : std::string_view(t.unit);
}

// A cue that tells where something ends or must be done by, not when it is.
inline bool bound_cue(std::string_view cue) {
    return cue == "until" || cue == "by" || cue == "no_later_than" || cue == "before";
}

// A tag kind as one bit of a mask: kinds_at, PatternElement::tag_bits.
inline std::uint32_t tag_bit(TagKind kind) {
    return std::uint32_t(1) << unsigned(kind);
}

struct PatternElement {
    bool gap = false;
    bool optional = false;
    // The most words a gap spans: "..? ..?" is read as one gap of up to six,
    // which finds the same match without trying every split of the words.
    std::uint32_t gap_words = 3;
    // One bit for each of `words` (id % 64) and for each kind of `tags`:
    // most tries of an element are at a token none of its words or tags can
    // be, and these say so without walking the lists.
    std::uint64_t word_bits = 0;
    std::uint32_t tag_bits = 0;
    // The same for each word a match can start with (id % 1024): `words`
    // and the first words of the phrases of `classes` (all read before any
    // pattern is). A class may start with a few hundred words: 64 bits would
    // nearly all be set.
    std::array<std::uint64_t, 16> start_bits{};
    // Required, and of single words alone: it matches one way or none, so
    // the matcher needs no way back to it.
    bool single = false;
    std::vector<std::uint32_t> words;   // vocabulary ids
    std::vector<std::uint32_t> classes; // word class ids
    std::vector<TagKind> tags;
    // For each of `tags`, the bounding word of <DATE:cue> the tag must have,
    // or empty: "<DATE:from>|<DATE:starting>" takes either.
    std::vector<std::string> cues;

    // Whether `tag` is one of the element's tags, with its bounding word.
    // Inline: the matcher asks it of every tag a try of a pattern meets.
    bool takes(const Tag& tag) const {
        if (!may_take(tag_bit(tag.kind))) return false;
        for (std::size_t i = 0; i < tags.size(); ++i)
            if (tags[i] == tag.kind && (cues[i].empty() || date_cue(tag) == cues[i])) return true;
        return false;
    }
    bool may_be_word(std::uint32_t word) const { return word_bits >> (word % 64) & 1; }
    bool may_start_with(std::uint32_t word) const {
        return start_bits[word / 64 % 16] >> (word % 64) & 1;
    }
    void add_start(std::uint32_t word) {
        start_bits[word / 64 % 16] |= std::uint64_t(1) << (word % 64);
    }
    bool may_take(std::uint32_t kinds) const { return (tag_bits & kinds) != 0; }
};

struct Pattern {
    std::vector<PatternElement> elements;
    std::string text; // as written, for messages
};

// Everything a pattern needs to be read: the vocabulary to intern its words
// in, the classes it may name (phrases of several tokens become new
// classes), and the verb forms for "word~".
struct PatternContext {
    Vocabulary& vocabulary;
    WordClasses& classes;
    const VerbForms& verbs;
};

// Throws std::invalid_argument saying what is wrong with the pattern.
Pattern parse_pattern(std::string_view text, PatternContext& context);

// For each token, the index of the first tag starting there (tags sorted by first).
struct TagIndex {
    std::vector<int> first_at;
    // For each token, one bit (1 << kind) for each kind of tag starting there.
    std::vector<std::uint32_t> kinds_at;
    explicit TagIndex(const Document& doc);
};

struct MatchContext {
    const Document& doc;
    const TagIndex& tags;
    const WordClasses& classes;
    // The words that open or close an aside a gap passes over: "caps tariffs
    // on most European goods, chips included, at 15 percent".
    std::optional<std::uint32_t> aside_open = std::nullopt, aside_close = std::nullopt;
};

// The end of a match of `p` starting at token `pos` and ending by `limit`, or 0.
std::size_t match_pattern(const MatchContext& c, const Pattern& p, std::size_t pos,
                          std::size_t limit);

std::optional<TagKind> tag_kind_from_name(std::string_view name);

} // namespace parley::extract
