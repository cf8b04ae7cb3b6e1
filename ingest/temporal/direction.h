#pragma once
// Which way a date points, from the clause around it: tense, aspect, modals
// and cue words (data/temporal/*_cues.txt). The rules live here and only
// here: lean_for() says which occurrence of a repeating date is meant.

#include "ingest/temporal/spec.h"
#include "ingest/temporal/tokens.h"
#include "timeline/calendar.h"

#include <string_view>
#include <vector>

namespace parley::temporal {

enum class Tense { none, past, present, future };

// The tense of the clause holding tokens [begin, end): the nearest cue to
// the left within the sentence, else the nearest to the right. Tokens
// flagged in `taken` belong to other time expressions and are skipped.
Tense clause_tense(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                   const TemporalLexicon& lex, const std::vector<char>& taken);

// The rules, in one place:
//  - "since X" points back: the latest X not after publication;
//  - a future clause (will, is to, plans, is arranging, next…) takes the
//    coming one, counting today, and so does "until" in any clause but a
//    past one;
//  - a bound ("by", "until", "no later than") or a start a measure runs
//    from ("from", "starting", "effective") in any other clause takes the
//    nearest, since the day may lie on either side of publication;
//  - a past clause (said, held, imposed, has been…) takes the latest one
//    not after publication, counting today;
//  - a present clause takes the nearest;
//  - with no cue at all, a bare weekday leans past (news reports what
//    happened), anything else takes the nearest.
// The resolver adds one guard: a month and day without a year is never
// placed about a year away (over ten months) when a nearer one exists.
Lean lean_for(const Spec& spec, Tense tense, std::string_view cue);

// True for the cues that tell where a measure starts ("from", "starting",
// "effective", "on or after"): a later "from the same day" means that day.
bool is_start_cue(std::string_view cue);

// True when the token at `i` ends a sentence.
bool sentence_end(const std::vector<Token>& tokens, std::size_t i, const TemporalLexicon& lex);

} // namespace parley::temporal
