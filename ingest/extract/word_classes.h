#pragma once
// Named sets of words and phrases that rules refer to as [name]: [tariff] is
// tariff, tariffs, levy, duties, import taxes… They live in
// data/language/words.tsv ("name<TAB>phrase|phrase"); a user's file adds
// phrases to a class or new classes.

#include "ingest/extract/data_lines.h"
#include "ingest/extract/lexicon.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace parley::extract {

class WordClasses {
public:
    void load(const DataDirs& dirs, Vocabulary& vocabulary);
    void add(Vocabulary& vocabulary, const std::string& name, std::string_view phrase);

    std::optional<std::uint32_t> find(std::string_view name) const;

    // The end of the longest phrase of class `id` starting at `first`, or 0.
    // Inline: nearly every call is at a token no phrase of the class starts
    // with, and the answer is one bit.
    std::size_t match(const Document& doc, std::uint32_t id, std::size_t first,
                      std::size_t limit) const {
        if (first >= limit || !may_start(doc.tokens[first].word, id)) return 0;
        return match_from(doc, id, first, limit);
    }
    // Whether token `i` alone is a phrase of `id`, a class the data may lack.
    bool is_word(const Document& doc, const std::optional<std::uint32_t>& id, std::size_t i) const {
        return id && match(doc, *id, i, i + 1) != 0;
    }
    // Whether some phrase of the class occurs in tokens [first, last).
    bool occurs(const Document& doc, std::uint32_t id, std::size_t first, std::size_t last) const;

    // The vocabulary ids a phrase of the class can start with.
    const std::vector<std::uint32_t>& first_words(std::uint32_t id) const {
        return first_words_[id];
    }

    // One bit a class in a row a word: match() asks this for every class a
    // rule names at every token, and nearly always hears no.
    bool may_start(std::uint32_t word, std::uint32_t id) const {
        const std::size_t at = std::size_t(word) * row_ + id / 64;
        return at < starts_size_ && (starts_[at] >> (id % 64) & 1);
    }

private:
    void set_start(std::uint32_t word, std::uint32_t id);
    std::size_t match_from(const Document& doc, std::uint32_t id, std::size_t first,
                           std::size_t limit) const;

    std::unordered_map<std::string, std::uint32_t> ids_;
    std::vector<std::uint64_t> starts_; // by word id, row_ words of class bits
    std::size_t row_ = 1;
    // starts_.size(), kept apart: read at every ask, it saves working the
    // size out from the vector's two ends each time.
    std::size_t starts_size_ = 0;
    std::vector<PhraseTable> tables_;
    std::vector<std::vector<std::uint32_t>> first_words_;
};

} // namespace parley::extract
