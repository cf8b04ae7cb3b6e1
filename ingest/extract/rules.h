#pragma once
// Everything the extractor reads from data/ once, and nothing about any
// article: the vocabulary, gazetteers, word classes, status cues, sentence
// rules and the event rules with an index of their first words.

#include "ingest/data_dir.h"
#include "ingest/extract/event_rules.h"
#include "ingest/extract/gazetteer.h"
#include "ingest/extract/people.h"
#include "ingest/extract/sentences.h"
#include "ingest/extract/status.h"
#include "ingest/extract/verb_forms.h"
#include "ingest/extract/word_classes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace parley::extract {

// A trigger of one kind's rules.
struct TriggerRef {
    std::uint32_t kind;    // index into Rules::kinds
    std::uint32_t trigger; // index into KindRules::triggers
    std::uint32_t number;  // among all kinds' triggers, below Rules::trigger_count
};

struct Rules {
    // Distinct for each Rules made in the process, from 1: what is cached of
    // one Rules is known by it, where an address may be reused by another.
    std::uint64_t id = 0;
    Vocabulary vocabulary;
    Gazetteer gazetteer;
    SentenceRules sentences;
    PeopleRules people;
    VerbForms verbs;
    WordClasses classes;
    StatusCues status;
    std::vector<KindRules> kinds;

    // Triggers by the vocabulary id of a word they can start with, and by the
    // tag kind they can start with. Indexed directly (ids are dense and every
    // token of every sentence is looked up); shorter than the vocabulary when
    // later words start no trigger.
    std::vector<std::vector<TriggerRef>> by_word;
    std::vector<std::vector<TriggerRef>> by_tag;
    std::uint32_t trigger_count = 0;

    // The anchor sets of Trigger::anchors, as bit masks of anchor_words
    // 64-bit words each: by anchor word (anchor_slot of its vocabulary id,
    // from 1) the sets it is in, and by trigger number the sets it needs. One
    // pass over a sentence's words ORs the sets it holds a word of; a trigger
    // can match in it only if that covers its own, tested with no branch.
    std::uint32_t anchor_count = 0;
    std::uint32_t anchor_words = 1;          // 64-bit words in one mask
    std::vector<std::uint32_t> anchor_slot;  // by vocabulary id; 0: in no set
    std::vector<std::uint64_t> anchor_masks; // by slot
    std::vector<std::uint64_t> needed_masks; // by trigger number; none for a trigger of no set

    // By vocabulary id, one byte: whether the word starts a trigger (by_word)
    // or is in an anchor set. Most words of an article are in neither; a
    // sentence's few that are are picked out with no branch on each word,
    // which real text, unlike a template, gives the processor no pattern to
    // predict.
    enum WordRole : std::uint8_t { starts_trigger = 1, in_anchor = 2 };
    std::vector<std::uint8_t> word_roles;

    // Triggers whose pattern is the first elements of another's: where one
    // finds no match, neither can the other ("<PERSON> ..? said" and
    // "<PERSON> ..? said ..? ..? <COUNTRY> would"). By trigger number, the
    // slot (below prefix_slots) of a trigger that begins others, and the
    // slot of the one that begins it; no_prefix for none.
    static constexpr std::uint32_t no_prefix = ~std::uint32_t(0);
    std::vector<std::uint32_t> prefix_slot, prefix;
    std::uint32_t prefix_slots = 0;

    // By vocabulary id, whether the word may open a clause (clause_numbers):
    // it starts a phrase of [clause], [second_clause] or [participle], or is
    // "and", "after" or "as". Nearly every token is a word that opens none.
    std::vector<std::uint8_t> clause_openers;
    std::uint32_t and_word = 0, after_word = 0, as_word = 0;

    // Per kind, where one of its blocks can start: the vocabulary ids their
    // first elements begin with, and whether one begins with a tag. A block
    // is tried at a dozen tokens around each trigger; most start none.
    struct BlockStarts {
        std::vector<bool> words;
        bool tag = false;
        bool at(std::uint32_t word, bool has_tag) const {
            return (has_tag && tag) || (word < words.size() && words[word]);
        }
    };
    std::vector<BlockStarts> block_starts; // by kind

