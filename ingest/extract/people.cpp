#include "ingest/extract/people.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace parley::extract {

namespace {

struct RolePhrase {
    std::size_t first = 0; // the words of the role ("top tariff negotiator")
    std::size_t last = 0;
    std::size_t outer = 0; // where it starts with its country ("Japan 's top …")
    std::string text;
    std::string country;
    bool office = true;
    bool default_country = false; // the country is the office's default, not the text's
};

struct Mention {
    std::size_t first = 0;
    std::size_t last = 0;
    int known = -1; // gazetteer person
    bool linked = false;
    long role = -1;      // index into the article's role phrases
    std::string country; // the side a relative clause says the person leads
};

// Names to person indexes, keyed by views of names that outlive the index.
// Open addressing with linear probing: no node or copy per name.
class NameIndex {
public:
    // Empties the index, with room for `expected` names; the slots' buffer
    // stays, so an index kept from article to article allocates rarely.
    void reset(std::size_t expected) {
        std::size_t size = 16;
        while (size < 2 * expected)
            size *= 2;
        slots_.assign(size, Slot{});
        count_ = 0;
    }

    // Adds `name` for `person` unless the name is there already.
    void emplace(std::string_view name, std::size_t person) {
        if (2 * (count_ + 1) > slots_.size()) rehash(std::max<std::size_t>(16, 2 * slots_.size()));
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = std::hash<std::string_view>{}(name)&mask;; i = (i + 1) & mask) {
            Slot& s = slots_[i];
            if (s.person == empty) {
                s = Slot{name, person};
                ++count_;
                return;
            }
            if (s.name == name) return;
        }
    }

    const std::size_t* find(std::string_view name) const {
        if (slots_.empty()) return nullptr;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = std::hash<std::string_view>{}(name)&mask;; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (s.person == empty) return nullptr;
            if (s.name == name) return &s.person;
        }
    }

private:
    static constexpr std::size_t empty = static_cast<std::size_t>(-1);
    struct Slot {
        std::string_view name;
        std::size_t person = empty;
    };

    void rehash(std::size_t size) {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(size, Slot{});
        count_ = 0;
        for (const Slot& s : old)
            if (s.person != empty) emplace(s.name, s.person);
    }

    std::vector<Slot> slots_;
    std::size_t count_ = 0;
};

// The working lists of a PeopleFinder, kept per thread and emptied for each
// article: an article needs a dozen, and allocating and freeing each anew
// cost more than filling it.
struct PeopleScratch {
    std::vector<int> tag_at;
    std::vector<std::size_t> role_starts;
    std::vector<RolePhrase> roles;
    std::vector<Mention> mentions;
    NameIndex by_name;
    NameIndex surname;
    std::vector<std::pair<std::string_view, std::size_t>> names;
    std::vector<int> known_of;
    std::vector<long> person_of;
    std::vector<char> default_country;     // per person: the country came from an office's default
    std::vector<std::size_t> named_bodies; // tags of organisations of several words and a country
    std::string name;
    std::vector<Tag> added_tags;
};

class PeopleFinder {
public:
    PeopleFinder(Document& doc, const Gazetteer& g, const Scan& s, const PeopleRules& r,
                 PeopleScratch& scratch)
        : doc_(doc), g_(g), s_(s), r_(r), scratch_(scratch), tag_at_(scratch.tag_at),
          role_starts_(scratch.role_starts), roles_(scratch.roles), by_name_(scratch.by_name) {
        const auto n = doc.tokens.size();
        role_starts_.clear();
        roles_.clear();
        by_name_.reset(0);
        tag_at_.assign(n, -1);
        for (std::size_t k = 0; k < doc.tags.size(); ++k) {
            const Tag& t = doc.tags[k];
            for (std::size_t i = t.first; i < t.last && i < n; ++i)
                if (tag_at_[i] < 0 || t.kind == TagKind::role) tag_at_[i] = static_cast<int>(k);
            if (t.kind == TagKind::role && t.first < n) role_starts_.push_back(t.first);
        }
        scratch.named_bodies.clear();
        for (std::size_t k = 0; k < doc.tags.size(); ++k) {
            const Tag& t = doc.tags[k];
            if (t.kind == TagKind::organisation && !t.code.empty() && t.last - t.first >= 2 &&
                t.last <= n)
                scratch.named_bodies.push_back(k);
        }
        std::sort(role_starts_.begin(), role_starts_.end());
        role_starts_.erase(std::unique(role_starts_.begin(), role_starts_.end()),
                           role_starts_.end());
    }

