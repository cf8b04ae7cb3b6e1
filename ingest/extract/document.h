#pragma once
// An article as the extractor sees it: its tokens, sentences and the spans the
// taggers found, all pointing back into the original text by byte offset.

#include "ingest/temporal/time_expression.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::extract {

enum class TokenShape : std::uint8_t {
    word,   // letters, digits mixed in ("7th", "G7", "U.S.")
    number, // digits with inner separators ("100,000", "1.36")
    punct,  // one punctuation mark, or a run such as "--" or "..."
};

// How a token is separated from the one before it.
enum class Gap : std::uint8_t { none, space, newline, paragraph };

struct Token {
    std::size_t begin = 0; // byte offsets into the text
    std::size_t end = 0;
    std::uint32_t word = 0; // the lower-case form's id in the rules' vocabulary; 0 if unknown
    TokenShape shape = TokenShape::word;
    Gap gap = Gap::none;
    bool upper_initial = false; // starts with an ASCII capital
    bool all_caps = false;      // has letters, all of them ASCII capitals
};

struct Sentence {
    std::size_t first = 0; // token range [first, last)
    std::size_t last = 0;
    std::size_t begin = 0; // byte range of the sentence text
    std::size_t end = 0;
};

enum class TagKind : std::uint8_t {
    date,         // a time expression placed on the calendar
    duration,     // "90 days"
    percent,      // a rate: number = the percentage
    points,       // "14 percentage points": a difference, never a rate
    change,       // "from 24 percent to 14 percent": from = 24, number = 14
    quantity,     // "100,000 cars": number, unit, code = product if the unit is one
    money,        // "$550 billion": number in units of the currency, code = currency
    ordinal,      // "third", "7th": number
    cardinal,     // "two", "60": number
    country,      // code = alpha-3
    organisation, // code = its country, may be empty; ref = index of the organisation
    product,      // code = canonical product name
    place,        // a city: code = its country
    person,       // ref = index into Document::people
    role,         // a title or job, as "Commerce Secretary"
};

// How a country is named: a government ("Washington") is an actor, a place
// ("in Tokyo") rarely is.
enum class CountryForm : std::uint8_t { name, adjective, capital };

struct Tag {
    std::size_t first = 0; // token range [first, last)
    std::size_t last = 0;
    TagKind kind = TagKind::cardinal;
    double number = 0;
    double from = 0;       // for change tags
    std::string_view code; // points into the rules or the text, which outlive the tag
    std::string_view unit;
    int ref = -1;
    CountryForm form = CountryForm::name;
    // A date that names a happening ("since a sixth round planned for
    // August"): its words are still read, its numbers still tagged.
    bool happening = false;
};

// One person named in the text, with what the text says about them.
struct PersonRecord {
    std::string name;
    std::string role;
    std::string country;
    bool role_is_title = false; // an office ("minister") rather than a description ("aide")
    std::size_t first_mention = 0;
};

struct Document {
    std::string_view text;
    std::string lower; // ASCII-lower-cased copy: same length, same offsets
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<Tag> tags; // sorted by first token
    std::vector<TimeExpression> dates;
    std::vector<PersonRecord> people;

    // The index of the first tag starting at or after `token`: where a look
    // at one sentence's tags begins, so reading an article stays linear.
    // Read from the table index_tags() made when the tags are those it saw;
    // a binary search's branches are a coin toss on each new text.
    std::size_t first_tag_from(std::size_t token) const {
        if (tags.size() == indexed_tags && token < tag_from.size()) return tag_from[token];
        return static_cast<std::size_t>(
            std::partition_point(tags.begin(), tags.end(),
                                 [token](const Tag& t) { return t.first < token; }) -
            tags.begin());
    }
    // Fills the table first_tag_from() reads, for the tags as they are now.
    void index_tags() {
        tag_from.assign(tokens.size() + 1, 0);
        std::size_t k = 0;
        for (std::size_t i = 0; i < tag_from.size(); ++i) {
            while (k < tags.size() && tags[k].first < i)
                ++k;
            tag_from[i] = static_cast<std::uint32_t>(k);
        }
        indexed_tags = tags.size();
    }
    std::vector<std::uint32_t> tag_from; // by token: see first_tag_from
    std::size_t indexed_tags = ~std::size_t(0);

    std::string_view token_text(std::size_t i) const {
        return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    }
    std::string_view token_lower(std::size_t i) const {
        return std::string_view(lower).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    }
    // Whether token `i` is the possessive "'s" (or "’s") the tokenizer splits off.
    bool possessive_mark(std::size_t i) const {
        if (i >= tokens.size()) return false;
        const auto w = token_lower(i);
        return w == "'s" || w == "\xe2\x80\x99s";
    }
    std::string_view span_text(std::size_t first, std::size_t last) const {
        if (first >= last) return {};
        return text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
    }
};

} // namespace parley::extract
