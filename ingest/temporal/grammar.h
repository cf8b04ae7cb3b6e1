#pragma once
// The grammar of time expressions: finds them among tokens and says what
// each one means (a Spec), without placing it on the calendar. Every rule
// looks at a bounded number of tokens, so the whole pass is linear in the
// text.

#include "ingest/temporal/spec.h"
#include "ingest/temporal/tokens.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley::temporal {

struct Mention {
    std::size_t begin = 0;        // token index of the expression's first token (TimeML extent)
    std::size_t end = 0;          // one past its last token
    std::size_t phrase_begin = 0; // including a bounding cue or preposition in front
    Spec spec;
    // by, until, since, from, starting, no_later_than, on_or_after, before,
    // after, within: a view of the lexicon's phrase value, as long-lived as it.
    std::string_view cue;
};

// `standalone`: the tokens are one phrase typed on its own (a user's
// `--since friday`), not running text; lower-case month and weekday names
// and bare numbers of a clock count there.
class Grammar {
public:
    Grammar(const std::vector<Token>& tokens, const TemporalLexicon& lex, bool standalone);

    // The longest expression starting at token `i`, if any.
    std::optional<Mention> at(std::size_t i) const;
    // The same written to `out`, which is left in an unspecified state when
    // there is none: the scan over a text keeps one mention to fill.
    bool at(std::size_t i, Mention& out) const;

    ~Grammar();
    Grammar(const Grammar&) = delete;
    Grammar& operator=(const Grammar&) = delete;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The grammar's rules that may begin with `word` (lower case), as bits that
// only the grammar reads: load_temporal_lexicon keeps them in
// WordInfo::rule_starts, so that a rule is tried only where it can match.
std::uint32_t rules_starting_with(std::string_view word, const WordInfo& info);
// The same for any word `lex` lacks, kept in
// TemporalLexicon::unknown_word_rule_starts.
std::uint32_t rules_starting_with_unknown_word(const TemporalLexicon& lex);
// The same for a number (`mark` 0) or a punctuation mark, kept in
// TemporalLexicon::number_rule_starts and the like.
std::uint32_t rules_starting_with_mark(char mark);

} // namespace parley::temporal