    void run() {
        std::vector<Mention>& mentions = scratch_.mentions;
        mentions.clear();
        for (const auto& sentence : doc_.sentences) {
            std::size_t role_start = roles_.size();
            find_roles(sentence, roles_);
            std::size_t mention_start = mentions.size();
            find_names(sentence, mentions);
            for (std::size_t m = mention_start; m < mentions.size(); ++m)
                link(mentions[m], role_start);
        }
        resolve(mentions);
    }

private:
    bool function_word(std::size_t i) const {
        return r_.function_words.contains(doc_.tokens[i].word);
    }

    const Tag* tag(std::size_t i) const {
        return tag_at_[i] >= 0 ? &doc_.tags[std::size_t(tag_at_[i])] : nullptr;
    }

    bool is_person_entry(std::size_t i) const {
        return entry_at(s_, g_, i, EntryKind::person) != nullptr;
    }

    // A word that may stand in a role's modifiers: "Commerce", "top", "tariff".
    bool modifier(std::size_t i) const {
        const Token& t = doc_.tokens[i];
        if (t.shape != TokenShape::word || function_word(i) || is_person_entry(i)) return false;
        if (const Tag* k = tag(i)) return k->kind == TagKind::role || k->kind == TagKind::product;
        std::string_view s = doc_.token_text(i);
        return !(s.size() > 1 && s.back() == '.');
    }

    void find_roles(const Sentence& sentence, std::vector<RolePhrase>& roles) {
        // A role phrase starts where a role tag does: visit those tokens only.
        auto it = std::lower_bound(role_starts_.begin(), role_starts_.end(), sentence.first);
        for (std::size_t resume = sentence.first; it != role_starts_.end() && *it < sentence.last;
             ++it) {
            const std::size_t i = *it;
            if (i < resume) continue; // inside the role phrase before
            const Tag* t = tag(i);
            if (!t || t->kind != TagKind::role || t->first != i) continue;
            // Take the last of adjacent role tags as the head: "Vice Premier".
            std::size_t head_last = t->last;
            while (head_last < sentence.last) {
                const Tag* next = tag(head_last);
                if (!next || next->kind != TagKind::role || next->first != head_last) break;
                head_last = next->last;
            }
            const Role& head = g_.roles[std::size_t(tag(head_last - 1)->ref)];
            RolePhrase p;
            p.last = head_last;
            p.office = head.office;
            std::size_t first = i;
            int grown = 0;
            // Titles before a name are capitalised ("Commerce Secretary"); a
            // description in apposition is not ("top tariff negotiator"): the
            // role grows over words written like its head.
            const bool capital_head = doc_.tokens[i].upper_initial;
            while (first > sentence.first && grown < 4) {
                std::size_t prev = first - 1;
                if (modifier(prev) && doc_.tokens[prev].upper_initial == capital_head) {
                    --first;
                    ++grown;
                    continue;
                }
                // "Business and Trade Secretary": modifiers joined by "and"; a
                // bare head after "and" starts a role of its own ("President Lee
                // Jae Myung and President Donald Trump").
                if (grown > 0 && doc_.token_lower(prev) == "and" && prev > sentence.first &&
                    doc_.tokens[first].upper_initial && doc_.tokens[prev - 1].upper_initial &&
                    modifier(prev - 1)) {
                    first = prev - 1;
                    grown += 2;
                    continue;
                }
                break;
            }
            p.first = first;
            p.outer = first;
            std::size_t text_first = first;
            // A country before the role: "U.S. Trade Representative", "Japan's top negotiator".
            if (first > sentence.first) {
                std::size_t prev = first - 1;
                if (doc_.possessive_mark(prev)) {
                    if (prev > sentence.first) {
                        const Tag* c = tag(prev - 1);
                        if (c && c->kind == TagKind::country && c->last == prev) {
                            p.country = std::string(c->code);
                            p.outer = c->first;
                        }
                    }
                } else if (const Tag* c = tag(prev);
                           c &&
                           (c->kind == TagKind::country ||
                            // A government body speaks for its country
                            // whatever the title: "White House spokesman".
                            (c->kind == TagKind::organisation && !c->code.empty()) ||
                            ((c->kind == TagKind::organisation || c->kind == TagKind::place) &&
                             capital_head)) &&
                           c->last == first) {
                    // "U.S. Trade Representative", "European Commission President",
                    // "Ontario Premier", "White House spokesman"
                    p.country = std::string(c->code);
                    p.outer = c->first;
                    text_first = c->first;
                    // "Deputy U.S. Trade Representative": a title word before it.
                    if (c->first > sentence.first && modifier(c->first - 1) &&
                        doc_.tokens[c->first - 1].upper_initial && capital_head) {
                        p.outer = c->first - 1;
                        text_first = c->first - 1;
                    }
                }
            }
            // "the general secretary of Vietnam's Communist Party", "the
            // president of the European Commission": a country after "of".
            if (p.country.empty() && is(head_last, "of")) {
                std::size_t k = head_last + 1;
                if (is(k, "the")) ++k;
                if (const Tag* c = k < sentence.last ? tag(k) : nullptr;
                    c && c->first == k &&
                    (c->kind == TagKind::country || c->kind == TagKind::organisation))
                    p.country = std::string(c->code);
            }
            if (p.country.empty() && first > sentence.first) p.country = short_body(first - 1);
            if (p.country.empty()) {
                p.country = head.country;
                p.default_country = !p.country.empty();
            }
            p.text = std::string(doc_.span_text(text_first, p.last));
            roles.push_back(std::move(p));
            resume = head_last;
        }
    }

