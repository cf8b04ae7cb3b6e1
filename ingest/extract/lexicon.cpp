#include "ingest/extract/lexicon.h"

#include "ingest/extract/tokens.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace parley::extract {

namespace {

std::uint64_t load64(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

std::uint64_t load32(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

constexpr std::uint64_t high_bits = 0x8080808080808080ull;

// A hash of a word's bytes, read eight (or four) at a time with overlapping
// loads instead of byte by byte: words are short, and every token of every
// article is hashed. `tail` is the word's last eight bytes (all of them, with
// overlap, for a shorter word), which with the length tells two words of up
// to eight bytes apart without reading them again; `high` collects the
// bytes' top bits, so the caller learns for free whether the word is ASCII.
struct WordKey {
    std::uint64_t hash = 0;
    std::uint64_t tail = 0;
    std::uint64_t high = 0;
};

WordKey word_key(const char* p, std::size_t n) {
    constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
    WordKey key;
    std::uint64_t h = (n + 1) * k;
    std::uint64_t a = 0;
    if (n >= 8) {
        for (; n > 8; p += 8, n -= 8) {
            const std::uint64_t x = load64(p);
            key.high |= x;
            h = (h ^ x) * k;
            h ^= h >> 29;
        }
        a = load64(p + n - 8);
    } else if (n >= 4) {
        a = load32(p) | (load32(p + n - 4) << 32);
    } else if (n > 0) {
        a = std::uint64_t(static_cast<unsigned char>(p[0])) |
            (std::uint64_t(static_cast<unsigned char>(p[n / 2])) << 8) |
            (std::uint64_t(static_cast<unsigned char>(p[n - 1])) << 16);
    }
    key.high |= a;
    key.tail = a;
    // One multiply and a fold: the slot index takes the low bits, which the
    // fold makes depend on every byte.
    h = (h ^ a) * k;
    h ^= h >> 32;
    key.hash = h;
    return key;
}

bool same_bytes(const char* a, const char* b, std::size_t n) {
    for (; n > 8; a += 8, b += 8, n -= 8)
        if (load64(a) != load64(b)) return false;
    return true; // the last eight bytes matched as the tail
}

WordKey word_key(std::string_view w) {
    return word_key(w.data(), w.size());
}

} // namespace

std::uint32_t Vocabulary::intern(std::string_view lower) {
    if (auto id = find(lower)) return id;
    words_.emplace_back(lower);
    auto id = static_cast<std::uint32_t>(words_.size());
    if (2 * words_.size() > slots_.size()) {
        // Grow to twice the slots (at least 1024) and put the words back.
        slots_.assign(std::max<std::size_t>(1024, 2 * slots_.size()), Slot{});
        for (std::uint32_t w = 1; w < id; ++w)
            insert(w);
    }
    insert(id);
    if (lower.size() == 1) one_byte_[static_cast<unsigned char>(lower[0])] = id;
    return id;
}

void Vocabulary::insert(std::uint32_t id) {
    const std::string& word = words_[id - 1];
    const WordKey key = word_key(word);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = key.hash & mask;
    while (slots_[i].id != 0)
        i = (i + 1) & mask;
    slots_[i] = Slot{key.hash, key.tail, id, static_cast<std::uint32_t>(word.size())};
}

std::uint32_t Vocabulary::find(std::string_view lower) const {
    if (slots_.empty()) return 0;
    const WordKey key = word_key(lower);
    return probe(lower.data(), lower.size(), key.hash, key.tail);
}

std::uint32_t Vocabulary::probe(const char* p, std::size_t n, std::uint64_t hash,
                                std::uint64_t tail) const {
    return probe(slots_.data(), slots_.size() - 1, p, n, hash, tail);
}

std::uint32_t Vocabulary::probe(const Slot* slots, std::size_t mask, const char* p, std::size_t n,
                                std::uint64_t hash, std::uint64_t tail) const {
    for (std::size_t i = hash & mask; slots[i].id != 0; i = (i + 1) & mask) {
        const Slot& s = slots[i];
        if (s.hash != hash || s.tail != tail || s.size != n) continue;
        if (n <= 8 || same_bytes(words_[s.id - 1].data(), p, n)) return s.id;
    }
    return 0;
}

// Flattened: the hash and the probe run once per token, and a call to each
// costs about as much as the work.
[[gnu::flatten]] void Vocabulary::assign(std::vector<Token>& tokens, std::string_view lower) const {
    if (slots_.empty()) {
        for (auto& t : tokens)
            t.word = 0;
        return;
    }
    // A typographic apostrophe reads as the plain one data files are written
    // with: "Japan’s" has the possessive "'s", "don’t" the "n't".
    constexpr std::string_view curly = "\u2019";
    // Kept in locals: the stores to the tokens would otherwise make the
    // compiler read them again for every token.
    const Slot* const slots = slots_.data();
    const std::size_t mask = slots_.size() - 1;
    const char* const text = lower.data();
    for (auto& t : tokens) {
        const char* p = text + t.begin;
        const std::size_t n = t.end - t.begin;
        if (n == 1) {
            t.word = one_byte_[static_cast<unsigned char>(*p)];
            continue;
        }
        const WordKey key = word_key(p, n);
        // Only a word with a byte outside ASCII can hold the curly apostrophe.
        std::string_view word(p, n);
        std::size_t at = std::string_view::npos;
        if (!(key.high & high_bits) || (at = word.find(curly)) == std::string_view::npos) {
            t.word = probe(slots, mask, p, n, key.hash, key.tail);
            continue;
        }
        std::string plain(word);
        for (; at != std::string::npos; at = plain.find(curly, at))
            plain.replace(at, curly.size(), "'");
        t.word = find(plain);
    }
}

void assign_words(Document& doc, const Vocabulary& vocabulary) {
    vocabulary.assign(doc.tokens, doc.lower);
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
    // Every token as written, or every one in capitals. Most matches are
    // as written ("China"), and are not read a second time.
    auto every = [&](auto same) {
        for (std::size_t k = 0; k < s.tokens.size(); ++k)
            if (!same(doc.token_text(first + k), s.tokens[k])) return false;
        return true;
    };
    return every([](std::string_view t, std::string_view p) { return t == p; }) ||
           every(equals_upper);
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
        if (node == 0) {
            if (starts_.size() <= w / 64) starts_.resize(w / 64 + 1, 0);
            starts_[w / 64] |= std::uint64_t(1) << (w % 64);
            starts_size_ = starts_.size();
        }
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
        edge_mask_ = size - 1;
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
