#include "ingest/extract/frames.h"

#include "ingest/extract/punctuation.h"

#include <algorithm>
#include <limits>

namespace parley::extract {

namespace {

constexpr std::size_t other_clause = 1000;

class FrameFinder {
public:
    FrameFinder(const Document& doc, const Rules& rules, const MatchContext& match,
                const Sentence& s, SentenceFrames& out)
        : doc_(doc), rules_(rules), match_(match), s_(s), out_(out) {
        kept_.clear();
        rate_memo_.clear();
        hit_ranges_.clear();
        hit_tokens_.clear();
        // The last sentence's frames lend their lists' memory to this one's.
        for (auto& f : out_.frames)
            spare_frames_.push_back(std::move(f));
        out_.frames.clear();
        out_.clause.clear();
        out_.cues.clear();
    }

    void run() {
        // Most sentences hold no trigger at all: they need no clauses.
        auto& found = candidates();
        if (found.empty()) return;
        clause_numbers(doc_, s_, rules_, out_.clause, &opened_by_word_, &seconds_);
        // Running counts of commas, of colons and semicolons, and of any stop
        // (, ; :) before each token; and where each clause starts, at its
        // first token (a clause resumed after ", which ...," starts before).
        const std::size_t n = s_.last - s_.first;
        commas_.resize(n + 1);
        colons_.resize(n + 1);
        breaks_.resize(n + 1);
        constexpr std::size_t unseen = ~std::size_t(0);
        clause_start_.assign(opened_by_word_.size(), unseen);
        std::uint32_t commas = 0, colons = 0;
        commas_[0] = colons_[0] = breaks_[0] = 0;
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = s_.first + k;
            if (doc_.tokens[i].shape == TokenShape::punct) {
                const auto t = doc_.token_text(i);
                if (t == ",") ++commas;
                if (t == ";" || t == ":") ++colons;
            }
            commas_[k + 1] = commas;
            colons_[k + 1] = colons;
            breaks_[k + 1] = commas + colons;
            const auto c = out_.clause[k];
            if ((k == 0 || c != out_.clause[k - 1]) && clause_start_[c] == unseen)
                clause_start_[c] = i;
        }
        for (auto& start : clause_start_)
            if (start == unseen) start = s_.first;
        keep_triggers(found);
        drop_unfactual_frames();
        drop_governing_announcements();
        join_frames();
        if (out_.frames.empty()) return;
        assign_fillers();
    }

private:
    struct HitRange {
        const PatternElement* element;
        std::size_t from, to; // into hit_tokens_
    };

    std::uint16_t clause_of(std::size_t token) const { return out_.clause[token - s_.first]; }

    // Within six words of the trigger ("The tariffs, which Trump imposed"),
    // or twelve with no comma between ("announced on Wednesday that he would
    // impose a 25% tariff").
    bool near(Span trigger, std::size_t i) const {
        const std::size_t d = distance(trigger, Span{i, i + 1});
        if (d <= 6) return true;
        if (d > 12) return false;
        const std::size_t from = std::min(trigger.last, i + 1), to = std::max(trigger.first, i);
        return to <= from || breaks_before(to) == breaks_before(from);
    }

    // "will reduce the duty it charges on vehicles and auto parts made in the
    // EU to 15 percent": a change's object may run long before the "to" of
    // its new rate, with no mark between.
    bool unbroken_object(Span trigger, std::size_t i) const {
        constexpr std::size_t longest_object = 16;
        return i >= trigger.last && i - trigger.last <= longest_object &&
               breaks_before(i) == breaks_before(trigger.last);
    }

    Cue cue(Span t) {
        if (auto known = out_.cue_of(t)) return *known;
        const Cue c = rules_.status.find(doc_, s_.first, s_.last, t.first, t.last);
        out_.cues.emplace_back(t, c);
        return c;
    }

    // Frames that will be no event take no fillers from the others: "wants
    // Washington to lower the 24 percent rate before the suspension of that
    // rate ends" leaves the rate to the suspension.
    void drop_unfactual_frames() {
        auto& frames = out_.frames;
        denied_.clear();
        frames.erase(
            std::remove_if(
                frames.begin(), frames.end(),
                [&](const Frame& f) {
                    const EventKind kind = rules_.kinds[f.kind].kind;
                    const bool tariff_or_deal =
                        kind == EventKind::deal || kind == EventKind::tariff_imposed ||
                        kind == EventKind::tariff_changed || kind == EventKind::tariff_announced ||
                        kind == EventKind::tariff_paused;
                    // "could retaliate if talks failed": talks told only
                    // as a condition are no talks.
                    if (kind == EventKind::talks &&
                        std::all_of(f.triggers.begin(), f.triggers.end(), [&](const Span& t) {
                            return t.first > s_.first && doc_.token_lower(t.first - 1) == "if" &&
                                   cue(t) == Cue::hypothetical;
                        }))
                        return true;
                    for (const auto& t : f.triggers) {
                        const Cue c = cue(t);
                        if ((c == Cue::averted || (c == Cue::negated && !f.weak)) &&
                            kind != EventKind::deadline) {
                            if (!f.weak && is_tariff(kind)) denied_.push_back(t);
                            return true;
                        }
                        if (c == Cue::demanded && tariff_or_deal && !f.weak) return true;
                        // "If Washington imposes tariffs on chips": no tariff
                        // is announced by a clause of condition.
                        if (c == Cue::hypothetical && tariff_or_deal && !f.weak) return true;
                        // "aimed to sign an agreement", "just to reach a
                        // quick deal": a deal only sought is none.
                        if (kind == EventKind::deal &&
                            (c == Cue::proposed || c == Cue::hypothetical))
                            return true;
                    }
                    return false;
                }),
            frames.end());
        // "did not impose a 40 percent tariff": the rate named in passing in
        // or right after denied words goes with them.
        if (denied_.empty()) return;
        frames.erase(
            std::remove_if(frames.begin(), frames.end(),
                           [&](const Frame& f) {
                               return f.weak && rules_.kinds[f.kind].kind != EventKind::deadline &&
                                      std::all_of(f.triggers.begin(), f.triggers.end(),
                                                  [&](const Span& t) { return denied(t); });
                           }),
            frames.end());
    }

    // Whether words named in passing stand in or right after denied words.
    bool denied(Span t) const {
        return std::any_of(denied_.begin(), denied_.end(), [&](Span d) {
            return d.first <= t.first && t.first <= d.last + 3 && no_stop_between(d.last, t.first);
        });
    }

    // "signed an order cutting the tariff", "announced it would impose": the
    // announcement is the change or tariff its words go on to tell, which
    // takes the rates and dates alone.
    void drop_governing_announcements() {
        auto& frames = out_.frames;
        if (frames.size() < 2) return; // an announcement governs another frame
        auto tariff = [&](const Frame& f) {
            const EventKind k = rules_.kinds[f.kind].kind;
            return k == EventKind::tariff_imposed || k == EventKind::tariff_changed ||
                   k == EventKind::tariff_paused;
        };
        // "ordered his trade minister to impose a 25 percent tariff": the verb
        // that ends an announcement's own words, as an infinitive, is what
        // was announced, no more.
        auto inside_announcement = [&](const Frame& f) {
            if (!tariff(f) || f.weak) return false;
            for (const auto& a : frames) {
                if (rules_.kinds[a.kind].kind != EventKind::tariff_announced || a.weak) continue;
                for (const auto& t : a.triggers)
                    for (const auto& u : f.triggers)
                        if (u.first > t.first + 1 && u.last == t.last &&
                            doc_.token_lower(u.first - 1) == "to")
                            return true;
            }
            return false;
        };
        auto governs = [&](const Frame& a) {
            if (rules_.kinds[a.kind].kind != EventKind::tariff_announced || a.weak) return false;
            for (const auto& f : frames) {
                if (&f == &a || f.weak || !tariff(f) || inside_announcement(f)) continue;
                // "ordered tariffs on Brazilian goods raised to 50 percent": the
                // goods' country may stand between the order and the change.
                for (const auto& t : a.triggers)
                    for (const auto& u : f.triggers)
                        if (u.first > t.first && u.first <= t.last + 4 &&
                            no_stop_between(t.last, u.first))
                            return true;
            }
            return false;
        };
        auto& drop = drop_;
        drop.assign(frames.size(), false);
        for (std::size_t i = 0; i < frames.size(); ++i)
            drop[i] = governs(frames[i]) || inside_announcement(frames[i]);
        std::size_t k = 0;
        frames.erase(
            std::remove_if(frames.begin(), frames.end(), [&](const Frame&) { return drop[k++]; }),
            frames.end());
    }

    bool colon_between(const Frame& f, Span filler) const {
        for (const auto& t : f.triggers) {
            const std::size_t from = std::min(t.last, filler.last);
            const std::size_t to = std::max(t.first, filler.first);
            if (to > from && colons_before(to) != colons_before(from)) return true;
        }
        return false;
    }

    bool heading(Span filler) const {
        return filler.first == s_.first && filler.last < s_.last &&
               doc_.token_text(filler.last) == ":";
    }

    bool no_stop_between(std::size_t from, std::size_t to) const {
        for (std::size_t i = from; i < to; ++i)
            if (doc_.tokens[i].shape == TokenShape::punct) return false;
        return true;
    }

    // "cut its levies to 30 percent ..., with both cuts taking effect on
    // Wednesday": words that only say when a tariff applies join the
    // nearest tariff frame before them, which takes their date.
    void join_frames() {
        auto& frames = out_.frames;
        if (frames.size() < 2) return; // a frame joins another
        // An announcement stays apart: the tariff it announces is dated by the
        // day it takes effect, and the announcement by the day it was made.
        auto tariff = [&](const Frame& f) {
            const EventKind k = rules_.kinds[f.kind].kind;
            return k == EventKind::tariff_imposed || k == EventKind::tariff_changed ||
                   k == EventKind::tariff_paused;
        };
        auto& drop = drop_;
        drop.assign(frames.size(), false);
        for (std::size_t i = 0; i < frames.size(); ++i) {
            Frame& a = frames[i];
            if (!a.joins || a.weak) continue;
            Frame* host = nullptr;
            for (std::size_t j = 0; j < frames.size(); ++j) {
                Frame& f = frames[j];
                if (j == i || drop[j] || f.weak || f.joins || !tariff(f)) continue;
                if (f.triggers.front().first >= a.triggers.front().first) continue;
                // "will impose tariffs from Feb. 10, minutes after a 10% U.S.
                // duty came into force": past "after" or "but", another tariff.
                if (rules_.contrast &&
                    rules_.classes.occurs(doc_, *rules_.contrast, f.triggers.front().last,
                                          a.triggers.front().first))
                    continue;
                if (!host || f.triggers.front().first > host->triggers.front().first) host = &f;
            }
            if (!host) continue;
            host->triggers.insert(host->triggers.end(), a.triggers.begin(), a.triggers.end());
            drop[i] = true;
        }
        std::size_t k = 0;
        frames.erase(
            std::remove_if(frames.begin(), frames.end(), [&](const Frame&) { return drop[k++]; }),
            frames.end());
    }