    // "the European Commission said ... Commission spokesman Olof Gill": after
    // its full name, news calls a body by its last word. The country of the
    // body named so earlier in the article, if only one was.
    std::string short_body(std::size_t i) const {
        const Token& t = doc_.tokens[i];
        if (t.shape != TokenShape::word || !t.upper_initial || tag(i) || function_word(i))
            return {};
        std::string_view code;
        for (std::size_t k : scratch_.named_bodies) {
            const Tag& b = doc_.tags[k];
            if (b.last > i) continue;
            if (doc_.tokens[b.last - 1].word != t.word) continue;
            if (!code.empty() && code != b.code) return {};
            code = b.code;
        }
        return std::string(code);
    }

    bool determiner(std::size_t i) const {
        static constexpr std::string_view words[] = {"the", "a",    "an",    "this", "that",
                                                     "his", "her",  "its",   "our",  "their",
                                                     "my",  "your", "these", "those"};
        const auto w = doc_.token_lower(i);
        return std::find(std::begin(words), std::end(words), w) != std::end(words);
    }

    bool name_token(std::size_t i) const {
        const Token& t = doc_.tokens[i];
        if (t.shape != TokenShape::word || !t.upper_initial || function_word(i)) return false;
        if (tag(i) != nullptr) return false;
        std::string_view s = doc_.token_text(i);
        if (t.all_caps && s.size() > 2) return false;
        if (s.size() > 1 && s.back() == '.') return false; // "U.S."
        return true;
    }

