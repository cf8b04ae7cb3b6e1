#include "ingest/extract/lexicon.h"

#include "ingest/extract/tokens.h"

#include <algorithm>
#include <bit>

namespace parley::extract {

std::uint32_t Vocabulary::intern(std::string_view lower) {
    if (auto id = find(lower)) return id;
    words_.emplace_back(lower);
    auto id = static_cast<std::uint32_t>(words_.size());
    if (2 * words_.size() > slots_.size()) {
        // Grow to twice the slots (at least 1024) and put the words back.
        slots_.assign(std::max<std::size_t>(1024, 2 * slots_.size()), Slot{});
        for (std::uint32_t w = 1; w < id; ++w)
            insert(std::hash<std::string_view>{}(words_[w - 1]), w);
    }
    insert(std::hash<std::string_view>{}(lower), id);
    return id;
}

void Vocabulary::insert(std::size_t hash, std::uint32_t id) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    while (slots_[i].id != 0)
        i = (i + 1) & mask;
    slots_[i] = Slot{hash, id};
}

std::uint32_t Vocabulary::find(std::string_view lower) const {
    if (slots_.empty()) return 0;
    const std::size_t hash = std::hash<std::string_view>{}(lower);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask; slots_[i].id != 0; i = (i + 1) & mask)
        if (slots_[i].hash == hash && words_[slots_[i].id - 1] == lower) return slots_[i].id;
    return 0;
}

void assign_words(Document& doc, const Vocabulary& vocabulary) {
    // A typographic apostrophe reads as the plain one data files are written
    // with: "Japan’s" has the possessive "'s", "don’t" the "n't".
    constexpr std::string_view curly = "\u2019";
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
        std::string_view lower = doc.token_lower(i);
        auto at = lower.find(curly);
        if (at == std::string_view::npos) {
            doc.tokens[i].word = vocabulary.find(lower);
            continue;
        }
        std::string plain(lower);
        for (; at != std::string::npos; at = plain.find(curly, at))
            plain.replace(at, curly.size(), "'");
        doc.tokens[i].word = vocabulary.find(plain);
    }
}

std::vector<std::string> phrase_tokens(std::string_view phrase) {
    std::vector<std::string> out;
    for (const auto& t : tokenize(phrase))
        out.emplace_back(phrase.substr(t.begin, t.end - t.begin));
    return out;
}

namespace {

bool equals_upper(std::string_view text, std::string_view pattern) {
    if (text.size() != pattern.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char p = pattern[i];
        if (p >= 'a' && p <= 'z') p = static_cast<char>(p - 'a' + 'A');
        if (text[i] != p) return false;
    }
    return true;
}

} // namespace

bool case_matches(const Document& doc, std::size_t first, const Surface& s) {
    if (!s.case_sensitive) return true;
    bool as_written = true;
    bool in_capitals = true;
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
        std::string_view t = doc.token_text(first + k);
        if (t != s.tokens[k]) as_written = false;
        if (!equals_upper(t, s.tokens[k])) in_capitals = false;
        if (!as_written && !in_capitals) return false;
    }
    return true;
}

void PhraseTable::add(Vocabulary& vocabulary, std::string_view phrase, std::uint32_t payload) {
    auto tokens = phrase_tokens(phrase);
    if (tokens.empty()) return;
    Surface surface;
    surface.tokens = tokens;
    for (const auto& t : tokens)
        for (char c : t)
            if (c >= 'A' && c <= 'Z') surface.case_sensitive = true;
    std::uint32_t node = 0;
    for (const auto& t : tokens) {
        std::uint32_t w = vocabulary.intern(lower_ascii(t));
        std::uint32_t next = child(node, w);
        if (next == 0) {
            next = static_cast<std::uint32_t>(nodes_.size());
            nodes_.emplace_back();
            insert_edge(key(node, w), next);
        }
        node = next;
    }
    auto idx = static_cast<std::uint32_t>(surfaces_.size());
    surfaces_.push_back(std::move(surface));
    nodes_[node].emplace_back(payload, idx);
}

void PhraseTable::insert_edge(std::uint64_t k, std::uint32_t child_node) {
    if (2 * (edge_count_ + 1) > edges_.size()) {
        // Grow to twice the slots (at least 64) and put the edges back.
        std::vector<Edge> old = std::move(edges_);
        const std::size_t size = std::max<std::size_t>(64, 2 * old.size());
        edges_.assign(size, Edge{});
        edge_shift_ = 64 - std::countr_zero(size);
        edge_count_ = 0;
        for (const auto& e : old)
            if (e.key != 0) insert_edge(e.key, e.node);
    }
    std::size_t i = slot(k);
    while (edges_[i].key != 0)
        i = (i + 1) & (edges_.size() - 1);
    edges_[i] = Edge{k, child_node};
    ++edge_count_;
}

} // namespace parley::extract
