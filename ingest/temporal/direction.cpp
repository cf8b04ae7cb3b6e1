#include "ingest/temporal/direction.h"

namespace parley::temporal {

namespace {

constexpr std::size_t max_reach = 40; // tokens scanned either way

// A phrase cue (several tokens) ending or starting at `i`; returns its tense.
Cue phrase_cue(const std::vector<Token>& t, std::size_t i, const TemporalLexicon& lex,
               std::size_t& length) {
    if (t[i].kind != TokenKind::word && t[i].kind != TokenKind::punct) return Cue::none;
    auto it = lex.phrases_by_first.find(std::string(t[i].lower));
    if (it == lex.phrases_by_first.end()) return Cue::none;
    Cue best = Cue::none;
    length = 0;
    for (int index : it->second) {
        const Phrase& p = lex.phrases[static_cast<std::size_t>(index)];
        if (p.kind != PhraseKind::cue) continue;
        std::size_t k = i;
        bool ok = true;
        for (const auto& tok : p.tokens) {
            if (k >= t.size() || t[k].lower != tok) {
                ok = false;
                break;
            }
            ++k;
        }
        if (ok && p.tokens.size() > length) {
            best = p.cue;
            length = p.tokens.size();
        }
    }
    return best;
}

bool regular_past(const Token& tok, bool sentence_start) {
    if (tok.kind != TokenKind::word || tok.lower.size() < 4) return false;
    if (!tok.lower.ends_with("ed")) return false;
    if (tok.info && tok.info->not_past_ed) return false;
    if (tok.upper && !sentence_start) return false; // a name: Ted, Alfred
    return true;
}

// The tense a cue word at `i` gives, looking at the auxiliaries before it:
// "will be held" is future, "has been paused" past.
Cue cue_at(const std::vector<Token>& t, std::size_t i, std::size_t floor,
           const TemporalLexicon& lex, bool sentence_start) {
    const Token& tok = t[i];
    Cue c = Cue::none;
    std::size_t len = 0;
    if (tok.info && tok.info->phrase_start) c = phrase_cue(t, i, lex, len);
    if (c == Cue::none && tok.kind == TokenKind::word) {
        // "May" the month is no modal; capitalised cue words mid-sentence are names.
        if (tok.info && tok.info->cue != Cue::none &&
            !(tok.upper && !sentence_start && tok.info->month))
            c = tok.info->cue;
        else if (regular_past(tok, sentence_start))
            c = Cue::past;
    }
    if (c == Cue::past || c == Cue::present) {
        for (std::size_t k = i, steps = 0; k > floor && steps < 3; ++steps) {
            --k;
            const Token& a = t[k];
            if (a.kind != TokenKind::word) break;
            if (a.lower == "will" || a.lower == "would" || a.lower == "shall" || a.lower == "ll" ||
                a.lower == "to" || a.lower == "going")
                return Cue::future;
            // A bare "be" before a participle follows a modal: "will be held", "could be signed".
            if (a.lower == "be" && k + 1 == i && c == Cue::past) return Cue::future;
        }
    }
    return c;
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
        for (auto s : titles)
            if (prev.lower == s) return false;
    }
    (void)lex;
    return true;
}

Tense clause_tense(const std::vector<Token>& t, std::size_t begin, std::size_t end,
                   const TemporalLexicon& lex, const std::vector<char>& taken) {
    // Left, to the start of the sentence.
    std::size_t floor = begin;
    while (floor > 0 && begin - floor < max_reach && !sentence_end(t, floor - 1, lex) &&
           !t[floor].line_before)
        --floor;
    for (std::size_t i = begin; i > floor;) {
        --i;
        if (i < taken.size() && taken[i]) continue;
        const bool start = i == floor;
        if (Cue c = cue_at(t, i, floor, lex, start); c != Cue::none) return to_tense(c);
    }
    // Right, to the end of the sentence.
    for (std::size_t i = end; i < t.size() && i - end < max_reach; ++i) {
        if (sentence_end(t, i, lex) || (i > end && t[i].line_before)) break;
        if (i < taken.size() && taken[i]) continue;
        if (Cue c = cue_at(t, i, begin, lex, false); c != Cue::none) return to_tense(c);
    }
    return Tense::none;
}

Lean lean_for(const Spec& spec, Tense tense, std::string_view cue) {
    if (cue == "since") return Lean::past;
    if (tense == Tense::future) return Lean::future;
    if (cue == "by" || cue == "until" || cue == "no_later_than" || cue == "before" ||
        cue == "within")
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