    void find_names(const Sentence& sentence, std::vector<Mention>& out) {
        // In locals: the appends to `out` would make each token's tests
        // load them again.
        const Token* const tokens = doc_.tokens.data();
        const int* const lex_at = s_.lex_at.data();
        const std::size_t lex_size = s_.lex_at.size();
        for (std::size_t i = sentence.first; i < sentence.last;) {
            if (i < lex_size && lex_at[i] >= 0) {
                const LexMatch& m = s_.lex[std::size_t(lex_at[i])];
                if (g_.entries[m.entry].kind == EntryKind::person) {
                    out.push_back(
                        Mention{i, m.last, int(g_.entries[m.entry].index), false, -1, {}});
                    i = m.last;
                    continue;
                }
            }
            // Both kinds of name start with a capital.
            if (!tokens[i].upper_initial) {
                ++i;
                continue;
            }
            // "spoke with To Lam": a capitalised function word inside the
            // sentence, other than an article or a possessive, that a name
            // follows begins the name.
            const bool function_word_name = i > sentence.first && i + 1 < sentence.last &&
                                            doc_.tokens[i].upper_initial && function_word(i) &&
                                            !determiner(i) && name_token(i + 1) &&
                                            doc_.tokens[i - 1].shape == TokenShape::word;
            if (!name_token(i) && !function_word_name) {
                ++i;
                continue;
            }
            std::size_t j = i + 1;
            while (j < sentence.last && j - i < 6) {
                if (name_token(j)) {
                    ++j;
                } else if (doc_.token_text(j) == "." && doc_.tokens[j].gap == Gap::none &&
                           doc_.token_text(j - 1).size() == 1) {
                    ++j; // an initial: "Donald J. Trump"
                } else if (doc_.token_text(j) == "-" && doc_.tokens[j].gap == Gap::none &&
                           j + 1 < sentence.last && name_token(j + 1) &&
                           doc_.tokens[j + 1].gap == Gap::none) {
                    j += 2; // "Keller-Sutter", "Lee Jae-myung"
                } else if (j + 2 < sentence.last && doc_.tokens[j].upper_initial &&
                           doc_.tokens[j].shape == TokenShape::word &&
                           doc_.token_text(j + 1) == "-" && doc_.tokens[j + 1].gap == Gap::none &&
                           doc_.tokens[j + 2].shape == TokenShape::word &&
                           doc_.tokens[j + 2].gap == Gap::none) {
                    j += 3; // "Cheong In-kyo": a given name whose first part is a word
                } else if (r_.particles.contains(doc_.tokens[j].word) && j + 1 < sentence.last &&
                           name_token(j + 1)) {
                    ++j;
                } else if (j + 1 < sentence.last && doc_.tokens[j].gap == Gap::none &&
                           doc_.token_text(j) == "-" &&
                           doc_.tokens[j + 1].shape == TokenShape::word &&
                           !doc_.tokens[j + 1].upper_initial) {
                    j += 2; // "Jae-myung"
                } else {
                    break;
                }
            }
            while (j > i + 1 && doc_.token_text(j - 1) == ".")
                --j;
            out.push_back(Mention{i, j, -1, false, -1, {}});
            i = j;
        }
    }

    bool is(std::size_t i, std::string_view lower) const {
        return i < doc_.tokens.size() && doc_.token_lower(i) == lower;
    }

    void link(Mention& m, std::size_t role_start) {
        for (std::size_t k = role_start; k < roles_.size(); ++k) {
            const RolePhrase& r = roles_[k];
            bool ok = false;
            if (r.last == m.first) ok = true;                        // Role Name
            if (r.last + 1 == m.first && is(r.last, ",")) ok = true; // Role, Name
            std::size_t j = m.last;
            if (is(j, ",")) {
                ++j;
                if (is(j, "who") && j + 1 < doc_.tokens.size() &&
                    r_.copulas.contains(doc_.tokens[j + 1].word)) {
                    j += 2;
                    if (is(j, "as")) ++j;
                }
                if (is(j, "the") || is(j, "a") || is(j, "an")) ++j;
                // "Chequers, the prime minister's country residence": a role
                // that owns what follows is someone else's.
                const bool owner = doc_.possessive_mark(r.last);
                // "Starmer, European Commission President Ursula von der
                // Leyen and ...": a title followed by a name is that name's.
                const bool before_name = r.last < doc_.tokens.size() &&
                                         doc_.tokens[r.last].shape == TokenShape::word &&
                                         doc_.tokens[r.last].upper_initial;
                if (r.outer == j && !owner && !before_name) ok = true; // Name, Role
            }
            if (ok && m.role < 0) {
                m.role = long(k);
                m.linked = true;
            }
        }
        m.country = led_country(m);
        if (m.country.empty()) m.country = led_by_country(m);
        // "Mr. Akazawa"
        if (m.first > 0 && (doc_.token_text(m.first - 1) == "." && m.first > 1 &&
                            r_.honorifics.contains(doc_.tokens[m.first - 2].word)))
            m.linked = true;
        if (m.first > 0 && r_.honorifics.contains(doc_.tokens[m.first - 1].word)) m.linked = true;
    }

