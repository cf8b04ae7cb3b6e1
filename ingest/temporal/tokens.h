#pragma once
// Text cut into the tokens the temporal grammar reads: letter runs, digit
// runs and single punctuation marks, each with its byte offsets. Linear in
// the input and safe on any bytes: what is not ASCII is either read as the
// punctuation it stands for (dashes, quotes, spaces) or kept as an opaque
// token that no rule matches.

#include "ingest/temporal/lexicon.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::temporal {

enum class TokenKind : std::uint8_t { word, number, punct, other };

struct Token {
    std::size_t begin = 0; // byte offsets into the whole text
    std::size_t end = 0;
    std::string_view lower;         // lower-case text; punctuation as its ASCII stand-in
    const WordInfo* info = nullptr; // the lexicon's entry for a word
    std::uint32_t value = 0;        // a number's value, when it has at most 9 digits
    std::uint32_t digits = 0;       // a number's digit count
    // The grammar's rules that may begin here (RuleStart bits in grammar.cpp),
    // read from the lexicon once rather than at each rule the grammar tries.
    std::uint32_t rule_starts = 0;
    TokenKind kind = TokenKind::other;
    char punct = 0;
    bool space_before = false; // whitespace separates it from the previous token
    bool line_before = false;  // a line break does
    bool upper = false;        // begins with a capital
    bool all_upper = false;    // every letter a capital
    bool may_start = false;    // a time expression may begin here (a number, a time word…)
};

// Tokenizes `text`, whose first byte is at offset `base` of the whole text.
// `lower` receives a lower-case copy of `text` that the tokens point into,
// followed by a few bytes of padding.
// `out` is cleared and refilled, so one buffer serves a whole article.
// `starts`, when given, is refilled likewise with the index of every token
// that may_start, in order: most tokens begin nothing, and a scan for
// expressions need not visit them.
void tokenize(std::string_view text, std::size_t base, const TemporalLexicon& lex,
              std::string& lower, std::vector<Token>& out,
              std::vector<std::size_t>* starts = nullptr);

} // namespace parley::temporal