    // Word classes the slot filling reads (see data/language/words.tsv).
    std::uint32_t tariff = 0, speech = 0, reported_speech = 0, all_targets = 0, baseline = 0,
                  target_prep = 0, location_prep = 0, clause = 0, round = 0, definite = 0,
                  anaphor = 0, other_events = 0, earlier_rounds = 0;
    std::vector<std::pair<std::string, std::uint32_t>> levels; // "ministerial" → class
    std::optional<std::uint32_t> refusal, offer; // a statement's standing, when present
    std::optional<std::uint32_t> exchange;       // "Thursday's call": where words were said
    std::optional<std::uint32_t> speaking;       // "Modi, speaking at a rally on Monday, said"
    std::optional<std::uint32_t> country_noun;   // "any European country": a kind of country
    std::optional<std::uint32_t> both_rates;     // "Both rates took effect on Aug. 7"
    std::optional<std::uint32_t> audience;       // "told reporters": who heard the words
    std::optional<std::uint32_t> day_prep;       // "on Friday": the word before a day
    std::optional<std::uint32_t> destination;    // "exports to": the country goods go to
    std::optional<std::uint32_t> entering;       // "to enter China": the same, as object
    std::optional<std::uint32_t> not_target;     // "pressure on": what the words weigh on
    std::optional<std::uint32_t> retaliation;    // "countermeasures"
    std::optional<std::uint32_t> cause;          // "sparked by", "in response to"
    std::optional<std::uint32_t> in_effect;      // ", with effect from May 14": every rate's day
    std::optional<std::uint32_t> opening;        // "began three days of talks": the days run on
    // "agreements with Malaysia and Cambodia": one deal with each.
    std::optional<std::uint32_t> deals_each;
    // ", which had been planned for": a clause giving its event's time.
    std::optional<std::uint32_t> scheduling;
    // "when he met Bessent last month": a clause that says when its sentence's
    // position was put.
    std::optional<std::uint32_t> time_clause;
    // "visit to": where it goes is a place.
    std::optional<std::uint32_t> journey;
    // "but": what follows is another matter.
    std::optional<std::uint32_t> contrast;
    // ", including cars,", ", chips included,": an aside a pattern's gap
    // passes over.
    std::optional<std::uint32_t> aside_open, aside_close;
    // "another session": a happening apart from one of its kind told before.
    std::optional<std::uint32_t> another;
    // "built in", "made in": the country after them is where goods come from.
    std::optional<std::uint32_t> made_in;
    // ", saying": what follows tells the content of what came before.
    std::optional<std::uint32_t> telling;
    // "whose", "which", "who" after a comma: an aside on the noun before it.
    std::optional<std::uint32_t> aside_relative;
    // "first", "last", "only" before "time": "for the first time this year"
    // counts, and dates nothing (an ordinal does the same).
    std::optional<std::uint32_t> counting_time;
    // "must", "are required to": what binds the sides to a deadline.
    std::optional<std::uint32_t> obligation;
    // "those countries": a group of countries left unnamed, no tariff's target.
    std::optional<std::uint32_t> unnamed_group;
    // "at the same time as": the rates after it share the day of the rate before.
    std::optional<std::uint32_t> same_time;
    // "both countries": the two the sentence before named.
    std::optional<std::uint32_t> both_named;
    std::optional<std::uint32_t> three_named; // "all three countries": a list of three before
    std::optional<std::uint32_t> sides;       // "the two sides met": the article's sides, unnamed
    std::optional<std::uint32_t> both_sides;  // "on both sides": each side's tariff
    // "raise", "cut": a threat ending on one takes the rate "to" after its object.
    std::optional<std::uint32_t> change_verb;
    std::optional<std::uint32_t> changed_rate;  // "the lower car tariff": a change's outcome
    std::optional<std::uint32_t> not_goods;     // "rare earth controls": no tariff's goods
    std::optional<std::uint32_t> participle;    // ", leaving": opens a clause after a comma
    std::optional<std::uint32_t> second_clause; // "and said", "and will": a second verb
    std::optional<std::uint32_t> position;      // "should", "must": words of a position
    std::optional<std::uint32_t> goods;         // "American products": goods of no one name
    std::optional<std::uint32_t> exempting;     // "but spared aircraft": goods left out
    std::optional<std::uint32_t> clause_verb;
    // "goods that meet the pact's rules are exempt": a relative clause with
    // no comma before it ends at an auxiliary after its own verb.
    std::optional<std::uint32_t> relative, auxiliary, subject;
    std::optional<std::uint32_t> person_pronoun; // "he", "she": a person named before
    std::optional<std::uint32_t> sides_pronoun;  // "they": the sides told before
    std::optional<std::uint32_t> pointed_noun;   // "that rate": "that" points, opens nothing
    std::optional<std::uint32_t> preposition;    // "of", "in": no verb before "that rate"
    std::optional<std::uint32_t> topic;          // "covered Iran": what talks are about
    std::optional<std::uint32_t> replaced;       // "down from the": a rate that will not come
    std::optional<std::uint32_t> examples;       // "including": goods named as examples
    std::optional<std::uint32_t> sets_terms;     // "which set a 15 percent tariff": terms
    std::optional<std::uint32_t> object_pronoun; // "suspended it": the tariff told before
    std::optional<std::uint32_t> totals;         // "bringing the duties to 54 percent"
    std::optional<std::uint32_t> starting_point; // "down from the 36 percent"
    std::optional<std::uint32_t> after_verb; // "after Trump broke them off": its verb    // ", and
                                             // Yeo will travel": a verb after ", and"
    std::optional<std::uint32_t> under_deal; // "under a framework agreement": a deal's term
    std::optional<std::uint32_t> sequel;     // "after meeting Xi": what the news follows
    // "trucks would face 25 percent and cabinets a 50 percent tariff": the small
    // words a rate with no verb of its own may stand among.
    std::optional<std::uint32_t> gapping;
    // "aircraft and energy products were spared": goods a tariff leaves out,
    // told before the words that say so.
    std::optional<std::uint32_t> spared_after;
    std::optional<std::uint32_t> onlooker;   // "Ontario Premier", "carmakers": no side
    std::optional<std::uint32_t> determiner; // "the", "a", "its": before a noun

    // Reads every data file; throws std::runtime_error naming a bad line.
    explicit Rules(const DataDirs& dirs);

private:
    void find_prefixes();
};

} // namespace parley::extract
