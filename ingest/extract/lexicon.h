#pragma once
// Words and phrases of the data files, matched over tokens. Every data word
// gets an id once at load; an article's tokens are looked up once each, and
// phrases are walked through a trie of ids. A phrase written with a capital
// ("US", "Turkey") matches only as written or in capitals; one written in
// lower case ("steel") matches in any case.

#include "ingest/extract/document.h"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::extract {

class Vocabulary {
public:
    // The id of a lower-case word, adding it when new. Ids start at 1.
    std::uint32_t intern(std::string_view lower);
    // 0 when the word is not in any data file.
    std::uint32_t find(std::string_view lower) const;
    std::size_t size() const { return words_.size(); }

    // Gives every token its id, reading its lower-case form from `lower`.
    void assign(std::vector<Token>& tokens, std::string_view lower) const;

private:
    // Words by id - 1, and an open-addressed index of them (linear probing, a
    // power of two slots, at most half full) keeping each word's hash, last
    // eight bytes and length: find() runs for every token of every article,
    // and those settle a word of up to eight bytes without reading it.
    struct Slot {
        std::uint64_t hash = 0;
        std::uint64_t tail = 0;
        std::uint32_t id = 0; // 0: empty
        std::uint32_t size = 0;
    };
    void insert(std::uint32_t id);
    std::uint32_t probe(const char* p, std::size_t n, std::uint64_t hash, std::uint64_t tail) const;
    std::uint32_t probe(const Slot* slots, std::size_t mask, const char* p, std::size_t n,
                        std::uint64_t hash, std::uint64_t tail) const;

    std::vector<std::string> words_;
    std::vector<Slot> slots_;
    // The ids of the one-byte words, by their byte: punctuation and the
    // like, a good part of every article's tokens, need no hash.
    std::array<std::uint32_t, 256> one_byte_{};
};

// A set of vocabulary ids, one bit an id: the taggers ask it of token after
// token, and a bit costs less to read than a hash set's bucket.
class WordIds {
public:
    void insert(std::uint32_t word) {
        if (bits_.size() <= word / 64) bits_.resize(word / 64 + 1, 0);
        bits_[word / 64] |= std::uint64_t(1) << (word % 64);
    }
    bool contains(std::uint32_t word) const {
        return word / 64 < bits_.size() && (bits_[word / 64] >> (word % 64) & 1);
    }

private:
    std::vector<std::uint64_t> bits_;
};

// Gives every token of `doc` its vocabulary id.
void assign_words(Document& doc, const Vocabulary& vocabulary);

// A phrase's tokens as written, to check case after the trie matched it.
struct Surface {
    std::vector<std::string> tokens;
    bool case_sensitive = false;
};

// Token texts of a phrase from a data file (tokenised as article text is).
std::vector<std::string> phrase_tokens(std::string_view phrase);

// Whether tokens [first, first + s.tokens.size()) of `doc` are written as `s`
// allows.
bool case_matches(const Document& doc, std::size_t first, const Surface& s);

// Phrases of ids mapped to payloads (indices the owner gives meaning to).
class PhraseTable {
public:
    // Adds `phrase` (tokenised, interned in `vocabulary`) with `payload`.
    void add(Vocabulary& vocabulary, std::string_view phrase, std::uint32_t payload);

    // Calls f(end, payload, surface) for every phrase that starts at token
    // `first` and ends at or before `limit`, from the longest to the shortest.
    // Returning true from f stops the search.
    template <typename F>
    void match(const Document& doc, std::size_t first, std::size_t limit, F&& f) const {
        Walk w;
        walk(doc, first, limit, w);
        for (int k = w.count - 1; k >= 0; --k)
            for (const auto& [payload, surface] : nodes_[w.found[k]])
                if (written_as(doc, first, surface) && f(w.ends[k], payload, surfaces_[surface]))
                    return;
    }

