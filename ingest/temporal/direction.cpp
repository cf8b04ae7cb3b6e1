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

// A word of four letters or more ending in -ed that may be a past tense.
bool ed_word(const Token& t) {
    return t.kind == TokenKind::word && t.lower.size() >= 4 && t.lower.ends_with("ed") &&
           !(t.info && t.info->not_past_ed);
}

// Punctuation that ends a phrase: not an apostrophe or a hyphen inside words.
bool breaks_phrase(const Token& t) {
    return t.kind == TokenKind::punct && t.punct != '\'' && t.punct != '-';
}

// A word ending in -ed in a verb's place: not after "the", "its", "of" or a
// number ("the planned talks", "9.5 million preferred shares").
bool regular_past(const std::vector<Token>& t, std::size_t i, bool sentence_start) {
    const Token& tok = t[i];
    if (!ed_word(tok)) return false;
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

// A word after which a participle is a verb of a clause, not one told of a
// noun: an auxiliary ("were planned for") or a subject pronoun ("it planned for").
bool verb_or_subject(const Token& t) {
    static constexpr std::string_view words[] = {
        "has",  "had", "have", "been",  "being", "be",  "it",   "he",         "she",
        "they", "we",  "who",  "which", "that",  "not", "also", "originally", "initially"};
    for (auto w : words)
        if (is(t, w)) return true;
    return be_form(t) || future_auxiliary(t);
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
    // "had been due in New Delhi on Monday", "had been scheduled for Friday":
    // a plan told in the past perfect was given up, and its day may lie on
    // either side of publication.
    const bool future_word =
        c == Cue::future || (c == Cue::none && tok.info && tok.info->cue == Cue::future);
    if (future_word && i >= floor + 2 && is(t[i - 1], "been") && is(t[i - 2], "had"))
        return Cue::present;
    // "originally planned for late August, was called off": a plan told as
    // superseded says nothing of which side of publication its day lies.
    if (c == Cue::future && i > floor &&
        (t[i - 1].lower == "originally" || t[i - 1].lower == "initially"))
        return Cue::present;
    // "a sixth round planned for August in New Delhi was called off": a plan
    // told right after its noun, with no verb of its own, is as open; "talks
    // are planned for" and "Trump planned for" keep their verb's tense.
    if (c == Cue::future && len >= 2 && ed_word(tok) && is(t[i + len - 1], "for") && i > floor &&
        t[i - 1].kind == TokenKind::word && !t[i - 1].upper && !verb_or_subject(t[i - 1]))
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

bool relative_pronoun(const Token& t) {
    return is(t, "that") || is(t, "which") || is(t, "who");
}

// Whether the words between a verb of saying at `verb` and a date at `date`
// tell only whom the telling was for or where and how it was made: "told
// reporters aboard Air Force One on Sunday", "said in a statement on
// Tuesday". Then the date is the telling's. A listener follows only verbs
// such as "told"; "said the talks on Tuesday would" names what was said.
bool telling_circumstances(const std::vector<Token>& t, std::size_t verb, std::size_t date,
                           const TemporalLexicon& lex) {
    constexpr std::size_t max_words = 6;
    std::size_t first = verb + 1, last = date;
    if (last > first && (is(t[last - 1], "on") || is(t[last - 1], "in"))) --last;
    if (last <= first || last - first > max_words) return false;
    if (!t[verb].info || !t[verb].info->reporting) return false;
    if (!t[verb].info->listener && !(t[first].info && t[first].info->circumstance)) return false;
    for (std::size_t k = first; k < last; ++k) {
        const Token& w = t[k];
        if (breaks_phrase(w)) return false;
        if (w.kind == TokenKind::punct) continue;
        if (is(w, "that") || (w.info && w.info->reporting)) return false;
        if (cue_at(t, k, verb, lex, false) != Cue::none) return false;
    }
    return true;
}

// "..., Finance Minister Choi Sang-mok said after talks in Washington on
// Thursday": a verb of saying after the words it tells, its subject right
// after their comma. The words after it are the telling's own.
bool attribution_after_comma(const std::vector<Token>& t, std::size_t floor, std::size_t verb) {
    constexpr std::size_t max_subject = 12; // "Japan's top tariff negotiator Ryosei Akazawa"
    for (std::size_t k = verb; k > floor && verb - k <= max_subject;) {
        --k;
        // A hyphen or an apostrophe stands inside a name ("Sang-mok", "Japan's").
        if (t[k].kind == TokenKind::punct && t[k].punct != '-' && t[k].punct != '\'')
            return t[k].punct == ',';
    }
    return false;
}

// "Beijing, in a ministry statement on Tuesday, said it would respond",
// "Lutnick, speaking to CNBC on Thursday, said…": a date in an aside set off
// by commas right before a verb of saying is the telling's. The aside must
// hold no verb of its own ("Trump, who will travel on Friday, said…"). The
// verb's cue, or none.
Cue aside_telling(const std::vector<Token>& t, std::size_t floor, std::size_t begin,
                  std::size_t end, const TemporalLexicon& lex) {
    std::size_t open = begin;
    while (open > floor && !breaks_phrase(t[open - 1]))
        --open;
    if (open == floor || t[open - 1].punct != ',') return Cue::none;
    std::size_t close = end;
    while (close < t.size() && close - end < max_reach && !breaks_phrase(t[close]))
        ++close;
    if (close + 1 >= t.size() || t[close].punct != ',') return Cue::none;
    const Token& verb = t[close + 1];
    if (!verb.info || !verb.info->reporting) return Cue::none;
    for (std::size_t k = open; k < close; ++k) {
        if (k == begin) k = end;
        if (k >= close) break;
        if (t[k].info && t[k].info->reporting) continue; // "speaking"
        if (cue_at(t, k, open, lex, false) != Cue::none) return Cue::none;
    }
    return cue_at(t, close + 1, open, lex, false);
}

// Whether cue_at can find anything at `tok`: most words of a clause are no
// cue, and this tells so without the call. Inline, as it is asked of every
// token the scans pass.
[[gnu::always_inline]] inline bool may_be_cue(const Token& tok) {
    if (tok.info && tok.info->phrase_start) return true;
    if (tok.kind != TokenKind::word) return false;
    return (tok.info && tok.info->cue != Cue::none) || tok.lower == "to" || ed_word(tok);
}

// Whether the sentence ends at `i`, asking sentence_end only of the marks
// that can end one: the scans pass many commas and quotes.
[[gnu::always_inline]] inline bool ends_sentence(const std::vector<Token>& t, std::size_t i,
                                                 const TemporalLexicon& lex) {
    if (t[i].kind != TokenKind::punct) return false;
    const char c = t[i].punct;
    return (c == '.' || c == ';' || c == '!' || c == '?') && sentence_end(t, i, lex);
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

// "will lower the duty on small parcels mailed from China ... on Wednesday":
// a word in -ed after its clause's future verb, with no auxiliary of its own,
// is a participle; the future verb gives the tense.
bool participle_after_future(const std::vector<Token>& t, std::size_t floor, std::size_t i) {
    if (!ed_word(t[i]) || (t[i].info && t[i].info->cue != Cue::none)) return false;
    for (std::size_t k = i; k > floor;) {
        --k;
        const Token& w = t[k];
        // The object's words go on through a rate's sign and a mark inside a
        // word or number: "will impose anti-dumping duties of up to 62.4% on
        // pork imported ...".
        const bool inside = k > floor && k + 1 < t.size() && t[k - 1].kind != TokenKind::punct &&
                            t[k + 1].kind != TokenKind::punct && t[k - 1].end == w.begin &&
                            w.end == t[k + 1].begin;
        if ((w.kind == TokenKind::punct && w.punct != '%' && !inside) || relative_pronoun(w) ||
            is(w, "and") || is(w, "or"))
            return false;
        if (is(w, "will") || is(w, "would") || is(w, "shall") || is(w, "ll")) return true;
        if (w.info && w.info->cue != Cue::none) return false;
    }
    return false;
}

Tense clause_tense(const std::vector<Token>& t, std::size_t begin, std::size_t end,
                   const TemporalLexicon& lex, const std::vector<char>& taken) {
    // A verb of saying right beside the date gives it its tense ("said Tuesday");
    // further away it tells only when the telling was, and the scan goes on.
    auto right_before = [&](std::size_t i) {
        return i + 1 == begin || (i + 2 == begin && (is(t[i + 1], "on") || is(t[i + 1], "in")));
    };
    auto beside = [&](std::size_t i) {
        if (right_before(i) || i == end) return true;
        return i < begin && telling_circumstances(t, i, begin, lex);
    };
    // Back to the sentence's start, at most max_reach tokens: the two limits
    // are one bound, and a line break is tested before the costlier stop.
    const std::size_t lowest = begin > max_reach ? begin - max_reach : 0;
    std::size_t floor = begin;
    while (floor > lowest && !t[floor].line_before && !ends_sentence(t, floor - 1, lex))
        --floor;
    if (const Cue c = aside_telling(t, floor, begin, end, lex); c != Cue::none) return to_tense(c);
    // A verb of telling whose object runs plainly to the date: "announced the
    // deal on July 2". Its tense is the date's when what follows is a clause
    // on that object (", under which goods would pay 20%").
    Cue telling = Cue::none;
    bool plain = true;     // no mark or "that" between the date and the tokens passed
    bool relative = false; // the date is in a relative clause that opens before it
    for (std::size_t i = begin; i > floor;) {
        --i;
        if (i < taken.size() && taken[i]) continue;
        // "talks that ended Tuesday": a word in -ed right before the date is
        // its verb, though "that" may also be a determiner ("that planned
        // meeting").
        if (i > floor && ed_word(t[i]) && relative_pronoun(t[i - 1]) && right_before(i))
            return Tense::past;
        if (t[i].kind == TokenKind::punct || is(t[i], "that")) plain = false;
        // "signed an order on Monday that pushes back to Nov. 10 the return of
        // the tariff": a relative clause on a noun has its own verb, and a
        // verb before the noun tells another clause.
        if (i > floor && i + 1 < begin && relative_pronoun(t[i]) &&
            t[i - 1].kind == TokenKind::word && !(t[i - 1].info && t[i - 1].info->reporting) &&
            !ed_word(t[i - 1]) && !is(t[i - 1], "and") && !is(t[i - 1], "so")) {
            relative = true;
            break;
        }
        if (!may_be_cue(t[i])) continue;
        const bool start = i == floor;
        const Cue c = cue_at(t, i, floor, lex, start);
        if (c == Cue::none) continue;
        if (t[i].info && t[i].info->reporting && !beside(i)) {
            if (attribution_after_comma(t, floor, i)) return to_tense(c);
            if (telling == Cue::none && plain) telling = c;
            plain = false;
            continue;
        }
        // The verb right before the date is the date's own: "will cut its tariff
        // under an agreement the two governments announced on Friday".
        if (c == Cue::past && !right_before(i) && participle_after_future(t, floor, i))
            return Tense::future;
        return to_tense(c);
    }
    // "On Monday, Trump said he would…", "At a briefing Tuesday, Leavitt
    // said…": a date in the phrase that opens the sentence dates the telling
    // of the clause after its comma, when a verb of saying follows that
    // clause's subject. The opening phrase is the date itself or begins with
    // a word of circumstance ("In a post…", "Earlier on…"); "The suspension
    // runs until February, the Commission said" opens with its main clause
    // instead. An aside ("On Friday, officials said, the tariffs will rise")
    // tells nothing of the date.
    bool opens_sentence =
        (floor == 0 || ends_sentence(t, floor - 1, lex) || t[floor].line_before) &&
        (floor == begin || (t[floor].info && t[floor].info->circumstance));
    for (std::size_t i = floor; i < begin && opens_sentence; ++i)
        if (breaks_phrase(t[i])) opens_sentence = false;
    // ", under which goods would pay 20%": a clause on the telling's object
    // tells its own tense.
    if (telling != Cue::none && end + 2 < t.size() && t[end].kind == TokenKind::punct &&
        t[end].punct == ',' &&
        (relative_pronoun(t[end + 1]) ||
         (t[end + 1].kind == TokenKind::word && is(t[end + 2], "which"))))
        return to_tense(telling);
    constexpr std::size_t max_subject = 10; // "Japan's top tariff negotiator Ryosei Akazawa"
    // A word after the date that opens with a comma.
    auto after_comma = [&](std::size_t i) {
        return i > end && t[i - 1].kind == TokenKind::punct && t[i - 1].punct == ',';
    };
    std::size_t comma = 0; // the comma closing the opening phrase; 0 until seen
    for (std::size_t i = end; i < t.size() && i - end < max_reach; ++i) {
        if (ends_sentence(t, i, lex) || t[i].line_before) break;
        // The relative clause ends at its comma: ", which had been set to
        // take effect" tells of another noun.
        if (relative && t[i].kind == TokenKind::punct && t[i].punct == ',') break;
        // "April 2: Trump announced ...": a heading's colon closes it as a comma does.
        if (opens_sentence && comma == 0 && t[i].kind == TokenKind::punct &&
            (t[i].punct == ',' || t[i].punct == ':'))
            comma = i;
        // "On Friday, the tariffs that officials said…": a relative clause
        // inside the subject is no telling of the main clause.
        if (comma != 0 && i > comma && relative_pronoun(t[i])) {
            // "Late October: A 90-day reprieve that Trump granted Mexico on
            // July 31, ..., runs out": after a heading, the relative clause
            // tells of the item's subject, and its verb comes later.
            if (t[comma].punct == ':') {
                while (i + 1 < t.size() && i + 1 - end < max_reach &&
                       !(t[i + 1].kind == TokenKind::punct && t[i + 1].punct == ',') &&
                       !ends_sentence(t, i + 1, lex) && !t[i + 1].line_before)
                    ++i;
                continue;
            }
            comma = 0;
            opens_sentence = false;
        }
        if (i < taken.size() && taken[i]) continue;
        // "announced the agreement late on Wednesday, saying Washington
        // would ...": after a telling before the date, a telling after its
        // comma, with a tense or not, tells what has a tense of its own.
        if (telling != Cue::none && t[i].info && t[i].info->reporting && !beside(i) &&
            after_comma(i) && !(comma != 0 && i > comma && i - comma <= max_subject))
            break;
        if (!may_be_cue(t[i])) continue;
        const Cue c = cue_at(t, i, begin, lex, false);
        if (c == Cue::none) continue;
        if (t[i].info && t[i].info->reporting && !beside(i)) {
            const bool aside =
                i + 1 < t.size() && t[i + 1].kind == TokenKind::punct && t[i + 1].punct == ',';
            if (comma != 0 && i > comma && i - comma <= max_subject && !aside) return to_tense(c);
            // "announced a deal on July 2, ..., writing that goods would pay":
            // what a telling after the date tells has a tense of its own.
            if (after_comma(i)) break;
            continue;
        }
        return to_tense(c);
    }
    return Tense::none;
}

bool is_start_cue(std::string_view cue) {
    return cue == "from" || cue == "starting" || cue == "on_or_after";
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
    const bool bare_weekday = spec.kind == Spec::Kind::fields && spec.weekday && !spec.day &&
                              !spec.month && spec.year == INT_MIN;
    const bool weekday_with_time = spec.kind == Spec::Kind::within && !spec.kids.empty() &&
                                   spec.kids.front().kind == Spec::Kind::fields &&
                                   spec.kids.front().weekday && !spec.kids.front().day &&
                                   !spec.kids.front().month;
    // "held from Monday to Friday", "took effect from Monday": a weekday in
    // a past clause is this week's or last, whatever bounds it.
    if (tense == Tense::past && (bare_weekday || weekday_with_time)) return Lean::past;
    // A bound, or a start a measure runs from ("from", "starting", "effective"),
    // leans forward: outside a future clause it takes the nearest, since a
    // month or a day of the month may lie on either side of publication,
    // never the past one by tense alone ("has signed an order cutting the
    // tariff from June 30").
    if (cue == "by" || cue == "until" || cue == "no_later_than" || cue == "before" ||
        cue == "within" || is_start_cue(cue))
        return Lean::nearest;
    if (tense == Tense::past) return Lean::past;
    if (tense == Tense::present) return Lean::nearest;
    if (bare_weekday || weekday_with_time) return Lean::past;
    return Lean::nearest;
}

} // namespace parley::temporal
