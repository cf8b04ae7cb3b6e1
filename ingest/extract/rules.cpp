#include "ingest/extract/rules.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <stdexcept>

namespace parley::extract {

namespace {

void add_words(const DataDirs& dirs, const char* file, Vocabulary& v, WordIds& out) {
    for (const auto& line : read_data(dirs, file)) {
        std::string lower = line.text;
        for (auto& c : lower)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        out.insert(v.intern(lower));
    }
}

std::uint32_t required_class(const WordClasses& classes, const char* name) {
    auto id = classes.find(name);
    if (!id)
        throw std::runtime_error(std::string("data/language/words.tsv has no class '") + name +
                                 "'");
    return *id;
}

// The words of a class of single words, as vocabulary ids.
WordIds words_of(const WordClasses& classes, const char* name) {
    WordIds out;
    for (const auto w : classes.first_words(required_class(classes, name)))
        out.insert(w);
    return out;
}

std::vector<std::vector<std::uint32_t>> anchors_of(const Pattern& pattern,
                                                   const WordClasses& classes) {
    std::vector<std::vector<std::uint32_t>> out;
    for (std::size_t k = 1; k < pattern.elements.size(); ++k) {
        const PatternElement& e = pattern.elements[k];
        if (e.gap || e.optional || !e.tags.empty()) continue;
        std::vector<std::uint32_t> words = e.words;
        for (auto c : e.classes)
            words.insert(words.end(), classes.first_words(c).begin(), classes.first_words(c).end());
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
        if (!words.empty()) out.push_back(std::move(words));
    }
    return out;
}

bool same_element(const PatternElement& a, const PatternElement& b) {
    return a.gap == b.gap && a.optional == b.optional && a.gap_words == b.gap_words &&
           a.words == b.words && a.classes == b.classes && a.tags == b.tags && a.cues == b.cues;
}

// Whether pattern `a` is the first elements of the longer pattern `b`.
bool begins(const Pattern& a, const Pattern& b) {
    if (a.elements.size() >= b.elements.size()) return false;
    for (std::size_t k = 0; k < a.elements.size(); ++k)
        if (!same_element(a.elements[k], b.elements[k])) return false;
    return true;
}

} // namespace

void Rules::find_prefixes() {
    std::vector<const Trigger*> by_number;
    for (const auto& kind : kinds)
        for (const auto& t : kind.triggers)
            by_number.push_back(&t);
    std::vector<std::uint32_t> longest_prefix(trigger_count, no_prefix);
    for (std::uint32_t b = 0; b < trigger_count; ++b) {
        std::size_t longest = 0;
        for (std::uint32_t a = 0; a < trigger_count; ++a) {
            const Pattern& pa = by_number[a]->pattern;
            if (pa.elements.size() > longest && begins(pa, by_number[b]->pattern)) {
                longest_prefix[b] = a;
                longest = pa.elements.size();
            }
        }
    }
    // Only the few triggers that begin others need their failures kept.
    prefix_slot.assign(trigger_count, no_prefix);
    prefix.assign(trigger_count, no_prefix);
    for (std::uint32_t b = 0; b < trigger_count; ++b) {
        const std::uint32_t a = longest_prefix[b];
        if (a == no_prefix) continue;
        if (prefix_slot[a] == no_prefix) prefix_slot[a] = prefix_slots++;
        prefix[b] = prefix_slot[a];
    }
}

Rules::Rules(const DataDirs& dirs) {
    static std::atomic<std::uint64_t> made{0};
    id = ++made;
    gazetteer.load(dirs, vocabulary);
    for (const auto& line : read_data(dirs, "language/abbreviations.tsv")) {
        try {
            add_abbreviation_line(sentences, line.text);
        } catch (const std::runtime_error& e) {
            bad_line(line, e.what());
        }
    }
    for (const auto& line : read_data(dirs, "language/sentence_starters.txt"))
        sentences.starters.insert(line.text);
    add_words(dirs, "language/function_words.txt", vocabulary, people.function_words);

    verbs.load(dirs);
    classes.load(dirs, vocabulary);
    people.honorifics = words_of(classes, "honorific");
    people.particles = words_of(classes, "name_particle");
    people.copulas = words_of(classes, "copula");
    status.load(dirs, vocabulary, words_of(classes, "before_participle"));
    tariff = required_class(classes, "tariff");
    speech = required_class(classes, "speech");
    reported_speech = required_class(classes, "reported_speech");
    all_targets = required_class(classes, "all_targets");
    baseline = required_class(classes, "baseline");
    target_prep = required_class(classes, "target_prep");
    location_prep = required_class(classes, "location_prep");
    clause = required_class(classes, "clause");
    round = required_class(classes, "round");
    definite = required_class(classes, "definite");
    anaphor = required_class(classes, "anaphor");
    other_events = required_class(classes, "other_events");
    earlier_rounds = required_class(classes, "earlier_rounds");
    refusal = classes.find("refusal");
    offer = classes.find("offer");
    exchange = classes.find("exchange");
    speaking = classes.find("speaking");
    country_noun = classes.find("country_noun");
    both_rates = classes.find("both_rates");
    audience = classes.find("audience");
    day_prep = classes.find("day_prep");
    destination = classes.find("destination");
    entering = classes.find("entering");
    not_target = classes.find("not_target");
    retaliation = classes.find("retaliation");
    cause = classes.find("cause");
    in_effect = classes.find("in_effect");
    opening = classes.find("opening");
    onlooker = classes.find("onlooker");
    determiner = classes.find("determiner");
    sequel = classes.find("sequel");
    gapping = classes.find("gapping");
    spared_after = classes.find("spared_after");
    under_deal = classes.find("under_deal");
    second_clause = classes.find("second_clause");
    participle = classes.find("participle");
    clause_verb = classes.find("clause_verb");
    relative = classes.find("relative");
    auxiliary = classes.find("auxiliary");
    subject = classes.find("subject");
    person_pronoun = classes.find("person_pronoun");
    sides_pronoun = classes.find("sides_pronoun");
    pointed_noun = classes.find("pointed_noun");
    preposition = classes.find("preposition");
    topic = classes.find("topic");
    replaced = classes.find("replaced");
    examples = classes.find("examples");
    sets_terms = classes.find("sets_terms");
    object_pronoun = classes.find("object_pronoun");
    totals = classes.find("totals");
    starting_point = classes.find("starting_point");
    after_verb = classes.find("after_verb");
    exempting = classes.find("exempting");
    goods = classes.find("goods");
    position = classes.find("position");
    not_goods = classes.find("not_goods");
    changed_rate = classes.find("changed_rate");
    change_verb = classes.find("change_verb");
    both_sides = classes.find("both_sides");
    deals_each = classes.find("deals_each");
    journey = classes.find("journey");
    contrast = classes.find("contrast");
    telling = classes.find("telling");
    same_time = classes.find("same_time");
    unnamed_group = classes.find("unnamed_group");
    obligation = classes.find("obligation");
    aside_relative = classes.find("aside_relative");
    counting_time = classes.find("counting_time");
    another = classes.find("another");
    made_in = classes.find("made_in");
    aside_open = classes.find("aside_open");
    aside_close = classes.find("aside_close");
    both_named = classes.find("both_named");
    three_named = classes.find("three_named");
    sides = classes.find("sides");
    scheduling = classes.find("scheduling");
    time_clause = classes.find("time_clause");
    for (const auto& line : read_data(dirs, "language/words.tsv")) {
        auto f = fields(line.text);
        if (f[0].rfind("level:", 0) == 0) {
            std::string level = f[0].substr(6);
            bool seen = false;
            for (const auto& [name, id] : levels)
                if (name == level) seen = true;
            if (!seen) levels.emplace_back(level, *classes.find(f[0]));
        }
    }

    PatternContext context{vocabulary, classes, verbs};
    kinds = load_event_rules(dirs, context);
    std::map<std::vector<std::uint32_t>, std::uint32_t> anchor_ids;
    std::vector<std::vector<std::uint32_t>> anchors_by_word; // by vocabulary id: the sets
    auto anchor_id = [&](std::vector<std::uint32_t> words) {
        auto [it, added] = anchor_ids.try_emplace(std::move(words), anchor_count);
        if (added) {
            ++anchor_count;
            for (auto w : it->first) {
                if (anchors_by_word.size() <= w) anchors_by_word.resize(w + 1);
                anchors_by_word[w].push_back(it->second);
            }
        }
        return it->second;
    };
    for (std::uint32_t k = 0; k < kinds.size(); ++k) {
        for (std::uint32_t t = 0; t < kinds[k].triggers.size(); ++t) {
            const PatternElement& first = kinds[k].triggers[t].pattern.elements.front();
            TriggerRef ref{k, t, trigger_count++};
            auto add = [&](std::vector<std::vector<TriggerRef>>& index, std::size_t at) {
                if (index.size() <= at) index.resize(at + 1);
                index[at].push_back(ref);
            };
            for (auto w : first.words)
                add(by_word, w);
            for (auto c : first.classes)
                for (auto w : classes.first_words(c))
                    add(by_word, w);
            for (auto tag : first.tags)
                add(by_tag, std::size_t(tag));
            auto& anchors = kinds[k].triggers[t].anchors;
            for (auto& words : anchors_of(kinds[k].triggers[t].pattern, classes))
                anchors.push_back(anchor_id(std::move(words)));
            std::sort(anchors.begin(), anchors.end());
            anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
        }
    }
    // The masks, now that the number of sets, and so their width, is known.
    anchor_words = anchor_count / 64 + 1;
    auto add_set = [&](std::vector<std::uint64_t>& masks, std::size_t row, std::uint32_t set) {
        masks[row * anchor_words + set / 64] |= std::uint64_t(1) << (set % 64);
    };
    needed_masks.assign(std::size_t(trigger_count) * anchor_words, 0);
    for (std::uint32_t k = 0, number = 0; k < kinds.size(); ++k)
        for (const auto& trigger : kinds[k].triggers) {
            for (auto a : trigger.anchors)
                add_set(needed_masks, number, a);
            ++number;
        }
    word_roles.assign(std::max(by_word.size(), anchors_by_word.size()), 0);
    for (std::size_t w = 1; w < by_word.size(); ++w)
        if (!by_word[w].empty()) word_roles[w] |= starts_trigger;
    anchor_slot.assign(anchors_by_word.size(), 0);
    anchor_masks.assign(anchor_words, 0); // slot 0: no set
    for (std::size_t w = 0; w < anchors_by_word.size(); ++w) {
        if (anchors_by_word[w].empty()) continue;
        word_roles[w] |= in_anchor;
        anchor_slot[w] = std::uint32_t(anchor_masks.size() / anchor_words);
        anchor_masks.resize(anchor_masks.size() + anchor_words, 0);
        for (auto a : anchors_by_word[w])
            add_set(anchor_masks, anchor_slot[w], a);
    }
    find_prefixes();
    and_word = vocabulary.find("and");
    after_word = vocabulary.find("after");
    as_word = vocabulary.find("as");
    clause_openers.assign(vocabulary.size() + 1, 0);
    for (std::uint32_t w = 0; w < clause_openers.size(); ++w)
        clause_openers[w] = w == and_word || w == after_word || w == as_word ||
                            (w != 0 && (classes.may_start(w, clause) ||
                                        (second_clause && classes.may_start(w, *second_clause)) ||
                                        (participle && classes.may_start(w, *participle))));
    block_starts.resize(kinds.size());
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        auto& starts = block_starts[k];
        auto add = [&](std::uint32_t w) {
            if (starts.words.size() <= w) starts.words.resize(w + 1);
            starts.words[w] = true;
        };
        for (const auto& block : kinds[k].blocks) {
            const PatternElement& first = block.elements.front();
            for (auto w : first.words)
                add(w);
            for (auto c : first.classes)
                for (auto w : classes.first_words(c))
                    add(w);
            if (!first.tags.empty()) starts.tag = true;
        }
    }
}

} // namespace parley::extract