    // Calls f(end, payload) for every phrase of the longest length that
    // starts at token `first`, ends at or before `limit` and is written as
    // its surface allows, in the order match() would; shorter phrases are
    // not looked at.
    template <typename F>
    void match_longest(const Document& doc, std::size_t first, std::size_t limit, F&& f) const {
        Walk w;
        walk(doc, first, limit, w);
        for (int k = w.count - 1; k >= 0; --k) {
            bool any = false;
            for (const auto& [payload, surface] : nodes_[w.found[k]])
                if (written_as(doc, first, surface)) {
                    any = true;
                    f(w.ends[k], payload);
                }
            if (any) return;
        }
    }

    bool empty() const { return surfaces_.empty(); }

private:
    // The nodes that end a phrase along the trie path from token `first`,
    // shortest first, with the token each ends before. A phrase is at most
    // 16 tokens long.
    struct Walk {
        std::uint32_t found[16];
        std::size_t ends[16];
        int count = 0;
    };
    void walk(const Document& doc, std::size_t first, std::size_t limit, Walk& out) const {
        // Most tokens start no phrase: one bit says so before any probing.
        if (first >= limit || !may_start(doc.tokens[first].word)) return;
        std::uint32_t node = 0;
        for (std::size_t i = first; i < limit && i - first < 16; ++i) {
            // 'the "reciprocal" rate': quotes inside a phrase leave it whole.
            if (i > first && doc.tokens[i].shape == TokenShape::punct && i + 1 < limit &&
                quote_mark(doc.token_text(i)))
                continue;
            const std::uint32_t w = doc.tokens[i].word;
            if (w == 0) break;
            node = child(node, w);
            if (node == 0) break;
            if (!nodes_[node].empty()) {
                out.found[out.count] = node;
                out.ends[out.count] = i + 1;
                ++out.count;
            }
        }
    }

    static bool quote_mark(std::string_view t) {
        return t == "\"" || t == "\u201c" || t == "\u201d";
    }

    bool written_as(const Document& doc, std::size_t first, std::uint32_t surface) const {
        return !surfaces_[surface].case_sensitive || case_matches(doc, first, surfaces_[surface]);
    }

    // Trie edges live in one open-addressed table (linear probing, a power of
    // two slots, at most half full): every token of an article is looked up
    // here, and std::unordered_map's division and node chase dominated that.
    // Word ids start at 1, so key 0 marks an empty slot; the root is node 0,
    // so child 0 means "no edge".
    struct Edge {
        std::uint64_t key = 0;
        std::uint32_t node = 0;
    };

    static std::uint64_t key(std::uint32_t node, std::uint32_t word) {
        return (std::uint64_t(node) << 32) | word;
    }
    std::size_t slot(std::uint64_t k) const {
        // Fibonacci hashing: the top bits of the product spread sequential ids.
        return std::size_t((k * 0x9E3779B97F4A7C15ull) >> edge_shift_);
    }
    std::uint32_t child(std::uint32_t node, std::uint32_t word) const {
        if (edge_count_ == 0) return 0;
        const std::uint64_t k = key(node, word);
        for (std::size_t i = slot(k);; i = (i + 1) & edge_mask_) {
            if (edges_[i].key == k) return edges_[i].node;
            if (edges_[i].key == 0) return 0;
        }
    }
    void insert_edge(std::uint64_t k, std::uint32_t child_node);

    // One bit a word id: whether some phrase starts with the word.
    bool may_start(std::uint32_t word) const {
        const std::size_t at = word / 64;
        return at < starts_size_ && (starts_[at] >> (word % 64) & 1);
    }
    std::vector<std::uint64_t> starts_;
    // starts_.size() and edges_.size() - 1, kept apart: read at every token
    // of every article, they save working a size out of a vector's two ends.
    std::size_t starts_size_ = 0;
    std::size_t edge_mask_ = 0;

    // Each node: (payload, surface index) pairs of the phrases ending there.
    std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> nodes_{1};
    std::vector<Edge> edges_;
    std::size_t edge_count_ = 0;
    int edge_shift_ = 64;
    std::vector<Surface> surfaces_;
};

} // namespace parley::extract