    // "Alckmin, who leads Brazil's negotiating team": the country whose side
    // the person leads. None when another word stands between.
    std::string led_country(const Mention& m) const {
        std::size_t j = m.last;
        if (!is(j, ",") || !is(j + 1, "who") || j + 3 >= doc_.tokens.size()) return {};
        if (!g_.lead_verbs.contains(doc_.tokens[j + 2].word)) return {};
        const Tag* c = tag(j + 3);
        if (!c || c->kind != TagKind::country || c->first != j + 3) return {};
        if (!doc_.possessive_mark(c->last)) return {};
        return std::string(c->code);
    }

    // "Trade Secretary Cristina Roque said on Wednesday that Manila would keep
    // pressing", "Kim, the presidential policy chief, told reporters that Seoul
    // had rejected": an official who names a government by its seat, as the
    // subject of their reported words, speaks for it. A country's name there
    // does not tell ("Trump said India will pay"): only the seat counts, and
    // only when it opens the clause after the verb of saying, before any comma
    // or other name.
    std::string speaks_for(const Mention& m, const std::vector<RolePhrase>& roles) const {
        std::size_t j = m.last;
        if (m.role >= 0) {
            const RolePhrase& r = roles[std::size_t(m.role)];
            if (r.first >= m.last) j = r.last; // "Name, the role, said"
        }
        if (is(j, ",")) ++j;
        const std::size_t n = doc_.tokens.size();
        if (j >= n || !g_.speech_verbs.contains(doc_.tokens[j].word)) return {};
        for (std::size_t k = j + 1; k < n && k <= j + 6; ++k) {
            if (doc_.tokens[k].shape != TokenShape::word) return {};
            const Tag* t = tag(k);
            if (!t || t->kind == TagKind::date) continue;
            if (t->kind != TagKind::country || t->first != k || t->form != CountryForm::capital ||
                t->last >= n || !g_.clause_verbs.contains(doc_.tokens[t->last].word))
                return {};
            return std::string(t->code);
        }
        return {};
    }

    // "Indian negotiators headed by Rajesh Agrawal", "The Indian team was led
    // by Commerce Secretary Rajesh Agrawal": a side named by its country's
    // adjective, a word or two, and a verb of leading with "by" before the
    // person (or before the title before the name).
    std::string led_by_country(const Mention& m) const {
        std::size_t s = m.first;
        if (m.role >= 0 && roles_[std::size_t(m.role)].last == m.first)
            s = roles_[std::size_t(m.role)].outer;
        if (s < 3 || !is(s - 1, "by") || !g_.lead_verbs.contains(doc_.tokens[s - 2].word))
            return {};
        std::size_t k = s - 3; // the last word before the verb
        if (r_.copulas.contains(doc_.tokens[k].word) || is(k, "were")) {
            if (k == 0) return {};
            --k;
        }
        // Back over the noun of the side ("team", "trade negotiators").
        for (int words = 0; words < 2; ++words) {
            const Tag* c = tag(k);
            if (c && c->kind == TagKind::country && c->last == k + 1) {
                if (c->form != CountryForm::adjective) return {};
                return std::string(c->code);
            }
            if (c || doc_.tokens[k].shape != TokenShape::word || doc_.tokens[k].upper_initial ||
                k == 0)
                return {};
            --k;
        }
        const Tag* c = tag(k);
        if (c && c->kind == TagKind::country && c->last == k + 1 &&
            c->form == CountryForm::adjective)
            return std::string(c->code);
        return {};
    }

    static std::string_view last_word(std::string_view name) {
        auto sp = name.find_last_of(' ');
        return sp == std::string_view::npos ? name : name.substr(sp + 1);
    }

    static std::string_view first_word(std::string_view name) {
        return name.substr(0, name.find(' '));
    }

    // The person named `name`, added when new. Returns the index and sets
    // `stored` to the name as doc_.people keeps it.
    std::size_t person_index(std::string_view name, std::size_t first, std::string_view& stored) {
        std::size_t idx = doc_.people.size();
        if (const std::size_t* known = by_name_.find(name)) {
            idx = *known;
        } else {
            PersonRecord p;
            p.name = std::string(name);
            p.first_mention = first;
            doc_.people.push_back(std::move(p));
            by_name_.emplace(doc_.people[idx].name, idx);
        }
        stored = doc_.people[idx].name;
        return idx;
    }

