#pragma once
// The first pass over an article's tokens: which gazetteer phrase starts at
// each token (longest first) and which tokens spell numbers ("100,000",
// "1.36 million", "twenty-five", "7th", "$1.5bn"). The taggers read it.

#include "ingest/extract/document.h"
#include "ingest/extract/gazetteer.h"

#include <cstdint>
#include <vector>

namespace parley::extract {

struct LexMatch {
    std::size_t first = 0;
    std::size_t last = 0;
    std::uint32_t entry = 0; // index into Gazetteer::entries
};

struct NumberSpan {
    std::size_t first = 0;
    std::size_t last = 0;
    double value = 0;
    bool ordinal = false;
};

struct Scan {
    std::vector<LexMatch> lex;
    std::vector<int> lex_at; // per token: the match starting there, or -1
    std::vector<NumberSpan> numbers;
    std::vector<int> number_at;        // per token: the number starting there, or -1
    std::vector<std::uint8_t> in_date; // per token: inside a time expression

    const LexMatch* lex_starting(std::size_t token) const {
        return token < lex_at.size() && lex_at[token] >= 0 ? &lex[std::size_t(lex_at[token])]
                                                           : nullptr;
    }
    const NumberSpan* number_starting(std::size_t token) const {
        return token < number_at.size() && number_at[token] >= 0
                   ? &numbers[std::size_t(number_at[token])]
                   : nullptr;
    }
};

// `doc` must have tokens with vocabulary ids and its dates; date tags mark
// the tokens no number tagger may take. `out` is emptied and refilled, so a
// caller that keeps it from article to article keeps its buffers.
void scan(const Document& doc, const Gazetteer& gazetteer, Scan& out);

// The kind of entry a lexicon match is, or nullopt when there is none at `token`.
const Entry* entry_at(const Scan& s, const Gazetteer& g, std::size_t token, EntryKind kind);

} // namespace parley::extract