    // Whether the element occurs in the trigger's clause or near it.
    bool occurs(const PatternElement& e, Span trigger,
                Trigger::NeedsWithin within = Trigger::NeedsWithin::near) {
        const auto clause = clause_of(trigger.first);
        const auto [from, to] = hits(e);
        for (std::size_t k = from; k < to; ++k) {
            const std::size_t i = hit_tokens_[k];
            if (within == Trigger::NeedsWithin::sentence || clause_of(i) == clause ||
                (within == Trigger::NeedsWithin::near && near(trigger, i)))
                return true;
        }
        return false;
    }

    // Where in the sentence an element matches, found once per sentence: the
    // range of hit_tokens_ that holds its tokens.
    std::pair<std::size_t, std::size_t> hits(const PatternElement& e) {
        for (const auto& h : hit_ranges_)
            if (h.element == &e) return {h.from, h.to};
        const std::size_t from = hit_tokens_.size();
        // One bit for each word a match can start with: most tokens have
        // none, and need no look at the classes.
        for (std::size_t i = s_.first; i < s_.last; ++i) {
            const Token& t = doc_.tokens[i];
            if (!e.may_start_with(t.word) && !e.may_take(match_.tags.kinds_at[i])) continue;
            bool hit = false;
            if (e.may_be_word(t.word))
                for (auto w : e.words)
                    if (t.word == w) hit = true;
            for (auto c : e.classes)
                if (!hit && rules_.classes.match(doc_, c, i, s_.last)) hit = true;
            if (!hit && e.may_take(match_.tags.kinds_at[i]))
                for (auto k = std::size_t(match_.tags.first_at[i]);
                     k < doc_.tags.size() && doc_.tags[k].first == i && !hit; ++k)
                    if (e.takes(doc_.tags[k])) hit = true;
            if (hit) hit_tokens_.push_back(i);
        }
        hit_ranges_.push_back(HitRange{&e, from, hit_tokens_.size()});
        return {from, hit_tokens_.size()};
    }

    bool blocked(std::uint32_t kind_index, Span span) const {
        const KindRules& kind = rules_.kinds[kind_index];
        if (kind.blocks.empty()) return false;
        const auto& starts = rules_.block_starts[kind_index];
        // A block may start up to ten words before the trigger it covers
        // ("willingness of more than 75 countries to negotiate").
        std::size_t from = span.first > s_.first + 10 ? span.first - 10 : s_.first;
        for (std::size_t i = from; i < span.last; ++i) {
            if (!starts.at(doc_.tokens[i].word, match_.tags.first_at[i] >= 0)) continue;
            for (const auto& b : kind.blocks)
                if (may_start_at(b.elements.front(), i) &&
                    match_pattern(match_, b, i, s_.last) > span.first)
                    return true;
        }
        return false;
    }

    // Whether a pattern's first element may match at token `i`: one of its
    // words, a first word of one of its classes or one of its tags is there.
    bool may_start_at(const PatternElement& e, std::size_t i) const {
        const auto w = doc_.tokens[i].word;
        if (e.may_be_word(w) || e.may_take(match_.tags.kinds_at[i])) return true;
        for (auto c : e.classes)
            if (rules_.classes.may_start(w, c)) return true;
        return false;
    }

    void consider(TriggerRef ref, std::size_t pos,
                  std::vector<std::pair<TriggerRef, Span>>& found) {
        const std::uint32_t prefix = rules_.prefix[ref.number];
        if (prefix != Rules::no_prefix && failed_at_[prefix] == pos) return;
        const Trigger& trig = rules_.kinds[ref.kind].triggers[ref.trigger];
        std::size_t end = match_pattern(match_, trig.pattern, pos, s_.last);
        if (end == 0) {
            if (const auto slot = rules_.prefix_slot[ref.number]; slot != Rules::no_prefix)
                failed_at_[slot] = pos;
            return;
        }
        found.push_back({ref, Span{pos, end}});
    }

    // Whether the words `trigger` of frame `f` change a rate: a change's, or
    // a threat's that ends on a verb of change ("threatened to raise").
    bool changes_rate(const Frame& f, Span trigger) const {
        const EventKind kind = rules_.kinds[f.kind].kind;
        if (kind == EventKind::tariff_changed) return true;
        return kind == EventKind::tariff_announced && rules_.change_verb &&
               rules_.classes.is_word(doc_, *rules_.change_verb, trigger.last - 1);
    }

    // Whether the sentence holds a word of each of the trigger's anchor sets:
    // its needed sets against those of the sentence's words, with no branch.
    bool may_match(TriggerRef ref) const {
        const std::size_t width = rules_.anchor_words;
        const std::uint64_t* needed = &rules_.needed_masks[std::size_t(ref.number) * width];
        std::uint64_t missing = 0;
        for (std::size_t j = 0; j < width; ++j)
            missing |= needed[j] & ~anchors_[j];
        return missing == 0;
    }

    // The anchor sets the sentence holds a word of: the sets of its words ORed.
    void find_anchor_sets() {
        // The sentence's words in an anchor set, and the tokens a trigger may
        // start at (candidates), listed without a branch on each token.
        const std::size_t n = s_.last - s_.first;
        anchor_tokens_.resize(n);
        start_tokens_.resize(n);
        std::size_t anchored = 0, starts = 0;
        const auto& roles = rules_.word_roles;
        for (std::size_t i = s_.first; i < s_.last; ++i) {
            const auto w = doc_.tokens[i].word;
            const std::uint8_t role = w < roles.size() ? roles[w] : 0;
            anchor_tokens_[anchored] = i;
            anchored += (role & Rules::in_anchor) != 0;
            start_tokens_[starts] = i;
            starts += ((role & Rules::starts_trigger) != 0) | (match_.tags.first_at[i] >= 0);
        }
        anchor_tokens_.resize(anchored);
        start_tokens_.resize(starts);
        const std::size_t width = rules_.anchor_words;
        anchors_.assign(width, 0);
        for (const std::size_t i : anchor_tokens_) {
            const std::uint64_t* mask =
                &rules_.anchor_masks[std::size_t(rules_.anchor_slot[doc_.tokens[i].word]) * width];
            for (std::size_t j = 0; j < width; ++j)
                anchors_[j] |= mask[j];
        }
    }

    // Every match of a trigger in the sentence.
    std::vector<std::pair<TriggerRef, Span>>& candidates() {
        auto& found = scratch_.found;
        found.clear();
        find_anchor_sets();
        failed_at_.assign(rules_.prefix_slots, s_.last);
        for (const std::size_t i : start_tokens_) {
            if (const auto w = doc_.tokens[i].word; w != 0 && w < rules_.by_word.size())
                for (const auto& ref : rules_.by_word[w])
                    if (may_match(ref)) consider(ref, i, found);
            if (match_.tags.first_at[i] >= 0) {
                int last_kind = -1;
                for (auto k = std::size_t(match_.tags.first_at[i]);
                     k < doc_.tags.size() && doc_.tags[k].first == i; ++k) {
                    int tk = int(doc_.tags[k].kind);
                    if (tk == last_kind) continue;
                    last_kind = tk;
                    if (std::size_t(tk) < rules_.by_tag.size())
                        for (const auto& ref : rules_.by_tag[std::size_t(tk)])
                            if (may_match(ref)) consider(ref, i, found);
                }
            }
        }
        return found;
    }

