#include "ingest/extract/analysis.h"

#include "ingest/extract/events.h"
#include "ingest/extract/lexicon.h"
#include "ingest/extract/people.h"
#include "ingest/extract/scan.h"
#include "ingest/extract/sentences.h"
#include "ingest/extract/taggers.h"
#include "ingest/extract/tokens.h"

#include <algorithm>
#include <cctype>

namespace parley::extract {

namespace {

// The bounding word of a date when the temporal engine gave none: the words
// right before it, or its own first words ("by the end of May").
std::string_view cue_before(const Document& doc, std::size_t first, std::size_t last) {
    auto at = [&](std::size_t i) { return i < doc.tokens.size() ? doc.token_lower(i) : ""; };
    auto one = [](std::string_view w) -> std::string_view {
        if (w == "by") return "by";
        if (w == "until" || w == "till" || w == "through" || w == "thru") return "until";
        if (w == "since") return "since";
        if (w == "from") return "from";
        if (w == "starting" || w == "beginning" || w == "effective") return "starting";
        if (w == "before") return "before";
        if (w == "after") return "after";
        if (w == "within") return "within";
        return {};
    };
    // Inside the expression.
    if (auto c = one(at(first)); !c.empty() && last > first + 1) return c;
    if (at(first) == "no" && at(first + 1) == "later" && at(first + 2) == "than")
        return "no_later_than";
    // Before it, skipping "on" and "the".
    std::size_t i = first;
    while (i > 0 && (at(i - 1) == "on" || at(i - 1) == "the" || at(i - 1) == "in"))
        --i;
    if (i == 0) return {};
    if (auto c = one(at(i - 1)); !c.empty()) return c;
    if (i >= 2 && at(i - 2) == "ahead" && at(i - 1) == "of") return "before";
    if (i >= 2 && at(i - 2) == "prior" && at(i - 1) == "to") return "before";
    if (i >= 3 && at(i - 3) == "no" && at(i - 2) == "later" && at(i - 1) == "than")
        return "no_later_than";
    if (i >= 3 && at(i - 3) == "on" && at(i - 2) == "or" && at(i - 1) == "after")
        return "on_or_after";
    return {};
}

std::string_view normalised_cue(std::string_view c) {
    static constexpr std::string_view known[] = {
        "by",    "until",         "since",       "from",   "starting",   "before",
        "after", "no_later_than", "on_or_after", "within", "attributive"};
    for (auto k : known)
        if (k == c) return k;
    return {};
}

// "by the Group of Seven summit in Canada in mid-June", "before the summit
// next month": a happening the temporal engine cannot place takes the date
// the words right after it give it.
void date_named_happenings(Document& doc, std::vector<bool>& named) {
    named.assign(doc.dates.size(), false);
    auto close = [&](std::size_t a, std::size_t b) {
        if (b < a || b - a > 24) return false;
        int words = 0;
        bool in_word = false;
        for (std::size_t i = a; i < b; ++i) {
            const char ch = doc.text[i];
            if (ch != ' ' && !std::isalpha(static_cast<unsigned char>(ch))) return false;
            const bool alpha = ch != ' ';
            if (alpha && !in_word) ++words;
            in_word = alpha;
        }
        return words <= 3;
    };
    for (std::size_t k = 0; k + 1 < doc.dates.size(); ++k) {
        TimeExpression& x = doc.dates[k];
        const TimeExpression& next = doc.dates[k + 1];
        if (x.type != TimexType::date || x.date.known() || x.value.find("REF") != std::string::npos)
            continue;
        if (next.type != TimexType::date || !next.date.known() || !next.cue.empty() ||
            next.date.granularity == Granularity::reference)
            continue;
        if (!close(x.end, next.begin)) continue;
        named[k] = true;
        x.date = next.date;
        x.value = next.value;
    }
}

void add_date_tags(Document& doc) {
    thread_local std::vector<bool> happening;
    date_named_happenings(doc, happening);
    const auto& tokens = doc.tokens;
    for (std::size_t k = 0; k < doc.dates.size(); ++k) {
        const TimeExpression& x = doc.dates[k];
        if (x.type == TimexType::set) continue;
        if (x.end <= x.begin || x.end > doc.text.size()) continue;
        auto first = std::lower_bound(tokens.begin(), tokens.end(), x.begin,
                                      [](const Token& t, std::size_t b) { return t.end <= b; });
        auto last = std::lower_bound(first, tokens.end(), x.end,
                                     [](const Token& t, std::size_t e) { return t.begin < e; });
        if (first == last) continue;
        Tag t;
        t.first = std::size_t(first - tokens.begin());
        t.last = std::size_t(last - tokens.begin());
        t.ref = static_cast<int>(k);
        t.happening = happening[k];
        if (x.type == TimexType::duration) {
            // "for another year", "for six months": how long, though not in a
            // count of days until a start fixes it (number -1).
            if (!x.duration_days && calendar_months(x.value) == 0) continue;
            t.kind = TagKind::duration;
            t.number = x.duration_days ? *x.duration_days : -1;
        } else {
            // "now", "currently": the moment of writing dates no event.
            if (!x.date.known() || x.date.granularity == Granularity::reference) continue;
            t.kind = TagKind::date;
        }
        t.unit = normalised_cue(x.cue);
        if (t.unit.empty()) t.unit = cue_before(doc, t.first, t.last);
        doc.tags.push_back(t);
    }
}

// "30 billion Canadian dollars", "Swiss francs": a country named inside an
// amount of money is the currency's, not a party, a place or a target.
void drop_names_inside_money(std::vector<Tag>& tags) {
    std::vector<std::pair<std::size_t, std::size_t>> money;
    for (const auto& t : tags)
        if (t.kind == TagKind::money) money.push_back({t.first, t.last});
    if (money.empty()) return;
    tags.erase(std::remove_if(tags.begin(), tags.end(),
                              [&](const Tag& t) {
                                  if (t.kind != TagKind::country &&
                                      t.kind != TagKind::organisation && t.kind != TagKind::place)
                                      return false;
                                  for (auto [a, b] : money)
                                      if (t.first >= a && t.last <= b) return true;
                                  return false;
                              }),
               tags.end());
}

void sort_tags(std::vector<Tag>& tags) {
    auto before = [](const Tag& a, const Tag& b) {
        return a.first != b.first ? a.first < b.first : a.last > b.last;
    };
    // Often already in order (the date tags; the tags after find_people).
    if (std::is_sorted(tags.begin(), tags.end(), before)) return;
    // Each tagger adds its tags in text order, so the tags are a few sorted
    // runs. Merging neighbouring runs, the left one first among equals, until
    // one is left gives what a stable sort gives, in fewer moves. The runs go
    // back and forth between the tags and a per-thread buffer, which after
    // the first article is large enough: no allocation, and the tags keep
    // the room find_people appends into.
    thread_local std::vector<std::size_t> bounds, next;
    thread_local std::vector<Tag> buffer;
    bounds.assign(1, 0);
    for (std::size_t i = 1; i < tags.size(); ++i)
        if (before(tags[i], tags[i - 1])) bounds.push_back(i);
    bounds.push_back(tags.size());
    if (buffer.size() < tags.size()) buffer.resize(tags.size());
    Tag* from = tags.data();
    Tag* to = buffer.data();
    while (bounds.size() > 2) {
        next.assign(1, 0);
        std::size_t r = 0;
        for (; r + 2 < bounds.size(); r += 2) {
            std::merge(from + bounds[r], from + bounds[r + 1], from + bounds[r + 1],
                       from + bounds[r + 2], to + bounds[r], before);
            next.push_back(bounds[r + 2]);
        }
        if (r + 1 < bounds.size()) {
            std::copy(from + bounds[r], from + tags.size(), to + bounds[r]);
            next.push_back(bounds[r + 1]);
        }
        std::swap(from, to);
        bounds.swap(next);
    }
    if (from != tags.data()) std::copy(from, from + tags.size(), tags.data());
}

// Buffers of documents handed back by recycle(), emptied by the next analyse.
struct Spare {
    std::vector<Token> tokens;
    std::vector<Tag> tags;
    std::vector<std::uint32_t> tag_from;
};
thread_local Spare spare;

} // namespace

void recycle(Document&& doc) {
    spare.tokens = std::move(doc.tokens);
    spare.tags = std::move(doc.tags);
    spare.tag_from = std::move(doc.tag_from);
}

Document analyse(std::string_view text, std::vector<TimeExpression> dates, const Rules& rules) {
    return analyse(text, lower_ascii(text), std::move(dates), rules);
}

Document analyse(std::string_view text, std::string lower, std::vector<TimeExpression> dates,
                 const Rules& rules) {
    Document doc;
    doc.text = text;
    doc.lower = std::move(lower);
    doc.tokens = std::move(spare.tokens);
    tokenize(text, doc.tokens);
    assign_words(doc, rules.vocabulary);
    doc.sentences = split_sentences(doc, rules.sentences);
    doc.dates = std::move(dates);
    // Room for the tags news text usually has, so that the taggers' appends
    // rarely move them; capped, so a huge input does not reserve ahead.
    doc.tags = std::move(spare.tags);
    doc.tags.clear();
    doc.tags.reserve(doc.dates.size() + std::min<std::size_t>(doc.tokens.size() / 2, 4096) + 8);
    add_date_tags(doc);
    sort_tags(doc.tags);

    const Gazetteer& g = rules.gazetteer;
    // Kept per thread: the scan's lists are read only while the document is
    // analysed, and an article's would otherwise be allocated and freed.
    thread_local Scan s;
    scan(doc, g, s);
    thread_local TakenNumbers taken;
    taken.assign(s.numbers.size(), false);
    tag_entities(doc, g, s, doc.tags);
    tag_percentages(doc, g, s, taken, doc.tags);
    tag_money(doc, g, s, taken, doc.tags);
    tag_quantities(doc, g, s, taken, doc.tags);
    tag_ordinals(doc, s, taken, doc.tags);
    drop_names_inside_money(doc.tags);
    sort_tags(doc.tags);
    find_people(doc, g, s, rules.people);
    sort_tags(doc.tags);
    doc.tag_from = std::move(spare.tag_from);
    doc.index_tags();
    return doc;
}

std::vector<Person> people_of(const Document& doc) {
    std::vector<Person> out;
    out.reserve(doc.people.size());
    for (const auto& p : doc.people)
        out.push_back(Person{p.name, p.role, p.country});
    return out;
}

std::vector<Event> events_of(const Document& doc, const Rules& rules, const ReferenceTime& ref) {
    return article_events(sentence_events(doc, rules, ref), ref, country_mentions(doc, rules),
                          rules.gazetteer.union_of);
}

} // namespace parley::extract
