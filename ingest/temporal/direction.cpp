#include "ingest/temporal/direction.h"

namespace parley::temporal {

namespace {

constexpr std::size_t max_reach = 40; // tokens scanned either way

// A phrase cue (several tokens) ending or starting at `i`; returns its tense.
Cue phrase_cue(const std::vector<Token>& t, std::size_t i, const TemporalLexicon& lex,
               std::size_t& length) {
    if (t[i].kind != TokenKind::word && t[i].kind != TokenKind::punct) return Cue::none;
    if (!t[i].info || !t[i].info->phrases) return Cue::none;
    (void)lex;
    Cue best = Cue::none;
    length = 0;
    for (const auto& ref : t[i].info->phrases_of[static_cast<int>(PhraseKind::cue)]) {
        if (ref.second && (i + 1 >= t.size() || t[i + 1].info != ref.second)) continue;
        const Phrase& p = lex.phrases[static_cast<std::size_t>(ref.index)];
        if (p.kind != PhraseKind::cue) continue;
        std::size_t k = i;
        bool ok = true;
        for (std::size_t j = 0; j < p.tokens.size(); ++j, ++k) {
            const bool same =
                k < t.size() && (p.words[j] ? t[k].info == p.words[j] : t[k].lower == p.tokens[j]);
            if (!same) {
                ok = false;
                break;
            }
        }
        if (ok && p.tokens.size() > length) {
            best = p.cue;
            length = p.tokens.size();
        }
    }
    return best;
}

bool is(const Token& t, std::string_view w) {
    return t.kind == TokenKind::word && t.lower == w;
}

// A word ending in -ed in a verb's place: not after "the", "its", "of" or a
// number ("the planned talks", "9.5 million preferred shares").
bool regular_past(const std::vector<Token>& t, std::size_t i, bool sentence_start) {
    const Token& tok = t[i];
    if (tok.kind != TokenKind::word || tok.lower.size() < 4) return false;
    if (!tok.lower.ends_with("ed")) return false;
    if (tok.info && tok.info->not_past_ed) return false;
    if (tok.upper && !sentence_start) return false; // a name: Ted, Alfred
    if (i > 0) {
        const Token& prev = t[i - 1];
        if (prev.kind == TokenKind::number) return false;
        if (prev.kind == TokenKind::word &&
            ((prev.info && prev.info->determiner) || (prev.upper && prev.lower.size() == 1)))
            return false;
    }
    return true;
}

// Words that may stand between an auxiliary and its verb.
bool adverb_between(const Token& t) {
    static constexpr std::string_view words[] = {"not",    "also",     "still", "now",  "then",
                                                 "soon",   "never",    "be",    "have", "been",
                                                 "likely", "probably", "again", "n"};
    for (auto w : words)
        if (is(t, w)) return true;
    return t.kind == TokenKind::punct && t.punct == '\'';
}

bool future_auxiliary(const Token& t) {
    static constexpr std::string_view words[] = {"will",  "would", "shall",  "ll",   "to",
                                                 "going", "may",   "should", "must", "wo"};
    for (auto w : words)
        if (is(t, w)) return true;
    return false;
}

bool be_form(const Token& t) {
    return is(t, "is") || is(t, "are") || is(t, "was") || is(t, "were") || is(t, "am");
}

// The tense a cue at `i` gives, with the auxiliaries before it: "will be held"
// and "is to visit" are future, "has been paused" is past, and an infinitive
// ("to acquire") is as open as its governing word lets it be.
Cue cue_at(const std::vector<Token>& t, std::size_t i, std::size_t floor,
           const TemporalLexicon& lex, bool sentence_start) {
    const Token& tok = t[i];
    Cue c = Cue::none;
    std::size_t len = 0;
    if (tok.info && tok.info->phrase_start) c = phrase_cue(t, i, lex, len);
    // "originally planned for late August, was called off": a plan told as
    // superseded says nothing of which side of publication its day lies.
    if (c == Cue::future && i > floor &&
        (t[i - 1].lower == "originally" || t[i - 1].lower == "initially"))
        return Cue::present;
    if (c != Cue::none) return c;
    if (tok.kind != TokenKind::word) return Cue::none;
    // An infinitive: future when a future word or a form of "be" governs it, else open.
    if (tok.lower == "to" && i + 1 < t.size() && t[i + 1].kind == TokenKind::word &&
        !t[i + 1].upper && !(t[i + 1].info && t[i + 1].info->determiner)) {
        if (i > floor) {
            const Token& gov = t[i - 1];
            if (be_form(gov) || (gov.info && gov.info->cue == Cue::future)) return Cue::future;
            // "had planned to impose", "was due to take": a phrase of the
            // future that ends with the "to".
            for (std::size_t back = 1; back <= 2 && i >= floor + back; ++back) {
                const Token& from = t[i - back];
                std::size_t length = 0;
                if (from.info && from.info->phrase_start &&
                    phrase_cue(t, i - back, lex, length) == Cue::future && length == back + 1)
                    return Cue::future;
            }
        }
        return Cue::present;
    }
    // "May" the month is no modal; a capitalised cue word mid-sentence is a name.
    if (tok.info && tok.info->cue != Cue::none &&
        !(tok.upper && !sentence_start && tok.info->month))
        c = tok.info->cue;
    else if (regular_past(t, i, sentence_start))
        c = Cue::past;
    if (c == Cue::past || c == Cue::present) {
        bool bare_be = false; // "be" before a participle comes after a modal
        for (std::size_t k = i, steps = 0; k > floor && steps < 4; ++steps) {
            --k;
            if (future_auxiliary(t[k])) return Cue::future;
            if (is(t[k], "be") && k + 1 == i) bare_be = true;
            if (!adverb_between(t[k])) {
                if (bare_be && !is(t[k], "could") && !is(t[k], "can") && !is(t[k], "might"))
                    return Cue::future;
                break;
            }
        }
    }
    return c;
}

// Whether cue_at can find anything at `tok`: most words of a clause are no
// cue, and this tells so without the call.
bool may_be_cue(const Token& tok) {
    if (tok.info && tok.info->phrase_start) return true;
    if (tok.kind != TokenKind::word) return false;
    return (tok.info && tok.info->cue != Cue::none) || tok.lower == "to" ||
           (tok.lower.size() >= 4 && tok.lower.ends_with("ed"));
}

// Whether the sentence ends at `i`, asking sentence_end only of punctuation.
bool ends_sentence(const std::vector<Token>& t, std::size_t i, const TemporalLexicon& lex) {
    return t[i].kind == TokenKind::punct && sentence_end(t, i, lex);
}

Tense to_tense(Cue c) {
    switch (c) {
    case Cue::future:
        return Tense::future;
    case Cue::past:
        return Tense::past;
    case Cue::present:
        return Tense::present;
    case Cue::none:
        break;
    }
    return Tense::none;
}

} // namespace

bool sentence_end(const std::vector<Token>& t, std::size_t i, const TemporalLexicon& lex) {
    if (i >= t.size() || t[i].kind != TokenKind::punct) return false;
    const char c = t[i].punct;
    if (c == ';' || c == '!' || c == '?') return true;
    if (c != '.') return false;
    if (i + 1 < t.size() && !t[i + 1].space_before) return false; // "U.S", "a.m"
    if (i == 0) return true;
    const Token& prev = t[i - 1];
    if (prev.kind == TokenKind::word) {
        if (prev.lower.size() == 1) return false; // "U.S.", "a.m."
        if (prev.info && (prev.info->month || prev.info->weekday) && prev.info->abbreviation)
            return false; // "Nov. 10"
        static constexpr std::string_view titles[] = {
            "mr", "mrs", "ms",   "dr", "st",  "jr", "sr",  "gov",  "sen", "rep", "gen", "no",
            "vs", "inc", "corp", "co", "ltd", "lt", "col", "prof", "rev", "ave", "mt",  "ft"};
        // None is longer than four letters, as most words before a full stop are.
        if (prev.lower.size() <= 4)
            for (auto s : titles)
                if (prev.lower == s) return false;
    }
    (void)lex;
    return true;
}

Tense clause_tense(const std::vector<Token>& t, std::size_t begin, std::size_t end,
                   const TemporalLexicon& lex, const std::vector<char>& taken) {
    // A verb of saying right beside the date gives it its tense ("said Tuesday");
    // further away it tells only when the telling was, and the scan goes on.
    auto beside = [&](std::size_t i) {
        if (i + 1 == begin || i == end) return true;
        return i + 2 == begin && (is(t[i + 1], "on") || is(t[i + 1], "in"));
    };
    std::size_t floor = begin;
    while (floor > 0 && begin - floor < max_reach && !ends_sentence(t, floor - 1, lex) &&
           !t[floor].line_before)
        --floor;
    for (std::size_t i = begin; i > floor;) {
        --i;
        if ((i < taken.size() && taken[i]) || !may_be_cue(t[i])) continue;
        const bool start = i == floor;
        const Cue c = cue_at(t, i, floor, lex, start);
        if (c == Cue::none) continue;
        if (t[i].info && t[i].info->reporting && !beside(i)) continue;
        return to_tense(c);
    }
    for (std::size_t i = end; i < t.size() && i - end < max_reach; ++i) {
        if (sentence_end(t, i, lex) || (i > end && t[i].line_before)) break;
        if ((i < taken.size() && taken[i]) || !may_be_cue(t[i])) continue;
        const Cue c = cue_at(t, i, begin, lex, false);
        if (c == Cue::none) continue;
        if (t[i].info && t[i].info->reporting && !beside(i)) continue;
        return to_tense(c);
    }
    return Tense::none;
}

Lean lean_for(const Spec& spec, Tense tense, std::string_view cue) {
    if (cue == "since") return Lean::past;
    if (spec.possessive) return Lean::past;
    // A quarter or half without its year is a reporting period: a past clause
    // takes the latest begun, any other the nearest ("expects third-quarter
    // profit to fall" in October is about this year's).
    if (spec.kind == Spec::Kind::fields && (spec.quarter || spec.half) && !spec.month &&
        spec.year == INT_MIN && spec.relative == no_value)
        return tense == Tense::past ? Lean::past : Lean::nearest;
    if (tense == Tense::future) return Lean::future;
    // "The suspension runs until early February": a state told as going on
    // lasts until a day still ahead; only a past clause ("was suspended
    // until") may bound it behind publication.
    if (cue == "until" && tense != Tense::past) return Lean::future;
    // A bound, or a start a measure runs from ("from", "starting", "effective"),
    // leans forward: outside a future clause it takes the nearest, since the
    // day may lie on either side of publication, never the past one by tense
    // alone ("has signed an order cutting the tariff from June 30").
    if (cue == "by" || cue == "until" || cue == "no_later_than" || cue == "before" ||
        cue == "within" || cue == "from" || cue == "starting" || cue == "on_or_after")
        return Lean::nearest;
    if (tense == Tense::past) return Lean::past;
    if (tense == Tense::present) return Lean::nearest;
    const bool bare_weekday = spec.kind == Spec::Kind::fields && spec.weekday && !spec.day &&
                              !spec.month && spec.year == INT_MIN;
    const bool weekday_with_time = spec.kind == Spec::Kind::within && !spec.kids.empty() &&
                                   spec.kids.front().kind == Spec::Kind::fields &&
                                   spec.kids.front().weekday && !spec.kids.front().day &&
                                   !spec.kids.front().month;
    if (bare_weekday || weekday_with_time) return Lean::past;
    return Lean::nearest;
}

} // namespace parley::temporal