    // Per kind: the longest of overlapping matches, then the checks.
    void keep_triggers(std::vector<std::pair<TriggerRef, Span>>& found) {
        std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
            if (a.first.kind != b.first.kind) return a.first.kind < b.first.kind;
            if (a.second.first != b.second.first) return a.second.first < b.second.first;
            return a.second.last > b.second.last;
        });
        for (std::size_t k = 0; k < found.size(); ++k) {
            const auto& [ref, span] = found[k];
            bool overlapped = false;
            for (std::size_t j = 0; j < k; ++j)
                if (found[j].first.kind == ref.kind && found[j].second.last > span.first &&
                    found[j].second.first < span.last && kept(j))
                    overlapped = true;
            if (overlapped) continue;
            const KindRules& kind = rules_.kinds[ref.kind];
            const Trigger& trig = kind.triggers[ref.trigger];
            bool needs_met = true;
            for (const auto& need : kind.needs)
                if (!occurs(need, span)) needs_met = false;
            for (const auto& need : trig.needs)
                if (!occurs(need, span, trig.needs_within)) needs_met = false;
            if (!needs_met && !trig.needs.empty()) continue;
            if (!needs_met && !tariff_pronoun_after(kind, span)) continue;
            if (blocked(ref.kind, span)) continue;
            kept_.push_back(k);
            add_to_frame(ref, span);
        }
    }

    // "Trump announced a 26 percent tariff on Indian goods on April 2. He
    // suspended it on April 9": a tariff verb whose object is "it" or "them"
    // acts on the tariff the sentence before names.
    // So does one whose tariff its own sentence told before it: "announced a
    // 30 percent tariff on April 2, but suspended it until July 9".
    bool tariff_pronoun_after(const KindRules& kind, Span trigger) const {
        if (!is_tariff(kind.kind) || trigger.last >= s_.last) return false;
        const auto w = doc_.token_lower(trigger.last);
        if (w != "it" && w != "them") return false;
        if (rules_.classes.occurs(doc_, rules_.tariff, s_.first, trigger.first)) return true;
        if (&s_ == &doc_.sentences.front()) return false;
        const Sentence& prev = *(&s_ - 1);
        return rules_.classes.occurs(doc_, rules_.tariff, prev.first, prev.last);
    }

    bool kept(std::size_t j) const {
        return std::find(kept_.begin(), kept_.end(), j) != kept_.end();
    }

    void add_to_frame(TriggerRef ref, Span span) {
        Frame* frame = nullptr;
        const auto clause = clause_of(span.first);
        const Trigger& weak_or_not = rules_.kinds[ref.kind].triggers[ref.trigger];
        for (auto& f : out_.frames)
            if (f.kind == ref.kind && f.clause == clause && !f.weak && !weak_or_not.weak)
                frame = &f;
        // "met Lutnick on Oct. 16 and flew back for another session with him
        // last week": a second happening of the kind, with its own day.
        // So is one whose words end so: "spent two hours on the phone with
        // Lutnick on Friday and expected to speak to him again this week".
        if (frame && rules_.another &&
            rules_.classes.match(doc_, *rules_.another, span.last - 1, span.last))
            frame = nullptr;
        if (frame && rules_.another)
            for (std::size_t i = span.first; i-- > s_.first && span.first - i <= 2;)
                if (rules_.classes.match(doc_, *rules_.another, i, span.first)) {
                    frame = nullptr;
                    break;
                }
        // "aim to sign it by the end of the year and bring it into force on
        // Jan. 1, 2027": two deadlines, each with the day its words hold.
        if (frame && holds_date(span))
            for (const Span& t : frame->triggers)
                if (holds_date(t)) {
                    frame = nullptr;
                    break;
                }
        if (!frame) {
            frame = &new_frame();
            frame->kind = ref.kind;
            frame->clause = clause;
        }
        const bool told_before = !frame->triggers.empty() && !frame->joins;
        frame->triggers.push_back(span);
        const Trigger& trig = rules_.kinds[ref.kind].triggers[ref.trigger];
        // "imposed a 25 percent tariff on Wednesday, to take effect in 21
        // days": the words of when it is to apply date it, not those of its
        // telling ("with the final levies taking effect" tells of others).
        if (trig.joins && told_before && !trig.approach && span.first > s_.first &&
            doc_.token_lower(span.first - 1) == "to")
            frame->dating_triggers.assign(1, span);
        else if (!trig.approach)
            frame->dating_triggers.push_back(span);
        if (trig.status && !frame->trigger_status) frame->trigger_status = trig.status;
        if (trig.subject_is_target) frame->subject_is_target = true;
        if (trig.weak) frame->weak = true;
        if (!trig.fallback) frame->fallback = false;
        if (!trig.joins) frame->joins = false;
        if (!trig.dateless) frame->dateless = false;
        if (trig.rate && !frame->default_rate) frame->default_rate = trig.rate;
        if (points_back(span) || tariff_pronoun_after(rules_.kinds[ref.kind], span))
            frame->definite = true;
    }

    bool holds_date(Span t) const {
        for (auto k = doc_.first_tag_from(t.first);
             k < doc_.tags.size() && doc_.tags[k].first < t.last; ++k)
            if (doc_.tags[k].kind == TagKind::date && doc_.tags[k].last <= t.last) return true;
        return false;
    }

    // A frame at the end of the sentence's, made of a spare one when there
    // is one: its lists keep their memory.
    Frame& new_frame() {
        if (spare_frames_.empty()) return out_.frames.emplace_back();
        Frame& f = out_.frames.emplace_back(std::move(spare_frames_.back()));
        spare_frames_.pop_back();
        f.reset();
        return f;
    }

    // "the talks", "The tariffs are set to take effect": the words point back
    // to something an earlier sentence named.
    bool points_back(Span span) const {
        for (std::size_t back = 1; back <= 2 && span.first >= s_.first + back; ++back)
            if (rules_.classes.match(doc_, rules_.definite, span.first - back, span.first))
                return true;
        const auto clause = clause_of(span.first);
        for (std::size_t i = span.first; i-- > s_.first && clause_of(i) == clause;) {
            if (!rules_.classes.match(doc_, rules_.definite, i, span.first)) continue;
            for (std::size_t j = i + 1; j <= i + 3 && j < span.first; ++j)
                if (rules_.classes.match(doc_, rules_.anaphor, j, span.first)) return true;
        }
        return false;
    }

    // A date right after a verb of saying dates the report ("said Tuesday").
    bool reporting_date(const Tag& t) const {
        for (std::size_t back = 1; back <= 3 && t.first >= s_.first + back; ++back) {
            std::size_t i = t.first - back;
            if (doc_.tokens[i].shape == TokenShape::punct) break;
            if (rules_.classes.match(doc_, rules_.speech, i, t.first)) return true;
        }
        // "said in a statement late Thursday", "told reporters at a briefing on
        // Friday", "told reporters in New Delhi on Wednesday", "told a news
        // conference on Friday": who heard it and where, between the verb and
        // its day.
        if (rules_.exchange)
            for (std::size_t back = 2; back <= 8 && t.first >= s_.first + back; ++back) {
                const std::size_t i = t.first - back;
                if (!rules_.classes.match(doc_, rules_.speech, i, i + 1)) continue;
                std::size_t heard = heard_where(i + 1, t.first);
                // "said in a statement late on Thursday"
                if (heard < t.first &&
                    (doc_.token_lower(heard) == "late" || doc_.token_lower(heard) == "early"))
                    ++heard;
                if (heard < t.first && doc_.token_lower(heard) == "on") ++heard;
                if (heard == t.first) return true;
            }
        if (opens_saying(t)) return true;
        // "Modi, speaking at a rally in Ahmedabad on Monday, said": an aside
        // of speaking, its day last, before the verb of saying.
        if (rules_.speaking && t.last + 1 < s_.last && doc_.token_text(t.last) == "," &&
            rules_.classes.match(doc_, rules_.speech, t.last + 1, s_.last))
            for (std::size_t back = 1; back <= 10 && t.first >= s_.first + back + 1; ++back) {
                const std::size_t i = t.first - back;
                if (doc_.tokens[i].shape != TokenShape::punct) continue;
                if (doc_.token_text(i) == "," &&
                    rules_.classes.match(doc_, *rules_.speaking, i + 1, i + 2))
                    return true;
                break;
            }
        return t.last < s_.last &&
               rules_.classes.match(doc_, rules_.speech, t.last, s_.last) != 0 &&
               t.last + 1 < s_.last && doc_.tokens[t.last + 1].shape == TokenShape::punct;
    }

    // The end of the words after a verb of saying that tell who heard it and
    // where: "reporters", "a news conference", "in New Delhi", "at a briefing".
    std::size_t heard_where(std::size_t j, std::size_t end) const {
        const auto in_class = [&](const std::optional<std::uint32_t>& c, std::size_t k) {
            return c && k < end ? rules_.classes.match(doc_, *c, k, end) : std::size_t(0);
        };
        // "a news conference", "the briefing": where the words were said.
        // "a regular news briefing": a word may stand before it.
        const auto exchange_end = [&](std::size_t k) -> std::size_t {
            if (const auto m = in_class(rules_.determiner, k)) k = m;
            if (const auto m = in_class(rules_.exchange, k)) return m;
            return in_class(rules_.determiner, k - 1) ? in_class(rules_.exchange, k + 1) : 0;
        };
        if (const auto m = in_class(rules_.audience, j)) j = m;
        if (const auto m = exchange_end(j)) j = m;
        while (j + 1 < end && rules_.classes.match(doc_, rules_.location_prep, j, j + 1)) {
            if (const auto m = exchange_end(j + 1)) {
                j = m;
                continue;
            }
            const auto k = doc_.first_tag_from(j + 1);
            if (k == doc_.tags.size() || doc_.tags[k].first != j + 1 ||
                (doc_.tags[k].kind != TagKind::place && doc_.tags[k].kind != TagKind::country))
                break;
            j = doc_.tags[k].last;
        }
        if (const auto m = in_class(rules_.day_prep, j); m == end) j = m;
        return j;
    }

    // "Trump on Sunday urged China to buy more soybeans": a day between the
    // speaker and the words of a position dates them as "said on Sunday"
    // would, though the position takes no day of its own.
    bool before_position(const Tag& t, std::string_view cue) const {
        for (const auto& f : out_.frames) {
            const KindRules& kind = rules_.kinds[f.kind];
            if (!kind.accepts_cue("report") || kind.accepts_cue(cue)) continue;
            for (const auto& trigger : f.triggers)
                if (trigger.first == t.last) return true;
        }
        return false;
    }

    // "Aboard Air Force One on Saturday, Trump told reporters": a date in the
    // phrase that opens the sentence, then the speaker and the verb of saying.
    bool opens_saying(const Tag& t) const {
        if (t.last >= s_.last || doc_.token_text(t.last) != "," || t.first > s_.first + 5 ||
            date_cue(t) != "none")
            return false;
        for (std::size_t i = s_.first; i < t.first; ++i)
            if (doc_.token_text(i) == ",") return false;
        for (std::size_t j = t.last + 2; j <= t.last + 4 && j < s_.last; ++j) {
            if (doc_.tokens[j].shape == TokenShape::punct) return false;
            if (rules_.classes.match(doc_, rules_.speech, j, j + 1)) return true;
        }
        return false;
    }

    // "ahead of the upper house election on July 20": a date right after the
    // name of another kind of happening is that happening's.
    bool dates_other_event(const Tag& t) const {
        for (std::size_t back = 1; back <= 3 && t.first >= s_.first + back; ++back) {
            std::size_t i = t.first - back;
            if (doc_.tokens[i].shape == TokenShape::punct) break;
            if (rules_.classes.match(doc_, rules_.other_events, i, t.first)) return true;
        }
        return false;
    }

    // "During Thursday's call, Xi told Trump": the day of the exchange the
    // words were said in dates their report.
    bool exchange_date(const Tag& t) const {
        return rules_.exchange && t.last + 1 < s_.last &&
               rules_.classes.match(doc_, *rules_.exchange, t.last + 1, s_.last) != 0;
    }

    // "this summer's election": the date belongs to another noun.
    bool modifies_noun(const Tag& t) const {
        return t.last < s_.last && doc_.possessive_mark(t.last);
    }

    // "the July trade deal", "a July 9 letter": a date between a determiner
    // and the noun it qualifies.
    bool attributive(const Tag& t) const {
        // "after weekend talks": the temporal engine found the date qualifying
        // the noun of a happening.
        if (t.unit == "attributive" && t.last < s_.last) return true;
        if (!rules_.determiner || t.first <= s_.first || t.last >= s_.last) return false;
        if (!rules_.classes.match(doc_, *rules_.determiner, t.first - 1, t.first)) return false;
        const Token& next = doc_.tokens[t.last];
        return next.shape == TokenShape::word &&
               !rules_.classes.match(doc_, rules_.location_prep, t.last, t.last + 1) &&
               !rules_.classes.match(doc_, rules_.target_prep, t.last, t.last + 1);
    }

    // The frame with a trigger whose words reach into [from, to]
    // ("finalizing the July trade deal" holds the date it is dated by).
    Frame* frame_at(std::size_t from, std::size_t to) {
        for (auto& f : out_.frames)
            for (const auto& tr : f.triggers)
                if (tr.first <= to && tr.last > from) return &f;
        return nullptr;
    }

    // Token distance, longer across commas ("from Sept. 1, Carney said on
    // Friday, in a bid to restart talks") and much longer across clauses.
    std::size_t cost(const Frame& f, Span filler, bool date = false) const {
        constexpr std::size_t per_comma = 4;
        // A date mostly follows what it dates ("hold talks on Friday").
        constexpr std::size_t date_before = 3;
        std::size_t best = std::numeric_limits<std::size_t>::max();
        for (const auto& t : f.triggers) {
            // A filler inside the trigger's own words is its, whatever clauses
            // they cross ("applying to vehicles that enter from Sept. 16").
            if (filler.first >= t.first && filler.last <= t.last) {
                best = 0;
                continue;
            }
            std::size_t d = distance(t, filler);
            if (date && filler.last <= t.first) d += date_before;
            // "imposed 25 percent on steel in March and raised it to 50
            // percent in June": a date before "and" and a second verb of the
            // same family ends the first verb's words, not the second's.
            if (date && filler.last < t.first && coordinated(t.first) && kin_before(f, filler))
                d += other_clause;
            const std::size_t from = std::min(t.last, filler.last);
            const std::size_t to = std::max(t.first, filler.first);
            if (to > from) d += per_comma * (commas_before(to) - commas_before(from));
            const auto a = clause_of(t.first), b = clause_of(filler.first);
            // A trigger whose words run into a clause it opens ("the pact that
            // Tokyo and Washington signed on Aug. 4") is at home in both.
            if (a != b && clause_of(t.last - 1) != b) {
                // A clause a word opens ("while keeping a 10 percent duty") keeps
                // its fillers, unless it tells the terms of the words right
                // before it ("a deal that lets 100,000 cars in", "an agreement
                // under which"); one a dash or a parenthesis opens lends them.
                const bool terms =
                    (opened_by_word_[b] && !seconds_[b] && clause_start_[b] >= t.last &&
                     words_between(past_date(t.last), clause_start_[b]) <=
                         (schedules(clause_start_[b]) ? max_topic_words : 2)) ||
                    // "the 25 percent that Trump had threatened to impose"
                    (opened_by_word_[a] && clause_start_[a] >= filler.last &&
                     clause_start_[a] - filler.last <= 2);
                if (!terms && (opened_by_word_[a] || opened_by_word_[b])) continue;
                d += other_clause;
            }
            best = std::min(best, d);
        }
        return best;
    }

    // Whether the clause a word opens at `open` gives a time the event was set
    // for ("which had been planned", "that is scheduled"): it may follow a
    // phrase of what the event is about.
    static constexpr std::size_t max_topic_words = 8;
    bool schedules(std::size_t open) const {
        if (!rules_.scheduling) return false;
        for (std::size_t i = open + 1; i < s_.last && i <= open + 4; ++i)
            if (rules_.classes.match(doc_, *rules_.scheduling, i, i + 1)) return true;
        return false;
    }

    // Whether the trigger at `first` is a verb joined to what comes before by
    // "and", "or" or "but".
    bool coordinated(std::size_t first) const {
        if (first <= s_.first) return false;
        const auto w = doc_.token_lower(first - 1);
        return w == "and" || w == "or" || w == "but";
    }

    // Whether another frame of `f`'s family has a trigger before `filler`.
    bool kin_before(const Frame& f, Span filler) const {
        const int fam = family(rules_.kinds[f.kind].kind);
        for (const auto& o : out_.frames) {
            if (&o == &f || family(rules_.kinds[o.kind].kind) != fam) continue;
            for (const auto& t : o.triggers)
                if (t.last <= filler.first) return true;
        }
        return false;
    }

    // Whether token `i` lies in the name of a country, organisation or person.
    bool in_name(std::size_t i) const {
        if (i < s_.first || i >= s_.last) return false;
        for (std::size_t k = doc_.first_tag_from(i >= s_.first + 6 ? i - 6 : s_.first);
             k < doc_.tags.size() && doc_.tags[k].first <= i; ++k) {
            const Tag& tag = doc_.tags[k];
            if (tag.last > i && (tag.kind == TagKind::country ||
                                 tag.kind == TagKind::organisation || tag.kind == TagKind::person))
                return true;
        }
        return false;
    }

    // Words in [from, to), names of countries, organisations and people, and
    // a word joining two names, counting as none: "talks between South Korea
    // and the United States that had been scheduled for Friday" hang the
    // clause on the talks.
    std::size_t words_between(std::size_t from, std::size_t to) const {
        std::size_t n = 0;
        for (std::size_t i = from; i < to; ++i) {
            if (in_name(i)) continue;
            const bool joins = i > s_.first && in_name(i - 1) && (in_name(i + 1) || in_name(i + 2));
            if (!joins) ++n;
        }
        return n;
    }

    // The token after a date that starts at `i` ("the deal this week, which
    // set"), else `i`.
    std::size_t past_date(std::size_t i) const {
        if (i >= s_.last || match_.tags.first_at[i] < 0) return i;
        for (auto k = std::size_t(match_.tags.first_at[i]);
             k < doc_.tags.size() && doc_.tags[k].first == i; ++k)
            if (doc_.tags[k].kind == TagKind::date && doc_.tags[k].last <= s_.last)
                return doc_.tags[k].last;
        return i;
    }

    bool dated_by_trigger(const Frame& f, Span filler) const {
        for (const auto& t : f.triggers) {
            if (t.first == filler.first || match_.tags.first_at[t.first] < 0) continue;
            for (auto k = std::size_t(match_.tags.first_at[t.first]);
                 k < doc_.tags.size() && doc_.tags[k].first == t.first; ++k)
                if (doc_.tags[k].kind == TagKind::date && doc_.tags[k].last == t.last &&
                    filler.first >= t.last)
                    return true;
        }
        return false;
    }

    static int family(EventKind k) {
        switch (k) {
        case EventKind::talks:
            return 0;
        case EventKind::tariff_announced:
        case EventKind::tariff_imposed:
        case EventKind::tariff_changed:
        case EventKind::tariff_paused:
            return 1;
        case EventKind::deal:
            return 2;
        case EventKind::deadline:
            return 3;
        case EventKind::statement:
            return 4;
        }
        return 5;
    }

    // Whether the frame's clause is opened by a word of [contrast] after the
    // filler, in a clause of its own before it, and names goods or a country
    // of its own ("but will cut the tariff to zero" tells of the clause
    // before, and takes its day to know which tariff).
    bool contrasted(const Frame& f, Span filler) const {
        if (!rules_.contrast) return false;
        const std::size_t t = f.triggers.front().first;
        const auto clause = clause_of(t);
        if (filler.last > t || clause_of(filler.first) == clause) return false;
        const std::size_t start = clause_start_[clause];
        if (start < filler.last || !rules_.classes.match(doc_, *rules_.contrast, start, start + 1))
            return false;
        for (std::size_t k = doc_.first_tag_from(start);
             k < doc_.tags.size() && doc_.tags[k].first < s_.last; ++k) {
            const Tag& tag = doc_.tags[k];
            if (clause_of(tag.first) != clause) continue;
            if (tag.kind == TagKind::product || tag.kind == TagKind::country) return true;
        }
        return false;
    }

    // For each family, the frame nearest to the filler among those `takes`
    // accepts: `give(frame)` is called for each, at most one per family.
    template <typename Accepts, typename Give>
    void nearest(Span filler, Accepts takes, Give give, std::size_t max_cost = SIZE_MAX,
                 bool date = false) {
        constexpr int families = 6;
        int best[families];
        std::size_t best_cost[families];
        for (int f = 0; f < families; ++f) {
            best[f] = -1;
            best_cost[f] = std::numeric_limits<std::size_t>::max();
        }
        for (std::size_t k = 0; k < out_.frames.size(); ++k) {
            const Frame& f = out_.frames[k];
            const KindRules& rules = rules_.kinds[f.kind];
            if (f.weak || !takes(rules)) continue;
            // "by the Group of Seven summit in mid-June, where the leaders
            // could meet": a frame whose words are a date is dated by them
            // and leaves the dates beside it to the others.
            if (date && dated_by_trigger(f, filler)) continue;
            if (date && f.dateless) continue;
            // "the steel talks are complicated by the sector's ownership: the
            // works was taken under government control in April": what a colon
            // or semicolon opens is told apart, its dates with it.
            // A date heading the sentence before its colon ("April 9: Trump
            // suspended the rate") is the date of the item it heads.
            if (date && colon_between(f, filler) && !heading(filler)) continue;
            // "has applied to most Korean goods since Aug. 7, but Korean cars
            // have gone on paying 25 percent": a clause set against the one
            // before takes none of its days.
            if (date && contrasted(f, filler)) continue;
            std::size_t c = cost(f, filler, date);
            int fam = family(rules.kind);
            if (c < best_cost[fam] && c <= max_cost) {
                best_cost[fam] = c;
                best[fam] = int(k);
            }
        }
        // A filler far nearer to one family's frame than to another's belongs
        // to the near one alone: "will drop its tariffs from Sept. 1 in a bid
        // to restart stalled talks" does not date the talks.
        std::size_t overall = std::numeric_limits<std::size_t>::max();
        for (int f = 0; f < families; ++f)
            if (best[f] >= 0) overall = std::min(overall, best_cost[f]);
        for (int f = 0; f < families; ++f)
            if (best[f] >= 0 &&
                (best_cost[f] >= other_clause || 2 * best_cost[f] <= 3 * overall + 6))
                give(out_.frames[std::size_t(best[f])]);
    }

    // A percentage that is a tariff rate: not a share ("60 percent of
    // exports") or an amount ("by 75 percent"), and close to a tariff word,
    // a trigger or another rate ("Japan 24 percent, the EU 20 percent").
    bool is_rate(std::size_t k) {
        if (rate_memo_.empty()) rate_memo_.assign(doc_.tags.size(), -1);
        if (rate_memo_[k] >= 0) return rate_memo_[k] == 1;
        const Tag& t = doc_.tags[k];
        bool ok = true;
        if (t.last < s_.last && doc_.token_lower(t.last) == "of") ok = false;
        if (t.first > s_.first && doc_.token_lower(t.first - 1) == "by") ok = false;
        // "a 19% tariff from Aug. 7, down from the 36% both had been
        // threatened with": where a change starts, told for comparison.
        if (ok && rules_.starting_point)
            for (std::size_t back = 2; back <= 4 && t.first >= s_.first + back; ++back)
                if (rules_.classes.match(doc_, *rules_.starting_point, t.first - back, t.first) ==
                    t.first)
                    ok = false;
        // "bringing the new duties to 54 percent": a total of rates told as
        // their own.
        if (ok && rules_.totals && t.first > s_.first + 1 && doc_.token_lower(t.first - 1) == "to")
            for (std::size_t j = t.first - 1; j-- > s_.first && t.first - j <= 10;) {
                if (doc_.tokens[j].shape == TokenShape::punct) break;
                if (rules_.classes.match(doc_, *rules_.totals, j, j + 1)) {
                    ok = false;
                    break;
                }
            }
        // "entering the United States duty-free": a rate in words names the
        // tariff itself, with no tariff word or trigger beside it.
        if (ok && rate_in_words(t)) {
            rate_memo_[k] = 1;
            return true;
        }
        if (ok) {
            constexpr std::size_t near = 6;
            ok = false;
            const std::size_t from = t.first > s_.first + near ? t.first - near : s_.first;
            const std::size_t to = std::min(s_.last, t.last + near);
            if (rules_.classes.occurs(doc_, rules_.tariff, from, to)) ok = true;
            for (const auto& f : out_.frames)
                for (const auto& tr : f.triggers)
                    if (distance(tr, Span{t.first, t.last}) <= near) ok = true;
            // "cutting the tariff on up to 100,000 British cars a year to 10
            // percent": the rate a change of its clause goes to.
            if (!ok && t.first > s_.first && doc_.token_lower(t.first - 1) == "to")
                for (const auto& f : out_.frames)
                    for (const auto& tr : f.triggers)
                        if (changes_rate(f, tr) && clause_of(tr.first) == clause_of(t.first) &&
                            tr.last <= t.first &&
                            (this->near(tr, t.first) || unbroken_object(tr, t.first)))
                            ok = true;
            for (std::size_t j = doc_.first_tag_from(s_.first); j < k && !ok; ++j) {
                const Tag& p = doc_.tags[j];
                if (p.kind == TagKind::percent && p.first >= s_.first && p.last <= t.first &&
                    t.first - p.last <= 5 && is_rate(j))
                    ok = true;
            }
            // "add 15 percent to duties on U.S. chicken, wheat, corn and
            // cotton, and 10 percent on sorghum": a rate on goods after "and"
            // goes with the rate on goods before it, however long its list.
            constexpr std::size_t list_reach = 20;
            // "15 percent on", "15 percent to duties on": a rate told on goods.
            const auto on_goods = [&](const Tag& p) {
                for (std::size_t i = p.last; i < s_.last && i < p.last + 4; ++i)
                    if (doc_.token_lower(i) == "on" || doc_.token_lower(i) == "for") return true;
                return false;
            };
            if (!ok && on_goods(t) && t.first > s_.first && doc_.token_lower(t.first - 1) == "and")
                for (std::size_t j = doc_.first_tag_from(s_.first); j < k && !ok; ++j) {
                    const Tag& p = doc_.tags[j];
                    if (p.kind == TagKind::percent && p.first >= s_.first && p.last <= t.first &&
                        t.first - p.last <= list_reach && on_goods(p) && is_rate(j))
                        ok = true;
                }
        }
        rate_memo_[k] = ok ? 1 : 0;
        return ok;
    }

    // "met on Thursday for the second time this week": a span that counts
    // how often something happened dates none of it.
    bool counts_times(const Tag& t) const {
        if (t.first < s_.first + 2 || doc_.token_lower(t.first - 1) != "time") return false;
        for (std::size_t k = doc_.first_tag_from(t.first - 2);
             k < doc_.tags.size() && doc_.tags[k].first == t.first - 2; ++k)
            if (doc_.tags[k].kind == TagKind::ordinal && doc_.tags[k].last == t.first - 1)
                return true;
        return rules_.counting_time &&
               rules_.classes.is_word(doc_, *rules_.counting_time, t.first - 2);
    }

    // "duty-free", "with no tariffs": no number, and nothing but a zero rate.
    bool rate_in_words(const Tag& t) const {
        return t.kind == TagKind::percent && t.number == 0 &&
               doc_.tokens[t.first].shape != TokenShape::number;
    }

    // "third round", "7th round", "round three". Rounds are counted in ones
    // and tens: "the 7777777777th round" is none (nor a number an int holds).
    std::optional<int> round_at(const Tag& t) const {
        constexpr double max_round = 1000;
        if (!(t.number >= 1 && t.number <= max_round)) return std::nullopt;
        if (t.kind == TagKind::ordinal) {
            std::size_t j = t.last;
            if (j < s_.last && rules_.classes.match(doc_, rules_.round, j, s_.last))
                return int(t.number);
            return std::nullopt;
        }
        if (t.kind == TagKind::cardinal && t.first > s_.first &&
            rules_.classes.match(doc_, rules_.round, t.first - 1, t.first) == t.first)
            return int(t.number);
        return std::nullopt;
    }

    void assign_fillers() {
        std::vector<std::pair<std::size_t, std::size_t>> inside_change;
        // (frame, date tag): "the July trade deal" is dated by its own words alone.
        std::vector<std::pair<std::size_t, std::size_t>> owned_dates;
        for (std::size_t k = doc_.first_tag_from(s_.first); k < doc_.tags.size(); ++k) {
            const Tag& t = doc_.tags[k];
            if (t.first >= s_.last) break;
            if (t.last > s_.last) continue;
            if (t.kind == TagKind::change) inside_change.push_back({t.first, t.last});
        }
        auto in_change = [&](const Tag& t) {
            for (auto [a, b] : inside_change)
                if (t.first >= a && t.last <= b) return true;
            return false;
        };
        for (std::size_t k = doc_.first_tag_from(s_.first); k < doc_.tags.size(); ++k) {
            const Tag& t = doc_.tags[k];
            if (t.first >= s_.last) break;
            if (t.last > s_.last) continue;
            Span span{t.first, t.last};
            switch (t.kind) {
            case TagKind::date: {
                const bool exchange = modifies_noun(t) && exchange_date(t);
                if (!exchange && (modifies_noun(t) || attributive(t))) {
                    // "Wednesday's deadline", "the July 21 target", "a July 9
                    // letter": the date is the noun's, and dates no frame but
                    // the one that noun states.
                    const std::size_t noun = modifies_noun(t) ? t.last + 1 : t.last;
                    if (Frame* f = frame_at(noun, noun + 2);
                        f && rules_.kinds[f->kind].takes(Slot::date))
                        owned_dates.emplace_back(std::size_t(f - out_.frames.data()), k);
                    break;
                }
                if (dates_other_event(t) || counts_times(t)) break;
                std::string_view cue = date_cue(t);
                const bool reporting = exchange || reporting_date(t) || before_position(t, cue);
                nearest(
                    span,
                    [&](const KindRules& r) {
                        if (!r.takes(Slot::date)) return false;
                        if (reporting) return r.accepts_cue("report");
                        return r.accepts_cue(cue);
                    },
                    [&](Frame& f) { f.dates.push_back(k); }, SIZE_MAX, true);
                if (reporting)
                    for (auto& f : out_.frames)
                        f.report_dates.push_back(k);
                break;
            }
            case TagKind::duration: {
                // "a day after Trump announced", "two weeks ago": a span that
                // places another time, not how long anything lasts.
                if (t.last < s_.last) {
                    const auto next = doc_.token_lower(t.last);
                    if (next == "after" || next == "before" || next == "later" ||
                        next == "earlier" || next == "ago")
                        break;
                }
                nearest(
                    span, [](const KindRules& r) { return r.takes(Slot::duration); },
                    [&](Frame& f) { f.durations.push_back(k); });
                break;
            }
            case TagKind::percent:
            case TagKind::change: {
                if (t.kind == TagKind::percent && !is_rate(k)) break;
                if (t.kind == TagKind::percent && in_change(t)) {
                    // "to 15 percent from the 25 percent that took effect in April":
                    // the old rate may also be another frame's, close by.
                    nearest(
                        span,
                        [](const KindRules& r) {
                            return r.takes(Slot::rate) && r.kind != EventKind::tariff_changed;
                        },
                        [&](Frame& f) { f.rates.push_back(k); }, other_clause + 4);
                    break;
                }
                nearest(
                    span, [](const KindRules& r) { return r.takes(Slot::rate); },
                    [&](Frame& f) { f.rates.push_back(k); });
                break;
            }
            case TagKind::points:
                // "suspended 24 percentage points of its tariffs": the part of a
                // tariff a pause holds off is its rate.
                if (t.last < s_.last && doc_.token_lower(t.last) == "of")
                    nearest(
                        span,
                        [](const KindRules& r) {
                            return r.takes(Slot::rate) && r.kind == EventKind::tariff_paused;
                        },
                        [&](Frame& f) { f.rates.push_back(k); });
                break;
            case TagKind::quantity:
                nearest(
                    span, [](const KindRules& r) { return r.takes(Slot::quota); },
                    [&](Frame& f) { f.quotas.push_back(k); });
                break;
            case TagKind::ordinal:
            case TagKind::cardinal: {
                auto round = round_at(t);
                if (!round) break;
                nearest(
                    span, [](const KindRules& r) { return r.takes(Slot::round); },
                    [&](Frame& f) {
                        f.rounds.push_back({t.first, *round});
                    });
                break;
            }
            default:
                break;
            }
        }
        for (auto& f : out_.frames)
            if (f.weak) fill_weak(f);
        for (auto [frame, k] : owned_dates)
            out_.frames[frame].dates = {k};
        for (auto& f : out_.frames)
            date_by_duration_start(f);
        for (auto& f : out_.frames)
            date_by_clause_before(f);
        for (auto& f : out_.frames) {
            if (f.weak) continue;
            keep_own_clause(f, f.dates, true);
            keep_own_clause(f, f.rates);
            keep_rates_told_first(f);
            keep_new_rates(f);
            take_gapped_rates(f);
            keep_own_clause(f, f.quotas);
            keep_own_clause(f, f.durations);
            keep_own_clause_rounds(f);
        }
        for (auto& f : out_.frames)
            date_by_subject_in_force(f);
        // "On Feb. 3, Mexico agreed to send troops, and Trump held off his
        // tariff until March 4": a frame whose only day is where it ends
        // starts on the day heading the sentence.
        const auto only_ends = [&](const Frame& f) {
            return rules_.kinds[f.kind].takes(Slot::duration) &&
                   std::all_of(f.dates.begin(), f.dates.end(),
                               [&](std::size_t k) { return bound_cue(date_cue(doc_.tags[k])); });
        };
        if (const auto fronted = fronted_date())
            for (auto& f : out_.frames)
                if ((f.dates.empty() || (only_ends(f) && !state_since(*fronted))) && !f.weak &&
                    rules_.kinds[f.kind].takes(Slot::date) &&
                    rules_.kinds[f.kind].accepts_cue(date_cue(doc_.tags[*fronted])) &&
                    !contrasted(f.dates.empty() ? doc_.tags[*fronted].last
                                                : past_after(doc_.tags[*fronted].last),
                                f.triggers.front().first))
                    f.dates.push_back(*fronted);
    }

    // "Since April 5, Indian goods have been charged 10 percent, and the 26
    // percent rate is on hold until Wednesday": a day a state runs from starts
    // no happening told with its end.
    bool state_since(std::size_t fronted) const { return date_cue(doc_.tags[fronted]) == "since"; }

    // Past the "after" that may follow the comma of a day heading the
    // sentence: "On Feb. 3, after a phone call between the two leaders, ..."
    // tells what came first that day, no contrast.
    std::size_t past_after(std::size_t comma) const {
        return comma + 1 < s_.last && doc_.token_lower(comma + 1) == "after" ? comma + 2 : comma;
    }

    // Whether a clause of contrast opens between `from` and `to`: "On Nov. 14,
    // Trump scrapped the tariff on coffee, but Brazilian shippers still faced
    // the 40 percent charge" tells a state the day does not date.
    bool contrasted(std::size_t from, std::size_t to) const {
        return rules_.contrast && rules_.classes.occurs(doc_, *rules_.contrast, from, to);
    }

    // "From Nov. 10, China will suspend its 24% tariff ... and will scrap
    // retaliatory levies": a date that opens the sentence, set off by a
    // comma or a colon, dates each of its happenings that has no day of its own.
    std::optional<std::size_t> fronted_date() const {
        for (std::size_t k = doc_.first_tag_from(s_.first); k < doc_.tags.size(); ++k) {
            const Tag& t = doc_.tags[k];
            if (t.first > s_.first + 1) break;
            // "May 25: After a call with von der Leyen, Trump agrees ...": a
            // chronology's day heads its line with a colon.
            if (t.kind != TagKind::date || t.last >= s_.last ||
                (doc_.token_text(t.last) != "," && doc_.token_text(t.last) != ":"))
                continue;
            if (t.first == s_.first + 1 && doc_.tokens[s_.first].shape != TokenShape::word)
                continue;
            return k;
        }
        return std::nullopt;
    }

    // "He agreed last week to halve the rate, effective Nov. 10, after meeting
    // Xi in South Korea": a happening told after "after", with no day of its
    // own, took place in the time the clause it follows is dated by; a bound
    // or a start there ("effective Nov. 10") is another time.
    void date_by_clause_before(Frame& f) const {
        if (!f.dates.empty() || f.weak) return;
        const KindRules& kind = rules_.kinds[f.kind];
        if (!kind.takes(Slot::date)) return;
        const std::size_t trigger = f.triggers.front().first;
        // "after" a few words before the trigger, "during" before the noun
        // of the happening ("reached the agreement on July 22, during the
        // minister's eighth visit"), or "while" or "as" opening its clause
        // before a verb in the past: "halved its tariff to 10% on
        // Monday, while Beijing dropped the duties it had placed in March"
        // dropped them that Monday, and "agreed on Monday to scrap checks, as
        // Starmer hosted the first summit" held it that Monday; "while keeping
        // a 10 percent duty" and "while steel pays 50%" tell a state.
        const auto past_word = [&](std::size_t i) {
            const auto word = doc_.token_lower(i);
            return word.size() > 3 && word.substr(word.size() - 2) == "ed";
        };
        const bool past = past_word(trigger);
        bool past_since = past;
        std::size_t after = trigger;
        for (std::size_t i = trigger; i > s_.first;) {
            --i;
            if (doc_.tokens[i].shape == TokenShape::punct) break;
            const auto w = doc_.token_lower(i);
            if ((w == "after" && trigger - i <= 8 && units_between(i + 1, trigger) <= 2) ||
                ((w == "while" || w == "as") && past_since) ||
                (w == "during" && trigger - i <= 6)) {
                after = i;
                break;
            }
            // "as Starmer hosted the first summit"; not "as the government
            // worked on an offer it hopes will reopen negotiations".
            past_since = past_since || (trigger - i <= 3 && past_word(i));
        }
        if (after == trigger || after == s_.first || doc_.token_text(after - 1) != ",") {
            date_by_clause_after(f, kind, past);
            return;
        }
        std::optional<std::size_t> found;
        for (std::size_t k = doc_.first_tag_from(s_.first); k < doc_.tags.size(); ++k) {
            const Tag& t = doc_.tags[k];
            if (t.first >= after) break;
            if (may_share(t, kind)) found = k;
        }
        f.shared_date = found;
    }

    // "A decree that took effect on March 31 lowered import duties": what a
    // measure did, told after the day it took effect in a relative clause on
    // the subject, it did that day.
    void date_by_subject_in_force(Frame& f) const {
        if (!f.dates.empty() || f.shared_date || f.weak) return;
        const KindRules& kind = rules_.kinds[f.kind];
        if (!kind.takes(Slot::date)) return;
        const std::size_t trigger = f.triggers.front().first;
        constexpr std::size_t longest_subject = 5;
        for (std::size_t r = s_.first + 1; r + 3 < trigger && r <= s_.first + longest_subject;
             ++r) {
            const auto w = doc_.token_lower(r);
            if (w != "that" && w != "which") continue;
            const auto verb = doc_.token_lower(r + 1), object = doc_.token_lower(r + 2);
            const bool took_effect = (verb == "took" || verb == "takes") && object == "effect";
            const bool came_into =
                (verb == "came" || verb == "entered" || verb == "went") && object == "into";
            if (!took_effect && !came_into) return;
            for (std::size_t k = doc_.first_tag_from(r + 3);
                 k < doc_.tags.size() && doc_.tags[k].first < trigger; ++k) {
                const Tag& t = doc_.tags[k];
                if (t.kind != TagKind::date) continue;
                // Its verb right after the date, or a participle after a comma
                // that goes on telling what it did (", cutting the rate on gas").
                const bool own_verb = t.last == trigger;
                const bool participle = t.last < trigger && doc_.token_text(trigger - 1) == "," &&
                                        doc_.token_lower(trigger).ends_with("ing");
                if ((own_verb || participle) && kind.accepts_cue(date_cue(t))) f.shared_date = k;
                return;
            }
            return;
        }
    }

    // The words from `from` to `to`, a name with its title and country counted
    // as one: "after President Lee Jae Myung hosted" is as near as "after Lee
    // hosted".
    std::size_t units_between(std::size_t from, std::size_t to) const {
        std::size_t units = 0;
        bool in_name = false;
        for (std::size_t j = from; j < to;) {
            std::size_t end = j;
            for (std::size_t k = doc_.first_tag_from(j);
                 k < doc_.tags.size() && doc_.tags[k].first == j; ++k) {
                const TagKind kind = doc_.tags[k].kind;
                if (kind == TagKind::person || kind == TagKind::role || kind == TagKind::country)
                    end = std::max(end, doc_.tags[k].last);
            }
            const bool name = end > j;
            units += !(name && in_name);
            in_name = name;
            j = name ? end : j + 1;
        }
        return units;
    }

    // Whether tag `t` is a date a frame of `kind` may share from a clause
    // beside it: a date of no other noun or happening, with a cue the kind takes.
    bool may_share(const Tag& t, const KindRules& kind) const {
        return t.kind == TagKind::date && kind.accepts_cue(date_cue(t)) && !modifies_noun(t) &&
               !attributive(t) && !dates_other_event(t);
    }

    // "announced a political agreement on the pact after talks in Brussels
    // on July 13": a happening in the past, with no day of its own, told as
    // coming right after something dated took place that day.
    void date_by_clause_after(Frame& f, const KindRules& kind, bool past) const {
        if (!past) return;
        // The words of what was agreed may stand between: "signed a framework
        // on securing supplies of rare earths after their summit talks in
        // Tokyo on Tuesday".
        constexpr std::size_t after_reach = 12;
        const std::size_t end = f.triggers.front().last;
        for (std::size_t i = end; i < s_.last && i < end + after_reach; ++i) {
            if (doc_.tokens[i].shape == TokenShape::punct) return;
            if (doc_.token_lower(i) != "after") continue;
            // The day of what it came after, in that clause's own words ("their
            // first summit talks at the Akasaka Palace in Tokyo on Tuesday").
            for (std::size_t k = doc_.first_tag_from(i + 1);
                 k < doc_.tags.size() && doc_.tags[k].first < s_.last &&
                 doc_.tags[k].first <= i + after_reach;
                 ++k) {
                const Tag& t = doc_.tags[k];
                if (t.first > i + 8 && !no_stop_between(i, t.first)) return;
                if (may_share(t, kind)) {
                    f.shared_date = k;
                    return;
                }
            }
            return;
        }
    }

    // Fillers from another clause go to a frame only when its own clauses
    // have none: "told a news conference on Tuesday that talks have been
    // held since Monday" dates the talks by Monday alone.
    // "will suspend the tariff for another year from Nov. 10 and lift…": the
    // start a frame's duration runs from dates that frame too, however near
    // the next verb stands to it.
    void date_by_duration_start(Frame& f) const {
        for (auto d : f.durations) {
            std::size_t at = doc_.tags[d].last;
            if (at >= s_.last ||
                !(doc_.token_lower(at) == "from" || doc_.token_lower(at) == "starting"))
                continue;
            ++at;
            for (std::size_t k = doc_.first_tag_from(at); k < doc_.tags.size(); ++k) {
                const Tag& t = doc_.tags[k];
                if (t.first != at) break;
                if (t.kind == TagKind::date &&
                    std::find(f.dates.begin(), f.dates.end(), k) == f.dates.end())
                    f.dates.push_back(k);
            }
        }
    }

    void keep_own_clause(const Frame& f, std::vector<std::size_t>& tags, bool spans = false) const {
        auto own = [&](std::size_t k) {
            for (const auto& t : f.triggers)
                if (clause_of(t.first) == clause_of(doc_.tags[k].first)) return true;
            return false;
        };
        if (std::any_of(tags.begin(), tags.end(), own)) {
            tags.erase(std::remove_if(tags.begin(), tags.end(), [&](auto k) { return !own(k); }),
                       tags.end());
        } else if (tags.size() > 1) {
            // From other clauses, only the nearest.
            auto best = *std::min_element(tags.begin(), tags.end(), [&](auto a, auto b) {
                return cost(f, Span{doc_.tags[a].first, doc_.tags[a].last}) <
                       cost(f, Span{doc_.tags[b].first, doc_.tags[b].last});
            });
            // "The talks, which ran from Monday to late Tuesday night": dates
            // that bound one span stay together.
            if (spans && clause_of(doc_.tags[best].first) != clause_of(f.triggers.front().first)) {
                const auto clause = clause_of(doc_.tags[best].first);
                tags.erase(
                    std::remove_if(tags.begin(), tags.end(),
                                   [&](auto k) { return clause_of(doc_.tags[k].first) != clause; }),
                    tags.end());
                if (tags.size() == 2) return;
            }
            tags = {best};
        }
    }

    // "The 20 percent rate is well below the 46 percent Trump announced": a
    // trigger that opens with its rate, told before its verb, has that rate
    // and no other of the sentence.
    void keep_rates_told_first(Frame& f) const {
        auto opens_with_rate = [&](const Span& t) {
            if (match_.tags.first_at[t.first] < 0) return false;
            for (auto k = std::size_t(match_.tags.first_at[t.first]);
                 k < doc_.tags.size() && doc_.tags[k].first == t.first; ++k)
                if (doc_.tags[k].kind == TagKind::percent) return true;
            return false;
        };
        if (std::none_of(f.triggers.begin(), f.triggers.end(), opens_with_rate)) return;
        auto inside = [&](std::size_t k) {
            for (const auto& t : f.triggers)
                if (doc_.tags[k].first >= t.first && doc_.tags[k].last <= t.last) return true;
            return false;
        };
        f.rates.erase(std::remove_if(f.rates.begin(), f.rates.end(),
                                     [&](std::size_t k) { return !inside(k); }),
                      f.rates.end());
    }

    void keep_own_clause_rounds(Frame& f) const {
        auto own = [&](const std::pair<std::size_t, int>& r) {
            for (const auto& t : f.triggers)
                if (clause_of(t.first) == clause_of(r.first)) return true;
            return false;
        };
        if (std::any_of(f.rounds.begin(), f.rounds.end(), own))
            f.rounds.erase(std::remove_if(f.rounds.begin(), f.rounds.end(),
                                          [&](const auto& r) { return !own(r); }),
                           f.rounds.end());
    }

    // A weak frame names one tariff: the rate in its words, and a date only
    // when the words say since when it has applied ("in force since March").
    void fill_weak(Frame& f) const {
        const Span span = f.triggers.front();
        // The day a tariff named in passing has run since may stand past the
        // goods and who charges them: "the 19% rate it has charged on Malaysian
        // and Cambodian goods since Aug. 7".
        constexpr std::size_t since_reach = 12;
        for (std::size_t k = doc_.first_tag_from(span.first); k < doc_.tags.size(); ++k) {
            const Tag& t = doc_.tags[k];
            if (t.first >= s_.last || t.first > span.last + since_reach) break;
            if (t.kind == TagKind::percent && t.first < span.last) f.rates.push_back(k);
            if (t.kind == TagKind::date && t.first >= span.last && date_cue(t) == "since" &&
                clause_of(t.first) == clause_of(span.first))
                f.dates.push_back(k);
        }
    }

    // "heavy trucks would face a 25 percent tariff and kitchen cabinets a 50
    // percent tariff", "is due to rise to 30 percent on Jan. 1, and the rate on
    // kitchen cabinets to 50 percent": after "and", a rate with no verb of its
    // own shares the verb of the rate before it. Around it stand only goods,
    // days, and the words that name a rate.
    void take_gapped_rates(Frame& f) const {
        if (f.rates.empty() || !rules_.kinds[f.kind].takes(Slot::rate)) return;
        std::sort(f.rates.begin(), f.rates.end(),
                  [&](auto a, auto b) { return doc_.tags[a].first < doc_.tags[b].first; });
        for (std::size_t i = 1; i < f.rates.size(); ++i)
            if (gapped(doc_.tags[f.rates[i - 1]].last, f.rates[i])) f.gapped_rate = f.rates[i];
        const std::size_t last = f.rates.back();
        for (std::size_t k = last + 1; k < doc_.tags.size(); ++k) {
            const Tag& t = doc_.tags[k];
            if (t.first >= s_.last) return;
            if (t.kind != TagKind::percent || t.first < doc_.tags[last].last) continue;
            if (gapped(doc_.tags[last].last, k)) {
                f.rates.push_back(k);
                f.gapped_rate = k;
            }
            return;
        }
    }

    // Whether the percent tag `rate` is joined by "and" to a rate ending at
    // `from` with no verb before or after it.
    bool gapped(std::size_t from, std::size_t rate) const {
        constexpr std::size_t max_gap = 16;
        const Tag& r = doc_.tags[rate];
        if (r.first > from + max_gap || clause_of(r.first) != clause_of(from)) return false;
        // "50 percent of": a share, no rate.
        if (r.last < s_.last && doc_.token_lower(r.last) == "of") return false;
        bool joined = false;
        int unknown = 0;
        std::size_t k = doc_.first_tag_from(from);
        auto plain = [&](std::size_t& i, std::size_t end, int allowed) {
            while (i < end) {
                if (starts_trigger(i)) return false;
                while (k < doc_.tags.size() && doc_.tags[k].first < i)
                    ++k;
                if (k < doc_.tags.size() && doc_.tags[k].first == i) {
                    const Tag& t = doc_.tags[k];
                    if (t.kind == TagKind::product || t.kind == TagKind::country ||
                        t.kind == TagKind::date || t.kind == TagKind::place) {
                        i = t.last;
                        continue;
                    }
                }
                const auto w = doc_.token_lower(i);
                if (w == "and") {
                    joined = true;
                } else if (w == "-") {
                    // "non-U.S.": a hyphen joins words, it is none.
                } else if (end == s_.last && (w == "," || w == "." || w == ";")) {
                    return true; // the words after the rate end here
                } else if (!(rules_.gapping &&
                             rules_.classes.match(doc_, *rules_.gapping, i, i + 1)) &&
                           !rules_.classes.match(doc_, rules_.tariff, i, i + 1) &&
                           ++unknown > allowed) {
                    return false;
                }
                ++i;
            }
            return true;
        };
        std::size_t i = from;
        if (!plain(i, r.first, 2) || !joined) return false;
        i = r.last;
        unknown = 0;
        return plain(i, s_.last, 0);
    }

    bool starts_trigger(std::size_t i) const {
        for (const auto& g : out_.frames)
            if (!g.weak)
                for (const auto& t : g.triggers)
                    if (t.first == i) return true;
        return false;
    }

    // "raised it to 35 percent from 25 percent", "lower the 25 percent
    // tariff to 12.5 percent": a rate after "from" is the old one, and a
    // change keeps the rate it goes to.
    void keep_new_rates(Frame& f) const {
        auto after = [&](std::size_t k, std::string_view word) {
            std::size_t i = doc_.tags[k].first;
            return i > s_.first && doc_.token_lower(i - 1) == word;
        };
        auto& rates = f.rates;
        auto drop_unless = [&](auto keep) {
            if (std::any_of(rates.begin(), rates.end(), keep) &&
                !std::all_of(rates.begin(), rates.end(), keep))
                rates.erase(
                    std::remove_if(rates.begin(), rates.end(), [&](auto k) { return !keep(k); }),
                    rates.end());
        };
        drop_unless([&](std::size_t k) { return !after(k, "from"); });
        // A rate in words ("duty-free") is always one goods go to.
        if (rules_.kinds[f.kind].kind == EventKind::tariff_changed)
            drop_unless([&](std::size_t k) {
                return after(k, "to") || doc_.tags[k].kind == TagKind::change ||
                       rate_in_words(doc_.tags[k]);
            });
    }

    const Document& doc_;
    const Rules& rules_;
    const MatchContext& match_;
    const Sentence& s_;
    SentenceFrames& out_;
    // The finder's working lists, kept by the thread between sentences so
    // that each sentence reuses their memory rather than allocating anew.
    struct Scratch {
        std::vector<std::uint32_t> commas, colons, breaks;
        std::vector<bool> opened_by_word, seconds, drop;
        std::vector<Span> denied;
        std::vector<std::size_t> clause_start, kept, hit_tokens, failed_at;
        std::vector<std::size_t> anchor_tokens, start_tokens;
        std::vector<std::int8_t> rate_memo;
        std::vector<std::uint64_t> anchors;
        std::vector<HitRange> hit_ranges;
        std::vector<std::pair<TriggerRef, Span>> found;
        std::vector<Frame> spare_frames;
    };
    static Scratch& scratch() {
        thread_local Scratch s;
        return s;
    }
    Scratch& scratch_ = scratch();
    std::vector<std::uint32_t>&commas_ = scratch_.commas, &colons_ = scratch_.colons,
    &breaks_ = scratch_.breaks; // before each token of the sentence
    std::size_t commas_before(std::size_t token) const { return commas_[token - s_.first]; }
    std::size_t colons_before(std::size_t token) const { return colons_[token - s_.first]; }
    std::size_t breaks_before(std::size_t token) const { return breaks_[token - s_.first]; }
    std::vector<bool>& drop_ = scratch_.drop;                     // by frame: to be dropped
    std::vector<Span>& denied_ = scratch_.denied;                 // negated words of tariffs
    std::vector<bool>& opened_by_word_ = scratch_.opened_by_word; // by clause number
    // By clause number: opened by a second verb.
    std::vector<bool>& seconds_ = scratch_.seconds;
    std::vector<std::size_t>& clause_start_ = scratch_.clause_start; // by clause number
    std::vector<std::size_t>& kept_ = scratch_.kept;
    std::vector<Frame>& spare_frames_ = scratch_.spare_frames;
    // By prefix slot (see Rules::prefix), the last token a try of its
    // trigger found no match at.
    std::vector<std::size_t>& failed_at_ = scratch_.failed_at;
    // The sentence's tokens whose word is in an anchor set, and those a
    // trigger may start at: find_anchor_sets.
    std::vector<std::size_t>&anchor_tokens_ = scratch_.anchor_tokens,
    &start_tokens_ = scratch_.start_tokens;
    std::vector<std::uint64_t>& anchors_ = scratch_.anchors;   // by anchor set: see Rules
    std::vector<std::int8_t>& rate_memo_ = scratch_.rate_memo; // by tag index: -1 not yet known
    std::vector<HitRange>& hit_ranges_ = scratch_.hit_ranges;
    std::vector<std::size_t>& hit_tokens_ = scratch_.hit_tokens;
};

