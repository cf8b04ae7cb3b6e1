#pragma once
// One sentence's event frames: the triggers of one kind in one clause, and
// the dates, rates, quotas, durations and round numbers each frame takes. A
// filler goes to the nearest frame of each family that takes it (talks,
// tariffs, deals, deadlines, statements), preferring frames in its own
// clause, so "imposed 25 percent in March and raised it to 50 percent in
// June" gives each verb its own rate and month, while "agreed on Monday to
// cut tariffs after talks in Geneva" dates both the cut and the talks.

#include "ingest/extract/document.h"
#include "ingest/extract/patterns.h"
#include "ingest/extract/rules.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace parley::extract {

struct Span {
    std::size_t first = 0;
    std::size_t last = 0;
};

struct Frame {
    std::uint32_t kind = 0; // index into Rules::kinds
    std::uint16_t clause = 0;
    std::vector<Span> triggers;
    std::vector<Span> dating_triggers; // the triggers that date it: see Trigger::approach
    std::optional<EventStatus> trigger_status;
    bool definite = false; // "the talks": may borrow actors from the sentence before
    bool subject_is_target = false;
    bool weak = false;                  // "the 25 percent levy": see Trigger::weak
    bool fallback = true;               // every trigger of the frame is a fallback one
    bool joins = true;                  // every trigger of the frame is a joining one
    bool dateless = true;               // every trigger of the frame is a dateless one
    std::optional<double> default_rate; // see Trigger::rate
    // Tags assigned to the frame, by index into Document::tags.
    std::vector<std::size_t> dates;
    std::vector<std::size_t> rates; // percent and change tags
    std::vector<std::size_t> quotas;
    std::vector<std::size_t> durations;
    std::vector<std::pair<std::size_t, int>> rounds; // (token, round number)
    std::vector<std::size_t> report_dates;           // "said on Tuesday"
    // The date of the clause the frame hangs on ("..., after meeting Xi"),
    // for a frame with none of its own: it dates, and widens no region.
    std::optional<std::size_t> shared_date;
    // "and the rate on cabinets to 50 percent": a rate with no verb of its
    // own, told after the frame's other rates.
    std::optional<std::size_t> gapped_rate;

    // As new, its lists keeping their memory: the finder reuses frames from
    // one sentence to the next. Every field must be set here.
    void reset() {
        const Frame fresh;
        kind = fresh.kind;
        clause = fresh.clause;
        triggers.clear();
        dating_triggers.clear();
        trigger_status = fresh.trigger_status;
        gapped_rate = fresh.gapped_rate;
        definite = fresh.definite;
        subject_is_target = fresh.subject_is_target;
        weak = fresh.weak;
        fallback = fresh.fallback;
        joins = fresh.joins;
        dateless = fresh.dateless;
        default_rate = fresh.default_rate;
        dates.clear();
        rates.clear();
        quotas.clear();
        durations.clear();
        rounds.clear();
        report_dates.clear();
        shared_date.reset();
    }
};

struct SentenceFrames {
    // The clause number of each token of the sentence; empty when the
    // sentence holds no trigger (and so no frame).
    std::vector<std::uint16_t> clause;
    std::vector<Frame> frames;
    // The status cue (StatusCues::find within the sentence) of each trigger
    // the finder weighed, so that building the events need not look again.
    std::vector<std::pair<Span, Cue>> cues;

    // The cue of trigger `t`, if the finder weighed it.
    std::optional<Cue> cue_of(Span t) const {
        for (const auto& [span, cue] : cues)
            if (span.first == t.first && span.last == t.last) return cue;
        return std::nullopt;
    }
};

// Clause numbers: a new clause starts at ; : -- ( ) and at the words of
// [clause]; a clause opened by ", which" ends at its next comma.
// `opened_by_word`, when given, tells for each clause number whether a word
// ("while", "which") opened it rather than punctuation; `seconds`, whether a
// second verb of the same subject ("and said", "and will", [second_clause])
// opened it.
std::vector<std::uint16_t> clause_numbers(const Document& doc, const Sentence& s,
                                          const Rules& rules,
                                          std::vector<bool>* opened_by_word = nullptr,
                                          std::vector<bool>* seconds = nullptr);

// The same into `out`, whose lists keep their memory from one call to the next.
void clause_numbers(const Document& doc, const Sentence& s, const Rules& rules,
                    std::vector<std::uint16_t>& out, std::vector<bool>* opened_by_word = nullptr,
                    std::vector<bool>* seconds = nullptr);

// The frames of sentence `s` into `out`, whose lists (and frames) are reused:
// a caller keeps one SentenceFrames for all the sentences it reads.
void find_frames(const Document& doc, const Rules& rules, const MatchContext& match,
                 const Sentence& s, SentenceFrames& out);

// Token distance between two spans; 0 when they overlap.
std::size_t distance(Span a, Span b);

} // namespace parley::extract
