#include "ingest/extract/status.h"

#include "ingest/extract/punctuation.h"

#include <algorithm>
#include <array>
#include <utility>

namespace parley::extract {

namespace {

constexpr std::array<std::pair<std::string_view, Cue>, 13> cue_names{{
    {"none", Cue::none},
    {"planned", Cue::planned},
    {"proposed", Cue::proposed},
    {"rejected", Cue::rejected},
    {"cancelled", Cue::cancelled},
    {"held", Cue::held},
    {"negated", Cue::negated},
    {"hypothetical", Cue::hypothetical},
    {"conditional", Cue::conditional},
    {"demanded", Cue::demanded},
    {"averted", Cue::averted},
    {"bound", Cue::bound},
    {"subject", Cue::subject},
}};

// Whether token `i` bounds a cue's scope: only punctuation can.
[[gnu::always_inline]] inline bool bounds_scope_at(const Document& doc, std::size_t i) {
    return doc.tokens[i].shape == TokenShape::punct && bounds_scope(doc.token_text(i));
}

constexpr std::size_t window = 10;
constexpr std::size_t negation_window = 5;

} // namespace

void StatusCues::load(const DataDirs& dirs, Vocabulary& vocabulary, WordIds before_participle) {
    before_participle_ = std::move(before_participle);
    that_ = vocabulary.find("that");
    which_ = vocabulary.find("which");
    to_ = vocabulary.find("to");
    and_ = vocabulary.find("and");
    or_ = vocabulary.find("or");
    for (const auto& line : read_data(dirs, "language/status.tsv")) {
        auto f = fields(line.text);
        if (f.size() < 2 || f.size() > 3) bad_line(line, "expected 'phrases<TAB>cue[<TAB>side]'");
        const std::string& c = f[1];
        const auto named = std::find_if(cue_names.begin(), cue_names.end(),
                                        [&](const auto& n) { return n.first == c; });
        if (named == cue_names.end()) {
            std::string known;
            for (const auto& [name, value] : cue_names)
                known += (known.empty() ? "" : ", ") + std::string(name);
            bad_line(line, "unknown cue '" + c + "' (" + known + ")");
        }
        const Cue cue = named->second;
        CueSide side = CueSide::before;
        if (f.size() == 3 && !f[2].empty()) {
            if (f[2] == "after")
                side = CueSide::after;
            else if (f[2] == "either")
                side = CueSide::either;
            else if (f[2] != "before")
                bad_line(line, "side is before, after or either");
        }
        for (const auto& p : alternatives(f[0]))
            add(vocabulary, p, cue, side);
    }
}

void StatusCues::add(Vocabulary& vocabulary, std::string_view phrase, Cue cue, CueSide side) {
    auto idx = static_cast<std::uint32_t>(cues_.size());
    cues_.push_back(cue);
    sides_.push_back(side);
    table_.add(vocabulary, phrase, idx);
}

StatusCues::CueMatch StatusCues::cue_phrase_at(const Document& doc, std::size_t i,
                                               std::size_t limit) const {
    CueMatch out;
    table_.match(doc, i, limit, [&](std::size_t e, std::uint32_t p, const Surface&) {
        out = CueMatch{e, p};
        return true;
    });
    // "A joint statement on May 14": words of a date are no cue ("May").
    if (out.end != 0)
        for (std::size_t k = doc.first_tag_from(i > 3 ? i - 3 : 0);
             k < doc.tags.size() && doc.tags[k].first <= i; ++k)
            if (doc.tags[k].kind == TagKind::date && doc.tags[k].last > i) return CueMatch{};
    return out;
}

bool StatusCues::negated_before(const Document& doc, std::size_t from, std::size_t at) const {
    std::size_t start = at;
    while (start > from && at - start < negation_window && !bounds_scope_at(doc, start - 1))
        --start;
    for (std::size_t i = start; i < at;) {
        const auto [end, payload] = cue_phrase_at(doc, i, at);
        if (end == 0) {
            ++i;
            continue;
        }
        if ((cues_[payload] == Cue::negated || cues_[payload] == Cue::averted) &&
            sides_[payload] != CueSide::after)
            return true;
        i = end;
    }
    return false;
}

Cue StatusCues::find(const Document& doc, std::size_t from, std::size_t to, std::size_t first,
                     std::size_t last) const {
    // "has asked India to buy more American energy and farm goods and to lower
    // its duties": an infinitive joined to an earlier one stands where that
    // one does, however far back it began.
    if (first >= from + 3 && is_word(doc, first - 1, to_, "to") &&
        (is_word(doc, first - 2, and_, "and") || is_word(doc, first - 2, or_, "or")))
        for (std::size_t k = first - 3; k > from && first - k < 24; --k) {
            if (bounds_scope_at(doc, k) && doc.token_text(k) != ",") break;
            if (is_word(doc, k, to_, "to") && k + 1 < first - 2)
                return find(doc, from, to, k + 1, std::min(k + 2, first - 2));
        }
    // Before the trigger: walk forward from the start of its stretch so that
    // longer phrases ("no later than") hide the words inside them.
    std::size_t start = first;
    while (start > from && first - start < window && !bounds_scope_at(doc, start - 1))
        --start;
    Cue before = Cue::none;
    bool negated = false;
    bool averted = false;
    for (std::size_t i = start; i < first;) {
        const auto [end, payload] = cue_phrase_at(doc, i, first);
        if (end == 0) {
            ++i;
            continue;
        }
        Cue c = cues_[payload];
        // "was called off after Trump imposed a tariff": the words before a
        // subordinating word tell the other clause, not the trigger's.
        if (c == Cue::bound) {
            before = Cue::none;
            negated = averted = false;
        }
        if (sides_[payload] != CueSide::after && c != Cue::none && c != Cue::bound &&
            c != Cue::subject) {
            if (c == Cue::negated || c == Cue::averted) {
                if (first - end < negation_window) negated = true;
                if (c == Cue::averted && first - end < negation_window) averted = true;
            } else {
                before = c;
            }
        }
        i = end;
    }
    // "pressed U.S. Trade Representative Jamieson Greer in Brussels on Monday
    // to cut the tariff": a demand governs the infinitive after its listener
    // and the circumstances told, however many words they take.
    if (before == Cue::none && !negated && first > from + 1 && start > from &&
        is_word(doc, first - 1, to_, "to"))
        for (std::size_t k = start; k-- > from && first - k < 2 * window;) {
            // "would press Washington, through the Commission, to cut
            // tariffs": a short aside between commas leaves the demand whole.
            if (doc.token_text(k) == "," && k > from + 2) {
                std::size_t open = k - 1;
                while (open > from && k - open <= 5 && !bounds_scope_at(doc, open))
                    --open;
                if (k - open <= 5 && doc.token_text(open) == "," && open + 1 < k) {
                    k = open;
                    continue;
                }
            }
            if (bounds_scope_at(doc, k)) break;
            const auto [end, payload] = cue_phrase_at(doc, k, start);
            if (end != 0 && cues_[payload] == Cue::demanded) {
                before = Cue::demanded;
                break;
            }
        }
    // "could lower the 20% tariff he imposed on Chinese goods": a past verb
    // right after its own subject tells a clause of its own.
    if (first > from) {
        const auto [end, payload] = cue_phrase_at(doc, first - 1, first);
        if (end == first && cues_[payload] == Cue::subject &&
            doc.token_lower(first).ends_with("ed")) {
            before = Cue::none;
            negated = averted = false;
        }
    }
    // "will pay 19 percent under a trade agreement the two countries
    // concluded this week": a trigger that ends in its own past verb, its
    // subject right before it, tells a clause of its own; the cues of the
    // clause it hangs in are not its.
    if (last >= first + 3 && last <= to) {
        const auto verb = doc.token_lower(last - 1);
        const bool past = verb.size() > 4 && verb.ends_with("ed");
        if (past && !before_participle_.contains(doc.tokens[last - 2].word) &&
            doc.tokens[last - 2].shape == TokenShape::word) {
            before = Cue::none;
            negated = averted = false;
        }
    }
    // "If they did not, a 100 percent levy on their shipments would cost
    // them billions": what follows an opening condition is no fact.
    if (before == Cue::none && !negated && first > from) {
        const auto [end, payload] = cue_phrase_at(doc, from, first);
        if (end != 0 && cues_[payload] == Cue::hypothetical)
            for (std::size_t i = end; i < first; ++i)
                if (doc.token_text(i) == ",") {
                    before = Cue::hypothetical;
                    break;
                }
    }
    // Inside the trigger's own words: "a deal could be reached" - a modal
    // between noun and verb makes it no more than possible, and "will be
    // concluded" still to come. (A negation there may be the trigger's own
    // words: "said Japan would not".)
    for (std::size_t i = first + 1; i < last;) {
        const auto [end, payload] = cue_phrase_at(doc, i, last);
        if (end == 0) {
            ++i;
            continue;
        }
        const Cue c = cues_[payload];
        if (c == Cue::proposed || c == Cue::hypothetical || c == Cue::planned) before = c;
        i = end;
    }
    // "does not touch the 40 percent tariff that Washington placed": words
    // that tell their happening in a relative clause of their own are not
    // undone by a negation of the clause they stand in.
    if (negated)
        for (std::size_t i = first + 1; i + 1 < last; ++i)
            if (relative_word(doc, i)) {
                negated = averted = false;
                break;
            }
    // "averting a 25 percent levy that was due to take effect": a negation
    // of the noun a relative clause hangs on.
    // What a relative clause says of the noun it hangs on was to be, and
    // was kept from happening: cancelled.
    if (!negated)
        for (std::size_t i = start; i < first; ++i) {
            if (relative_word(doc, i) && i > from && negated_before(doc, from, i))
                return Cue::cancelled;
        }
    if (averted) return Cue::averted;
    if (negated) return Cue::negated;
    // After it: "talks were called off", "the tariffs were not imposed".
    // A parenthesis between commas may stand between, and its words do not
    // count towards the look: "The sixth round, planned for late August, was
    // postponed", "The sixth round, which had been due to begin in New Delhi
    // on Aug. 25, was put off".
    constexpr std::size_t look = 14, longest_aside = 24;
    int commas = 0;
    std::size_t opened = 0, aside = 0; // the first comma, the parenthesis' length
    for (std::size_t i = last; i < to;) {
        // Past the look, only the comma that closes a parenthesis is sought;
        // what the words before it say tells their own clause.
        const bool beyond = i - last - aside >= look;
        if (beyond && (commas != 1 || i - opened > longest_aside)) break;
        if (bounds_scope_at(doc, i)) {
            if (doc.token_text(i) != "," || ++commas > 2) break;
            if (commas == 1) opened = i;
            if (commas == 2) aside = i - opened;
            ++i;
            continue;
        }
        if (beyond) {
            ++i;
            continue;
        }
        const auto [end, payload] = cue_phrase_at(doc, i, to);
        if (end == 0) {
            ++i;
            continue;
        }
        if (cues_[payload] == Cue::bound && sides_[payload] != CueSide::before) break;
        if (sides_[payload] != CueSide::before && cues_[payload] != Cue::none)
            return cues_[payload];
        i = end;
    }
    return before;
}

} // namespace parley::extract