// Whether the parenthesis at `i` only holds an amount of money: "93 billion
// euros ($108 billion) of American goods" converts the amount and parts no
// clause.
bool converts_amount(const Document& doc, std::size_t i) {
    const bool opening = doc.token_text(i) == "(";
    if (opening && i + 1 >= doc.tokens.size()) return false;
    if (!opening && i == 0) return false;
    const std::size_t inside = opening ? i + 1 : i - 1;
    // An amount is a few words long: its tag starts close before the mark.
    const std::size_t from = opening ? inside : (i > 8 ? i - 8 : 0);
    for (std::size_t k = doc.first_tag_from(from); k < doc.tags.size(); ++k) {
        const Tag& t = doc.tags[k];
        if (t.first > inside) break;
        if (t.kind != TagKind::money) continue;
        if (opening && t.first == inside && t.last < doc.tokens.size() &&
            doc.token_text(t.last) == ")")
            return true;
        if (!opening && t.last == i && t.first > 0 && doc.token_text(t.first - 1) == "(")
            return true;
    }
    return false;
}

} // namespace

std::size_t distance(Span a, Span b) {
    if (b.last <= a.first) return a.first - b.last;
    if (b.first >= a.last) return b.first - a.last;
    return 0;
}

std::vector<std::uint16_t> clause_numbers(const Document& doc, const Sentence& s,
                                          const Rules& rules, std::vector<bool>* opened_by_word,
                                          std::vector<bool>* seconds) {
    std::vector<std::uint16_t> out;
    clause_numbers(doc, s, rules, out, opened_by_word, seconds);
    return out;
}

