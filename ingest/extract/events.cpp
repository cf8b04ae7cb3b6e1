#include "ingest/extract/events.h"

#include "ingest/extract/frames.h"
#include "ingest/extract/punctuation.h"
#include "ingest/extract/tokens.h"

#include <algorithm>
#include <array>
#include <date/tz.h>
#include <limits>
#include <list>
#include <span>

namespace parley::extract {

namespace {

bool is_country_code(const std::string& a) {
    if (a.size() != 3) return false;
    for (char c : a)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

struct Group {
    std::size_t from = 0; // token region
    std::size_t to = 0;
    std::optional<std::size_t> rate; // tag indices
    std::optional<std::size_t> date;
    std::optional<std::size_t> end_date;
    std::optional<std::size_t> through; // "on Thursday and Friday": the last day
    std::string_view target;            // a code of the rules or text, or "ALL"
    bool sequel = false;                // told as what the news follows: "after meeting Xi"
    bool worded = false;                // the trigger's own words give its status
    bool lasting = false;               // a duration is told, in days or not ("for another year")
    bool shared = false; // dated by the clause beside it: "struck a deal on Wednesday, after ..."
};

// The indices of the tags wholly inside a stretch whose kind `Kinds` takes,
// in order. A view, not a list: it is walked far more often than kept, and a
// list would cost an allocation each time.
template <typename Kinds> class TagsIn {
public:
    class iterator {
    public:
        iterator(const TagsIn* in, std::size_t k) : in_(in), k_(k) { skip(); }
        std::size_t operator*() const { return k_; }
        iterator& operator++() {
            ++k_;
            skip();
            return *this;
        }
        bool operator==(const iterator& o) const { return k_ == o.k_; }

    private:
        void skip() {
            const auto& tags = in_->doc_.tags;
            for (; k_ < tags.size(); ++k_) {
                const Tag& t = tags[k_];
                if (t.first >= in_->r_.last) {
                    k_ = tags.size();
                    return;
                }
                if (t.first >= in_->r_.first && t.last <= in_->r_.last && in_->kinds_(t.kind))
                    return;
            }
        }
        const TagsIn* in_;
        std::size_t k_;
    };

    TagsIn(const Document& doc, Span r, Kinds kinds) : doc_(doc), r_(r), kinds_(kinds) {}
    iterator begin() const { return iterator(this, doc_.first_tag_from(r_.first)); }
    iterator end() const { return iterator(this, doc_.tags.size()); }
    bool empty() const { return begin() == end(); }

private:
    const Document& doc_;
    Span r_;
    Kinds kinds_;
};

// A few vocabulary ids, for a look-up that costs a multiplication and
// mostly one probe: open addressing, at most a quarter full.
class WordSet {
public:
    explicit WordSet(const std::vector<std::uint32_t>& words) {
        std::size_t size = 8;
        while (size < 4 * words.size())
            size *= 2;
        slots_.assign(size, 0);
        mask_ = size - 1;
        for (const auto w : words) {
            if (w == 0) {
                zero_ = true;
                continue;
            }
            std::size_t i = slot(w);
            while (slots_[i] != 0 && slots_[i] != w)
                i = (i + 1) & mask_;
            slots_[i] = w;
        }
    }

    bool contains(std::uint32_t w) const {
        if (w == 0) return zero_;
        for (std::size_t i = slot(w);; i = (i + 1) & mask_) {
            if (slots_[i] == w) return true;
            if (slots_[i] == 0) return false;
        }
    }

private:
    std::size_t slot(std::uint32_t w) const {
        return std::size_t((std::uint64_t(w) * 0x9E3779B97F4A7C15ull) >> 32) & mask_;
    }
    std::vector<std::uint32_t> slots_;
    std::size_t mask_ = 0;
    bool zero_ = false;
};

// An event built from a group, kept until the sentence's events can lend
// each other what one of them leaves out.
struct Pending {
    // Built in the article's list, where it stays if it is kept: a Draft is
    // large to move. Set once the sentence's drafts are all built.
    Draft* draft = nullptr;
    std::size_t at = 0; // its index in that list
    Group group;
    std::uint32_t kind = 0;
    std::size_t trigger = 0;
    std::size_t frame = 0; // index into the sentence's frames
};

// Who a stretch of a sentence names. Views into the rules, the text and the
// document's people, which outlive the sentence: only the events built at
// last own their strings.
struct Actors {
    std::vector<std::string_view> countries; // in order of appearance, distinct
    std::vector<std::string_view> locations; // named only as places: "in Canada"
    std::vector<std::string_view> people;
};

// Room each sentence's events are built in, kept from one sentence to the
// next so that it is taken from the heap once an article.
struct Scratch {
    // Who a frame's region, its sentence and the sentence before name.
    Actors frame_actors, sentence_actors, previous_actors;
    // A frame's groups, and its dates that date them or bound them.
    std::vector<Group> groups;
    std::vector<std::size_t> own_dates, bound_dates;
    // Of the Rules numbered rules_id (Rules::id):
    std::uint64_t rules_id = 0;
    std::vector<std::uint32_t> slot_bits; // by kind: see SentenceEvents::slot_bits
    std::optional<WordSet> level_starts;  // the words a phrase of any level starts with
    std::vector<Pending> pending;
    std::vector<std::int8_t> locations;
    std::vector<Span> regions;
    std::vector<Span> clause_spans;
    std::vector<std::uint16_t> region_clauses; // see SentenceEvents::find_region
    SentenceFrames frames;
};

class SentenceEvents {
public:
    SentenceEvents(const Document& doc, const Rules& rules, const MatchContext& match,
                   date::sys_days pub, std::size_t index, std::vector<Draft>& out, Scratch& scratch)
        : doc_(doc), rules_(rules), match_(match), pub_(pub), index_(index),
          s_(doc.sentences[index]), out_(out), pending_(scratch.pending), regions_(scratch.regions),
          clause_spans_(scratch.clause_spans), region_clauses_(scratch.region_clauses),
          locations_(scratch.locations), slot_bits_(scratch.slot_bits),
          level_starts_(scratch.level_starts), sentence_actors_(scratch.sentence_actors),
          previous_actors_(scratch.previous_actors), frame_actors_(scratch.frame_actors),
          groups_(scratch.groups), own_dates_(scratch.own_dates), bound_dates_(scratch.bound_dates),
          tariff_words_(rules.tariff), frames_(scratch.frames) {
        pending_.clear();
        regions_.clear();
        slot_bits_.resize(rules.kinds.size());
    }

    void run() {
        find_frames(doc_, rules_, match_, s_, frames_);
        drop_restated_weak_frames();
        if (!frames_.frames.empty()) find_clause_spans();
        tag_begin_ = doc_.first_tag_from(s_.first);
        locations_.assign(doc_.first_tag_from(s_.last) - tag_begin_, -1);
        regions_.reserve(frames_.frames.size());
        for (const auto& frame : frames_.frames)
            regions_.push_back(find_region(frame));
        pending_.reserve(2 * frames_.frames.size());
        base_ = out_.size();
        for (const auto& frame : frames_.frames)
            build(frame);
        for (auto& p : pending_)
            p.draft = &out_[p.at];
        kept_ = base_;
        lend_tariff_details();
        fold_deal_terms();
        drop_announcements_of_coming_tariffs();
        drop_tariffs_told_as_coming();
        drop_fallbacks();
        drop_rejections_told_as_deals();
        drop_repeated_statements();
        date_sequels();
        date_deal_terms();
        point_back_to_changes();
        for (auto& p : pending_) {
            if (!required(rules_.kinds[p.kind], p.draft->event, p.group) && !borrow_target(p))
                continue;
            // Those kept close up over those that went.
            if (p.draft != &out_[kept_]) out_[kept_] = std::move(*p.draft);
            ++kept_;
        }
        out_.erase(out_.begin() + std::ptrdiff_t(kept_), out_.end());
    }

private:
    std::uint16_t clause_of(std::size_t token) const { return frames_.clause[token - s_.first]; }

    // From the first token of clause `c` to its last: a clause resumed after
    // ", which ...," spans the words between.
    Span clause_span(std::uint16_t c) const { return clause_spans_[c]; }

    void find_clause_spans() {
        const auto& clause = frames_.clause;
        clause_spans_.clear();
        if (clause.empty()) return;
        clause_spans_.assign(*std::max_element(clause.begin(), clause.end()) + 1u,
                             Span{s_.last, s_.first});
        // A run of tokens at a time: a clause mostly runs unbroken.
        for (std::size_t i = 0; i < clause.size();) {
            std::size_t end = i + 1;
            while (end < clause.size() && clause[end] == clause[i])
                ++end;
            Span& span = clause_spans_[clause[i]];
            span.first = std::min(span.first, s_.first + i);
            span.last = s_.first + end;
            i = end;
        }
    }

    Span region(const Frame& f) const { return regions_[std::size_t(&f - frames_.frames.data())]; }

    // The frame's region, up to words that open what a tariff answers:
    // "will impose duties on pork from Wednesday, in a row sparked by EU
    // tariffs on Chinese electric vehicles" falls on pork alone.
    Span find_region(const Frame& f) const {
        Span r = region_of(f);
        if (!rules_.cause || !is_tariff(rules_.kinds[f.kind].kind)) return r;
        std::size_t after = f.triggers.front().last;
        for (const auto& t : f.triggers)
            after = std::max(after, t.last);
        for (std::size_t i = after; i < r.last; ++i)
            if (rules_.classes.match(doc_, *rules_.cause, i, s_.last)) {
                r.last = i;
                break;
            }
        return r;
    }

    Span region_of(const Frame& f) const {
        if (f.weak) {
            // "a 25 percent charge on cars": the words and what follows them
            // up to a comma, a new clause or the next event.
            const Span t = f.triggers.front();
            std::size_t end = t.last;
            // A comma inside a list of goods ("on steel, aluminum and copper")
            // does not end it.
            while (end < s_.last && end < t.last + 8 && clause_of(end) == clause_of(t.first) &&
                   (doc_.token_text(end) != "," || product_at(end + 1)) &&
                   !starts_other_frame(end, f))
                ++end;
            // Nor does the region reach back over "and" to the goods of the
            // rate before ("25 percent on cars and 50 percent on steel").
            std::size_t begin = t.first;
            while (begin > s_.first && t.first - begin < 3 &&
                   doc_.tokens[begin - 1].shape == TokenShape::word &&
                   clause_of(begin - 1) == clause_of(t.first) &&
                   doc_.token_lower(begin - 1) != "and" && doc_.token_lower(begin - 1) != "or")
                --begin;
            return Span{begin, end};
        }
        // A handful of clauses: a list beats a set.
        auto& clauses = region_clauses_;
        clauses.clear();
        auto add_clause = [&](std::uint16_t c) {
            if (std::find(clauses.begin(), clauses.end(), c) == clauses.end()) clauses.push_back(c);
        };
        for (const auto& t : f.triggers)
            for (std::size_t i = t.first; i < t.last; ++i)
                add_clause(clause_of(i));
        auto add = [&](std::size_t tag) { add_clause(clause_of(doc_.tags[tag].first)); };
        for (auto k : f.rates)
            add(k);
        for (auto k : f.quotas)
            add(k);
        for (auto k : f.durations)
            add(k);
        // "From Jan. 1, cars from China will pay 50 percent, while duties on
        // Chinese steel will rise to 35 percent": a day the clause of another
        // frame tells dates this one too, and brings none of its goods when
        // its own clauses name goods ("but will cut the tariff to zero" has
        // the goods of the clause before).
        auto others_day = [&](std::size_t tag) {
            const auto c = clause_of(doc_.tags[tag].first);
            for (const auto& o : frames_.frames)
                if (&o != &f && std::find(o.dates.begin(), o.dates.end(), tag) != o.dates.end())
                    for (const auto& t : o.triggers)
                        if (clause_of(t.first) == c) return true;
            return false;
        };
        const bool own_goods =
            is_tariff(rules_.kinds[f.kind].kind) &&
            std::any_of(clauses.begin(), clauses.end(), [&](std::uint16_t c) {
                const Span cs = clause_span(c);
                return !tags_in(cs, [](TagKind t) { return t == TagKind::product; }).empty();
            });
        for (auto k : f.dates)
            if (!own_goods || !others_day(k)) add(k);
        Span out{s_.last, s_.first};
        for (auto c : clauses) {
            Span cs = clause_span(c);
            out.first = std::min(out.first, cs.first);
            out.last = std::max(out.last, cs.last);
        }
        // "a notice over the U.S. tariff on steel and aluminum, which was
        // raised to 50 percent": the tariff a relative clause tells of is the
        // one it hangs on, with its goods and who imposes it.
        if (is_tariff(rules_.kinds[f.kind].kind) && out.first > s_.first + 1 &&
            out.first < s_.last && doc_.token_text(out.first - 1) == "," &&
            rules_.classes.is_word(doc_, rules_.relative, out.first))
            for (std::size_t j = out.first - 1; j-- > s_.first && out.first - j <= 12;) {
                if (doc_.tokens[j].shape == TokenShape::punct) break;
                if (rules_.classes.match(doc_, tariff_words_, j, j + 1)) {
                    std::size_t begin = j;
                    while (begin > s_.first && j - begin < 2 &&
                           doc_.tokens[begin - 1].shape == TokenShape::word)
                        --begin;
                    out.first = begin;
                    break;
                }
            }
        // "Korean cars, which still pay 25 percent", "Canadian energy and
        // potash that do not qualify ... pay 10 percent": what pays is the
        // noun the relative clause hangs on, goods and all.
        if (f.subject_is_target && out.first > s_.first + 1 && out.first < s_.last &&
            rules_.classes.is_word(doc_, rules_.relative, out.first)) {
            std::size_t j = out.first;
            if (doc_.token_text(j - 1) == ",") --j;
            constexpr std::size_t longest_noun = 8;
            std::size_t begin = j;
            while (begin > s_.first && j - begin < longest_noun &&
                   doc_.tokens[begin - 1].shape == TokenShape::word)
                --begin;
            if (begin < j &&
                (begin == s_.first || doc_.tokens[begin - 1].shape == TokenShape::punct))
                out.first = begin;
        }
        return out;
    }

    bool starts_other_frame(std::size_t token, const Frame& self) const {
        for (const auto& f : frames_.frames)
            if (&f != &self)
                for (const auto& t : f.triggers)
                    if (t.first == token) return true;
        return false;
    }

    template <typename Kinds> TagsIn<Kinds> tags_in(Span r, Kinds kinds) const {
        return TagsIn<Kinds>(doc_, r, kinds);
    }

    std::size_t nearest_to_triggers(const Frame& f, const std::vector<std::size_t>& tags) const {
        return nearest_to(f.triggers, tags);
    }

    // The date nearest the words that state the event itself, not the way to
    // it: "fly to Washington on Thursday and hold talks on Friday" is Friday.
    // A date mostly follows what it dates: when the frame has a trigger that
    // is the way to the event, a date after the event's own words wins.
    std::size_t nearest_dating(const Frame& f, const std::vector<std::size_t>& tags) const {
        if (f.dating_triggers.empty() || f.dating_triggers.size() == f.triggers.size())
            return nearest_to(f.triggers, tags);
        std::vector<std::size_t> after;
        for (auto k : tags)
            for (const auto& t : f.dating_triggers)
                if (doc_.tags[k].first >= t.last) {
                    after.push_back(k);
                    break;
                }
        return nearest_to(f.dating_triggers, after.empty() ? tags : after);
    }

    std::size_t nearest_to(const std::vector<Span>& triggers,
                           const std::vector<std::size_t>& tags) const {
        std::size_t best = tags.front();
        std::size_t best_d = std::numeric_limits<std::size_t>::max();
        for (auto k : tags) {
            Span s{doc_.tags[k].first, doc_.tags[k].last};
            for (const auto& t : triggers)
                if (distance(t, s) < best_d) {
                    best_d = distance(t, s);
                    best = k;
                }
        }
        return best;
    }

    // "raised tariffs to 50 percent, but spared civil aircraft, orange juice
    // and energy products": goods in the list an exempting word opens are
    // those the tariff leaves out, unless that word is the frame's own
    // ("exempted aircraft from tariffs" is a change on aircraft).
    bool spared(const Tag& product, const Frame* f) const {
        if (!f || !rules_.exempting) return false;
        // "keeping only its 25% levies on American steel, aluminum and autos"
        const std::size_t from = product.first > s_.first + 14 ? product.first - 14 : s_.first;
        for (std::size_t i = product.first; i-- > from;) {
            const auto w = doc_.token_text(i);
            if (doc_.tokens[i].shape == TokenShape::punct && w != "," && w != "%") return false;
            // "have been spared, although Trump has threatened tariffs on
            // medicines", "would be spared, and that heavy trucks would face
            // 25%": the words that spare are another clause's.
            if ((rules_.contrast && rules_.classes.match(doc_, *rules_.contrast, i, i + 1)) ||
                rules_.classes.match(doc_, rules_.clause, i, product.first))
                break;
            if (rules_.classes.match(doc_, *rules_.exempting, i, product.first) == 0) continue;
            for (const auto& t : f->triggers)
                if (i >= t.first && i < t.last) return false;
            return true;
        }
        // "although orange juice, civil aircraft and some energy products were
        // spared": the list told before the words that spare it.
        if (rules_.spared_after) {
            const std::size_t to = std::min(s_.last, product.last + 12);
            for (std::size_t i = product.last; i < to; ++i) {
                const auto w = doc_.token_text(i);
                if (doc_.tokens[i].shape == TokenShape::punct && w != ",") return false;
                for (const auto& t : f->triggers)
                    if (i >= t.first && i < t.last) return false;
                const std::size_t end =
                    rules_.classes.match(doc_, *rules_.spared_after, i, s_.last);
                if (end == 0) continue;
                // Unless the words are the frame's own: "aircraft will be exempt".
                for (const auto& t : f->triggers)
                    if (t.first < end && t.last > i) return false;
                return true;
            }
        }
        return false;
    }

    std::vector<std::string> products_in(Span r, const Frame* f = nullptr) const {
        std::vector<std::string> out;
        for (auto k : tags_in(
                 r, [](TagKind t) { return t == TagKind::product || t == TagKind::quantity; })) {
            std::string p(doc_.tags[k].code);
            if (spared(doc_.tags[k], f)) continue;
            if (f && in_country_apposition(doc_.tags[k], *f)) continue;
            // "the rare earth controls", "chip export curbs": goods that name
            // another measure are not the goods a tariff falls on.
            const std::size_t after = doc_.tags[k].last;
            if (rules_.not_goods && after < s_.last &&
                rules_.classes.match(doc_, *rules_.not_goods, after, s_.last))
                continue;
            // "new limits on rare earth exports": so are goods another
            // measure is on.
            if (rules_.not_goods && measure_on(doc_.tags[k].first)) continue;
            // "goods that Lesotho ships to the United States": a word of goods
            // that is a verb of sending, before where the goods go.
            if (rules_.destination && after < s_.last &&
                rules_.classes.match(doc_, *rules_.destination, doc_.tags[k].first, after) ==
                    after &&
                (doc_.token_lower(after) == "to" || doc_.token_lower(after) == "into"))
                continue;
            if (!p.empty() && std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
        }
        return out;
    }

    // The last rate of a tariff the sentence before tells ("a 100 percent
    // tariff"), if any.
    std::optional<double> last_rate_before() const {
        const Sentence& prev = doc_.sentences[index_ - 1];
        std::optional<double> out;
        for (std::size_t k = doc_.first_tag_from(prev.first);
             k < doc_.tags.size() && doc_.tags[k].first < prev.last; ++k) {
            const Tag& t = doc_.tags[k];
            if (t.kind != TagKind::percent || t.last >= prev.last) continue;
            if (rules_.classes.match(doc_, rules_.tariff, t.last, prev.last)) out = t.number;
        }
        return out;
    }

    // The two countries "both countries" points back to: the last pair named
    // joined by "and" ("with Malaysia and Cambodia") in one of the three
    // sentences before, the nearest one that tells the same rate when `rate`
    // is given ("The 19 percent rate has applied to both countries"), else the
    // sentence right before.
    std::vector<std::string_view> last_two_countries(std::optional<double> rate) const {
        std::vector<std::string_view> nearest;
        for (std::size_t back = 1; back <= 3 && back <= index_; ++back) {
            const Sentence& prev = doc_.sentences[index_ - back];
            std::vector<std::string_view> pair;
            bool same_rate = false;
            const Tag* before = nullptr;
            for (std::size_t k = doc_.first_tag_from(prev.first);
                 k < doc_.tags.size() && doc_.tags[k].first < prev.last; ++k) {
                const Tag& t = doc_.tags[k];
                if (rate && t.kind == TagKind::percent && t.number == *rate) same_rate = true;
                if (t.kind != TagKind::country || t.code.empty()) continue;
                if (before && before->last + 1 == t.first &&
                    doc_.token_lower(before->last) == "and" && before->code != t.code)
                    pair = {before->code, t.code};
                before = &t;
            }
            if (back == 1) nearest = pair;
            if (!pair.empty() && (!rate || same_rate)) return pair;
        }
        return nearest;
    }

    // The three countries "all three countries" points back to: the last
    // list of three ("South Korea, China and Japan") told so far, mostly in
    // the lede.
    std::vector<std::string_view> last_three_countries() const {
        for (std::size_t back = 0; back <= index_; ++back) {
            const Sentence& s = doc_.sentences[index_ - back];
            std::vector<const Tag*> run;
            std::vector<std::string_view> found;
            for (std::size_t k = doc_.first_tag_from(s.first);
                 k < doc_.tags.size() && doc_.tags[k].first < s.last; ++k) {
                const Tag& t = doc_.tags[k];
                if (t.kind != TagKind::country || t.code.empty()) continue;
                const bool joined = !run.empty() && t.first >= run.back()->last + 1 &&
                                    t.first <= run.back()->last + 2 &&
                                    (doc_.token_text(run.back()->last) == "," ||
                                     doc_.token_lower(run.back()->last) == "and");
                if (!joined) run.clear();
                run.push_back(&t);
                if (run.size() == 3) {
                    found.clear();
                    for (const Tag* c : run)
                        found.push_back(c->code);
                }
            }
            if (found.size() == 3) return found;
        }
        return {};
    }

    // Whether country tag `t` of sentence `s` names whose goods a tariff
    // falls on: "on Chinese goods", "on China".
    bool names_goods_owner(const Tag& t, const Sentence& s) const {
        if (t.kind != TagKind::country || t.code.empty() || t.first == s.first) return false;
        const bool goods =
            t.form == CountryForm::adjective && t.last < s.last &&
            ((rules_.goods && rules_.classes.match(doc_, *rules_.goods, t.last, t.last + 1)) ||
             product_at(t.last));
        const bool on = t.form == CountryForm::name && doc_.token_lower(t.first - 1) == "on";
        return goods || on;
    }

    // "Both rates took effect": the words right before the trigger, or its own.
    bool subject_is_both_rates(Span trigger) const {
        for (std::size_t k = trigger.first >= s_.first + 3 ? trigger.first - 3 : s_.first;
             k <= trigger.first; ++k) {
            const std::size_t end = rules_.classes.match(doc_, *rules_.both_rates, k, s_.last);
            if (end == trigger.first || (end > trigger.first && end <= trigger.last)) return true;
        }
        return false;
    }

    // The percentages a sentence tells, in order, each once.
    std::vector<double> rates_told(const Sentence& s) const {
        std::vector<double> out;
        for (std::size_t k = doc_.first_tag_from(s.first);
             k < doc_.tags.size() && doc_.tags[k].first < s.last; ++k)
            if (doc_.tags[k].kind == TagKind::percent &&
                std::find(out.begin(), out.end(), doc_.tags[k].number) == out.end())
                out.push_back(doc_.tags[k].number);
        return out;
    }

    // The country whose goods the sentence before names last ("on Chinese
    // goods", "on China"), or empty.
    std::string target_before() const {
        const Sentence& prev = doc_.sentences[index_ - 1];
        std::string out;
        for (std::size_t k = doc_.first_tag_from(prev.first);
             k < doc_.tags.size() && doc_.tags[k].first < prev.last; ++k)
            if (names_goods_owner(doc_.tags[k], prev)) out = std::string(doc_.tags[k].code);
        return out;
    }

    // "... agreed to charge 15 percent on most Korean goods. ... The 15 percent
    // rate took effect on Thursday": the country whose goods one of the three
    // sentences before charges the same rate on, the nearest first.
    std::string target_of_rate_before(double rate) const {
        for (std::size_t back = 1; back <= 3 && back <= index_; ++back) {
            const Sentence& prev = doc_.sentences[index_ - back];
            std::string out;
            std::size_t rate_end = 0;
            for (std::size_t k = doc_.first_tag_from(prev.first);
                 k < doc_.tags.size() && doc_.tags[k].first < prev.last; ++k) {
                const Tag& t = doc_.tags[k];
                if (t.kind == TagKind::percent) rate_end = t.number == rate ? t.last : 0;
                if (rate_end != 0 && t.first >= rate_end && t.first - rate_end <= 6 &&
                    names_goods_owner(t, prev)) {
                    out = std::string(t.code);
                    rate_end = 0;
                }
            }
            if (!out.empty()) return out;
        }
        return {};
    }

    // Whether the words before `first` are a measure other than a tariff and
    // "on": "controls on", "limits on".
    bool measure_on(std::size_t first) const {
        if (first < s_.first + 2 || doc_.token_lower(first - 1) != "on") return false;
        for (std::size_t back = 2; back <= 3 && first >= s_.first + back; ++back)
            if (rules_.classes.match(doc_, *rules_.not_goods, first - back, first - 1) == first - 1)
                return true;
        return false;
    }

    // Asked of the same tags by each step of each frame: found once.
    bool is_location(const Tag& t) const {
        const std::size_t k = std::size_t(&t - doc_.tags.data());
        if (k < tag_begin_ || k - tag_begin_ >= locations_.size()) return find_location(t);
        auto& known = locations_[k - tag_begin_];
        if (known < 0) known = find_location(t) ? 1 : 0;
        return known != 0;
    }

    bool find_location(const Tag& t) const {
        if (t.first == 0 || t.first <= s_.first) return false;
        if (rules_.classes.match(doc_, rules_.location_prep, t.first - 1, t.first) == t.first)
            return true;
        // "after sessions in Geneva in May, London in June and Stockholm in
        // July": a seat of government in a list, told with a day, is a place.
        const auto before = doc_.token_lower(t.first - 1);
        if (t.kind == TagKind::country && t.form == CountryForm::capital &&
            (before == "," || before == "and") && t.last + 1 < s_.last &&
            doc_.token_lower(t.last) == "in")
            for (std::size_t k = doc_.first_tag_from(t.last);
                 k < doc_.tags.size() && doc_.tags[k].first <= t.last + 1; ++k)
                if (doc_.tags[k].kind == TagKind::date) return true;
        return locates_city(t) || journey_end(t);
    }

    // "postponed its visit to New Delhi", "a trip to the United States".
    bool journey_end(const Tag& t) const {
        if (!rules_.journey) return false;
        std::size_t to = t.first - 1;
        if (to > s_.first && doc_.token_lower(to) == "the") --to;
        return to > s_.first && doc_.token_lower(to) == "to" &&
               rules_.classes.match(doc_, *rules_.journey, to - 1, to) == to;
    }

    // "talks in Busan, South Korea, on Thursday": a country set off after the
    // city it locates, named or not, is a place too. It must end its phrase:
    // "in Tokyo, Japan's negotiator said" names a party.
    bool locates_city(const Tag& t) const {
        constexpr std::size_t max_city_words = 3;
        const std::size_t comma = t.first - 1;
        if (comma <= s_.first + 1 || doc_.token_text(comma) != ",") return false;
        const bool ends = t.last >= s_.last || doc_.tokens[t.last].shape == TokenShape::punct;
        if (!ends || t.kind != TagKind::country || t.form == CountryForm::adjective) return false;
        std::size_t k = comma;
        while (k > s_.first + 1 && comma - k < max_city_words && doc_.tokens[k - 1].upper_initial &&
               doc_.tokens[k - 1].shape == TokenShape::word)
            --k;
        return k < comma && rules_.classes.match(doc_, rules_.location_prep, k - 1, k) == k;
    }

    // Tariff targets in [from, to): "on Japan", "imports from China", "on
    // Chinese goods", "on all imported steel", "for almost all nations",
    // each phrase with its coordinated countries ("on Canada and Mexico").
    struct TargetPhrase {
        std::size_t pos = 0;
        std::vector<std::string_view> codes; // of the rules or text, or "ALL"
        std::vector<std::size_t> at;         // the first token of each country named
    };

    // Found once per stretch: a frame's groups and its imposers ask of the
    // same stretch in turn.
    const std::vector<TargetPhrase>& target_phrases(Span r) const {
        for (const auto& [span, found] : target_phrases_)
            if (span.first == r.first && span.last == r.last) return found;
        return target_phrases_.emplace_back(r, find_target_phrases(r)).second;
    }

    bool date_at(std::size_t token) const {
        for (std::size_t k = doc_.first_tag_from(token);
             k < doc_.tags.size() && doc_.tags[k].first == token; ++k)
            if (doc_.tags[k].kind == TagKind::date) return true;
        return false;
    }

    std::vector<TargetPhrase> find_target_phrases(Span r) const {

        std::vector<TargetPhrase> out;
        for (std::size_t i = r.first; i < r.last; ++i) {
            std::size_t end = rules_.classes.match(doc_, rules_.target_prep, i, r.last);
            if (end == 0) continue;
            // "told reporters on Wednesday that the United States would charge":
            // "on" a day is when, and what follows the day is no target.
            if (date_at(i) || date_at(end)) continue;
            // "its exports to the United States", "vehicles shipped to": the
            // country goods go to imposes the tariff; it is not its target.
            if (destination_before(i)) continue;
            // Six words, an amount counting as one ("on about 30 billion
            // Canadian dollars of U.S. goods").
            std::size_t words = 0;
            for (std::size_t j = end; j < r.last && words < 6; ++j, ++words) {
                if (std::size_t past = past_amount(j); past > j + 1 && past < r.last) {
                    j = past - 1;
                    if (doc_.token_text(j) == ")") continue; // a converted amount's close
                }
                if (doc_.tokens[j].shape == TokenShape::punct && doc_.token_text(j) != "-") break;
                // "on the duties Washington imposed": a country after a tariff
                // word is who imposes it.
                if (rules_.classes.match(doc_, rules_.tariff, j, r.last)) break;
                // "adding to pressure on Japanese suppliers"
                if (rules_.not_target && rules_.classes.match(doc_, *rules_.not_target, j, r.last))
                    break;
                // "paying 13 percent to enter China": the country goods enter
                // imposes the rate.
                if (rules_.entering && rules_.classes.match(doc_, *rules_.entering, j, j + 1))
                    break;
                // "a penalty for buying Russian oil": what a verb governs is no target.
                if (doc_.tokens[j].shape == TokenShape::word) {
                    const auto w = doc_.token_lower(j);
                    if (w.size() > 5 && w.ends_with("ing")) break;
                }
                // "on its exports to the United States": the target ends at the next preposition.
                if (j > end && rules_.classes.match(doc_, rules_.location_prep, j, r.last)) break;
                // "on foreign-made chips that U.S. President Donald Trump
                // announced": a relative clause after the goods is not theirs.
                if (j > end && rules_.relative &&
                    rules_.classes.match(doc_, *rules_.relative, j, j + 1))
                    break;
                auto w = doc_.token_lower(j);
                // "than" of an amount ("on more than 99% of U.S. goods") goes on.
                const bool amount_than = w == "than" && (doc_.token_lower(j - 1) == "more" ||
                                                         doc_.token_lower(j - 1) == "less" ||
                                                         doc_.token_lower(j - 1) == "fewer");
                // "on vehicles shipped from Japan": where the goods come from
                // is whose they are.
                const bool origin = w == "from" && j >= end + 2 &&
                                    doc_.token_lower(j - 1).ends_with("ed") &&
                                    doc_.tokens[j - 1].shape == TokenShape::word;
                if (j > end && (w == "to" || w == "into" || w == "with" || w == "by" ||
                                (w == "than" && !amount_than) || (w == "from" && !origin)))
                    break;
                // "Steel and aluminum from all three countries", after a
                // sentence naming South Korea, China and Japan.
                if (rules_.three_named &&
                    rules_.classes.match(doc_, *rules_.three_named, j, r.last)) {
                    if (auto three = last_three_countries(); three.size() == 3)
                        out.push_back(TargetPhrase{j, three, {}});
                    break;
                }
                if (std::size_t all = rules_.classes.match(doc_, rules_.all_targets, j, r.last)) {
                    // "on all U.S. goods" falls on the United States alone, as
                    // "on all imports from Mexico" and "all goods imported
                    // from the United States" do.
                    const Tag* named = all < r.last ? country_at(all) : nullptr;
                    std::size_t from = all;
                    while (!named && rules_.goods && from < r.last && from < all + 2 &&
                           rules_.classes.match(doc_, *rules_.goods, from, from + 1))
                        ++from;
                    if (from > all && from < r.last && doc_.token_lower(from).ends_with("ed"))
                        ++from;
                    if (!named && from + 1 < r.last && doc_.token_lower(from) == "from") {
                        named = country_at(from + 1);
                        if (!named && from + 2 < r.last && doc_.token_lower(from + 1) == "the")
                            named = country_at(from + 2);
                    }
                    if (named)
                        out.push_back(TargetPhrase{all, {named->code}, {all}});
                    else
                        out.push_back(TargetPhrase{j, {"ALL"}, {}});
                    break;
                }
                // "has applied to both countries since Aug. 7", after a sentence
                // naming Malaysia and Cambodia.
                if (rules_.both_named &&
                    rules_.classes.match(doc_, *rules_.both_named, j, r.last)) {
                    std::optional<double> rate;
                    for (auto k : tags_in(r, [](TagKind t) { return t == TagKind::percent; }))
                        rate = doc_.tags[k].number;
                    if (auto two = last_two_countries(rate); two.size() == 2)
                        out.push_back(TargetPhrase{j, two, {}});
                    break;
                }
                const Tag* c = country_at(j);
                // "the highest on any European country": a kind of country, not one.
                if (c && c->form == CountryForm::adjective && c->last < r.last &&
                    rules_.country_noun &&
                    rules_.classes.match(doc_, *rules_.country_noun, c->last, c->last + 1))
                    break;
                // "on their non-American content": every country's but that one.
                if (c && named_with_non(*c)) continue;
                // "relief from U.S. tariffs": an adjective or an initialism on
                // a tariff word names who imposes it ("China tariffs" may be
                // either), unless what the sentence tells answers those
                // ("countermeasures against U.S. tariffs").
                if (c && (c->form == CountryForm::adjective || initialism(*c)) &&
                    !(rules_.retaliation && sentence_has(retaliation_, *rules_.retaliation)) &&
                    rules_.classes.occurs(doc_, tariff_words_, c->last,
                                          std::min(c->last + 2, r.last)))
                    break;
                if (c) {
                    TargetPhrase t{j, {c->code}, {j}};
                    std::size_t k = c->last;
                    while (k + 1 < r.last &&
                           (doc_.token_lower(k) == "and" || doc_.token_text(k) == ",")) {
                        // "on imports from Mexico and the European Union"
                        const Tag* c2 = country_at(k + 1);
                        if (!c2 && k + 2 < r.last && doc_.token_lower(k + 1) == "the")
                            c2 = country_at(k + 2);
                        if (!c2) break;
                        if (std::find(t.codes.begin(), t.codes.end(), c2->code) == t.codes.end())
                            t.codes.emplace_back(c2->code);
                        t.at.push_back(c2->first);
                        k = c2->last;
                    }
                    out.push_back(std::move(t));
                    break;
                }
            }
        }
        return out;
    }

    // The token after an amount of money or goods starting at `i`, else `i`.
    std::size_t past_amount(std::size_t i) const {
        std::size_t out = i;
        if (match_.tags.first_at[i] < 0) return out;
        for (auto k = std::size_t(match_.tags.first_at[i]);
             k < doc_.tags.size() && doc_.tags[k].first == i; ++k)
            if (doc_.tags[k].kind == TagKind::money || doc_.tags[k].kind == TagKind::quantity)
                out = std::max(out, doc_.tags[k].last);
            // A share of the goods: "on about 99% of U.S. goods".
            else if (doc_.tags[k].kind == TagKind::percent && doc_.tags[k].last < s_.last &&
                     doc_.token_lower(doc_.tags[k].last) == "of")
                out = std::max(out, doc_.tags[k].last + 1);
        // "30 billion Canadian dollars ($21 billion) of U.S. products": the
        // amount converted in parentheses is the same amount.
        if (out > i + 1 && out + 2 < s_.last && doc_.token_text(out) == "(") {
            const std::size_t converted = past_amount(out + 1);
            if (converted > out + 1 && converted < s_.last && doc_.token_text(converted) == ")")
                out = converted + 1;
        }
        return out;
    }

    // "in talks that also covered Iran, Gaza and Turkey": a country of a list
    // after a word of [topic] is what is talked about.
    bool is_topic(const Tag& t) const {
        if (!rules_.topic || t.kind != TagKind::country || !sentence_has(topic_, *rules_.topic))
            return false;
        for (std::size_t i = t.first; i > s_.first && t.first - i < 8;) {
            --i;
            if (rules_.classes.match(doc_, *rules_.topic, i, i + 1)) return true;
            const auto w = doc_.token_lower(i);
            if (w == "," || w == "and" || w == "the" || w == "also") continue;
            const std::size_t k = doc_.first_tag_from(i);
            // Back over a country or a place of the list ("Gaza").
            bool listed = false;
            for (std::size_t j = k; j > 0 && j - 1 < doc_.tags.size();) {
                --j;
                const Tag& o = doc_.tags[j];
                if (o.last == i + 1 && (o.kind == TagKind::country || o.kind == TagKind::place)) {
                    i = o.first;
                    listed = true;
                    break;
                }
                if (o.last <= i) break;
            }
            if (listed) continue;
            // A word the tagger knows nothing of ("Gaza") may stand in a list too.
            if (doc_.tokens[i].upper_initial && doc_.tokens[i].shape == TokenShape::word) continue;
            return false;
        }
        return false;
    }

    // "most EU exports to the United States", "paying 13 percent to enter
    // China": the country goods go to, not the one whose goods they are.
    bool is_destination(const Tag& t) const {
        std::size_t prep = t.first;
        if (prep > s_.first && doc_.token_lower(prep - 1) == "the") --prep;
        if (prep <= s_.first) return false;
        if (rules_.entering && rules_.classes.match(doc_, *rules_.entering, prep - 1, prep) == prep)
            return true;
        --prep;
        const auto w = doc_.token_lower(prep);
        return (w == "to" || w == "into") && destination_before(prep);
    }

    // "exports to Japan", "pressure on Japanese suppliers": words before the
    // preposition that make what follows no tariff's target.
    bool destination_before(std::size_t prep) const {
        for (const auto& cls : {rules_.destination, rules_.not_target}) {
            if (!cls) continue;
            for (std::size_t back = 1; back <= 2 && prep >= s_.first + back; ++back)
                if (rules_.classes.match(doc_, *cls, prep - back, prep) == prep) return true;
        }
        return false;
    }

    // "Bangladesh and Vietnam, Sri Lanka's main rivals in garments, will
    // pay 20 percent": goods in an aside opened by a country's name, before
    // the frame's words, are what the aside tells of.
    bool in_country_apposition(const Tag& t, const Frame& f) const {
        const std::size_t trigger = f.triggers.front().first;
        if (t.last >= trigger) return false;
        std::size_t open = t.first;
        while (open > s_.first && t.first - open < 8 && doc_.token_text(open - 1) != ",")
            --open;
        if (open == s_.first || doc_.token_text(open - 1) != "," || !possessive_country_at(open))
            return false;
        for (std::size_t i = t.last; i < trigger; ++i)
            if (doc_.token_text(i) == ",") return true;
        return false;
    }

    // Whether a country's name and "'s" start at `i`.
    bool possessive_country_at(std::size_t i) const {
        for (std::size_t k = doc_.first_tag_from(i);
             k < doc_.tags.size() && doc_.tags[k].first == i; ++k)
            if (doc_.tags[k].kind == TagKind::country && doc_.possessive_mark(doc_.tags[k].last))
                return true;
        return false;
    }

    // "New Delhi's purchases of Russian oil": a country after a word of what
    // weighs on it and a preposition is what that word governs, no subject.
    bool weighed_on(const Tag& t) const {
        if (!rules_.not_target) return false;
        std::size_t prep = t.first;
        if (prep > s_.first && doc_.token_lower(prep - 1) == "the") --prep;
        if (prep <= s_.first + 1) return false;
        --prep;
        if (doc_.token_lower(prep) != "of" &&
            !rules_.classes.match(doc_, rules_.target_prep, prep, prep + 1))
            return false;
        for (std::size_t back = 1; back <= 2 && prep >= s_.first + back; ++back)
            if (rules_.classes.match(doc_, *rules_.not_target, prep - back, prep) == prep)
                return true;
        return false;
    }

    // Whether the target phrase whose country is at `pos` opens right after a
    // tariff word ("a new tariff on Canadian goods").
    bool follows_tariff_word(std::size_t pos) const {
        for (std::size_t prep = pos; prep-- > s_.first && pos - prep <= 3;) {
            if (!rules_.classes.match(doc_, rules_.target_prep, prep, prep + 1)) continue;
            for (std::size_t back = 1; back <= 2 && prep >= s_.first + back; ++back)
                if (rules_.classes.match(doc_, rules_.tariff, prep - back, prep) == prep)
                    return true;
            return false;
        }
        return false;
    }

    std::vector<std::string_view> target_codes(Span r) const {
        std::vector<std::string_view> out;
        for (const auto& t : target_phrases(r))
            for (const auto& c : t.codes)
                if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
        return out;
    }

    // "the trade agreement": a definite word just before the words.
    bool points_back(Span t) const {
        for (std::size_t back = 1; back <= 2 && t.first >= s_.first + back; ++back)
            if (rules_.classes.match(doc_, rules_.definite, t.first - back, t.first) == t.first)
                return true;
        return false;
    }

    // "Korean cars", "British steel and aluminum": the country the goods
    // come from, told as an adjective right before them.
    std::string_view goods_origin(Span r) const {
        std::string_view out;
        for (auto k : tags_in(r, [](TagKind t) { return t == TagKind::product; })) {
            const Tag& p = doc_.tags[k];
            if (p.first <= s_.first) continue;
            const Tag* c = country_at_end(p.first);
            if (!c || c->form != CountryForm::adjective) continue;
            if (!out.empty() && out != c->code) return {};
            out = c->code;
        }
        return out;
    }

    // "will let American products into its market": goods of no canonical
    // name, told as a country's, with no preposition to mark them a target.
    std::string goods_owner(Span r) const {
        if (!rules_.goods) return {};
        std::string out;
        for (std::size_t i = r.first; i < r.last; ++i) {
            if (!rules_.classes.match(doc_, *rules_.goods, i, i + 1)) continue;
            const Tag* c = country_at_end(i);
            if (!c) c = possessor(i);
            // "American goods", "U.S. goods", "Japan's products"
            if (!c || (c->form != CountryForm::adjective && !initialism(*c) && !possessive(i)))
                continue;
            if (!out.empty() && out != c->code) return {};
            out = std::string(c->code);
        }
        return out;
    }

    // "Canada had been told that its goods would face 35 percent": the goods
    // of "its" are those of the country the sentence named last before them
    // ("their" may point to several; "U.S. tariffs" names who imposes.)
    bool possessive(std::size_t token) const {
        return token > s_.first && doc_.token_lower(token - 1) == "its";
    }
    // "Japan's 15 percent tariff took effect": the country whose rate it is
    // is charged it, unless its sentence tells of answering tariffs ("China's
    // 34 percent retaliatory levy").
    std::string rate_owner(std::size_t rate) const {
        const std::size_t i = doc_.tags[rate].first;
        if (i < s_.first + 2) return {};
        if (!doc_.possessive_mark(i - 1)) return {};
        if (rules_.retaliation && sentence_has(retaliation_, *rules_.retaliation)) return {};
        const Tag* c = country_at_end(i - 1);
        if (!c || c->form == CountryForm::adjective || is_location(*c)) return {};
        return std::string(c->code);
    }

    const Tag* possessor(std::size_t token) const {
        if (!possessive(token)) return nullptr;
        const Tag* out = nullptr;
        for (std::size_t k = doc_.first_tag_from(s_.first);
             k < doc_.tags.size() && doc_.tags[k].first < token - 1; ++k) {
            const Tag& t = doc_.tags[k];
            if (t.kind == TagKind::country && !t.code.empty() && !is_location(t) &&
                !rules_.classes.match(doc_, rules_.tariff, t.last, s_.last))
                out = &t;
        }
        return out;
    }

    // "U.S.", "EU", "UK": written in capitals, used as an adjective.
    // "non-American": every country's but that one.
    bool named_with_non(const Tag& t) const {
        if (t.first <= s_.first) return false;
        if (doc_.token_lower(t.first - 1) == "non-") return true;
        return t.first > s_.first + 1 && doc_.token_text(t.first - 1) == "-" &&
               doc_.token_lower(t.first - 2) == "non";
    }

    bool initialism(const Tag& t) const {
        const std::string_view w = doc_.token_text(t.first);
        return w.size() >= 2 && std::isupper(static_cast<unsigned char>(w[0])) &&
               (std::isupper(static_cast<unsigned char>(w[1])) || w[1] == '.');
    }

    // A country tag that ends right before `token`.
    const Tag* country_at_end(std::size_t token) const {
        for (std::size_t back = 1; back <= 3 && token >= s_.first + back; ++back)
            if (const Tag* c = country_at(token - back); c && c->last == token) return c;
        return nullptr;
    }

    // Whether a product's words end right before `token` ("steel and").
    bool product_at_end(std::size_t token) const {
        for (std::size_t k = doc_.first_tag_from(token >= s_.first + 3 ? token - 3 : s_.first);
             k < doc_.tags.size() && doc_.tags[k].first < token; ++k)
            if (doc_.tags[k].kind == TagKind::product && doc_.tags[k].last == token) return true;
        return false;
    }

    bool product_at(std::size_t token) const {
        if (token >= s_.last || match_.tags.first_at[token] < 0) return false;
        for (auto k = std::size_t(match_.tags.first_at[token]);
             k < doc_.tags.size() && doc_.tags[k].first == token; ++k)
            if (doc_.tags[k].kind == TagKind::product) return true;
        return false;
    }

    const Tag* country_at(std::size_t token) const {
        if (match_.tags.first_at[token] < 0) return nullptr;
        for (auto k = std::size_t(match_.tags.first_at[token]);
             k < doc_.tags.size() && doc_.tags[k].first == token; ++k)
            if (doc_.tags[k].kind == TagKind::country) return &doc_.tags[k];
        return nullptr;
    }

    // The country a tag stands for, if any: a country, an organisation acting
    // for one, a place in one, a person from one.
    std::string_view country_of(const Tag& t) const {
        switch (t.kind) {
        case TagKind::country:
        case TagKind::organisation:
        case TagKind::place:
            return t.code;
        case TagKind::person:
            return doc_.people[std::size_t(t.ref)].country;
        default:
            return {};
        }
    }

    // "removed the 40 percent tariff on Brazilian beef", "exempt farm goods
    // from the 19 percent rate": the rate a removal names is the tariff that
    // goes, not the one left; only "to" gives the rate after it.
    // "removed tariffs of up to 15 percent": "up to" bounds the rate removed.
    bool removed_rate(const Frame& f, std::size_t rate) const {
        const Tag& t = doc_.tags[rate];
        const bool to = t.first > s_.first && doc_.token_lower(t.first - 1) == "to" &&
                        !(t.first > s_.first + 1 && doc_.token_lower(t.first - 2) == "up");
        return f.default_rate && t.kind == TagKind::percent && !to;
    }

    // "signed trade agreements with Malaysia and Cambodia", "frameworks for
    // agreements with Thailand and Vietnam": deals in the plural, then "with"
    // and a list of countries, are one deal with each of them.
    std::vector<std::string> partners_in(Span r, const Frame& f) const {
        if (!rules_.deals_each) return {};
        // "announced framework trade agreements": the trigger may end at the
        // first noun of the compound, its plural head a word or two on.
        bool plural = false;
        for (const auto& t : f.triggers) {
            std::size_t end = t.last;
            while (end < r.last && end < t.last + 2 && doc_.tokens[end].shape != TokenShape::punct)
                ++end;
            plural = plural || rules_.classes.occurs(doc_, *rules_.deals_each, t.first, end);
        }
        if (!plural) return {};
        std::size_t counterparts = 0; // countries after "with"
        for (std::size_t i = r.first; i < r.last; ++i) {
            if (doc_.token_lower(i) != "with") continue;
            std::vector<std::string> out = countries_listed_from(i + 1, r.last);
            if (out.size() >= 2) return out;
            counterparts += out.size();
        }
        // "the same rate that Japan, South Korea and the European Union
        // accepted in deals struck last month": the countries the trigger lists.
        std::vector<std::string> listed;
        for (const auto& t : f.triggers)
            for (auto k : tags_in(t, [](TagKind kind) { return kind == TagKind::country; })) {
                const std::string code(doc_.tags[k].code);
                if (!code.empty() && std::find(listed.begin(), listed.end(), code) == listed.end())
                    listed.push_back(code);
            }
        if (listed.size() >= 3) return listed;
        // "Malaysia and Cambodia signed trade agreements with Washington",
        // "the rate that Japan, South Korea and the European Union accepted
        // in deals struck last month": a list of countries before deals in
        // the plural strikes one each, with one side named after "with" or
        // with three countries or more ("Japan and the United States signed
        // agreements" are the two sides of each).
        const auto subjects = subject_countries(r, f);
        if (subjects.size() >= 3 || (subjects.size() == 2 && counterparts == 1))
            return {subjects.begin(), subjects.end()};
        return {};
    }

    // The countries of a list from `from` ("Malaysia, Cambodia and the
    // Philippines"), before `to`.
    std::vector<std::string> countries_listed_from(std::size_t from, std::size_t to) const {
        std::vector<std::string> out;
        for (std::size_t j = from; j < to;) {
            const auto w = doc_.token_lower(j);
            if (w == "the" || w == "," || w == "and" || w == "both") {
                ++j;
                continue;
            }
            const auto k = doc_.first_tag_from(j);
            if (k >= doc_.tags.size() || doc_.tags[k].first != j ||
                doc_.tags[k].kind != TagKind::country || doc_.tags[k].code.empty())
                break;
            out.emplace_back(doc_.tags[k].code);
            j = doc_.tags[k].last;
        }
        return out;
    }

    // Whether `code` is one of a list of countries right after "with" in `r`.
    bool named_after_with(Span r, std::string_view code) const {
        for (std::size_t i = r.first; i < r.last; ++i) {
            if (doc_.token_lower(i) != "with") continue;
            const auto listed = countries_listed_from(i + 1, r.last);
            if (std::find(listed.begin(), listed.end(), code) != listed.end()) return true;
        }
        return false;
    }

    // Whole sentences are asked of again for each event: found once.
    // What a kind takes and splits by is asked at each step of each group:
    // its slots as bits (taken from bit 0, split by from bit 16, bit 31 once
    // known), found once an article.
    [[gnu::always_inline]] std::uint32_t slot_bits(const KindRules& kind) const {
        const std::uint32_t bits = slot_bits_[std::size_t(&kind - rules_.kinds.data())];
        return bits != 0 ? bits : find_slot_bits(kind);
    }
    std::uint32_t find_slot_bits(const KindRules& kind) const {
        static_assert(unsigned(Slot::duration) < 16, "a slot's bit must fit below bit 16");
        std::uint32_t bits = 1u << 31;
        for (const Slot s : kind.slots)
            bits |= 1u << unsigned(s);
        for (const Slot s : kind.split)
            bits |= 1u << (16 + unsigned(s));
        return slot_bits_[std::size_t(&kind - rules_.kinds.data())] = bits;
    }
    [[gnu::always_inline]] bool takes(const KindRules& kind, Slot s) const {
        return slot_bits(kind) >> unsigned(s) & 1;
    }
    [[gnu::always_inline]] bool splits(const KindRules& kind, Slot s) const {
        return slot_bits(kind) >> (16 + unsigned(s)) & 1;
    }

    // Whether a phrase of class `id` occurs in the sentence, found once in
    // `known`.
    bool sentence_has(std::optional<bool>& known, std::uint32_t id) const {
        if (!known) known = rules_.classes.occurs(doc_, id, s_.first, s_.last);
        return *known;
    }

    const Actors& sentence_actors() const {
        if (!sentence_actors_known_) actors_in(Span{s_.first, s_.last}, sentence_actors_);
        sentence_actors_known_ = true;
        return sentence_actors_;
    }
    const Actors& previous_actors() const {
        if (!previous_actors_known_)
            actors_in(Span{doc_.sentences[index_ - 1].first, doc_.sentences[index_ - 1].last},
                      previous_actors_);
        previous_actors_known_ = true;
        return previous_actors_;
    }

    // Into `a`, whose lists keep their memory from one use to the next.
    void actors_in(Span r, Actors& a) const {
        a.countries.clear();
        a.locations.clear();
        a.people.clear();
        auto add = [](std::vector<std::string_view>& v, std::string_view s) {
            if (s.empty() || std::find(v.begin(), v.end(), s) != v.end()) return;
            if (v.empty()) v.reserve(4); // one allocation for the usual few
            v.push_back(s);
        };
        for (auto k : tags_in(r, [](TagKind t) {
                 return t == TagKind::country || t == TagKind::organisation ||
                        t == TagKind::place || t == TagKind::person;
             })) {
            const Tag& t = doc_.tags[k];
            const std::string_view c = country_of(t);
            if (t.kind == TagKind::person) add(a.people, doc_.people[std::size_t(t.ref)].name);
            if (t.kind == TagKind::place || is_location(t))
                add(a.locations, c);
            else if (!is_topic(t))
                add(a.countries, c);
            // "signed a free trade agreement with the South American Mercosur
            // bloc": a bloc acts for each of its members.
            if (t.kind == TagKind::organisation && !is_location(t))
                for (const auto& m : rules_.gazetteer.organisations[std::size_t(t.ref)].members)
                    add(a.countries, m);
        }
    }

    // "Japan will face 24 percent, the European Union 20 percent": in a list
    // of rates, the country named right before one is its target.
    std::vector<std::string_view> listed_countries(std::size_t rate) const {
        std::size_t i = doc_.tags[rate].first;
        if (i > s_.first && doc_.token_lower(i - 1) == "the") --i;
        if (i <= s_.first) return {};
        // The country a name ends right before `end`, or none.
        auto named_before = [&](std::size_t end) -> const Tag* {
            for (std::size_t k = doc_.first_tag_from(s_.first); k < doc_.tags.size(); ++k) {
                const Tag& t = doc_.tags[k];
                if (t.first >= end) break;
                if (t.kind == TagKind::country && t.last == end && t.form == CountryForm::name)
                    return &t;
            }
            return nullptr;
        };
        const Tag* t = named_before(i);
        if (!t) return {};
        // "entering the United States duty-free": where the goods go, not
        // the next country of a list of rates.
        std::size_t before = t->first;
        if (before > s_.first && doc_.token_lower(before - 1) == "the") --before;
        if (destination_before(before)) return {};
        // "..., and Japan, South Korea, Malaysia and Tunisia 25 percent": the
        // countries listed before the rate.
        std::vector<std::string_view> out{t->code};
        for (std::size_t at = t->first; at > s_.first + 1;) {
            const auto w = doc_.token_lower(at - 1);
            if (w != "and" && w != ",") break;
            std::size_t end = at - 1;
            if (w == "and" && end > s_.first && doc_.token_text(end - 1) == ",") --end;
            const Tag* prev = named_before(end);
            if (!prev) break;
            out.insert(out.begin(), prev->code);
            at = prev->first;
        }
        return out;
    }

    // "Japan will face a 15 percent tariff": the country before the words;
    // "Thai and Cambodian goods will be charged 19 percent": each of a list.
    // `at`, when given, is where the subject is last told: its last country,
    // or the comma closing an apposition after it.
    std::vector<std::string_view> subject_countries(Span r, const Frame& f,
                                                    std::size_t* at = nullptr) const {
        std::vector<std::string_view> list;
        std::size_t list_end = 0; // the token after the list's last country
        const std::size_t trigger = f.triggers.front().first;
        // "Brazil, the second-largest foreign supplier of steel to the United
        // States, has paid 50 percent": what an apposition names is no subject.
        std::size_t apposition_end = 0;
        for (auto k : tags_in(Span{r.first, trigger}, [](TagKind t) {
                 return t == TagKind::country || t == TagKind::organisation;
             })) {
            const Tag& t = doc_.tags[k];
            if (t.first < apposition_end) continue;
            if ((is_location(t) && !made_in(t)) || is_destination(t) || weighed_on(t) ||
                t.code.empty())
                continue;
            // "products from the two countries that are not yet covered by EU
            // duties will pay": whose duties they are imposes, and is no subject.
            if ((t.form == CountryForm::adjective || initialism(t)) &&
                rules_.classes.match(doc_, rules_.tariff, t.last, trigger))
                continue;
            const bool joined =
                !list.empty() && t.first == list_end + 1 &&
                (doc_.token_lower(list_end) == "and" || doc_.token_text(list_end) == ",");
            if (!joined) list.clear();
            if (std::find(list.begin(), list.end(), t.code) == list.end()) list.push_back(t.code);
            list_end = t.last;
            if (at && t.kind == TagKind::country) *at = t.first;
            // "Britain, which secured a deal with Washington in May, is the
            // only country still paying 25 percent": a relative clause too, and
            // one opened by a country's name ("Bangladesh and Vietnam, Sri
            // Lanka's main rivals in garments, will also pay 20 percent").
            if (list_end + 1 < trigger && doc_.token_text(list_end) == "," &&
                (rules_.classes.match(doc_, rules_.definite, list_end + 1, list_end + 2) ||
                 (rules_.relative &&
                  rules_.classes.match(doc_, *rules_.relative, list_end + 1, list_end + 2)) ||
                 possessive_country_at(list_end + 1))) {
                std::size_t close = list_end + 1;
                while (close < trigger && doc_.token_text(close) != ",")
                    ++close;
                if (close < trigger) {
                    apposition_end = close;
                    // What the apposition names is told before the subject's verb.
                    if (at) *at = close;
                }
            }
        }
        // "Both countries are contending with a 15 percent U.S. tariff": the
        // two a sentence before named together.
        if (list.empty() && rules_.both_named)
            for (std::size_t i = r.first; i < trigger; ++i)
                if (rules_.classes.match(doc_, *rules_.both_named, i, trigger)) {
                    list = last_two_countries(std::nullopt);
                    break;
                }
        if (list.empty())
            if (const std::string_view c = relative_clause_subject(f); !c.empty())
                list.push_back(c);
        if (list.empty())
            if (const std::string_view c = subject_carried_over(trigger); !c.empty())
                list.push_back(c);
        return list;
    }

    // "answered with 25 percent tariffs on U.S. goods, and put the same rate
    // on American steel": the rate its sentence told before the trigger.
    std::optional<double> same_rate_before(const Frame& f) const {
        const Span t = f.triggers.front();
        bool same = false;
        for (std::size_t i = t.first; i + 1 < t.last && !same; ++i)
            same = doc_.token_lower(i) == "same" && doc_.token_lower(i + 1) == "rate";
        if (!same) return {};
        std::optional<double> out;
        for (std::size_t k = doc_.first_tag_from(s_.first);
             k < doc_.tags.size() && doc_.tags[k].last <= t.first; ++k)
            if (doc_.tags[k].kind == TagKind::percent) out = doc_.tags[k].number;
        return out;
    }

    // "Cars built in South Africa also pay the 25 percent tariff": where the
    // subject's goods were made is the side that pays.
    bool made_in(const Tag& t) const {
        return rules_.made_in && t.first >= s_.first + 2 &&
               rules_.classes.match(doc_, *rules_.made_in, t.first - 2, t.first) == t.first;
    }

    // "India is in a similar position. Its exports to the United States have
    // been hit with a 50 percent tariff": a sentence opened by "It" or "Its"
    // tells of the country that opened the one before.
    std::string_view subject_carried_over(std::size_t trigger) const {
        if (&s_ == &doc_.sentences.front() || trigger <= s_.first) return {};
        const auto w = doc_.token_lower(s_.first);
        if (w != "its" && w != "it") return {};
        const Sentence& prev = *(&s_ - 1);
        const std::size_t k = doc_.first_tag_from(prev.first);
        if (k >= doc_.tags.size()) return {};
        const Tag& t = doc_.tags[k];
        if (t.first != prev.first || t.kind != TagKind::country || t.code.empty() ||
            t.form == CountryForm::adjective || doc_.possessive_mark(t.last))
            return {};
        return t.code;
    }

    // "European carmakers, which currently pay 27.5 percent", "Switzerland,
    // whose exports face 39 percent": the subject of a relative clause is
    // what it hangs on.
    // The person a ", who ..." clause holding the frame's trigger tells of.
    const Tag* relative_clause_person(const Frame& f) const {
        const std::size_t open = clause_span(clause_of(f.triggers.front().first)).first;
        if (open < s_.first + 2 || doc_.token_lower(open) != "who" ||
            doc_.token_text(open - 1) != ",")
            return nullptr;
        for (auto k :
             tags_in(Span{s_.first, open - 1}, [](TagKind t) { return t == TagKind::person; }))
            if (doc_.tags[k].last == open - 1) return &doc_.tags[k];
        return nullptr;
    }

    std::string_view relative_clause_subject(const Frame& f) const {
        std::string_view out;
        const std::size_t open = clause_span(clause_of(f.triggers.front().first)).first;
        if (open > s_.first) {
            const auto w = doc_.token_lower(open);
            if (w == "which" || w == "who" || w == "whose" || w == "that") {
                std::size_t from = open > s_.first + 5 ? open - 5 : s_.first;
                for (auto k :
                     tags_in(Span{from, open}, [](TagKind t) { return t == TagKind::country; })) {
                    const Tag& t = doc_.tags[k];
                    if (!is_location(t) && !t.code.empty()) out = t.code;
                }
            }
        }
        return out;
    }

    // The country of the person who speaks the words a frame stands in: a
    // person, then a verb of saying, before the frame's trigger.
    std::string_view speaker_country(const Frame& f) const {
        const std::size_t trigger = f.triggers.front().first;
        for (auto k :
             tags_in(Span{s_.first, trigger}, [](TagKind t) { return t == TagKind::person; })) {
            const Tag& t = doc_.tags[k];
            for (std::size_t i = t.last; i < trigger && i < t.last + 3; ++i)
                if (rules_.classes.match(doc_, rules_.speech, i, i + 1)) return country_of(t);
        }
        return {};
    }

    // The speaker's country as the imposer of a tariff on another named
    // side: "Ishiba said Japan would not accept the 25 percent tariff on
    // automobiles" makes Japan impose nothing.
    std::string_view speaker_side(const Frame& f, std::string_view target) const {
        if (target.empty() || target == "ALL") return {};
        const std::string_view c = speaker_country(f);
        return c == target ? std::string_view() : c;
    }

    // Who imposes a tariff: the countries named before its verb ("Trump
    // imposed", "Washington's tariffs") or after "by" ("imposed by the
    // United States"), other than its targets.
    // With `anchor` (the rate of one of several tariffs a frame tells), the
    // verb is the trigger nearest before it: "Washington will cut ... to 30
    // percent and Beijing will lower ... to 10 percent".
    std::vector<std::string_view> imposers_in(Span r, const Frame& f, std::string_view target,
                                              std::optional<std::size_t> anchor = {}) const {
        std::vector<std::string_view> out;
        if (f.subject_is_target) {
            // "pay 27.5 percent to export to the United States", "face a 50
            // percent U.S. duty": the country goods go to, or the one whose
            // tariff words they are, imposes what the subject faces.
            for (auto k : tags_in(r, [](TagKind t) { return t == TagKind::country; })) {
                const Tag& t = doc_.tags[k];
                const bool names_tariff = (t.form == CountryForm::adjective || initialism(t)) &&
                                          rules_.classes.occurs(doc_, tariff_words_, t.last,
                                                                std::min(t.last + 2, r.last));
                const std::string_view c = country_of(t);
                if ((is_destination(t) || names_tariff) && !c.empty() && c != target &&
                    std::find(out.begin(), out.end(), c) == out.end())
                    out.push_back(c);
            }
            // "Trump also said on Monday that Chinese goods would face 50
            // percent": the one who says what the target will face sets it;
            // "was hit with 39%, one of the highest rates imposed by Trump":
            // the one it was imposed by.
            if (out.empty())
                if (const std::string_view c = speaker_side(f, target); !c.empty())
                    out.push_back(c);
            // "have paid a 10 percent duty that Washington applies": the
            // subject of a relative clause on the tariff.
            if (out.empty() && rules_.relative)
                for (auto k : tags_in(
                         Span{f.triggers.front().last,
                              std::min(s_.last, f.triggers.front().last + 12)},
                         [](TagKind t) { return t == TagKind::country || t == TagKind::person; })) {
                    const Tag& t = doc_.tags[k];
                    const std::string_view c = country_of(t);
                    if (t.first > s_.first && !c.empty() && c != target && !is_location(t) &&
                        t.form != CountryForm::adjective &&
                        rules_.classes.match(doc_, *rules_.relative, t.first - 1, t.first)) {
                        out.push_back(c);
                        break;
                    }
                }
            if (out.empty())
                for (auto k : tags_in(Span{f.triggers.front().last, r.last}, [](TagKind t) {
                         return t == TagKind::country || t == TagKind::person;
                     })) {
                    const Tag& t = doc_.tags[k];
                    const std::string_view c = country_of(t);
                    // "by President Donald Trump": a title may stand between.
                    std::size_t i = t.first;
                    while (i > t.first - std::min<std::size_t>(t.first, 3) && i > s_.first &&
                           doc_.tokens[i - 1].upper_initial)
                        --i;
                    if (i > 0 && doc_.token_lower(i - 1) == "by" && !c.empty() && c != target) {
                        out.push_back(c);
                        break;
                    }
                }
            return out;
        }
        // Countries named as targets ("on Chinese products") impose nothing;
        // one named elsewhere imposes unless it is this tariff's target.
        std::vector<std::size_t> target_at;
        for (const auto& t : target_phrases(r))
            target_at.insert(target_at.end(), t.at.begin(), t.at.end());
        auto add = [&](const Tag& t) {
            const std::string_view c = country_of(t);
            if (c.empty() || c == target || is_location(t)) return;
            if (std::find(target_at.begin(), target_at.end(), t.first) != target_at.end()) return;
            if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
        };
        std::size_t verb = f.triggers.front().first;
        if (anchor)
            for (const auto& t : f.triggers)
                if (t.first < *anchor && t.first > verb) verb = t.first;
        auto kinds = [](TagKind t) {
            return t == TagKind::country || t == TagKind::organisation || t == TagKind::person;
        };
        // "the tariff on foreign-made chips that U.S. President Donald Trump
        // announced": the subject of a relative clause the trigger holds.
        if (rules_.relative)
            for (const auto& trig : f.triggers)
                for (std::size_t i = trig.first + 1; i + 1 < trig.last; ++i) {
                    if (!rules_.classes.match(doc_, *rules_.relative, i, i + 1)) continue;
                    // The subject right after it, past a title ("President").
                    std::size_t subject = doc_.token_lower(i + 1) == "the" ? i + 2 : i + 1;
                    for (const std::size_t end = std::min(subject + 3, trig.last); subject < end;
                         ++subject) {
                        for (std::size_t k = doc_.first_tag_from(subject);
                             k < doc_.tags.size() && doc_.tags[k].first == subject; ++k) {
                            if (!kinds(doc_.tags[k].kind)) continue;
                            const std::string_view c = country_of(doc_.tags[k]);
                            if (!c.empty() && c != target && !is_location(doc_.tags[k])) return {c};
                        }
                        if (!doc_.tokens[subject].upper_initial) break;
                    }
                }
        for (auto k : tags_in(Span{r.first, verb}, kinds)) {
            const Tag& t = doc_.tags[k];
            // An adjective names the imposer only of the tariffs it qualifies:
            // "Chinese duties", not "Russian oil".
            if (t.kind == TagKind::country && t.form == CountryForm::adjective &&
                !rules_.classes.occurs(doc_, tariff_words_, t.last, std::min(t.last + 2, verb + 1)))
                continue;
            add(t);
        }
        for (auto k : tags_in(Span{verb, r.last}, kinds)) {
            const Tag& t = doc_.tags[k];
            std::size_t i = t.first;
            while (i > verb && (doc_.token_lower(i - 1) == "the"))
                --i;
            if (i > verb && doc_.token_lower(i - 1) == "by") add(t);
        }
        // "Trump said on Truth Social that he would impose a 25% tariff".
        if (out.empty())
            if (const std::string_view c = speaker_side(f, target); !c.empty()) out.push_back(c);
        return out;
    }

    std::string level_in(Span r, const Frame& f) const {
        // Few words start a phrase of any level: the levels are asked only
        // at those, unless there are more than the buffer holds.
        if (!level_starts_) {
            std::vector<std::uint32_t> words;
            for (const auto& [name, cls] : rules_.levels)
                for (const auto w : rules_.classes.first_words(cls))
                    words.push_back(w);
            level_starts_.emplace(words);
        }
        std::array<std::size_t, 16> candidates;
        std::size_t n = 0;
        for (std::size_t i = r.first; i < r.last && n <= candidates.size(); ++i)
            if (level_starts_->contains(doc_.tokens[i].word)) {
                if (n < candidates.size()) candidates[n] = i;
                ++n;
            }
        auto each_start = [&](auto&& fn) {
            if (n > candidates.size())
                for (std::size_t i = r.first; i < r.last; ++i)
                    fn(i);
            else
                for (std::size_t c = 0; c < n; ++c)
                    fn(candidates[c]);
        };
        std::string best;
        std::size_t best_d = std::numeric_limits<std::size_t>::max();
        for (const auto& level : rules_.levels) {
            each_start([&](std::size_t i) {
                const std::size_t end = rules_.classes.match(doc_, level.second, i, r.last);
                if (!end) return;
                for (const auto& t : f.triggers) {
                    std::size_t d = distance(t, Span{i, end});
                    if (d < best_d) {
                        best_d = d;
                        best = level.first;
                    }
                }
            });
        }
        return best;
    }

    // "talks in Geneva": a place after the words of the event, in the same
    // stretch of the sentence, or opening the sentence or clause ("In
    // Geneva, the two sides ...").
    std::optional<std::size_t> location_tag(Span r, const Frame& f) const {
        constexpr std::size_t near = 8;
        for (auto k :
             tags_in(r, [](TagKind t) { return t == TagKind::place || t == TagKind::country; })) {
            const Tag& t = doc_.tags[k];
            if (!is_location(t)) continue;
            if (t.kind == TagKind::country && t.form == CountryForm::adjective) continue;
            const std::size_t prep = t.first - 1;
            bool opens = prep == s_.first || clause_of(prep) != clause_of(prep - 1);
            for (const auto& tr : f.triggers) {
                bool after = t.first >= tr.last && t.first - tr.last <= near &&
                             !comma_between(tr.last, t.first);
                // "visit to New Delhi": the place the trigger itself names.
                bool inside = t.first > tr.first && t.last <= tr.last;
                if (after || inside || (opens && t.first < tr.first)) return k;
            }
        }
        return {};
    }

    std::string text_of(const Tag& t) const { return std::string(doc_.span_text(t.first, t.last)); }

    // Whether the sentence opens "Under the ..." (or "As part of the ...")
    // with the deal word at `trigger`.
    bool opens_under(std::size_t trigger) const {
        if (!rules_.under_deal || trigger < s_.first + 2 || trigger > s_.first + 4) return false;
        return rules_.classes.match(doc_, *rules_.under_deal, s_.first, trigger) != 0;
    }

    // The place named right before a day ("London in June", "in Geneva on
    // May 10"), or nothing.
    std::optional<std::size_t> place_of_day(std::size_t date) const {
        std::size_t end = doc_.tags[date].first;
        if (end > s_.first &&
            (doc_.token_lower(end - 1) == "in" || doc_.token_lower(end - 1) == "on"))
            --end;
        for (std::size_t k = doc_.first_tag_from(s_.first); k < doc_.tags.size(); ++k) {
            const Tag& t = doc_.tags[k];
            if (t.first >= end) break;
            if (t.last == end && (t.kind == TagKind::place ||
                                  (t.kind == TagKind::country && t.form == CountryForm::capital)))
                return k;
        }
        return std::nullopt;
    }

    // Whether the goods a span names come after "including": examples of
    // what a rate covers ("15 percent on most Japanese goods, including cars").
    bool goods_as_examples(Span r) const {
        if (!rules_.examples) return false;
        for (std::size_t i = r.first; i + 1 < r.last; ++i)
            if (const std::size_t end = rules_.classes.match(doc_, *rules_.examples, i, r.last);
                end != 0 && end < r.last && product_at(end))
                return true;
        return false;
    }

    // "the deal the two governments struck on July 22, which set a 15 percent
    // tariff", "The fact sheet, released on Friday, sets a 15 percent
    // ceiling": a word of [sets_terms] right after a relative word or the
    // comma closing an aside, a few words before the rate, gives the deal
    // its term.
    bool terms_set(std::size_t from, std::size_t rate) const {
        if (!rules_.sets_terms) return false;
        for (std::size_t j = std::max(from + 1, rate > 4 ? rate - 4 : 0); j < rate; ++j) {
            const bool opened =
                (rules_.relative && rules_.classes.match(doc_, *rules_.relative, j - 1, j)) ||
                (j - 1 > from && rate - j <= 3 && doc_.token_text(j - 1) == ",");
            if (opened && rules_.classes.match(doc_, *rules_.sets_terms, j, rate)) return true;
        }
        return false;
    }

    bool comma_between(std::size_t from, std::size_t to) const {
        for (std::size_t i = from; i < to; ++i)
            if (doc_.token_text(i) == ",") return true;
        return false;
    }

    // A comma other than one inside a list of goods or countries ("crude oil,
    // farm machinery and cars").
    bool parting_comma_between(std::size_t from, std::size_t to) const {
        for (std::size_t i = from; i < to; ++i)
            if (doc_.token_text(i) == "," && !list_comma(i, to)) return true;
        return false;
    }

    // Whether the comma at `i` stands inside a list of goods or countries
    // that goes on before `to`.
    bool list_comma(std::size_t i, std::size_t to) const {
        // A product may open with a word of its own ("farm machinery").
        const bool goods = product_at_end(i) && i + 1 < to &&
                           (product_at(i + 1) || (i + 2 < to && product_at(i + 2)));
        return goods || (country_at_end(i) && i + 1 < to && country_at(i + 1));
    }

    // Whether a rate stands right after words that tell it replaced: "down
    // from the 25 percent", "replacing the 25 percent".
    bool replaced_rate(std::size_t rate) const {
        if (!rules_.replaced) return false;
        const std::size_t at = doc_.tags[rate].first;
        for (std::size_t back = 1; back <= 4 && at >= s_.first + back; ++back)
            if (rules_.classes.match(doc_, *rules_.replaced, at - back, at) == at) return true;
        return false;
    }

    EventStatus resolve_status(const Frame& f, const KindRules& kind, Cue cue,
                               const DateValue* date, bool& drop) const {
        drop = false;
        // A deadline stands whatever happens by it: "an agreement had not been
        // possible by the Aug. 1 deadline" still names the deadline.
        // "would not accept the 25 percent tariff": a tariff named in passing
        // still stands; "averting a levy" stands for none.
        if ((cue == Cue::averted || (cue == Cue::negated && !f.weak)) &&
            kind.kind != EventKind::deadline) {
            drop = true;
            return EventStatus::reported;
        }
        if (kind.kind == EventKind::deadline) cue = Cue::none;
        // "If the 50 percent rate were applied": no tariff in force.
        if (f.weak && (cue == Cue::hypothetical || cue == Cue::conditional)) {
            drop = true;
            return EventStatus::reported;
        }
        if (cue == Cue::demanded && !f.weak &&
            (is_tariff(kind.kind) || kind.kind == EventKind::deal)) {
            drop = true;
            return EventStatus::reported;
        }
        if (f.trigger_status && cue != Cue::cancelled) return *f.trigger_status;
        if (kind.kind == EventKind::statement) return statement_status(f);
        switch (cue) {
        case Cue::planned:
            return EventStatus::planned;
        case Cue::proposed:
        case Cue::demanded:
        case Cue::hypothetical:
            return EventStatus::proposed;
        case Cue::rejected:
            // "Trump rejected it in a tense phone call": what is rejected is
            // told in the call, which was held. Talks refused are a position.
            if (kind.kind == EventKind::talks) break;
            return EventStatus::rejected;
        case Cue::cancelled:
            return EventStatus::cancelled;
        case Cue::held:
            return EventStatus::held;
        case Cue::conditional: {
            // "said it would impose": a plan; otherwise an offer or a threat.
            for (std::size_t i = s_.first; i < f.triggers.front().first; ++i)
                if (rules_.classes.match(doc_, rules_.reported_speech, i, s_.last))
                    return EventStatus::planned;
            return EventStatus::proposed;
        }
        default:
            break;
        }
        if (date && date->known() && *date->first > pub_) return EventStatus::planned;
        // A deadline not yet passed is still to come.
        if (kind.kind == EventKind::deadline)
            return date && date->known() && *date->last < pub_ ? EventStatus::reported
                                                               : EventStatus::planned;
        return kind.past;
    }

    // What a statement says about its speaker's standing: "would not accept"
    // is a refusal, "has offered", "floated" an offer, anything else a
    // position stated.
    EventStatus statement_status(const Frame& f) const {
        // "\"... Brazil's sovereignty is not on the table,\" Alckmin told
        // reporters": words quoted first are said before their speaker.
        const auto opening = doc_.token_text(s_.first);
        const bool quoted_first = opening == "\"" || opening == "\u201c";
        const std::size_t from = quoted_first ? s_.first : f.triggers.front().first;
        // "had called for the removal ..., but that the U.S. side had rejected
        // any change": the words up to the next position are this one's.
        std::size_t to = s_.last;
        for (const auto& g : frames_.frames)
            if (&g != &f && g.kind == f.kind && g.triggers.front().first > from)
                to = std::min(to, g.triggers.front().first);
        for (std::size_t i = from; i < to; ++i) {
            if (rules_.refusal && rules_.classes.match(doc_, *rules_.refusal, i, s_.last))
                return EventStatus::rejected;
        }
        for (std::size_t i = from; i < to; ++i)
            if (rules_.offer && rules_.classes.match(doc_, *rules_.offer, i, s_.last))
                return EventStatus::proposed;
        return EventStatus::reported;
    }

    Cue cue_of(const Frame& f) const {
        Cue found = Cue::none;
        for (const auto& t : f.triggers) {
            const auto known = frames_.cue_of(t);
            const Cue c =
                known ? *known : rules_.status.find(doc_, s_.first, s_.last, t.first, t.last);
            if (c == Cue::negated || c == Cue::averted) return c;
            if (found == Cue::none) found = c;
        }
        return found;
    }

    DateValue date_value(std::size_t tag, const KindRules& kind) const {
        const Tag& t = doc_.tags[tag];
        const TimeExpression& x = doc_.dates[std::size_t(t.ref)];
        DateValue d = x.date;
        // "later this week", "later this month": the week or month they name,
        // as an analyst files them; "early July" keeps its days.
        if (d.granularity == Granularity::interval && d.mod.empty()) {
            if (auto named = parse_date_value(x.value);
                named && (named->granularity == Granularity::week ||
                          named->granularity == Granularity::month ||
                          named->granularity == Granularity::year)) {
                std::string text = d.text;
                d = *named;
                d.text = text;
            }
        }
        if (d.text.empty()) d.text = x.text;
        // A target "by the end of May" or "by late May", or a regime that
        // "expires at the end of June", falls due on the last day the end
        // covers. "Late October" with no bound, and a bound that opens a
        // span ("since the end of May"), keep their days.
        const std::string_view cue = date_cue(t);
        const bool closes_span = cue == "by" || cue == "no_later_than" || cue == "before";
        const bool opens_span = cue == "since" || cue == "from" || cue == "starting" ||
                                cue == "after" || cue == "on_or_after";
        const bool end_of = x.text.find("end of") != std::string::npos;
        if (kind.kind == EventKind::deadline && d.known() &&
            ((closes_span && (d.mod == "END" || end_of)) || (!opens_span && end_of)))
            d = day_value(*d.last, d.text);
        return d;
    }

    // A date that closes a span: "until Aug. 12", or the day a deadline or
    // expiry of the same sentence took ("the truce expires on Aug. 12").
    // "extends the truce by 90 days to Nov. 10", "pushed the pause back to
    // Aug. 12": a plain date after "to" is where a span runs to, unless a
    // date just before opens it ("from Monday to Tuesday").
    bool extended_to(std::size_t tag) const {
        const Tag& t = doc_.tags[tag];
        if (!date_cue(t).empty() && date_cue(t) != "none") return false;
        if (t.first == 0 || doc_.token_lower(t.first - 1) != "to") return false;
        for (std::size_t k = tag >= 3 ? tag - 3 : 0; k < tag; ++k) {
            const Tag& o = doc_.tags[k];
            if (o.kind == TagKind::date && o.last + 1 >= t.first - 1 && o.last <= t.first - 1)
                return false;
        }
        return true;
    }

    // `for_kind` is the kind of the event the date may end.
    bool ends_something(std::size_t tag, EventKind for_kind) const {
        if (bound_cue(date_cue(doc_.tags[tag]))) return true;
        if (extended_to(tag)) return true;
        for (const auto& other : frames_.frames) {
            if (rules_.kinds[other.kind].kind != EventKind::deadline ||
                std::find(other.dates.begin(), other.dates.end(), tag) == other.dates.end())
                continue;
            // "a suspension agreed in May runs until Nov. 10": to another
            // event, a plain date beside the deadline's bounded one ends nothing.
            const bool bounded = for_kind != EventKind::deadline &&
                                 std::any_of(other.dates.begin(), other.dates.end(), [&](auto k) {
                                     return bound_cue(date_cue(doc_.tags[k]));
                                 });
            if (!bounded) return true;
        }
        return false;
    }

    // The dates whose bounding word comes first in the kind's `dates` list:
    // talks prefer a plain date ("held talks on Tuesday, his eighth visit
    // since April"), a tariff the day it starts ("signed on Sept. 4, lowers
    // tariffs to 15 percent, effective Sept. 16").
    std::vector<std::size_t> preferred(const KindRules& kind,
                                       const std::vector<std::size_t>& dates) const {
        auto rank = [&](std::size_t k) {
            auto cue = date_cue(doc_.tags[k]);
            for (std::size_t i = 0; i < kind.date_cues.size(); ++i)
                if (kind.date_cues[i] == cue) return i;
            return kind.date_cues.size();
        };
        std::size_t best = kind.date_cues.size();
        for (auto k : dates)
            best = std::min(best, rank(k));
        std::vector<std::size_t> out;
        for (auto k : dates)
            if (rank(k) == best) out.push_back(k);
        return out;
    }

    bool consecutive_days(std::vector<std::size_t> dates) const {
        std::sort(dates.begin(), dates.end(),
                  [&](auto a, auto b) { return doc_.tags[a].first < doc_.tags[b].first; });
        for (std::size_t i = 0; i < dates.size(); ++i) {
            const DateValue& d = doc_.dates[std::size_t(doc_.tags[dates[i]].ref)].date;
            if (d.granularity != Granularity::day || !d.known()) return false;
            if (i > 0) {
                const DateValue& prev = doc_.dates[std::size_t(doc_.tags[dates[i - 1]].ref)].date;
                if (*d.first != *prev.first + date::days{1}) return false;
            }
        }
        return true;
    }

    // "extending the suspension, which had been due to expire on Wednesday,
    // until Aug. 1": a date the words bound wins over one an expiry took.
    std::vector<std::size_t> closing_first(const std::vector<std::size_t>& dates) const {
        std::vector<std::size_t> bounded;
        for (auto k : dates)
            if (bound_cue(date_cue(doc_.tags[k]))) bounded.push_back(k);
        return bounded.empty() ? dates : bounded;
    }

    // "Earlier in the week, Bessent met Kato on Wednesday": of two dates of
    // one event, the one that lies within the other.
    std::size_t finest_within(std::size_t chosen, const std::vector<std::size_t>& dates) const {
        auto value = [&](std::size_t k) -> const DateValue& {
            return doc_.dates[std::size_t(doc_.tags[k].ref)].date;
        };
        const DateValue& c = value(chosen);
        if (!c.known()) return chosen;
        std::size_t best = chosen;
        for (auto k : dates) {
            const DateValue& d = value(k);
            if (k == chosen || !d.known() || d.granularity == Granularity::duration) continue;
            const DateValue& b = value(best);
            if (*d.first >= *b.first && *d.last <= *b.last &&
                *d.last - *d.first < *b.last - *b.first)
                best = k;
        }
        return best;
    }

    // "in April and May", "on June 3, 4 and 5": dates joined by and, or,
    // commas; "in Geneva in May and in London in June": each with its place.
    bool coordinated(std::vector<std::size_t> dates) const {
        if (dates.size() < 2) return false;
        std::sort(dates.begin(), dates.end(),
                  [&](auto a, auto b) { return doc_.tags[a].first < doc_.tags[b].first; });
        for (std::size_t i = 1; i < dates.size(); ++i) {
            const Tag& a = doc_.tags[dates[i - 1]];
            const Tag& b = doc_.tags[dates[i]];
            if (b.first < a.last || b.first - a.last > 6) return false;
            const auto places = tags_in(Span{a.last, b.first}, [](TagKind t) {
                return t == TagKind::place || t == TagKind::country;
            });
            bool joined = false;
            for (std::size_t t = a.last; t < b.first; ++t) {
                auto w = doc_.token_lower(t);
                if (w == "and" || w == "or" || w == ",") joined = true;
                if (w == "and" || w == "or" || w == "," || w == "to" || w == "through" || w == "-")
                    continue;
                // "in late May and again in mid-June", "on Monday and on Friday"
                if (joined && (w == "again" || w == "in" || w == "on")) continue;
                bool in_place = false;
                for (auto k : places)
                    if (t >= doc_.tags[k].first && t < doc_.tags[k].last) in_place = true;
                const bool prep = !places.empty() &&
                                  rules_.classes.match(doc_, rules_.location_prep, t, t + 1) > t;
                if (!in_place && !prep) return false;
            }
            if (b.first - a.last > 2 && !joined) return false;
        }
        return true;
    }

    // For a kind that splits by date, the frame's triggers joined by "and",
    // each followed by a date of its own before the next: one group per
    // trigger. Empty unless every trigger has exactly one such date.
    std::vector<Group> dated_steps(const Frame& f, const KindRules& kind,
                                   const std::vector<std::size_t>& dates) const {
        if (!splits(kind, Slot::date) || f.triggers.size() < 2 ||
            dates.size() != f.triggers.size() || !f.rounds.empty())
            return {};
        std::vector<Span> triggers = f.triggers;
        std::sort(triggers.begin(), triggers.end(),
                  [](const Span& a, const Span& b) { return a.first < b.first; });
        std::vector<Group> out;
        for (std::size_t i = 0; i < triggers.size(); ++i) {
            // Verbs joined by "and": "spoke ... and met".
            if (i > 0 &&
                (triggers[i].first <= s_.first || doc_.token_lower(triggers[i].first - 1) != "and"))
                return {};
            Group g;
            g.from = triggers[i].first;
            g.to = i + 1 < triggers.size() ? triggers[i + 1].first : s_.last;
            for (auto k : dates)
                if (doc_.tags[k].first >= triggers[i].last && doc_.tags[k].last <= g.to) {
                    if (g.date) return {};
                    g.date = k;
                }
            if (!g.date) return {};
            out.push_back(g);
        }
        return out;
    }

    // Into the scratch list, which keeps its memory from one frame to the next.
    const std::vector<Group>& groups(const Frame& f, const KindRules& kind, Span r) const {
        std::vector<Group>& out = groups_;
        out.clear();
        // Room for the usual: a group for each rate or date, or one.
        out.reserve(1 + std::max(f.rates.size(), f.dates.size()));
        auto by_position = [&](std::vector<std::size_t> v) {
            std::sort(v.begin(), v.end(),
                      [&](auto a, auto b) { return doc_.tags[a].first < doc_.tags[b].first; });
            return v;
        };
        std::vector<std::size_t>&own_dates = own_dates_, &bound_dates = bound_dates_;
        own_dates.clear();
        bound_dates.clear();
        for (auto k : f.dates) {
            // "five rounds of negotiations since March", "has led the talks
            // since April": a running process, no talks of that month; "holding
            // talks since Friday" dates them.
            if (kind.kind == EventKind::talks && date_cue(doc_.tags[k]) == "since") {
                const auto g = doc_.dates[std::size_t(doc_.tags[k].ref)].date.granularity;
                if (g != Granularity::day && g != Granularity::time) continue;
            }
            (takes(kind, Slot::duration) && ends_something(k, kind.kind) ? bound_dates : own_dates)
                .push_back(k);
        }
        auto pick_date = [&](Group& g, const std::vector<std::size_t>& dates) {
            std::vector<std::size_t> inside;
            for (auto k : dates)
                if (doc_.tags[k].first >= g.from && doc_.tags[k].first < g.to) inside.push_back(k);
            if (!inside.empty()) g.date = nearest_dating(f, preferred(kind, inside));
        };
        if (splits(kind, Slot::rate) && f.rates.size() >= 2) {
            auto rates = by_position(f.rates);
            // Between two rates, the last comma parts their words: "have paid 35
            // percent since Aug. 1, and Canadian steel and aluminum face 50 percent".
            // A comma inside a list of countries or goods parts nothing: "10
            // percent on Argentina, Guatemala and El Salvador and 15 percent on
            // Ecuador", "cars face 25% and steel, aluminum and copper 50%".
            auto parting = [&](std::size_t i) {
                const std::size_t next = doc_.tags[rates[i + 1]].first;
                for (std::size_t k = next; k-- > doc_.tags[rates[i]].last;)
                    if (doc_.token_text(k) == "," && !list_comma(k, next)) return k;
                // With no comma, "and" does: "trucks would face a 25 percent
                // tariff and kitchen cabinets a 50 percent tariff"; right
                // before the next rate, whatever it follows: "25 percent on
                // medium and heavy trucks and 10 percent on buses".
                if (next > doc_.tags[rates[i]].last + 1 && doc_.token_lower(next - 1) == "and")
                    return next - 1;
                for (std::size_t k = next; k-- > doc_.tags[rates[i]].last;)
                    if (doc_.token_lower(k) == "and" && !country_at_end(k) && !product_at_end(k))
                        return k;
                return next;
            };
            for (std::size_t i = 0; i < rates.size(); ++i) {
                Group g;
                g.from = i == 0 ? r.first : parting(i - 1);
                g.to = i + 1 < rates.size() ? parting(i) : r.last;
                g.rate = rates[i];
                pick_date(g, own_dates);
                // "fell to 10 percent on June 30, when aircraft parts began
                // entering duty-free": the clause tells what else happened that day.
                if (!g.date && i > 0 && out.back().date && g.from + 1 < g.to &&
                    doc_.token_text(g.from) == "," && doc_.token_lower(g.from + 1) == "when" &&
                    doc_.tags[*out.back().date].last == g.from)
                    g.date = out.back().date;
                out.push_back(g);
            }
            // A date before the first rate dates every group: "In March, it imposed …".
            if (!out.empty() && out.front().date) {
                auto d = *out.front().date;
                if (doc_.tags[d].first < doc_.tags[rates[0]].first)
                    for (auto& g : out)
                        if (!g.date) g.date = d;
            }
            // So does one after the last told of them all: "…, with both cuts
            // taking effect on Wednesday", or of a verb all the rates are the
            // subject of: "tariffs of 10 percent on lumber and 25 percent on
            // cabinets took effect on Tuesday".
            if (!out.empty() && out.back().date) {
                auto d = *out.back().date;
                const std::size_t last_rate = doc_.tags[rates.back()].last;
                bool all =
                    std::all_of(f.triggers.begin(), f.triggers.end(),
                                [&](const Span& t) {
                                    return t.first >= last_rate && t.first < doc_.tags[d].first;
                                }) &&
                    !comma_between(doc_.tags[rates.front()].first, doc_.tags[d].first);
                // Or the verb before them all: "trucks would face a 25 percent
                // tariff and kitchen cabinets a 50 percent tariff from Oct. 1".
                all = all || (f.gapped_rate &&
                              std::all_of(f.triggers.begin(), f.triggers.end(),
                                          [&](const Span& t) {
                                              return t.first < doc_.tags[rates.front()].first;
                                          }) &&
                              !comma_between(doc_.tags[rates.front()].first, doc_.tags[d].first));
                for (std::size_t i = doc_.tags[rates.back()].last; i < doc_.tags[d].first; ++i) {
                    const auto w = doc_.token_lower(i);
                    if (w == "both" || w == "all" || w == "each") all = true;
                    // "..., with effect from May 14": the day every rate takes effect.
                    if (doc_.token_text(i) == "," && rules_.in_effect) {
                        const std::size_t end =
                            rules_.classes.match(doc_, *rules_.in_effect, i + 1, doc_.tags[d].last);
                        if (end != 0 && end <= doc_.tags[d].first + 1) all = true;
                    }
                }
                // Or one verb before rates that list goods, their day last:
                // "will impose tariffs of 15% on American coal and 10% on U.S.
                // crude oil, farm machinery and large-engine cars from Feb. 10".
                all = all ||
                      (std::all_of(f.triggers.begin(), f.triggers.end(),
                                   [&](const Span& t) {
                                       return t.first < doc_.tags[rates.front()].first;
                                   }) &&
                       !parting_comma_between(doc_.tags[rates.front()].first, doc_.tags[d].first));
                if (all)
                    for (auto& g : out)
                        if (!g.date) g.date = d;
            }
            // Rates told after one verb share the day told with the first:
            // "is due to rise to 30 percent on Jan. 1, and the rate on kitchen
            // cabinets to 50 percent".
            for (std::size_t i = 1; i < out.size(); ++i)
                if (!out[i].date && out[i - 1].date && out[i].rate == f.gapped_rate)
                    out[i].date = out[i - 1].date;
            // And rates told after ", with" share the day of the rate before:
            // "a 25% tariff from Oct. 1, with 50% on kitchen cabinets and 30%
            // on upholstered furniture".
            // So do those told after "at the same time as": "took effect on
            // Thursday, at the same time as the 15 percent levy on Japanese
            // goods and the 20 percent on goods from Taiwan".
            bool with_before = false;
            for (std::size_t i = 0; i < out.size(); ++i) {
                if (!out[i].rate) continue;
                std::size_t at = doc_.tags[*out[i].rate].first;
                if (at > s_.first && rules_.determiner &&
                    rules_.classes.match(doc_, *rules_.determiner, at - 1, at) == at)
                    --at;
                const bool with = at >= s_.first + 2 && doc_.token_lower(at - 1) == "with" &&
                                  doc_.token_text(at - 2) == ",";
                with_before = with || same_time_before(at) ||
                              (with_before && doc_.token_lower(at - 1) == "and");
                if (i > 0 && with_before && !out[i].date && out[i - 1].date)
                    out[i].date = out[i - 1].date;
            }
        } else if (splits(kind, Slot::date) && coordinated(own_dates) &&
                   consecutive_days(own_dates)) {
            // "on Thursday and Friday": one event over both days.
            auto dates = by_position(own_dates);
            Group g;
            g.from = r.first;
            g.to = r.last;
            g.date = dates.front();
            g.through = dates.back();
            out.push_back(g);
        } else if (auto steps = dated_steps(f, kind, own_dates); steps.size() >= 2) {
            // "spoke by phone on Oct. 6 and met in Kuala Lumpur on Oct. 26":
            // each verb with its own date is talks of its own.
            for (auto& g : steps) {
                if (!f.rates.empty()) g.rate = nearest_to_triggers(f, f.rates);
                out.push_back(g);
            }
        } else if (splits(kind, Slot::date) && coordinated(own_dates) && f.rounds.empty()) {
            for (auto k : by_position(own_dates)) {
                Group g;
                g.from = r.first;
                g.to = r.last;
                g.date = k;
                if (!f.rates.empty()) g.rate = nearest_to_triggers(f, f.rates);
                out.push_back(g);
            }
        } else {
            Group g;
            g.from = r.first;
            g.to = r.last;
            if (!f.rates.empty()) g.rate = nearest_to_triggers(f, f.rates);
            // "24 percentage points of the 34% tariff would stay suspended":
            // the part held off, not the whole.
            for (auto k : f.rates)
                if (doc_.tags[k].kind == TagKind::points) g.rate = k;
            if (!own_dates.empty())
                g.date = finest_within(nearest_dating(f, preferred(kind, own_dates)), own_dates);
            out.push_back(g);
        }
        if (!bound_dates.empty())
            for (auto& g : out)
                g.end_date = nearest_dating(f, closing_first(bound_dates));
        if (takes(kind, Slot::target)) {
            // Most groups keep their place: a list of groups is made anew only
            // when a list of targets splits one.
            std::vector<Group> split;
            bool splitting = false;
            // Where the last country named before the verb is, when there is one.
            std::size_t subject_from = 0;
            const std::vector<std::string_view> subjects =
                f.subject_is_target ? subject_countries(r, f, &subject_from)
                                    : std::vector<std::string_view>{};
            for (std::size_t gi = 0; gi < out.size(); ++gi) {
                Group& g = out[gi];
                std::span<const std::string_view> codes;
                std::string_view origin;
                std::vector<std::string_view> listed;
                if (gi > 0 && g.rate) listed = listed_countries(*g.rate);
                if (!listed.empty()) codes = listed;
                if (codes.empty()) {
                    // The target nearest the rate, between the rates beside it:
                    // "cut its levies on Chinese products to 30 percent ... and
                    // lower its duties on U.S. goods to 10 percent".
                    Span around{g.from, g.to};
                    if (g.rate && gi > 0 && out[gi - 1].rate)
                        around.first = doc_.tags[*out[gi - 1].rate].last;
                    const auto& phrases = target_phrases(around);
                    const std::size_t anchor =
                        g.rate ? doc_.tags[*g.rate].first : f.triggers.front().first;
                    // Words after the rate are counted from its end: "and 19
                    // percent for Malaysia" is nearer Malaysia than the
                    // Vietnam of "20 percent for Vietnam and".
                    const std::size_t anchor_end = g.rate ? doc_.tags[*g.rate].last : anchor;
                    const TargetPhrase* best = nullptr;
                    std::size_t best_d = std::numeric_limits<std::size_t>::max();
                    for (const auto& t : phrases) {
                        // "India could face 25 percent if its refiners resumed
                        // purchases from Russian suppliers": the country that faces
                        // it, not one of another clause.
                        if (!subjects.empty() &&
                            clause_of(t.pos) != clause_of(f.triggers.front().first))
                            continue;
                        // "during Akazawa's visit to Washington, saying Japan would
                        // face 15 percent": a phrase before the one who faces it is
                        // not what it falls on.
                        if (!subjects.empty() && t.pos < subject_from) continue;
                        // A phrase after the rate wins a tie: "25 percent on Japan".
                        std::size_t d = t.pos >= anchor_end ? 2 * (t.pos - anchor_end)
                                        : t.pos >= anchor   ? 0
                                                            : 2 * (anchor - t.pos) + 1;
                        // "called the tax an attack on the United States and
                        // threatened a new tariff on Canadian goods": with no rate
                        // to go by, the phrase right after a tariff word is its.
                        if (!g.rate && follows_tariff_word(t.pos)) d = 0;
                        if (d < best_d) {
                            best_d = d;
                            best = &t;
                        }
                    }
                    if (best) codes = best->codes;
                    // "Brazilian exports already pay the 10 percent baseline
                    // tariff Trump imposed on most trading partners": the side
                    // that pays is the target of a tariff that falls on all.
                    if (best && !subjects.empty() && codes.size() == 1 && codes.front() == "ALL")
                        codes = subjects;
                    // "keep its counter-tariffs on U.S. steel for as long as
                    // Washington charged 50 percent on Canadian steel": goods told
                    // as a country's after the rate outrank a phrase before it.
                    if (best && best->pos < anchor && gi > 0 && g.rate) {
                        origin = goods_origin(Span{doc_.tags[*g.rate].last, g.to});
                        if (!origin.empty()) codes = {&origin, 1};
                    }
                }
                // "Japan will face a 25 percent tariff": with no target named
                // after it, the country that faces it.
                if (codes.empty() && !subjects.empty()) codes = subjects;
                if (codes.size() >= 2 && splits(kind, Slot::target)) {
                    if (!splitting) split.assign(out.begin(), out.begin() + std::ptrdiff_t(gi));
                    splitting = true;
                    for (const auto code : codes) {
                        Group g2 = g;
                        g2.target = code;
                        split.push_back(g2);
                    }
                } else {
                    if (!codes.empty()) g.target = codes.front();
                    if (splitting) split.push_back(g);
                }
            }
            if (splitting) out = std::move(split);
        }
        return out;
    }

    // Whether ", which" or ", that" stands after `from` and before `to`.
    bool relative_after_comma(std::size_t from, std::size_t to) const {
        if (!rules_.relative) return false;
        for (std::size_t k = from + 1; k + 1 < to; ++k)
            if (doc_.token_text(k) == "," &&
                rules_.classes.match(doc_, *rules_.relative, k + 1, k + 2))
                return true;
        return false;
    }

    // Whether a word of [onlooker] stands before `trigger` other than as the
    // audience of a telling: "told lawmakers he hoped to close the steel
    // talks within 90 days" is the speaker's own deadline. A trigger that
    // starts at its speaker reaches to its verb of saying: "Neal Katyal, the
    // lawyer for the importers, told the court".
    // Returns the token after the onlooker's words, or 0.
    std::size_t onlooker_speaks(Span trigger) const {
        if (!rules_.onlooker) return 0;
        // "ahead of a review of the pact due by July 1": what is due by a
        // day is a schedule the onlooker cites, not a view of theirs.
        for (std::size_t back = 1; back <= 2 && trigger.first >= s_.first + back; ++back)
            if (doc_.token_lower(trigger.first - back) == "due") return 0;
        std::size_t before = trigger.first;
        for (std::size_t i = trigger.first; i < trigger.last; ++i)
            if (rules_.classes.match(doc_, rules_.speech, i, trigger.last)) {
                before = i;
                break;
            }
        for (std::size_t i = s_.first; i < before; ++i) {
            const std::size_t end = rules_.classes.match(doc_, *rules_.onlooker, i, before);
            if (!end) continue;
            // "Business groups want relief before the pact's joint review,
            // which is due by July 1": a relative clause after a comma tells
            // of its own noun, not of the onlooker ("European carmakers, which
            // pay 27.5 percent, have urged" tells of the carmakers).
            if (relative_after_comma(end, trigger.first)) continue;
            // "Merz, whose carmakers stand to gain from the pact, urged":
            // an onlooker in a relative clause set off by commas is of the
            // clause, and the speaker is the noun before it.
            if (in_relative_aside(i, before)) continue;
            const bool heard = i > s_.first && rules_.audience &&
                               rules_.classes.match(doc_, *rules_.audience, i, before) &&
                               rules_.classes.match(doc_, rules_.speech, i - 1, i);
            if (!heard) return end;
        }
        return 0;
    }

    // Whether token `i` lies in a clause opened by ", whose", ", which" or
    // ", who" that a comma closes before `limit`.
    bool in_relative_aside(std::size_t i, std::size_t limit) const {
        std::size_t open = i;
        while (open > s_.first + 1 && doc_.token_text(open - 1) != ",")
            --open;
        if (open <= s_.first + 1 || doc_.token_text(open - 1) != ",") return false;
        if (!rules_.aside_relative || !rules_.classes.is_word(doc_, *rules_.aside_relative, open))
            return false;
        for (std::size_t j = i + 1; j < limit; ++j)
            if (doc_.token_text(j) == ",") return true;
        return false;
    }

    // "ended three days of talks on Friday": the talks ran the days counted up
    // to the day told; "said on Wednesday after two days of talks", the days
    // before it; "began three days of talks on Monday", the days from it.
    void days_of_talks(Span trigger, DateValue& date) const {
        if (!date.known() || *date.first != *date.last) return;
        // Back over a word or two of the talks' kind ("trade", "high-level").
        std::size_t of = trigger.first;
        for (std::size_t words = 0; words <= 2 && of > s_.first; ++words) {
            if (doc_.token_lower(of - 1) == "of") break;
            if (doc_.tokens[of - 1].shape != TokenShape::word) return;
            --of;
        }
        if (of <= s_.first + 1 || doc_.token_lower(of - 1) != "of") return;
        const Tag* span = nullptr;
        for (std::size_t k = doc_.first_tag_from(s_.first);
             k < doc_.tags.size() && doc_.tags[k].first < of - 1; ++k)
            if (doc_.tags[k].kind == TagKind::duration && doc_.tags[k].last == of - 1)
                span = &doc_.tags[k];
        if (!span || span->ref < 0) return;
        const auto counted = doc_.dates[std::size_t(span->ref)].duration_days;
        if (!counted || *counted < 2 || *counted > 14) return;
        const int days = *counted;
        const auto before =
            span->first > s_.first ? doc_.token_lower(span->first - 1) : std::string_view();
        date::sys_days first = *date.first - date::days{days - 1}, last = *date.last;
        if (before == "after" || before == "following") {
            first -= date::days{1};
            last -= date::days{1};
        } else if (rules_.opening && span->first > s_.first &&
                   rules_.classes.match(doc_, *rules_.opening, span->first - 1, span->first)) {
            first = *date.first;
            last = *date.first + date::days{days - 1};
        }
        date = interval_value(first, last, date.text);
    }

    // "they met", "they had last spoken": a pronoun for the sides as the
    // subject, auxiliaries and one adverb between.
    bool sides_pronoun_before(std::size_t trigger) const {
        if (!rules_.sides_pronoun) return false;
        std::size_t i = trigger;
        while (i > s_.first && rules_.auxiliary &&
               rules_.classes.match(doc_, *rules_.auxiliary, i - 1, trigger))
            --i;
        for (std::size_t from = i >= s_.first + 4 ? i - 4 : s_.first; from < i; ++from)
            if (const auto end = rules_.classes.match(doc_, *rules_.sides_pronoun, from, i);
                end != 0 && end + 1 >= i)
                return true;
        return false;
    }

    // Whether a country, or words for the sides, stand in [from, to) before
    // words of [obligation] ("must", "are required to").
    bool sides_bound_between(std::size_t from, std::size_t to) const {
        if (!rules_.obligation) return false;
        std::size_t bound = to;
        for (std::size_t i = to; i-- > from;)
            if (rules_.classes.match(doc_, *rules_.obligation, i, to)) {
                bound = i;
                break;
            }
        if (bound == to) return false;
        to = bound;
        for (std::size_t k = doc_.first_tag_from(from);
             k < doc_.tags.size() && doc_.tags[k].first < to; ++k)
            if (doc_.tags[k].kind == TagKind::country && !is_location(doc_.tags[k])) return true;
        for (const auto& cls : {rules_.sides, rules_.both_named, rules_.three_named})
            if (cls && rules_.classes.occurs(doc_, *cls, from, to)) return true;
        return false;
    }

    void build(const Frame& f) {
        const KindRules& kind = rules_.kinds[f.kind];
        // "Ontario Premier Doug Ford urged Ottawa", "European carmakers have
        // urged": a speaker who is no negotiating side states no position, and
        // sets no deadline ("analysts said ... before the new deadline").
        // A deadline the sides are bound to meet is theirs, whoever tells it:
        // "analysts said ... a review that the three countries must complete
        // by July 1" (not "analysts said the two sides were unlikely to reach
        // a deal before the new deadline").
        if (kind.kind == EventKind::statement || kind.kind == EventKind::deadline)
            if (const std::size_t end = onlooker_speaks(f.triggers.front());
                end && !(kind.kind == EventKind::deadline &&
                         sides_bound_between(end, f.triggers.front().first)))
                return;
        const Span r = region(f);
        const Cue cue = cue_of(f);
        // Who the frame's words name is the same for each of its groups;
        // found for the first group that gets that far.
        bool frame_actors_known = false;
        // Who "He" or "The president" opening the sentence is: the same for
        // every group, and asked only of the kinds between sides.
        const PersonRecord* who = is_tariff(kind.kind) ? nullptr : referent();
        std::vector<std::string_view> borrowed;
        const std::size_t first_pending = pending_.size();
        for (const Group& g : groups(f, kind, r)) {
            Pending& p = pending_.emplace_back();
            p.at = out_.size();
            Draft& d = out_.emplace_back();
            Event& e = d.event;
            e.kind = kind.kind;
            d.sentence = index_;
            d.token = f.triggers.front().first;
            const Span gr{g.from, g.to};
            if (g.date) {
                e.date = date_value(*g.date, kind);
                d.date_cue = std::string(date_cue(doc_.tags[*g.date]));
                if (g.through) {
                    const Tag& a = doc_.tags[*g.date];
                    const Tag& b = doc_.tags[*g.through];
                    e.date = interval_value(
                        *e.date.first, *doc_.dates[std::size_t(b.ref)].date.last,
                        std::string(doc_.text.substr(doc_.tokens[a.first].begin,
                                                     doc_.tokens[b.last - 1].end -
                                                         doc_.tokens[a.first].begin)));
                }
            } else if (f.shared_date && !g.end_date) {
                e.date = date_value(*f.shared_date, kind);
                d.date_cue = std::string(date_cue(doc_.tags[*f.shared_date]));
            }
            if (kind.kind == EventKind::talks) days_of_talks(f.triggers.front(), e.date);
            if (g.end_date) {
                d.end = date_value(*g.end_date, kind);
                if (!g.date && kind.kind == EventKind::tariff_paused && !f.report_dates.empty() &&
                    cue == Cue::none) {
                    // "is suspended until April 2, Trump said on Thursday": the
                    // pause in force was ordered the day it was told; it ends
                    // on April 2. ("will extend ... until early August" is
                    // dated by its end.)
                    e.date = date_value(f.report_dates.front(), kind);
                    d.date_cue = "report";
                } else if (!g.date) {
                    e.date = *d.end;
                    d.date_cue = std::string(date_cue(doc_.tags[*g.end_date]));
                } else {
                    d.start = e.date;
                }
            } else if (g.date && !bound_cue(d.date_cue)) {
                d.start = e.date;
            }
            // A pause "until July" has begun: its end date says nothing of its status.
            const DateValue* date_for_status = e.date.known() && g.date ? &e.date : nullptr;
            bool drop = false;
            // "would come on top of the 35 percent tariff that Canadian goods
            // have paid since Aug. 1": a tariff paid or in force since a day
            // is in force, whatever the clause around it says of what is next.
            if (kind.kind == EventKind::tariff_imposed && d.date_cue == "since")
                e.status = EventStatus::reported;
            else
                e.status = resolve_status(f, kind, cue, date_for_status, drop);
            if (drop) {
                pending_.pop_back();
                out_.pop_back();
                continue;
            }
            // "Cars above the quota will face the 25 percent rate": what a
            // country faces with no date of its own is the tariff in force.
            // Unless the words were told that day: "Canada had been told on
            // Thursday that its goods would face 35 percent". Nor when a speaker
            // says they would: "he said heavy trucks would face 25 percent".
            if (f.subject_is_target && !g.date && e.status == EventStatus::planned &&
                f.report_dates.empty() && cue != Cue::conditional)
                e.status = EventStatus::reported;
            // "replacing the 25 percent he had threatened to impose from Aug.
            // 1": a rate still to come, replaced, will not come.
            const bool to_come = kind.kind == EventKind::tariff_announced ||
                                 (kind.future && (e.status == EventStatus::planned ||
                                                  e.status == EventStatus::proposed));
            if (to_come && g.rate && replaced_rate(*g.rate)) e.status = EventStatus::cancelled;
            // "has charged 19% since Aug. 7, but will cut the tariff to zero":
            // the day a state has run since is no day of what is still to come.
            if ((e.status == EventStatus::planned || e.status == EventStatus::proposed) &&
                d.date_cue == "since") {
                e.date = DateValue{};
                d.date_cue.clear();
                d.start.reset();
            }
            // A tariff still to come is announced, not imposed.
            if (kind.future &&
                (e.status == EventStatus::planned || e.status == EventStatus::proposed ||
                 e.status == EventStatus::cancelled))
                e.kind = *kind.future;
            if (!e.date.known() && kind.kind == EventKind::deadline) within_date(f, e);
            if (!e.date.known()) undated_date(f, kind, e);
            // "missed an Aug. 1 target": a deadline whose day its own words
            // give has passed when that day has.
            if (kind.kind == EventKind::deadline && e.status == EventStatus::planned &&
                e.date.known() && *e.date.last < pub_)
                e.status = EventStatus::reported;
            Group told = g;
            const auto sequel = !g.date && kind.undated == Undated::report
                                    ? sequel_word(f)
                                    : std::optional<std::size_t>{};
            told.sequel = sequel.has_value();
            told.shared = !g.date && !g.end_date && f.shared_date;
            // "said on Friday, a day after meeting Lutnick": the days the news
            // came after it.
            if (told.sequel && e.date.known() && e.date.granularity == Granularity::day)
                if (const int lag = days_before_sequel(*sequel); lag > 0)
                    e.date = day_value(*e.date.first - date::days{lag}, e.date.text);
            // Talks called off are held on no day: the day they were called
            // off is none of theirs.
            const bool called_off =
                kind.kind == EventKind::talks && e.status == EventStatus::cancelled;
            if (auto before = called_off ? std::nullopt : day_before_sequel(f);
                before && (!g.date || *g.date == before->first)) {
                e.date = std::move(before->second);
            }
            told.worded = f.trigger_status.has_value();

            EventDetails& det = e.details;
            if (takes(kind, Slot::rate) && g.rate && !removed_rate(f, *g.rate))
                det.rate_pct = doc_.tags[*g.rate].number;
            if (takes(kind, Slot::rate) && !det.rate_pct && f.default_rate)
                det.rate_pct = f.default_rate;
            if (takes(kind, Slot::rate) && !det.rate_pct)
                if (const auto same = same_rate_before(f)) det.rate_pct = *same;
            // "Trump said on Friday that the tariff would take effect on Nov. 1",
            // after a sentence telling of "an additional 100 percent tariff":
            // the tariff pointed back to has the rate told last before it.
            bool rate_pointed_back = false;
            if (is_tariff(kind.kind) && takes(kind, Slot::rate) && !det.rate_pct && f.definite &&
                !f.weak && index_ > 0 && !g.rate) {
                det.rate_pct = last_rate_before();
                rate_pointed_back = det.rate_pct.has_value();
            }
            if (takes(kind, Slot::products)) {
                det.products = products_in(gr, &f);
                // "The tariffs are set to take effect": the goods of the sentence before.
                if (det.products.empty() && f.definite && index_ > 0 && !g.rate && g.target.empty())
                    det.products = products_in(
                        Span{doc_.sentences[index_ - 1].first, doc_.sentences[index_ - 1].last});
            }
            // "cutting the tariff to 10 percent, putting into effect the trade
            // agreement the two countries announced in May": a deal pointed back
            // to takes no rate told before it or apart from it.
            // "Under the agreement struck on July 22, Japan ... in return for a 15
            // percent tariff": what follows a deal the sentence opens under
            // is its terms.
            if (kind.kind == EventKind::deal && g.rate && points_back(f.triggers.front())) {
                const Tag& rate = doc_.tags[*g.rate];
                const Span t = f.triggers.front();
                if (rate.first < t.first ||
                    (comma_between(t.last, rate.first) && !opens_under(t.first) &&
                     !terms_set(t.last, rate.first)))
                    det.rate_pct.reset();
            }
            // A deal's goods are those its headline rate is confined to: with
            // no rate, the goods of its sentence are someone else's; goods
            // "including cars" are examples of a wider rate, not its bounds.
            if (kind.kind == EventKind::deal && (!det.rate_pct || goods_as_examples(gr)))
                det.products.clear();
            if (takes(kind, Slot::quota) && !f.quotas.empty()) {
                // Rates a frame tells apart keep their own quotas, as they keep
                // their goods: "10 percent within a quota of 100,000 cars, ...
                // when engines began entering duty-free".
                std::vector<std::size_t> quotas;
                for (auto k : f.quotas)
                    if (doc_.tags[k].first >= gr.first && doc_.tags[k].first < gr.last)
                        quotas.push_back(k);
                const bool parted = splits(kind, Slot::rate) && f.rates.size() >= 2;
                if (!parted) quotas = f.quotas;
                // No quota runs to a quadrillion; beyond an int64 the count
                // would not even convert.
                constexpr double max_quota = 1e15;
                if (!quotas.empty())
                    if (const double q = doc_.tags[nearest_to_triggers(f, quotas)].number;
                        q >= 0 && q <= max_quota)
                        det.quota = static_cast<std::int64_t>(q);
            }
            if (takes(kind, Slot::duration) && !f.durations.empty() &&
                kind.kind != EventKind::deadline) {
                auto k = nearest_to_triggers(f, f.durations);
                if (doc_.tags[k].number >= 0)
                    det.duration_days = static_cast<int>(doc_.tags[k].number);
                d.duration_text = doc_.dates[std::size_t(doc_.tags[k].ref)].text;
                d.duration_months =
                    calendar_months(doc_.dates[std::size_t(doc_.tags[k].ref)].value);
                told.lasting = true;
            }
            if (takes(kind, Slot::round) && !f.rounds.empty()) det.round = f.rounds.front().second;
            if (takes(kind, Slot::round) && !det.round)
                // "In the previous two rounds of talks that took place in April
                // and May, Akazawa held talks with ...": anywhere in the sentence.
                d.earlier_rounds = sentence_has(earlier_rounds_, rules_.earlier_rounds);
            if (takes(kind, Slot::level)) det.level = level_in(r, f);
            if (takes(kind, Slot::location)) {
                // The place is looked for once: its words and its country.
                // Talks split by their days take the place told with each day:
                // "in Geneva in May, in London in June".
                std::optional<std::size_t> k;
                if (g.date && f.dates.size() > 1) k = place_of_day(*g.date);
                if (!k) k = location_tag(r, f);
                if (k) {
                    det.location = text_of(doc_.tags[*k]);
                    d.host = std::string(doc_.tags[*k].code);
                }
            }
            if (takes(kind, Slot::target)) {
                det.target = g.target;
                if (det.target.empty() && !det.products.empty()) det.target = goods_origin(gr);
                if (det.target.empty() && det.products.empty()) det.target = goods_owner(gr);
                if (det.target.empty() && g.rate) det.target = rate_owner(*g.rate);
                // ... and falls on the goods that sentence names: "Chinese goods".
                if (det.target.empty() && rate_pointed_back) det.target = target_before();
                // "The 15 percent rate took effect": the rate told before, and
                // whose goods it fell on.
                // A pause suspends a tariff told before: "suspended the 36% rate
                // for 90 days" falls where the 36% did.
                if (det.target.empty() && (f.definite || kind.kind == EventKind::tariff_paused) &&
                    det.rate_pct && index_ > 0)
                    det.target = target_of_rate_before(*det.rate_pct);
                // "cars from those countries will pay 50%": goods of a group
                // of countries left unnamed fall on no one country, nor on all.
                if (det.target.empty() && !names_unnamed_group(r) &&
                    (!det.products.empty() ||
                     rules_.classes.occurs(doc_, rules_.baseline, gr.first, gr.last) ||
                     (kind.kind == EventKind::tariff_changed && det.rate_pct &&
                      goods_without_origin(gr))))
                    det.target = "ALL";
            }

            if (!frame_actors_known) {
                frame_actors_known = true;
                actors_in(r, frame_actors_);
                auto& countries = frame_actors_.countries;
                // "Japan's chief negotiator Ryosei Akazawa, who met Lutnick on
                // Tuesday": the one the clause tells of met too.
                if (kind.kind == EventKind::talks)
                    if (const Tag* who = relative_clause_person(f)) {
                        const PersonRecord& p = doc_.people[std::size_t(who->ref)];
                        auto& people = frame_actors_.people;
                        if (std::find(people.begin(), people.end(), p.name) == people.end())
                            people.insert(people.begin(), p.name);
                        if (!p.country.empty() && std::find(countries.begin(), countries.end(),
                                                            p.country) == countries.end())
                            countries.push_back(p.country);
                    }
                // "Indonesia secured the same 19 percent rate": a deal one side
                // strikes is with the side the article's tariffs come from, not
                // with the country of the sentence before.
                const bool one_side_deal = kind.kind == EventKind::deal && !countries.empty();
                // "The truce the two leaders struck": the article's two sides,
                // whoever the sentence before named.
                const bool two_sides = rules_.sides && sentence_has(sides_, *rules_.sides);
                if (countries.size() + frame_actors_.locations.size() < 2 && f.definite &&
                    index_ > 0 && !one_side_deal && !two_sides)
                    for (const auto c : previous_actors().countries)
                        if (std::find(countries.begin(), countries.end(), c) == countries.end()) {
                            countries.push_back(c);
                            borrowed.push_back(c);
                        }
            }
            const Actors& a = frame_actors_;
            d.borrowed.assign(borrowed.begin(), borrowed.end());
            std::vector<std::string_view> countries;
            const PersonRecord* referred = nullptr;
            if (is_tariff(kind.kind)) {
                // The imposing side, then the target.
                std::optional<std::size_t> anchor;
                if (g.rate && f.rates.size() >= 2) anchor = doc_.tags[*g.rate].first;
                std::vector<std::string_view> imposers = imposers_in(r, f, det.target, anchor);
                d.imposer_known = !imposers.empty();
                d.answers = rules_.retaliation && sentence_has(retaliation_, *rules_.retaliation);
                d.both_sides = rules_.both_sides && (det.target.empty() || det.target == "ALL") &&
                               rules_.classes.occurs(doc_, *rules_.both_sides, r.first, r.last);
                if (rules_.both_rates && !det.rate_pct && index_ > 0 &&
                    subject_is_both_rates(f.triggers.front()))
                    d.both_rates = rates_told(doc_.sentences[index_ - 1]);
                countries = std::move(imposers);
                if (!det.target.empty() && det.target != "ALL") countries.push_back(det.target);
            } else {
                countries = a.countries;
                // "Akazawa's talks in Washington": the host is the other side;
                // with no side named, the article's parties are (in Geneva and
                // London, neither Switzerland nor Britain negotiates), as they
                // are when the sentence says "the two sides".
                if (countries.size() == 1 && !(rules_.sides && sentence_has(sides_, *rules_.sides)))
                    for (const auto& c : a.locations)
                        if (std::find(countries.begin(), countries.end(), c) == countries.end())
                            countries.push_back(c);
                if (who && !who->country.empty() &&
                    std::find(countries.begin(), countries.end(), who->country) ==
                        countries.end()) {
                    countries.push_back(who->country);
                    referred = who;
                }
                if (countries.size() < 2) add_nearby_countries(r, f, countries);
            }
            if (kind.kind == EventKind::deal) {
                d.partners = partners_in(r, f);
                d.one_side = d.partners.empty() && countries.size() >= 2 &&
                             std::all_of(countries.begin(), countries.end(),
                                         [&](auto c) { return named_after_with(r, c); });
            }
            {
                const std::size_t t = f.triggers.front().first;
                d.also = (t > s_.first && doc_.token_lower(t - 1) == "also") ||
                         (t > s_.first + 1 && doc_.token_lower(t - 2) == "also");
            }
            for (const auto& c : d.partners)
                if (std::find(countries.begin(), countries.end(), c) == countries.end())
                    countries.push_back(c);
            std::sort(countries.begin(), countries.end());
            countries.erase(std::unique(countries.begin(), countries.end()), countries.end());
            e.actors.reserve(countries.size() + a.people.size());
            e.actors.assign(countries.begin(), countries.end());
            if (referred) e.actors.push_back(referred->name);
            e.actors.insert(e.actors.end(), a.people.begin(), a.people.end());
            // "spoke on Monday for the first time since they met in South
            // Korea": those who met are the sides of the talks told before.
            if (kind.kind == EventKind::talks && sides_pronoun_before(f.triggers.front().first))
                for (std::size_t k = p.at; k-- > base_;)
                    if (out_[k].event.kind == EventKind::talks) {
                        e.actors = out_[k].event.actors;
                        break;
                    }

            e.evidence.sentence = std::string(doc_.text.substr(s_.begin, s_.end - s_.begin));
            e.evidence.begin = s_.begin;
            e.evidence.end = s_.end;
            p.group = std::move(told);
            p.kind = f.kind;
            p.trigger = f.triggers.front().first;
            p.frame = std::size_t(&f - frames_.frames.data());
        }
        // "tariffs of 25 percent on imported trucks and 10 percent on buses":
        // a rate split off naming neither goods parley knows nor a country falls
        // on everyone when the rates beside it do.
        if (is_tariff(kind.kind) && pending_.size() - first_pending >= 2) {
            auto details = [&](std::size_t i) -> EventDetails& {
                return out_[pending_[i].at].event.details;
            };
            bool all = false;
            for (std::size_t i = first_pending; i < pending_.size(); ++i)
                all = all || details(i).target == "ALL";
            // Told as a rate on something: "10 percent on buses", not "would
            // fall 47% to 18.3 million tons" or "instead of the 25% charged".
            auto rate_on = [&](const Group& g) {
                if (!g.rate) return false;
                const std::size_t after = doc_.tags[*g.rate].last;
                return after < s_.last &&
                       (doc_.token_lower(after) == "on" || doc_.token_lower(after) == "for");
            };
            if (all)
                for (std::size_t i = first_pending; i < pending_.size(); ++i)
                    if (details(i).target.empty() && details(i).products.empty() &&
                        details(i).rate_pct && rate_on(pending_[i].group))
                        details(i).target = "ALL";
        }
    }

    // "Trump said the tariffs would take effect on Aug. 1" is the tariff, not
    // a statement: a fallback event stands only alone in its sentence. A
    // tariff named in passing ("would not accept the 25 percent tariff"), a
    // deadline the speaker sets ("hoped to settle the details by the end of
    // September") and an event that will not be kept leave it standing.
    void drop_fallbacks() {
        auto is_fallback = [&](const Pending& p) { return frame_of(p).fallback; };
        auto other = [&](const Pending& p) {
            // "said the bloc would use the time to keep negotiating": talks
            // to come some day are the position's, not an event of their own.
            const bool undated_talks =
                p.draft->event.kind == EventKind::talks && !p.draft->event.date.known();
            return !is_fallback(p) && !frame_of(p).weak && !undated_talks &&
                   p.draft->event.kind != EventKind::deadline &&
                   required(rules_.kinds[p.kind], p.draft->event, p.group);
        };
        // Only a fallback can go: most sentences have none to weigh.
        if (std::none_of(pending_.begin(), pending_.end(), is_fallback)) return;
        const bool others = std::any_of(pending_.begin(), pending_.end(), other);
        if (!others) return;
        // "China said it would take countermeasures ..., two days after Trump
        // announced the levy": the speaker is no side to the other events, so
        // its words are a position of their own.
        auto speaker_acts = [&](const Pending& p) {
            // The speaker is named where the words of saying begin: "China said".
            const std::size_t at = frame_of(p).triggers.front().first;
            std::string_view speaker;
            for (std::size_t k = doc_.first_tag_from(at);
                 k < doc_.tags.size() && doc_.tags[k].first == at && speaker.empty(); ++k)
                speaker = country_of(doc_.tags[k]);
            if (speaker.empty()) return true;
            return std::any_of(pending_.begin(), pending_.end(), [&](const Pending& q) {
                // A tariff's target suffers it; only who imposes it acts. A
                // tariff whose sentence names no imposer is the speaker's:
                // "Trump said he would raise the quota for Argentine beef".
                const Event& e = q.draft->event;
                const auto& a = e.actors;
                const bool tariff = is_tariff(e.kind);
                if (!other(q) || (tariff && e.details.target == speaker)) return false;
                return std::find(a.begin(), a.end(), speaker) != a.end() ||
                       (tariff && !q.draft->imposer_known);
            });
        };
        // "told reporters that the two sides had reached a basic consensus, and
        // that Washington should stop imposing restrictions": a position told
        // in a clause of its own stands beside the events of the others. Each
        // clause is looked at once: a sentence may be very long.
        std::vector<std::uint16_t> taken;
        for (const auto& p : pending_)
            if (!is_fallback(p))
                for (const auto& t : frame_of(p).triggers)
                    taken.push_back(clause_of(t.first));
        std::sort(taken.begin(), taken.end());
        taken.erase(std::unique(taken.begin(), taken.end()), taken.end());
        // The first token of a position in each clause opened by "and that".
        std::vector<std::pair<std::uint16_t, std::size_t>> positions;
        if (rules_.position) {
            std::vector<std::uint16_t> and_that;
            for (std::size_t i = s_.first + 1; i < s_.last; ++i)
                if (clause_of(i) != clause_of(i - 1) && doc_.token_lower(i) == "that" &&
                    doc_.token_lower(i - 1) == "and")
                    and_that.push_back(clause_of(i));
            for (std::size_t i = s_.first; i < s_.last && !and_that.empty(); ++i) {
                const auto c = clause_of(i);
                if (std::find(and_that.begin(), and_that.end(), c) == and_that.end() ||
                    std::binary_search(taken.begin(), taken.end(), c))
                    continue;
                if (rules_.classes.match(doc_, *rules_.position, i, s_.last))
                    positions.emplace_back(c, i);
            }
        }
        auto own_clause = [&](const Pending& p) {
            if (p.draft->event.kind != EventKind::statement) return false;
            return std::any_of(positions.begin(), positions.end(),
                               [&](const auto& pos) { return pos.second > p.trigger; });
        };
        pending_.erase(std::remove_if(pending_.begin(), pending_.end(),
                                      [&](const Pending& p) {
                                          return is_fallback(p) && !own_clause(p) &&
                                                 speaker_acts(p);
                                      }),
                       pending_.end());
    }

    const Frame& frame_of(const Pending& p) const { return frames_.frames[p.frame]; }

    // Whether a rate stands in the few words before the tariff's trigger, or
    // opens it, as the noun its words hang on ("the 24 percent rate Trump
    // announced").
    bool rate_heads(const Pending& p) const {
        const Span trigger = frame_of(p).triggers.front();
        for (std::size_t k =
                 doc_.first_tag_from(trigger.first > s_.first + 8 ? trigger.first - 8 : s_.first);
             k < doc_.tags.size() && doc_.tags[k].first <= trigger.first; ++k) {
            const Tag& t = doc_.tags[k];
            if (t.kind != TagKind::percent) continue;
            bool unbroken = true;
            for (std::size_t i = t.last; i < trigger.first; ++i)
                if (doc_.tokens[i].shape == TokenShape::punct) unbroken = false;
            if (unbroken) return true;
        }
        return false;
    }

    // "has offered to scrap its tariffs, an offer Washington rejected": the
    // offer turned down is one happening, told as a rejected deal; the
    // sentence's rejection is no statement besides it.
    void drop_rejections_told_as_deals() {
        const bool deal_rejected =
            std::any_of(pending_.begin(), pending_.end(), [](const Pending& p) {
                return p.draft->event.kind == EventKind::deal &&
                       p.draft->event.status == EventStatus::rejected;
            });
        if (!deal_rejected) return;
        pending_.erase(std::remove_if(pending_.begin(), pending_.end(),
                                      [](const Pending& p) {
                                          return p.draft->event.kind == EventKind::statement &&
                                                 p.draft->event.status == EventStatus::rejected;
                                      }),
                       pending_.end());
    }

    // "Lula said on Thursday that Brazil would keep pressing for ...": one
    // position found by two of its words. The one that names no more than
    // the other goes.
    void drop_repeated_statements() {
        auto repeats = [&](const Pending& p) {
            const Event& a = p.draft->event;
            if (a.kind != EventKind::statement) return false;
            for (const auto& q : pending_) {
                const Event& b = q.draft->event;
                if (&q == &p || b.kind != EventKind::statement || a.date.value != b.date.value ||
                    a.status != b.status)
                    continue;
                const bool named =
                    std::all_of(a.actors.begin(), a.actors.end(), [&](const auto& x) {
                        return std::find(b.actors.begin(), b.actors.end(), x) != b.actors.end();
                    });
                if (named && (b.actors.size() > a.actors.size() || &q < &p)) return true;
            }
            return false;
        };
        pending_.erase(std::remove_if(pending_.begin(), pending_.end(), repeats), pending_.end());
    }

    // "announced that he would impose a 25 percent tariff on cars from June
    // 3": the announcement and the tariff to come are one event, dated by
    // the day it is to take effect.
    void drop_announcements_of_coming_tariffs() {
        auto same = [](const EventDetails& a, const EventDetails& b) {
            auto opt = [](const auto& x, const auto& y) { return !x || !y || *x == *y; };
            auto str = [](const std::string& x, const std::string& y) {
                return x.empty() || y.empty() || x == y;
            };
            return opt(a.rate_pct, b.rate_pct) && str(a.target, b.target) &&
                   (a.products.empty() || b.products.empty() || a.products == b.products);
        };
        std::vector<bool> drop(pending_.size(), false);
        for (std::size_t i = 0; i < pending_.size(); ++i) {
            const auto& p = pending_[i];
            if (rules_.kinds[p.kind].kind != EventKind::tariff_announced) continue;
            for (std::size_t j = 0; j < pending_.size(); ++j) {
                const auto& q = pending_[j];
                if (i == j || drop[j] || q.draft->event.kind != EventKind::tariff_announced ||
                    rules_.kinds[q.kind].kind == EventKind::tariff_announced)
                    continue;
                if (same(p.draft->event.details, q.draft->event.details)) drop[i] = true;
            }
        }
        std::size_t k = 0;
        pending_.erase(std::remove_if(pending_.begin(), pending_.end(),
                                      [&](const Pending&) { return drop[k++]; }),
                       pending_.end());
    }

    // "The 19 percent tariff on Malaysian goods was announced on Thursday and
    // will take effect on Aug. 7": the tariff the sentence names is the one it
    // says is coming, not one already in force besides it. An undated tariff
    // in force goes when the sentence tells a planned one of the same rate,
    // target and goods with its day.
    void drop_tariffs_told_as_coming() {
        std::vector<bool> drop(pending_.size(), false);
        bool any = false;
        for (std::size_t i = 0; i < pending_.size(); ++i) {
            const Event& a = pending_[i].draft->event;
            if (a.kind != EventKind::tariff_imposed || a.date.known() || !a.details.rate_pct ||
                a.details.target.empty())
                continue;
            for (const auto& q : pending_) {
                const Event& b = q.draft->event;
                if (b.kind == EventKind::tariff_announced && b.status == EventStatus::planned &&
                    b.date.known() && b.details.rate_pct == a.details.rate_pct &&
                    b.details.target == a.details.target &&
                    (a.details.products.empty() || a.details.products == b.details.products))
                    drop[i] = any = true;
            }
        }
        if (!any) return;
        std::size_t k = 0;
        pending_.erase(std::remove_if(pending_.begin(), pending_.end(),
                                      [&](const Pending&) { return drop[k++]; }),
                       pending_.end());
    }

    // "imposed 25 percent levies on steel": the levy is the one the verb
    // imposes, not a second tariff already in force.
    void drop_restated_weak_frames() {
        auto& frames = frames_.frames;
        auto taken = [&](std::size_t rate) {
            for (const auto& f : frames)
                if (!f.weak && std::find(f.rates.begin(), f.rates.end(), rate) != f.rates.end())
                    return true;
            return false;
        };
        frames.erase(std::remove_if(frames.begin(), frames.end(),
                                    [&](const Frame& f) {
                                        if (!f.weak) return false;
                                        if (f.rates.empty()) return true;
                                        return std::any_of(f.rates.begin(), f.rates.end(), taken);
                                    }),
                     frames.end());
    }

    // Tariffs of one sentence tell one story: "imposed 25 percent on steel
    // and later raised it to 50 percent" raises the steel tariff, and
    // "announced that it would impose a 25 percent tariff on cars" announces
    // the tariff it goes on to describe. A tariff without goods or target
    // takes the nearest sibling's; an announcement without a rate takes its
    // rate too.
    // Whether the clause of `token` is opened by ", which" after `antecedent`.
    bool relative_clause_after(std::size_t antecedent, std::size_t token) const {
        std::size_t first = token;
        while (first > antecedent + 1 && clause_of(first - 1) == clause_of(token))
            --first;
        return first > antecedent + 1 && doc_.token_lower(first) == "which" &&
               doc_.token_text(first - 1) == ",";
    }

    // Whether a word setting clauses against each other lies in [from, to).
    bool contrasted(std::size_t from, std::size_t to) const {
        return rules_.contrast && rules_.classes.occurs(doc_, *rules_.contrast, from, to);
    }

    void lend_tariff_details() {
        for (auto& p : pending_) {
            Event& e = p.draft->event;
            // A tariff named in passing is whole in its own words.
            if (!is_tariff(e.kind) || frame_of(p).weak) continue;
            auto& det = e.details;
            const Pending* lender = nullptr;
            std::size_t best = std::numeric_limits<std::size_t>::max();
            // "announced a 31 percent tariff on April 2 but suspended it a week
            // later": the pronoun names the tariff told before, across a "but".
            // "then put it on hold a week later": the pronoun inside the trigger.
            const Span trigger = frame_of(p).triggers.front();
            const bool names_back =
                rules_.object_pronoun &&
                ((trigger.last < s_.last && rules_.classes.match(doc_, *rules_.object_pronoun,
                                                                 trigger.last, trigger.last + 1)) ||
                 (trigger.first + 2 < trigger.last &&
                  rules_.classes.match(doc_, *rules_.object_pronoun, trigger.first + 1,
                                       trigger.first + 2)));
            for (const auto& q : pending_) {
                if (&q == &p || !is_tariff(q.draft->event.kind)) continue;
                if (names_back && q.trigger > p.trigger) continue;
                // "removed its tariffs, keeping only its levies on steel": the
                // tariffs an exempting word tells apart lend nothing.
                const std::size_t from = std::min(p.trigger, q.trigger),
                                  to = std::min(std::max(p.trigger, q.trigger) + 3, s_.last);
                if ((contrasted(from, to) && !names_back) ||
                    (rules_.exempting && rules_.classes.occurs(doc_, *rules_.exempting, from, to)))
                    continue;
                std::size_t d =
                    q.trigger > p.trigger ? q.trigger - p.trigger : p.trigger - q.trigger;
                if (d < best) {
                    best = d;
                    lender = &q;
                }
            }
            if (!lender) continue;
            const auto& from = lender->draft->event.details;
            // Rates one frame tells apart keep their own goods: "have paid 35
            // percent, and Canadian steel and aluminum face 50 percent".
            const bool sibling_rate = lender->frame == p.frame && e.details.rate_pct &&
                                      from.rate_pct && *e.details.rate_pct != *from.rate_pct;
            // "a 24 percent tariff on American goods": all of a country's goods
            // are goods enough.
            const bool all_goods = !goods_owner(Span{p.group.from, p.group.to}).empty();
            if (det.products.empty() && !from.products.empty() && !sibling_rate && !all_goods)
                det.products = from.products;
            if (e.kind == EventKind::tariff_announced && !det.rate_pct && from.rate_pct)
                det.rate_pct = from.rate_pct;
            // "the 46 percent Trump announced in April, which he suspended on
            // April 9": a relative clause tells of the tariff it hangs on.
            if (!det.rate_pct && from.rate_pct && lender->trigger < p.trigger &&
                (relative_clause_after(lender->trigger, p.trigger) ||
                 (names_back && e.kind == EventKind::tariff_paused)))
                det.rate_pct = from.rate_pct;
            // "the 24 percent rate Trump announced for Japan on April 2 was
            // paused on April 9", "the 46 percent tariff that Trump had
            // announced ... and suspended a week later": the pause is of the
            // tariff whose rate heads the words that announced it.
            if (!det.rate_pct && from.rate_pct && e.kind == EventKind::tariff_paused &&
                lender->draft->event.kind == EventKind::tariff_announced &&
                lender->trigger < p.trigger && rate_heads(*lender) &&
                (det.target.empty() || det.target == from.target))
                det.rate_pct = from.rate_pct;
            // "extended his tariff truce for another 90 days, signing an order
            // that keeps a 24 percent levy suspended until Nov. 10": one pause
            // told twice, its rate told the second time.
            if (!det.rate_pct && from.rate_pct && e.kind == EventKind::tariff_paused &&
                lender->draft->event.kind == EventKind::tariff_paused &&
                (det.target.empty() || det.target == from.target))
                det.rate_pct = from.rate_pct;
            if ((det.target.empty() || det.target == "ALL") && !from.target.empty() &&
                from.target != "ALL") {
                det.target = from.target;
                auto& actors = e.actors;
                if (std::find(actors.begin(), actors.end(), det.target) == actors.end()) {
                    actors.insert(actors.begin(), det.target);
                    std::stable_sort(actors.begin(), actors.end(),
                                     [](const auto& a, const auto& b) {
                                         bool ca = is_country_code(a), cb = is_country_code(b);
                                         if (ca != cb) return ca;
                                         return ca && a < b;
                                     });
                }
            }
            if (det.target.empty() && !det.products.empty() &&
                !names_unnamed_group(Span{p.group.from, p.group.to}) &&
                !(lender->frame == p.frame &&
                  names_unnamed_group(Span{lender->group.from, lender->group.to})))
                det.target = "ALL";
        }
    }

    // "cut the import duty on motorcycles to 30 percent": a tariff word then
    // "on" and goods of no canonical name, no country among the words after.
    bool goods_without_origin(Span r) const {
        for (std::size_t i = r.first; i < r.last; ++i) {
            const std::size_t end = rules_.classes.match(doc_, rules_.tariff, i, r.last);
            if (end == 0 || end + 1 >= r.last || doc_.token_lower(end) != "on") continue;
            if (doc_.tokens[end + 1].shape != TokenShape::word || date_at(end + 1)) continue;
            const std::size_t stop = std::min(r.last, end + 6);
            if (!tags_in(Span{end + 1, stop}, [](TagKind t) {
                     return t == TagKind::country || t == TagKind::organisation ||
                            t == TagKind::person || t == TagKind::money;
                 }).empty())
                continue;
            if (rules_.classes.occurs(doc_, rules_.all_targets, end + 1, stop)) continue;
            return true;
        }
        return false;
    }

    // "cars from those countries": whether words of [unnamed_group] lie in `r`.
    bool names_unnamed_group(Span r) const {
        return rules_.unnamed_group &&
               rules_.classes.occurs(doc_, *rules_.unnamed_group, r.first, r.last);
    }

    // "concluded a deal with Japan under which Japanese imports will face a 15
    // percent tariff": the tariff is the deal's term, and the deal's rate.
    void fold_deal_terms() {
        std::vector<bool> drop(pending_.size());
        for (auto& deal : pending_) {
            if (deal.draft->event.kind != EventKind::deal) continue;
            // "Under the deal reached in Turnberry on July 27, most EU exports
            // will face 15 percent": the sentence tells the terms of the deal
            // it names with its own words of striking.
            const Span words = frames_.frames[deal.frame].triggers.front();
            std::size_t before = deal.trigger;
            if (before > s_.first && rules_.determiner &&
                rules_.classes.match(doc_, *rules_.determiner, before - 1, before))
                --before;
            const bool under_named_deal = words.last - words.first > 1 && before > s_.first &&
                                          doc_.token_lower(before - 1) == "under";
            // "agreed in Washington on Tuesday that Philippine goods will face a
            // 19 percent U.S. tariff": what the sides agreed is the deal's term.
            const bool agreed_that =
                words.last - words.first > 1 && doc_.token_lower(words.last - 1) == "that";
            // "have paid a 19 percent tariff since Aug. 7 under a framework
            // Prabowo agreed in July": the tariff told before is the deal's
            // term, and stays a tariff of its own.
            // A rate on named goods only ("drugmakers would pay no more than
            // 15 percent under the joint statement") is no headline rate.
            if (!deal.draft->event.details.rate_pct && before > s_.first &&
                doc_.token_lower(before - 1) == "under")
                if (const Pending* term = rate_told_before(deal);
                    term && term->draft->event.details.products.empty())
                    deal.draft->event.details.rate_pct = term->draft->event.details.rate_pct;
            std::size_t first_term = deal.draft->event.details.rate_pct ? 0 : s_.last;
            for (std::size_t i = 0; i < pending_.size(); ++i) {
                const Pending& t = pending_[i];
                if (!is_tariff(t.draft->event.kind) || t.trigger <= deal.trigger) continue;
                // "Under a deal reached on Monday, each agreed to suspend 24
                // points for 90 days": a pause runs to a day of its own, and its
                // points are no rate the deal sets.
                if (t.draft->event.kind == EventKind::tariff_paused) continue;
                // "would face a 15 percent tariff instead of the 25 percent
                // Trump had threatened": the threat the deal replaced is no
                // term of it.
                if (t.draft->event.status == EventStatus::cancelled) continue;
                bool under_which = under_named_deal || agreed_that || deal_does(words, t.trigger);
                // "struck a trade deal in Washington on Wednesday that sets a
                // 15 percent tariff on Korean goods": the deal's relative
                // clause sets the term.
                if (t.group.rate && doc_.tags[*t.group.rate].first > words.last &&
                    terms_set(words.last, doc_.tags[*t.group.rate].first))
                    under_which = true;
                for (std::size_t k = deal.trigger; k + 1 < t.trigger; ++k) {
                    if (doc_.token_lower(k) == "under" && doc_.token_lower(k + 1) == "which")
                        under_which = true;
                    // "announced the agreement on July 22, saying Japan would
                    // face a 15 percent tariff": the telling is of its terms.
                    if (doc_.token_text(k) == "," &&
                        rules_.classes.is_word(doc_, rules_.telling, k + 1))
                        under_which = true;
                }
                if (!under_which) continue;
                // The rate told first is the deal's, whatever kind its tariff.
                if (!deal.draft->event.details.rate_pct || t.trigger < first_term) {
                    if (t.draft->event.details.rate_pct)
                        deal.draft->event.details.rate_pct = t.draft->event.details.rate_pct;
                    first_term = t.trigger;
                }
                drop[i] = true;
            }
        }
        std::size_t k = 0;
        pending_.erase(std::remove_if(pending_.begin(), pending_.end(),
                                      [&](const Pending&) { return drop[k++]; }),
                       pending_.end());
    }

    // "That accord caps U.S. tariffs on most EU goods at 15%", "The framework
    // deal, agreed at Turnberry on July 27, caps ...": the deal is the subject
    // of the tariff's verb, which tells its terms.
    bool deal_does(Span deal, std::size_t tariff) const {
        // The trigger may end before its noun does ("the European Union's
        // framework deal").
        std::size_t next = deal.last;
        while (next < s_.last && next < deal.last + 2 && next != tariff &&
               doc_.tokens[next].shape == TokenShape::word &&
               !rules_.classes.is_word(doc_, rules_.relative, next) &&
               !rules_.classes.is_word(doc_, rules_.auxiliary, next))
            ++next;
        if (next < s_.last && doc_.token_text(next) == ",")
            for (std::size_t k = next + 1; k < s_.last && k < next + 16; ++k)
                if (doc_.token_text(k) == ",") {
                    next = k + 1;
                    break;
                }
        return tariff == next;
    }

    // Whether words of [same_time] end right before token `at`.
    bool same_time_before(std::size_t at) const {
        if (!rules_.same_time) return false;
        for (std::size_t back = 1; back <= 6 && at >= s_.first + back; ++back)
            if (rules_.classes.match(doc_, *rules_.same_time, at - back, at) == at) return true;
        return false;
    }

    // The nearest tariff with a rate told before the deal in its sentence,
    // with no other deal between them.
    const Pending* rate_told_before(const Pending& deal) const {
        const Pending* nearest = nullptr;
        for (const auto& p : pending_)
            if (p.trigger < deal.trigger && is_tariff(p.draft->event.kind) &&
                p.draft->event.details.rate_pct && (!nearest || p.trigger > nearest->trigger))
                nearest = &p;
        for (const auto& p : pending_)
            if (nearest && p.draft->event.kind == EventKind::deal && p.trigger > nearest->trigger &&
                p.trigger < deal.trigger)
                return nullptr;
        return nearest;
    }

    // "aimed to sign an agreement within 90 days": due 90 days after publication.
    // "within six months", "within a year": as many calendar months on, the
    // day of the month kept (or the month's last day, when it has fewer).
    void within_date(const Frame& f, Event& e) const {
        for (auto k : f.durations) {
            const Tag& t = doc_.tags[k];
            if (date_cue(t) != "within") continue;
            const TimeExpression& x = doc_.dates[std::size_t(t.ref)];
            if (t.number > 0) {
                e.date = day_value(pub_ + date::days{int(t.number)}, x.text);
                return;
            }
            if (const int months = calendar_months(x.value); months > 0) {
                const date::year_month_day from{pub_};
                auto to = from.year() / from.month() / from.day() + date::months{months};
                if (!to.ok()) to = to.year() / to.month() / date::last;
                e.date = day_value(date::sys_days{to}, x.text);
                return;
            }
        }
    }

    // "last met in Madrid last month, when they agreed on a framework": the
    // time a ", when" clause hangs on is the time of what it tells.
    std::optional<std::size_t> when_date(const Frame& f) const {
        const std::size_t t = f.triggers.front().first;
        for (std::size_t i = t; i-- > s_.first + 2 && t - i <= 8;) {
            if (doc_.token_lower(i) != "when") continue;
            if (doc_.token_text(i - 1) != ",") return std::nullopt;
            for (std::size_t k = doc_.first_tag_from(s_.first);
                 k < doc_.tags.size() && doc_.tags[k].first < i; ++k)
                if (doc_.tags[k].kind == TagKind::date && doc_.tags[k].last == i - 1) return k;
            return std::nullopt;
        }
        return std::nullopt;
    }

    // "Trump, who arrived in Kuala Lumpur on Sunday for a summit, signed trade
    // agreements": the day a relative clause on the subject tells is the day
    // of what the subject did, told in the past.
    std::optional<std::size_t> subject_clause_date(const Frame& f) const {
        constexpr std::size_t max_clause = 25;
        const std::size_t t = f.triggers.front().first;
        if (t < s_.first + 4 || doc_.token_text(t - 1) != ",") return std::nullopt;
        for (std::size_t i = t - 1; i-- > s_.first + 1 && t - i <= max_clause;) {
            const auto w = doc_.token_lower(i);
            if (w != "who" && w != "which") continue;
            if (doc_.token_text(i - 1) != ",") return std::nullopt;
            std::optional<std::size_t> out;
            for (auto k :
                 tags_in(Span{i, t - 1}, [](TagKind kind) { return kind == TagKind::date; }))
                out = k;
            return out;
        }
        return std::nullopt;
    }

    // "When the two presidents met on Oct. 26, Lula asked Trump to ...",
    // "pressed for a swap line when he met Bessent last month": a position
    // put in the past is dated by the clause that says when it was put. The
    // clause opens with a word of [time_clause] at the head of the sentence,
    // or after the frame's words with no comma between (", which rose when
    // ..." tells of something else), and runs to the next comma. Its date
    // must be past: "wants talks when the ministers meet next week" is a
    // position held now.
    std::optional<std::size_t> time_clause_date(const Frame& f) const {
        if (!rules_.time_clause) return std::nullopt;
        const std::size_t t = f.triggers.front().first, after = f.triggers.back().last;
        for (std::size_t i = s_.first; i < s_.last; ++i) {
            const std::size_t opened = rules_.classes.match(doc_, *rules_.time_clause, i, s_.last);
            if (opened == 0) continue;
            if (i != s_.first && (i < after || comma_between(after, i))) continue;
            std::size_t end = opened;
            while (end < s_.last && !bounds_scope(doc_.token_text(end)))
                ++end;
            if (t >= i && t < end) return std::nullopt;
            for (auto k :
                 tags_in(Span{opened, end}, [](TagKind kind) { return kind == TagKind::date; }))
                return ends_before_publication(doc_.tags[k]) ? std::optional(k) : std::nullopt;
            return std::nullopt;
        }
        return std::nullopt;
    }

    // "floated in September the idea", "rejected the proposal on Oct. 1",
    // "had offered in May to buy": a past day told right after a position's
    // own words, before anything that tells what was put, is when it was put.
    std::optional<std::size_t> day_put(const Frame& f) const {
        if (f.fallback) return std::nullopt;
        const std::size_t end = f.triggers.front().last;
        for (std::size_t k = doc_.first_tag_from(end);
             k < doc_.tags.size() && doc_.tags[k].first <= end + 6 && doc_.tags[k].first < s_.last;
             ++k) {
            const Tag& t = doc_.tags[k];
            if (t.kind != TagKind::date) continue;
            if (date_cue(t) != "none" || !ends_before_publication(t)) return std::nullopt;
            for (std::size_t i = end; i < t.first; ++i) {
                const auto w = doc_.token_lower(i);
                if (doc_.tokens[i].shape == TokenShape::punct || w == "to" || w == "that" ||
                    w == "would" || w == "will")
                    return std::nullopt;
            }
            return k;
        }
        return std::nullopt;
    }

    // Whether a date tag's day is known and over before publication.
    bool ends_before_publication(const Tag& t) const {
        const DateValue& d = doc_.dates[std::size_t(t.ref)].date;
        return d.known() && *d.last < pub_;
    }

    // "A week later he met Lutnick in Washington, and the two signed a
    // memorandum": a time at the head of the sentence, before any of its
    // events is told, sets the time of what it tells as past. Not a day that
    // owns a noun ("Wednesday's deadline").
    std::optional<std::size_t> head_date(const Frame& f) const {
        const std::size_t k = doc_.first_tag_from(s_.first);
        for (std::size_t j = k; j < doc_.tags.size() && doc_.tags[j].first == s_.first; ++j) {
            const Tag& t = doc_.tags[j];
            if (t.kind != TagKind::date || t.last >= f.triggers.front().first) continue;
            if (t.last < s_.last && doc_.possessive_mark(t.last)) return std::nullopt;
            return ends_before_publication(t) ? std::optional(j) : std::nullopt;
        }
        return std::nullopt;
    }

    // "Late May: Finance Minister Pichai offered to cut tariffs": the day a
    // chronology's line opens with, before its colon.
    std::optional<std::size_t> chronology_heading(const Frame& f) const {
        const std::size_t k = doc_.first_tag_from(s_.first);
        for (std::size_t j = k; j < doc_.tags.size() && doc_.tags[j].first == s_.first; ++j) {
            const Tag& t = doc_.tags[j];
            if (t.kind == TagKind::date && t.last < f.triggers.front().first &&
                doc_.token_text(t.last) == ":")
                return j;
        }
        return std::nullopt;
    }

    // "He agreed last week to halve the rate", "The president flies to South
    // Korea on Wednesday": a sentence that opens with a pronoun, or with "the"
    // and a title, tells of a person named before it: the first one the
    // nearest sentence before names, or the last one there holding that title.
    const PersonRecord* referent() const {
        if (index_ == 0 || s_.last - s_.first < 2) return nullptr;
        const bool pronoun =
            rules_.person_pronoun && rules_.classes.match(doc_, *rules_.person_pronoun, s_.first,
                                                          s_.first + 1) == s_.first + 1;
        const Tag* title = nullptr;
        if (!pronoun) {
            if (doc_.token_lower(s_.first) != "the") return nullptr;
            const std::size_t k = doc_.first_tag_from(s_.first + 1);
            if (k >= doc_.tags.size() || doc_.tags[k].first != s_.first + 1 ||
                doc_.tags[k].kind != TagKind::role)
                return nullptr;
            title = &doc_.tags[k];
            // "The president of the European Commission": a title with its own country.
            if (title->last < s_.last && doc_.token_lower(title->last) == "of") return nullptr;
        }
        const std::string_view word = title ? doc_.token_lower(title->last - 1) : "";
        for (std::size_t back = 1; back <= 3 && back <= index_; ++back) {
            const Sentence& before = doc_.sentences[index_ - back];
            const PersonRecord* found = nullptr;
            for (auto k : tags_in(Span{before.first, before.last},
                                  [](TagKind t) { return t == TagKind::person; })) {
                const PersonRecord& p = doc_.people[std::size_t(doc_.tags[k].ref)];
                if (pronoun) return &p;
                const std::string role = lower_ascii(p.role);
                if (role.size() >= word.size() &&
                    role.compare(role.size() - word.size(), word.size(), word) == 0)
                    found = &p;
            }
            if (found) return found;
        }
        return nullptr;
    }

    // "Ebrard said on Wednesday the plan was meant to protect jobs. He said
    // Mexico was ready to discuss the measures": a sentence that opens with a
    // pronoun saying goes on with the telling of the sentence before, and its
    // day.
    std::optional<std::size_t> told_before() const {
        if (index_ == 0 || !rules_.subject || s_.last - s_.first < 3) return std::nullopt;
        if (rules_.classes.match(doc_, *rules_.subject, s_.first, s_.first + 1) != s_.first + 1 ||
            !rules_.classes.match(doc_, rules_.speech, s_.first + 1, s_.last))
            return std::nullopt;
        const Sentence& before = doc_.sentences[index_ - 1];
        for (std::size_t k = doc_.first_tag_from(before.first); k < doc_.tags.size(); ++k) {
            const Tag& t = doc_.tags[k];
            if (t.first >= before.last) break;
            if (t.kind != TagKind::date || t.first < before.first + 2) continue;
            std::size_t verb = t.first - 1;
            if (doc_.token_lower(verb) == "on") --verb;
            if (rules_.classes.match(doc_, rules_.speech, verb, t.first)) return k;
        }
        return std::nullopt;
    }

    void undated_date(const Frame& f, const KindRules& kind, Event& e) const {
        if (f.dateless) return;
        if (takes(kind, Slot::date))
            if (auto k = when_date(f)) {
                e.date = date_value(*k, kind);
                return;
            }
        const bool past = e.status == EventStatus::reported || e.status == EventStatus::held;
        if (takes(kind, Slot::date) && past)
            if (auto k = subject_clause_date(f)) {
                e.date = date_value(*k, kind);
                return;
            }
        // Tariffs are dated by when they take effect: "Last month Washington
        // extended its suspension, keeping them at 30 percent" puts no date on
        // the rate kept.
        if (takes(kind, Slot::date) && past && !is_tariff(kind.kind))
            if (auto k = head_date(f)) {
                e.date = date_value(*k, kind);
                return;
            }
        if (kind.undated == Undated::publication) {
            // "Lula said on Thursday that Brazil would keep pressing for...":
            // a position told in the words said is dated by the saying.
            if (!f.report_dates.empty() && kind.accepts_cue("report"))
                e.date = date_value(nearest_to_triggers(f, f.report_dates), kind);
            else if (auto own = takes(kind, Slot::date) ? day_put(f) : std::nullopt)
                e.date = date_value(*own, kind);
            else if (auto k = past && takes(kind, Slot::date) ? time_clause_date(f) : std::nullopt)
                e.date = date_value(*k, kind);
            else if (auto told = told_before(); told && kind.accepts_cue("report"))
                e.date = date_value(*told, kind);
            else if (auto heading = chronology_heading(f))
                e.date = date_value(*heading, kind);
            else
                e.date = day_value(pub_);
            return;
        }
        // "had struck a deal, Trump said on Tuesday": a fact told that day. "as
        // the two governments put into effect the trade truce their leaders
        // reached in Busan, officials said Tuesday": the deal pointed back to
        // was struck before.
        if (kind.kind == EventKind::deal && f.definite) return;
        const bool fact = e.status == EventStatus::reported || e.status == EventStatus::held;
        // "said on Thursday he would hold off for 90 days": a span said to
        // run from no other day runs from the day it was said.
        const bool runs_from_saying = !f.durations.empty() && e.status == EventStatus::planned;
        if (f.report_dates.empty()) return;
        if (kind.undated == Undated::report && (fact || runs_from_saying))
            e.date = date_value(nearest_to_triggers(f, f.report_dates), kind);
        // "Trump said on Thursday he would cut the tariff": what is still to
        // come, told by the words of saying right before it, was decided that
        // day; "said on Sunday that he had ordered tariffs": so was an order
        // told as given.
        const bool to_come = e.status == EventStatus::planned || e.status == EventStatus::proposed;
        if (kind.undated == Undated::announcement && (to_come || fact))
            if (auto k = said_right_before(f)) e.date = date_value(*k, kind);
    }

    // "the lower car tariff was expected to apply from Nov. 1": a tariff
    // pointed back to as the outcome of a change ([changed_rate] before the
    // tariff word) is that change, told again with its own date; it takes the
    // rate and target of the change an earlier sentence told.
    void point_back_to_changes() {
        if (!rules_.changed_rate) return;
        for (auto& p : pending_) {
            Event& e = p.draft->event;
            if ((e.kind != EventKind::tariff_imposed && e.kind != EventKind::tariff_announced) ||
                e.details.rate_pct || !frame_of(p).definite)
                continue;
            bool changed = false;
            for (std::size_t i = s_.first; i < p.trigger && !changed; ++i) {
                const std::size_t end =
                    rules_.classes.match(doc_, *rules_.changed_rate, i, p.trigger);
                if (end == 0) continue;
                for (std::size_t j = end; j < end + 3 && j < p.trigger && !changed; ++j)
                    changed = rules_.classes.match(doc_, rules_.tariff, j, p.trigger) != 0;
            }
            if (!changed) continue;
            const Draft* change = nullptr;
            // Of the sentences before: this one's drafts follow them.
            for (std::size_t i = base_; i-- > 0 && !change;)
                if (out_[i].event.kind == EventKind::tariff_changed &&
                    out_[i].event.details.rate_pct)
                    change = &out_[i];
            if (!change) continue;
            const EventDetails& from = change->event.details;
            e.kind = EventKind::tariff_changed;
            e.details.rate_pct = from.rate_pct;
            if (e.details.target.empty() || e.details.target == "ALL")
                e.details.target = from.target;
            if (e.details.products.empty()) e.details.products = from.products;
            if (!e.details.quota) e.details.quota = from.quota;
            for (const auto& a : change->event.actors)
                if (is_country_code(a) &&
                    std::find(e.actors.begin(), e.actors.end(), a) == e.actors.end())
                    e.actors.insert(e.actors.begin(), a);
        }
    }

    // "will lower its tariff to 15 percent under a framework agreement struck
    // on Friday": a tariff told as a deal's term, with no day of its own, was
    // decided the day the deal was struck.
    void date_deal_terms() {
        if (!rules_.under_deal) return;
        for (auto& p : pending_) {
            if (!is_tariff(p.draft->event.kind) || p.draft->event.date.known()) continue;
            for (const auto& q : pending_) {
                if (q.draft->event.kind != EventKind::deal || !q.draft->event.date.known())
                    continue;
                bool under =
                    p.draft->event.kind == EventKind::tariff_changed && q.trigger < p.trigger;
                for (std::size_t back = 1; back <= 3 && q.trigger >= s_.first + back && !under;
                     ++back)
                    under = rules_.classes.match(doc_, *rules_.under_deal, q.trigger - back,
                                                 q.trigger) != 0;
                if (!under) continue;
                p.draft->event.date = q.draft->event.date;
                break;
            }
        }
    }

    // "Earlier in the day, Trump announced a deal ..., after meeting Marcos":
    // with no report date, the happening the news follows took place the day
    // of the event told before it.
    void date_sequels() {
        for (auto& p : pending_) {
            if (!p.group.sequel || p.draft->event.date.known()) continue;
            for (const auto& q : pending_)
                if (!q.group.sequel && q.trigger < p.trigger && q.draft->event.date.known() &&
                    q.draft->event.status == EventStatus::reported) {
                    p.draft->event.date = q.draft->event.date;
                    break;
                }
        }
    }

    // "said on Thursday he would cut tariffs, after meeting Xi", "after a
    // phone call with Sheinbaum": a happening the news follows, told right
    // after a word of [sequel], took place the day the news was told.
    // Where the word of [sequel] the frame's first trigger follows stands.
    // `reach` words back at most: "two days after President Donald Trump set
    // a tariff" has the verb's subject between.
    std::optional<std::size_t> sequel_word(const Frame& f, std::size_t reach = 3) const {
        if (!rules_.sequel) return std::nullopt;
        const std::size_t t = f.triggers.front().first;
        for (std::size_t back = 1; back <= reach && t >= s_.first + back; ++back) {
            const std::size_t i = t - back;
            if (doc_.tokens[i].shape == TokenShape::punct) return std::nullopt;
            if (rules_.classes.match(doc_, *rules_.sequel, i, t)) return i;
        }
        return std::nullopt;
    }

    // "announced the move on Aug. 22, a day after a phone call with Trump",
    // "On April 4, two days after Trump set a 34 percent tariff": the day
    // told right before the span is that span after the happening.
    // The tag of the day told and the day the happening took place.
    std::optional<std::pair<std::size_t, DateValue>> day_before_sequel(const Frame& f) const {
        const auto after = sequel_word(f, 6);
        if (!after) return std::nullopt;
        const auto span = span_before_sequel(*after);
        if (!span) return std::nullopt;
        const Tag& told_span = doc_.tags[*span];
        const int days = days_of_span(*span);
        if (days == 0 || told_span.first < s_.first + 2 ||
            doc_.token_text(told_span.first - 1) != ",")
            return std::nullopt;
        // The day right before the comma, else the one day the sentence told
        // before it: "said on Tuesday that Mexico would send a plan, a day
        // after Trump threatened a 5 percent tariff".
        std::optional<std::size_t> only;
        std::size_t days_told = 0;
        for (std::size_t d = doc_.first_tag_from(s_.first); d < *span; ++d) {
            const Tag& day = doc_.tags[d];
            if (day.kind != TagKind::date) continue;
            ++days_told;
            only = d;
            if (day.last != told_span.first - 1) continue;
            const DateValue& told = doc_.dates[std::size_t(day.ref)].date;
            if (!told.known() || told.granularity != Granularity::day) return std::nullopt;
            return std::pair{d, day_value(*told.first - date::days{days}, told.text)};
        }
        if (days_told != 1) return std::nullopt;
        const DateValue& told = doc_.dates[std::size_t(doc_.tags[*only].ref)].date;
        if (!told.known() || told.granularity != Granularity::day) return std::nullopt;
        return std::pair{*only, day_value(*told.first - date::days{days}, told.text)};
    }

    // The span of time that ends right before the word of [sequel] at `word`
    // ("a day after", "six weeks after"), as a tag index.
    std::optional<std::size_t> span_before_sequel(std::size_t word) const {
        for (std::size_t k = doc_.first_tag_from(word >= s_.first + 6 ? word - 6 : s_.first);
             k < doc_.tags.size() && doc_.tags[k].first < word; ++k)
            if (doc_.tags[k].kind == TagKind::duration && doc_.tags[k].last == word) return k;
        return std::nullopt;
    }

    // The whole days a span tells, or 0: "six weeks after" tells no day.
    int days_of_span(std::size_t tag) const {
        const TimeExpression& x = doc_.dates[std::size_t(doc_.tags[tag].ref)];
        return x.duration_days && *x.duration_days >= 1 && x.value.ends_with('D') ? *x.duration_days
                                                                                  : 0;
    }

    // "a day after meeting", "two days after talks": the whole days a span
    // right before the word of [sequel] at `word` tells, else 0.
    int days_before_sequel(std::size_t word) const {
        const auto span = span_before_sequel(word);
        return span ? days_of_span(*span) : 0;
    }

    // The report date of "said on Thursday he would cut": at most four words,
    // none of them punctuation, between it and the frame's first trigger.
    std::optional<std::size_t> said_right_before(const Frame& f) const {
        const std::size_t trigger = f.triggers.front().first;
        for (auto k : f.report_dates) {
            const Tag& t = doc_.tags[k];
            // "said on Wednesday that chips made abroad would face": a
            // clause opened by "that" right after the day may run longer.
            constexpr std::size_t longest = 4, longest_that_clause = 8;
            const bool that_clause = t.last < trigger && doc_.token_lower(t.last) == "that";
            if (t.last > trigger ||
                trigger - t.last > (that_clause ? longest_that_clause : longest))
                continue;
            bool plain = true;
            for (std::size_t i = t.last; i < trigger; ++i)
                if (doc_.tokens[i].shape == TokenShape::punct) plain = false;
            if (plain) return k;
        }
        // "said on Tuesday that the penalty would stay ..., and warned that
        // India could face": a second verb of saying of the same speaker.
        for (auto k : f.report_dates) {
            const Tag& t = doc_.tags[k];
            if (t.last > trigger) continue;
            for (std::size_t j = trigger; j-- > t.last + 1 && trigger - j <= 5;) {
                if (doc_.tokens[j].shape == TokenShape::punct) break;
                if (doc_.token_lower(j - 1) == "and" &&
                    rules_.classes.match(doc_, rules_.speech, j, j + 1))
                    return k;
                // "told a news conference on Friday that Swiss companies
                // planned to invest ..., and that Switzerland would open
                // tariff-free quotas": a second clause of the same saying.
                if (doc_.token_lower(j - 1) == "and" && doc_.token_lower(j) == "that" &&
                    t.last < j && doc_.token_lower(t.last) == "that")
                    return k;
            }
        }
        return std::nullopt;
    }

    // Two sides meet: when the frame's clauses name fewer than two countries,
    // the nearest others of the sentence are taken ("seeing Britain -- the
    // first to seal a deal with Washington --").
    // "Indonesia secured the same 19 percent rate, while Vietnam agreed to a
    // 20 percent rate": a country in the words of another deal is that deal's
    // side, not this one's. (Two positions of one speaker share it: "said ...,
    // but insisted".)
    void add_nearby_countries(Span r, const Frame& f,
                              std::vector<std::string_view>& countries) const {
        std::vector<Span> others;
        if (rules_.kinds[f.kind].kind == EventKind::deal)
            for (const auto& o : frames_.frames)
                if (&o != &f && o.kind == f.kind) others.push_back(region(o));
        std::vector<std::pair<std::size_t, std::string_view>> outside;
        for (auto k : tags_in(Span{s_.first, s_.last}, [](TagKind t) {
                 return t == TagKind::country || t == TagKind::organisation || t == TagKind::person;
             })) {
            const Tag& t = doc_.tags[k];
            if (t.first >= r.first && t.last <= r.last) continue;
            if (std::any_of(others.begin(), others.end(),
                            [&](const Span& o) { return t.first >= o.first && t.last <= o.last; }))
                continue;
            if (is_location(t) || is_topic(t)) continue;
            const std::string_view c = country_of(t);
            if (c.empty()) continue;
            outside.emplace_back(distance(r, Span{t.first, t.last}), c);
        }
        // Few countries lie outside: an insertion sort keeps the order of
        // equals without the heap buffer a stable sort takes.
        for (std::size_t i = 1; i < outside.size(); ++i)
            for (std::size_t j = i; j > 0 && outside[j].first < outside[j - 1].first; --j)
                std::swap(outside[j], outside[j - 1]);
        for (const auto& [dist, c] : outside) {
            if (countries.size() >= 2) break;
            if (std::find(countries.begin(), countries.end(), c) == countries.end())
                countries.push_back(c);
        }
    }

    // "The 39 percent rate, in force since Aug. 7": a rate pointed back to in a
    // sentence that names no country falls on the country of the tariff an
    // earlier sentence told at that rate (as its rate or the rate it changed
    // from), else on that of the tariff told last.
    // A country named in its own right, not as a person's ("Swiss President
    // Karin Keller-Sutter", "Trump") nor only as a place.
    bool names_a_country(Span r) const {
        for (auto k : tags_in(r, [](TagKind t) {
                 return t == TagKind::country || t == TagKind::organisation;
             })) {
            const Tag& t = doc_.tags[k];
            if (country_of(t).empty() || is_location(t)) continue;
            bool titles_a_person = false;
            for (auto p :
                 tags_in(Span{t.last, r.last}, [](TagKind t) { return t == TagKind::person; })) {
                titles_a_person = doc_.tags[p].first < t.last + 3;
                break;
            }
            if (!titles_a_person) return true;
        }
        return false;
    }

    bool names_a_side() const {
        const Actors& here = sentence_actors();
        return !here.countries.empty() || !here.locations.empty();
    }

    bool borrow_target(Pending& p) const {
        Event& e = p.draft->event;
        // "the tariff", or a rate told as one known and given a day of its
        // own: "imposed the 39 percent rate on Aug. 7".
        // "The additional 25% duty came into effect": a word may stand between.
        const auto definite_before = [&](std::size_t rate) {
            const std::size_t at = doc_.tags[rate].first;
            for (std::size_t back = 1; back <= 2 && at >= s_.first + back; ++back)
                if (rules_.classes.match(doc_, rules_.definite, at - back, at - back + 1))
                    return true;
            return false;
        };
        const bool rate_known = e.kind == EventKind::tariff_imposed && p.group.date &&
                                p.group.rate && definite_before(*p.group.rate);
        if (!is_tariff(e.kind) || !e.details.rate_pct || !e.details.target.empty() ||
            !e.details.products.empty() || !(frames_.frames[p.frame].definite || rate_known))
            return false;
        // A sentence that names a side would have named the target; one that
        // names only people may still tell a known rate's day.
        if (rate_known ? names_a_country(Span{s_.first, s_.last}) : names_a_side()) return false;
        const double rate = *e.details.rate_pct;
        auto told_at_rate = [&](std::size_t sentence) {
            const Sentence& s = doc_.sentences[sentence];
            for (auto k : tags_in(Span{s.first, s.last}, [](TagKind t) {
                     return t == TagKind::percent || t == TagKind::change;
                 })) {
                const Tag& t = doc_.tags[k];
                if (t.number == rate || (t.kind == TagKind::change && t.from == rate)) return true;
            }
            return false;
        };
        const Draft* last = nullptr;
        const Draft* same_rate = nullptr;
        // The drafts kept so far: those of the sentences before, then those
        // of this one already kept.
        for (std::size_t i = kept_; i-- > 0;) {
            const Draft& d = out_[i];
            if (!is_tariff(d.event.kind) || d.event.details.target.empty()) continue;
            if (!last) last = &d;
            if (told_at_rate(d.sentence)) {
                same_rate = &d;
                break;
            }
        }
        const Draft* from = same_rate ? same_rate : last;
        if (!from) return false;
        e.details.target = from->event.details.target;
        return required(rules_.kinds[p.kind], e, p.group);
    }

    bool required(const KindRules& kind, const Event& e, const Group& g) const {
        for (const auto& any : kind.require) {
            bool ok = false;
            for (const auto& req : any) {
                if (req.fact) {
                    ok = ok || e.status == EventStatus::reported || e.status == EventStatus::held ||
                         e.status == EventStatus::rejected;
                    continue;
                }
                if (req.planned) {
                    ok = ok || e.status == EventStatus::planned;
                    continue;
                }
                if (req.worded) {
                    ok = ok || g.worded;
                    continue;
                }
                const EventDetails& d = e.details;
                switch (req.slot) {
                case Slot::date:
                    // A deadline "within 90 days" is dated by its duration.
                    // "said on Thursday ..., after meeting Xi": dated by the report.
                    ok = ok || g.date.has_value() || g.end_date.has_value() ||
                         ((g.sequel || g.shared) && e.date.known()) ||
                         (kind.kind == EventKind::deadline && e.date.known());
                    break;
                case Slot::rate:
                    ok = ok || d.rate_pct.has_value();
                    break;
                case Slot::products:
                    ok = ok || !d.products.empty();
                    break;
                case Slot::target:
                    ok = ok || !d.target.empty();
                    break;
                case Slot::round:
                    ok = ok || d.round.has_value();
                    break;
                case Slot::level:
                    ok = ok || !d.level.empty();
                    break;
                case Slot::location:
                    ok = ok || !d.location.empty();
                    break;
                case Slot::quota:
                    ok = ok || d.quota.has_value();
                    break;
                case Slot::duration:
                    ok = ok || d.duration_days.has_value() || g.lasting;
                    break;
                }
            }
            if (!ok) return false;
        }
        return true;
    }

    const Document& doc_;
    const Rules& rules_;
    const MatchContext& match_;
    date::sys_days pub_;
    std::size_t index_;
    const Sentence& s_;
    std::vector<Draft>& out_;
    std::size_t base_ = 0; // the first of this sentence's drafts in out_
    std::size_t kept_ = 0; // the end of the drafts kept so far
    // Stretches asked of, with their target phrases; a list keeps each
    // answer where it is while more are added.
    // A list, not a deque: most sentences ask nothing, and a deque takes
    // memory as it is made.
    mutable std::list<std::pair<Span, std::vector<TargetPhrase>>> target_phrases_;
    std::vector<Pending>& pending_;
    std::vector<Span>& regions_;                 // each frame's, in the order of frames_
    std::vector<Span>& clause_spans_;            // by clause number
    std::vector<std::uint16_t>& region_clauses_; // find_region's working list
    // Whether each tag of the sentence, from tag_begin_, names a place
    // (1), not (0) or is yet unknown (-1).
    std::vector<std::int8_t>& locations_;
    std::size_t tag_begin_ = 0;
    std::vector<std::uint32_t>& slot_bits_;
    std::optional<WordSet>& level_starts_;
    Actors& sentence_actors_;
    mutable bool sentence_actors_known_ = false;
    mutable std::optional<bool> earlier_rounds_;
    mutable std::optional<bool> retaliation_;
    mutable std::optional<bool> sides_;
    mutable std::optional<bool> topic_;
    Actors& previous_actors_;
    mutable bool previous_actors_known_ = false;
    Actors& frame_actors_; // build()'s, for one frame at a time
    std::vector<Group>& groups_;
    std::vector<std::size_t>&own_dates_, &bound_dates_;
    std::uint32_t tariff_words_;
    SentenceFrames& frames_;
};

} // namespace

std::map<std::string, int> country_mentions(const Document& doc, const Rules& rules) {
    std::map<std::string, int> out;
    for (const auto& t : doc.tags) {
        if (t.kind != TagKind::country && t.kind != TagKind::organisation) continue;
        const std::vector<std::string>* members =
            t.kind == TagKind::organisation
                ? &rules.gazetteer.organisations[std::size_t(t.ref)].members
                : nullptr;
        if (t.code.empty() && (!members || members->empty())) continue;
        if (t.first > 0 &&
            rules.classes.match(doc, rules.location_prep, t.first - 1, t.first) == t.first)
            continue;
        // The lede names the sides: its mentions weigh half again as much.
        const bool lede = !doc.sentences.empty() && t.first < doc.sentences.front().last;
        if (!t.code.empty()) out[std::string(t.code)] += lede ? 3 : 2;
        // A bloc's mention is one of each member's.
        if (members)
            for (const auto& m : *members)
                out[m] += lede ? 3 : 2;
    }
    return out;
}

date::sys_days publication_day(const ReferenceTime& ref) {
    if (!ref.zone.empty()) {
        try {
            auto local =
                date::zoned_time<std::chrono::seconds>{ref.zone, ref.instant}.get_local_time();
            return date::sys_days{date::floor<date::days>(local).time_since_epoch()};
        } catch (const std::exception&) {
            // An unknown zone: fall back to the fixed offset.
        }
    }
    return date::floor<date::days>(ref.instant + ref.offset);
}

int calendar_months(std::string_view value) {
    if (value.size() < 3 || value.front() != 'P') return 0;
    const char unit = value.back();
    if (unit != 'M' && unit != 'Y') return 0;
    int n = 0;
    for (char c : value.substr(1, value.size() - 2)) {
        if (c < '0' || c > '9' || n > 1000) return 0;
        n = n * 10 + (c - '0');
    }
    return unit == 'Y' ? 12 * n : n;
}

std::vector<Draft> sentence_events(const Document& doc, const Rules& rules,
                                   const ReferenceTime& ref) {
    std::vector<Draft> out;
    // A Draft is large: spare it moves as the list grows. Each sentence's
    // drafts are built here before some go.
    out.reserve(2 * doc.sentences.size());
    TagIndex index(doc);
    MatchContext match{doc, index, rules.classes, rules.aside_open, rules.aside_close};
    const auto pub = publication_day(ref);
    // Kept by the thread across articles, as across sentences; what it
    // caches of a Rules is dropped when another Rules is read.
    thread_local Scratch scratch;
    if (scratch.rules_id != rules.id) {
        scratch.slot_bits.clear();
        scratch.level_starts.reset();
        scratch.rules_id = rules.id;
    }
    for (std::size_t s = 0; s < doc.sentences.size(); ++s)
        SentenceEvents(doc, rules, match, pub, s, out, scratch).run();
    return out;
}

} // namespace parley::extract
