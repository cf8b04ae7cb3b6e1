#include "ingest/extract/word_classes.h"

#include "ingest/extract/tokens.h"

#include <algorithm>

namespace parley::extract {

void WordClasses::load(const DataDirs& dirs, Vocabulary& vocabulary) {
    for (const auto& line : read_data(dirs, "language/words.tsv")) {
        auto f = fields(line.text);
        if (f.size() != 2 || f[0].empty()) bad_line(line, "expected 'class<TAB>phrase|phrase'");
        for (const auto& p : alternatives(f[1]))
            add(vocabulary, f[0], p);
    }
}

void WordClasses::add(Vocabulary& vocabulary, const std::string& name, std::string_view phrase) {
    auto [it, added] = ids_.try_emplace(name, static_cast<std::uint32_t>(tables_.size()));
    if (added) {
        tables_.emplace_back();
        first_words_.emplace_back();
    }
    tables_[it->second].add(vocabulary, phrase, 0);
    auto tokens = phrase_tokens(phrase);
    if (tokens.empty()) return;
    std::uint32_t w = vocabulary.intern(lower_ascii(tokens[0]));
    auto& firsts = first_words_[it->second];
    if (std::find(firsts.begin(), firsts.end(), w) == firsts.end()) firsts.push_back(w);
    set_start(w, it->second);
}

void WordClasses::set_start(std::uint32_t word, std::uint32_t id) {
    if (id / 64 >= row_) {
        // More classes than a row holds: widen every row.
        const std::size_t row = id / 64 + 1;
        std::vector<std::uint64_t> wider(starts_.size() / row_ * row);
        for (std::size_t w = 0; w < starts_.size() / row_; ++w)
            std::copy_n(starts_.begin() + std::ptrdiff_t(w * row_), row_,
                        wider.begin() + std::ptrdiff_t(w * row));
        starts_ = std::move(wider);
        row_ = row;
    }
    if (starts_.size() < (std::size_t(word) + 1) * row_)
        starts_.resize((std::size_t(word) + 1) * row_);
    starts_[std::size_t(word) * row_ + id / 64] |= std::uint64_t(1) << (id % 64);
    starts_size_ = starts_.size();
}

std::optional<std::uint32_t> WordClasses::find(std::string_view name) const {
    auto it = ids_.find(std::string(name));
    if (it == ids_.end()) return std::nullopt;
    return it->second;
}

std::size_t WordClasses::match_from(const Document& doc, std::uint32_t id, std::size_t first,
                                    std::size_t limit) const {
    std::size_t end = 0;
    tables_[id].match(doc, first, limit, [&](std::size_t e, std::uint32_t, const Surface&) {
        end = e;
        return true;
    });
    return end;
}

bool WordClasses::occurs(const Document& doc, std::uint32_t id, std::size_t first,
                         std::size_t last) const {
    for (std::size_t i = first; i < last; ++i)
        if (match(doc, id, i, last) != 0) return true;
    return false;
}

} // namespace parley::extract