void clause_numbers(const Document& doc, const Sentence& s, const Rules& rules,
                    std::vector<std::uint16_t>& out, std::vector<bool>* opened_by_word,
                    std::vector<bool>* seconds) {
    out.assign(s.last - s.first, 0);
    std::uint16_t n = 0;
    if (opened_by_word) opened_by_word->assign(1, false);
    if (seconds) seconds->assign(1, false);
    // ", which had been due to expire on Wednesday," ends at its comma: the
    // words after it belong to the clause before it again.
    int resume = -1;
    std::size_t resume_opened_at = 0; // the word that opened the clause to end
    // "The tariff on goods that meet the pact's rules is suspended": a
    // relative clause with no comma before it ends at an auxiliary after its
    // own verb. Its verb comes right after "that" ("that meet", "that are
    // covered"), else after its subject ("that Trump had threatened").
    struct Restrictive {
        bool open = false;
        std::uint16_t outer = 0, clause = 0;
        bool verb_seen = false;
        std::size_t opened_at = 0;
    } restrictive;
    const auto is_class = [&](const std::optional<std::uint32_t>& c, std::size_t i) {
        return rules.classes.is_word(doc, c, i);
    };
    // "its 25% levies on American steel, aluminum and automobiles": a comma
    // between two goods parts a list, not a clause.
    const auto product_from = [&](std::size_t i) {
        for (std::size_t k = doc.first_tag_from(i); k < doc.tags.size() && doc.tags[k].first == i;
             ++k)
            if (doc.tags[k].kind == TagKind::product) return true;
        return false;
    };
    const auto list_comma = [&](std::size_t i) {
        bool before = false;
        for (std::size_t k = doc.first_tag_from(i > s.first + 3 ? i - 3 : s.first);
             k < doc.tags.size() && doc.tags[k].first < i; ++k)
            if (doc.tags[k].kind == TagKind::product && doc.tags[k].last == i) before = true;
        return before && i + 1 < s.last &&
               (product_from(i + 1) || (i + 2 < s.last && product_from(i + 2)));
    };
    // Whether tokens [from, to) are names alone: "Kenya and Eswatini".
    const auto names_only = [&](std::size_t from, std::size_t to) {
        std::size_t j = from;
        while (j < to) {
            std::size_t end = j;
            for (std::size_t k = doc.first_tag_from(j);
                 k < doc.tags.size() && doc.tags[k].first == j; ++k) {
                const TagKind kind = doc.tags[k].kind;
                if (kind == TagKind::country || kind == TagKind::person ||
                    kind == TagKind::organisation)
                    end = std::max(end, doc.tags[k].last);
            }
            if (end == j && j > from && doc.tokens[j].word == rules.and_word) end = j + 1;
            if (end == j || end > to) return false;
            j = end;
        }
        return j > from;
    };
    const auto capitalised = [&](std::size_t i) {
        const auto w = doc.token_text(i);
        return doc.tokens[i].shape == TokenShape::word && !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
    };
    for (std::size_t i = s.first; i < s.last; ++i) {
        const Token& tok = doc.tokens[i];
        const bool punct = tok.shape == TokenShape::punct;
        if (restrictive.open && n == restrictive.clause && i > restrictive.opened_at + 1) {
            if (punct) {
                restrictive.open = false;
            } else if (is_class(rules.auxiliary, i) && !capitalised(i)) { // "May" the month
                if (restrictive.verb_seen) {
                    n = restrictive.outer; // not new: the main clause goes on
                    restrictive.open = false;
                    out[i - s.first] = n;
                    continue;
                }
                restrictive.verb_seen = true;
            }
        }
        // Most tokens are words that open nothing: no phrase of [clause] or
        // [second_clause] starts with them, and they are not "and" or
        // "after" (the only words read as text below).
        if (!punct &&
            (tok.word >= rules.clause_openers.size() || !rules.clause_openers[tok.word] ||
             (i == s.first && tok.word != rules.and_word && tok.word != rules.after_word))) {
            out[i - s.first] = n;
            continue;
        }
        // The text of punctuation, and of "and", "after" and "as" as written; of
        // another word, none.
        const std::string_view t = punct || tok.word == rules.and_word ||
                                           tok.word == rules.after_word || tok.word == rules.as_word
                                       ? doc.token_text(i)
                                       : std::string_view();
        // ", while Lesotho, another garment exporter, faces 15 percent": a
        // comma right after the names that are the clause's subject opens an
        // aside within it (", which surrounds Lesotho," ends at its comma).
        if (punct && t == "," && resume >= 0 && names_only(resume_opened_at + 1, i)) resume = -1;
        if (punct && t == "," && resume >= 0 && i > s.first && out[i - 1 - s.first] == n &&
            doc.token_text(i - 1) != "," && !list_comma(i)) {
            out[i - s.first] = n;
            n = std::uint16_t(resume); // not new: tokens after it rejoin the earlier clause
            resume = -1;
            continue;
        }
        bool by_word = false;
        bool second = false;
        bool relative = false; // opened by a word of [clause]: ", which"
        bool opens = punct && (strong_break(t) || (t == "-" && doc.tokens[i].gap != Gap::none));
        if (opens && (t == "(" || t == ")") && converts_amount(doc, i)) opens = false;
        // "raising that rate to 30 percent", "applies that cap": "that"
        // after a verb, before a singular noun it points with, opens nothing
        // ("the suspension of that rate ends" keeps its old reading).
        const bool pointing = i + 1 < s.last && i > s.first &&
                              is_class(rules.pointed_noun, i + 1) &&
                              doc.tokens[i - 1].shape == TokenShape::word &&
                              !is_class(rules.preposition, i - 1) && doc.token_lower(i) == "that";
        if (!opens && !pointing && tok.word != 0 && i > s.first &&
            rules.classes.may_start(tok.word, rules.clause) &&
            rules.classes.match(doc, rules.clause, i, s.last)) {
            opens = true;
            by_word = true;
            relative = true;
        }
        // "suspended the 25 percent tariff on April 9, leaving a 10 percent
        // tariff in place": a participle after a comma tells what else came
        // of the verb before it; the day before the comma is that verb's.
        if (!opens && tok.word != 0 && i > s.first && rules.participle &&
            doc.token_text(i - 1) == "," && rules.classes.may_start(tok.word, *rules.participle) &&
            rules.classes.match(doc, *rules.participle, i, s.last)) {
            opens = true;
            by_word = true;
        }
        // "reached an agreement, and said its 24 percent tariff would remain
        // suspended", "met him on Wednesday and will see him again on Friday":
        // a second verb of the same subject opens a clause of its own.
        if (!opens && tok.word != 0 && i > s.first && rules.second_clause &&
            rules.classes.may_start(tok.word, *rules.second_clause) &&
            rules.classes.match(doc, *rules.second_clause, i, s.last)) {
            opens = true;
            by_word = true;
            second = true;
        }
        // "met Lutnick in New York on Monday, and Trade Minister Yeo Han-koo
        // will travel to Washington next week": after ", and", the name of a
        // new subject and its verb open a clause of its own, as a second verb
        // of the same subject does ([second_clause]).
        // "would resume after President Donald Trump broke them off on Friday":
        // "after" with a named subject and its verb opens a clause whose dates
        // are that subject's doing.
        // ", as Beijing lifted its duties on farm goods": "as" after a comma
        // with a named subject and its verb opens a clause as "after" does.
        const bool after =
            (t == "after" || (t == "as" && doc.token_text(i - 1) == ",")) && rules.after_verb;
        if (!opens && i > s.first && rules.clause_verb &&
            ((t == "and" && doc.token_text(i - 1) == ",") || after)) {
            std::size_t j = i + 1;
            const auto& verbs = after ? *rules.after_verb : *rules.clause_verb;
            // ", and a team of EU officials will travel": a subject that opens
            // with a determiner runs to its verb.
            bool noun_phrase = false;
            auto name_ends_at = [&](std::size_t at) {
                if (noun_phrase)
                    return doc.tokens[at].shape == TokenShape::word &&
                                   !rules.classes.match(doc, verbs, at, s.last)
                               ? at + 1
                               : at;
                if (!after && at == i + 1 && is_class(rules.determiner, at)) {
                    noun_phrase = true;
                    return at + 1;
                }
                for (std::size_t k = doc.first_tag_from(at);
                     k < doc.tags.size() && doc.tags[k].first == at; ++k) {
                    const Tag& tag = doc.tags[k];
                    if (tag.last <= s.last &&
                        (tag.kind == TagKind::person || tag.kind == TagKind::role ||
                         tag.kind == TagKind::country || tag.kind == TagKind::organisation))
                        return tag.last;
                }
                // "..., and he is due to hold talks": a pronoun for one.
                if (is_class(rules.subject, at)) return at + 1;
                // A capitalised word of a title or name the gazetteers lack ("Trade").
                const auto w = doc.token_text(at);
                if (doc.tokens[at].shape == TokenShape::word && !w.empty() && w[0] >= 'A' &&
                    w[0] <= 'Z')
                    return at + 1;
                return at;
            };
            for (std::size_t next = 0; j < s.last && j < i + 9; j = next) {
                next = name_ends_at(j);
                if (next == j) break;
            }
            if (j > i + 1 && j < s.last && rules.classes.match(doc, verbs, j, s.last)) {
                opens = true;
                by_word = true;
                second = !after;
            }
            // "minutes after a 10% U.S. duty on all Chinese imports came into
            // force": a tariff of its own, the subject of its own verb.
            if (!opens && after && is_class(rules.determiner, i + 1)) {
                bool tariff = false;
                for (std::size_t k = i + 2; k < s.last && k < i + 12; ++k) {
                    const auto t = doc.token_text(k);
                    if (doc.tokens[k].shape == TokenShape::punct && t != "%" && t != "-") break;
                    if (rules.classes.match(doc, rules.tariff, k, k + 1)) tariff = true;
                    if (tariff && rules.classes.match(doc, verbs, k, s.last)) {
                        opens = true;
                        by_word = true;
                        break;
                    }
                }
            }
        }
        if (opens) {
            const std::uint16_t before = n;
            const auto next =
                opened_by_word ? std::uint16_t(opened_by_word->size()) : std::uint16_t(n + 1);
            n = next;
            if (opened_by_word) opened_by_word->push_back(by_word);
            if (seconds) seconds->push_back(second);
            // ", and Indonesia will buy ..., Trump wrote": a clause of its own
            // subject runs on past its next comma.
            if (relative && i > s.first && doc.token_text(i - 1) == ",") {
                resume = before;
                resume_opened_at = i;
            } else {
                resume = -1;
            }
            restrictive.open = false;
            // After a noun: "goods that", not "said that", "agreed that" or
            // "and that".
            if (relative && i + 1 < s.last && is_class(rules.relative, i) &&
                doc.tokens[i - 1].shape == TokenShape::word &&
                doc.tokens[i - 1].word != rules.and_word && !is_class(rules.clause, i - 1) &&
                !is_class(rules.subject, i - 1) &&
                !rules.classes.match(doc, rules.speech, i - 1, i) &&
                !doc.token_lower(i - 1).ends_with("ed")) {
                const bool verb_next = doc.tokens[i + 1].shape == TokenShape::word &&
                                       !capitalised(i + 1) && !is_class(rules.determiner, i + 1) &&
                                       !is_class(rules.subject, i + 1) &&
                                       !is_class(rules.auxiliary, i + 1);
                restrictive = Restrictive{true, before, n, verb_next, i};
                if (is_class(rules.auxiliary, i + 1)) restrictive.verb_seen = true;
            }
        }
        out[i - s.first] = n;
    }
}

void find_frames(const Document& doc, const Rules& rules, const MatchContext& match,
                 const Sentence& s, SentenceFrames& out) {
    FrameFinder(doc, rules, match, s, out).run();
}

} // namespace parley::extract