    void give_role(std::size_t idx, const RolePhrase& r) {
        PersonRecord& p = doc_.people[idx];
        char& by_default = scratch_.default_country[idx];
        bool better = p.role.empty() || (r.office && !p.role_is_title);
        if (better) {
            p.role = r.text;
            p.role_is_title = r.office;
            // A country the text gave ("India's top negotiator") outranks an
            // office's default ("who serves as commerce secretary").
            if (!r.country.empty() && (!r.default_country || p.country.empty() || by_default)) {
                p.country = r.country;
                by_default = r.default_country;
            }
        }
        if (p.country.empty() && !r.country.empty()) {
            p.country = r.country;
            by_default = r.default_country;
        }
    }

    static bool same_text(std::string_view a, std::string_view b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
            return std::tolower(static_cast<unsigned char>(x)) ==
                   std::tolower(static_cast<unsigned char>(y));
        });
    }

    // An office's default country is a guess the gazetteer can refute: when it
    // names someone else as that country's holder of the office ("Commerce
    // Secretary" is Lutnick's), a stranger with that title serves elsewhere.
    bool office_held_by_other(const PersonRecord& p) const {
        for (const KnownPerson& kp : g_.people)
            if (kp.country == p.country && kp.name != p.name && same_text(kp.role, p.role))
                return true;
        return false;
    }

    // Into `out`, reusing its buffer.
    void name_text(const Mention& m, std::string& out) const {
        // Collapse the spacing of the text's own words ("Donald  Trump").
        out.clear();
        for (std::size_t i = m.first; i < m.last; ++i) {
            if (i > m.first && doc_.tokens[i].gap != Gap::none) out += ' ';
            out += doc_.token_text(i);
        }
    }

    void resolve(std::vector<Mention>& mentions) {
        const std::size_t tags_before = doc_.tags.size();
        // Every person comes from a mention, so this many never reallocate,
        // and the indexes below may view the names doc_.people keeps.
        doc_.people.reserve(doc_.people.size() + mentions.size());
        by_name_.reset(mentions.size());
        NameIndex& surname = scratch_.surname;
        surname.reset(2 * mentions.size());
        auto& names = scratch_.names;
        names.clear();
        auto& known_of = scratch_.known_of;
        known_of.assign(doc_.people.size() + mentions.size(), -1);
        auto& person_of = scratch_.person_of;
        person_of.assign(mentions.size(), -1);
        auto& default_country = scratch_.default_country;
        default_country.assign(doc_.people.size() + mentions.size(), 0);
        // Full names first: the gazetteer's and the ones the text gives a role.
        std::string& name = scratch_.name;
        for (std::size_t k = 0; k < mentions.size(); ++k) {
            const Mention& m = mentions[k];
            if (m.known >= 0)
                name = g_.people[std::size_t(m.known)].name;
            else if (m.linked && m.last - m.first >= 2)
                name_text(m, name);
            else
                continue;
            std::string_view stored;
            std::size_t idx = person_index(name, m.first, stored);
            person_of[k] = long(idx);
            if (m.known >= 0) known_of[idx] = m.known;
            surname.emplace(last_word(stored), idx);
            names.emplace_back(first_word(stored), idx);
        }
        // A family name written first ("Park Min-jun"): the first word alone
        // names the person when no surname claims it.
        for (const auto& [first, idx] : names)
            surname.emplace(first, idx);
        // Then single names: a surname met before or after, else a name the text gave a role.
        for (std::size_t k = 0; k < mentions.size(); ++k) {
            if (person_of[k] >= 0) continue;
            const Mention& m = mentions[k];
            name_text(m, name);
            std::string_view stored;
            if (const std::size_t* idx = surname.find(name))
                person_of[k] = long(*idx);
            else if (m.linked)
                person_of[k] = long(person_index(name, m.first, stored));
        }
        for (std::size_t k = 0; k < mentions.size(); ++k) {
            if (person_of[k] < 0) continue;
            auto idx = std::size_t(person_of[k]);
            if (mentions[k].role >= 0) give_role(idx, roles_[std::size_t(mentions[k].role)]);
            Tag t;
            t.first = mentions[k].first;
            t.last = mentions[k].last;
            t.kind = TagKind::person;
            t.ref = static_cast<int>(idx);
            doc_.tags.push_back(t);
        }
        // What a person leads outranks an office's default, never a country
        // the text put before a title.
        for (std::size_t k = 0; k < mentions.size(); ++k) {
            if (person_of[k] < 0 || mentions[k].country.empty()) continue;
            auto idx = std::size_t(person_of[k]);
            PersonRecord& p = doc_.people[idx];
            if (p.country.empty() || default_country[idx]) {
                p.country = mentions[k].country;
                default_country[idx] = 0;
            }
        }
        // What the person's reported words make their government fills a
        // country nothing else gave.
        for (std::size_t k = 0; k < mentions.size(); ++k) {
            if (person_of[k] < 0) continue;
            auto idx = std::size_t(person_of[k]);
            if (known_of[idx] >= 0 || !doc_.people[idx].country.empty()) continue;
            doc_.people[idx].country = speaks_for(mentions[k], roles_);
        }
        for (std::size_t idx = 0; idx < doc_.people.size(); ++idx)
            if (default_country[idx] && known_of[idx] < 0 && office_held_by_other(doc_.people[idx]))
                doc_.people[idx].country.clear();
        // What the gazetteer knows fills what the text left out.
        for (std::size_t idx = 0; idx < doc_.people.size(); ++idx) {
            const int known = known_of[idx];
            if (known < 0) continue;
            PersonRecord& p = doc_.people[idx];
            const KnownPerson& kp = g_.people[std::size_t(known)];
            if (p.role.empty()) {
                p.role = kp.role;
                p.role_is_title = true;
            }
            // An office's default country is a guess; the gazetteer knows
            // ("Commerce Secretary Rajesh Agrawal" is India's).
            if (p.country.empty() || default_country[idx]) p.country = kp.country;
        }
        if (const std::string_view home = dateline_country(); !home.empty())
            for (auto& p : doc_.people)
                if (p.country.empty()) p.country = std::string(home);
        merge_tags(tags_before);
    }

    // "COLOMBO (Lanka Wire) --": someone the text gives no country, quoted in
    // a story filed from a country's city, is most often of that country. Not
    // from Brussels: the union's seat hosts every member's ministers.
    std::string_view dateline_country() const {
        if (doc_.sentences.empty() || doc_.sentences.front().first == 0) return {};
        std::string_view out;
        for (const Tag& t : doc_.tags) {
            if (t.first >= doc_.sentences.front().first) break;
            if ((t.kind != TagKind::country && t.kind != TagKind::place) || t.code.empty())
                continue;
            if (!out.empty() && out != t.code) return {};
            out = t.code;
        }
        return out == "EUU" ? std::string_view{} : out;
    }

    // Sorts the tags by first token, longest first, keeping the order of
    // equals. The tags before `from` came sorted and the person tags after
    // it follow the text, so merging them from the back, in place, does what
    // a full stable sort would.
    void merge_tags(std::size_t from) {
        auto& tags = doc_.tags;
        auto before = [](const Tag& a, const Tag& b) {
            return a.first != b.first ? a.first < b.first : a.last > b.last;
        };
        const auto mid = tags.begin() + static_cast<std::ptrdiff_t>(from);
        if (!std::is_sorted(tags.begin(), mid, before) ||
            !std::is_sorted(mid, tags.end(), before)) {
            std::stable_sort(tags.begin(), tags.end(), before);
            return;
        }
        if (mid == tags.end() || mid == tags.begin() || !before(*mid, *(mid - 1))) return;
        std::vector<Tag>& added = scratch_.added_tags;
        added.assign(mid, tags.end());
        std::size_t i = from, j = added.size(), k = tags.size();
        // Among equals the earlier tag stays first: take the added one.
        while (j > 0) {
            if (i > 0 && before(added[j - 1], tags[i - 1]))
                tags[--k] = tags[--i];
            else
                tags[--k] = added[--j];
        }
    }

    Document& doc_;
    const Gazetteer& g_;
    const Scan& s_;
    const PeopleRules& r_;
    PeopleScratch& scratch_;
    std::vector<int>& tag_at_;
    std::vector<std::size_t>& role_starts_; // tokens where a role tag starts, in order
    std::vector<RolePhrase>& roles_;
    NameIndex& by_name_;
};

} // namespace

void find_people(Document& doc, const Gazetteer& g, const Scan& s, const PeopleRules& rules) {
    thread_local PeopleScratch scratch;
    PeopleFinder(doc, g, s, rules, scratch).run();
}

} // namespace parley::extract
