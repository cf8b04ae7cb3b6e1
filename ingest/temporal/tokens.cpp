#include "ingest/temporal/tokens.h"

#include <array>
#include <bit>
#include <cstring>

namespace parley::temporal {

namespace {

// What each byte is, looked up in one table: the tokenizer asks of every
// byte, and a load is cheaper than a chain of comparisons.
enum : std::uint8_t { alpha_byte = 1, digit_byte = 2, space_byte = 4 };
constexpr std::size_t word_padding = 8;
constexpr std::array<std::uint8_t, 256> byte_classes = [] {
    std::array<std::uint8_t, 256> table{};
    for (int c = 'a'; c <= 'z'; ++c)
        table[static_cast<std::size_t>(c)] = table[static_cast<std::size_t>(c - 32)] = alpha_byte;
    for (int c = '0'; c <= '9'; ++c)
        table[static_cast<std::size_t>(c)] = digit_byte;
    for (char c : {' ', '\t', '\n', '\r', '\f', '\v'})
        table[static_cast<unsigned char>(c)] = space_byte;
    return table;
}();

bool is_digit(unsigned char c) {
    return byte_classes[c] & digit_byte;
}

// The high bit of each of the eight bytes of `v` that is no letter of the
// lower-case copy ('a' to 'z'), tested all at once: a word is scanned eight
// letters a step rather than one.
std::uint64_t other_bytes(std::uint64_t v) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    // Below 0x80 each byte takes the additions without a carry into the next.
    const std::uint64_t seven_bits = v & ~high;
    const std::uint64_t from_a = seven_bits + ones * (0x80 - 'a');
    const std::uint64_t past_z = seven_bits + ones * (0x80 - 'z' - 1);
    return (~from_a | past_z | v) & high;
}

// Whether no letter in [first, last) is lower case; asked only of words
// that begin with a capital, so most words are read once.
bool all_capitals(const char* first, const char* last) {
    for (; first != last; ++first)
        if (static_cast<unsigned char>(*first) & 0x20u) return false;
    return true;
}

// The length of the UTF-8 sequence at `i` (1 for an invalid byte).
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 1;
    if (c >= 0xF5) n = 1;
    if (i + n > s.size()) return 1;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 1;
    return n;
}

// What a multi-byte character stands for: a space, a punctuation mark, or nothing.
char stand_in(std::string_view ch) {
    if (ch == "\xC2\xA0" || ch == "\xE2\x80\xAF" || ch == "\xE2\x80\x89" || ch == "\xE2\x80\x8A" ||
        ch == "\xE3\x80\x80")
        return ' ';
    if (ch == "\xE2\x80\x93" || ch == "\xE2\x80\x94" || ch == "\xE2\x88\x92" ||
        ch == "\xE2\x80\x90" || ch == "\xE2\x80\x91" || ch == "\xE2\x80\x92")
        return '-';
    if (ch == "\xE2\x80\x99" || ch == "\xE2\x80\x98") return '\'';
    if (ch == "\xE2\x80\x9C" || ch == "\xE2\x80\x9D") return '"';
    if (ch == "\xE2\x80\xA6") return '.';
    return 0;
}

// What the lexicon needs to look a word up: WordHash and WordHash::first_eight.
struct WordKey {
    std::uint64_t hash;
    std::uint64_t head;
};

// Moves `j` past the letters of the lower-case copy `to` from `j` on and
// returns their key, all from the same eight-byte reads. The copy ends in
// `word_padding` bytes that are no letter, so no read needs a length test.
WordKey scan_word(const char* to, std::size_t& j) {
    // The lowest mark of other_bytes sits at bit 7 of the first byte that
    // is no letter; the bytes below it are the word's.
    const auto word_part = [](std::uint64_t eight, std::uint64_t others) {
        return eight & (((others & (0 - others)) >> 7) - 1);
    };
    std::uint64_t eight = load_eight(to + j);
    std::uint64_t others = other_bytes(eight);
    if (others) {
        // Most words: fewer than eight letters, all in the first read.
        eight = word_part(eight, others);
        j += static_cast<std::size_t>(std::countr_zero(others) / 8);
        return {WordHash::finish(WordHash::step(WordHash::seed, eight)), eight};
    }
    const std::uint64_t head = eight;
    std::uint64_t hash = WordHash::step(WordHash::seed, eight);
    for (;;) {
        j += 8;
        eight = load_eight(to + j);
        others = other_bytes(eight);
        if (others) {
            j += static_cast<std::size_t>(std::countr_zero(others) / 8);
            return {WordHash::finish(WordHash::step(hash, word_part(eight, others))), head};
        }
        hash = WordHash::step(hash, eight);
    }
}

} // namespace

void tokenize(std::string_view text, std::size_t base, const TemporalLexicon& lex,
              std::string& lower, std::vector<Token>& out, std::vector<std::size_t>* starts) {
    // Through plain pointers: the compiler cannot tell `lower` from `text`
    // through std::string's operator[], and then lowers a byte at a time.
    const char* from = text.data();
    const std::size_t n = text.size();
    lower.resize(n + word_padding);
    char* to = lower.data();
    for (std::size_t k = 0; k < n; ++k) {
        const char c = from[k];
        to[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    // Words are read eight bytes at a time: the copy ends in as many that are no letter.
    std::memset(to + n, 0, word_padding);
    out.clear();
    out.reserve(n / 5 + 4);
    if (starts) starts->clear();
    const auto may_start_here = [&] {
        if (starts) starts->push_back(out.size() - 1);
        return true;
    };
    static constexpr std::string_view punct_text = "-'\".";
    bool space = true, line = true;
    std::size_t i = 0;
    while (i < n) {
        const auto c = static_cast<unsigned char>(from[i]);
        const std::uint8_t cls = byte_classes[c];
        if (cls & space_byte) {
            space = true;
            line |= c == '\n';
            ++i;
            continue;
        }
        Token& t = out.emplace_back();
        t.begin = base + i;
        t.space_before = space;
        t.line_before = line;
        if (cls & alpha_byte) {
            std::size_t j = i;
            const WordKey key = scan_word(to, j); // not hashed again by the lexicon
            const std::string_view word(to + i, j - i);
            const WordInfo* info = lex.find(word, key.hash, key.head);
            t.kind = TokenKind::word;
            t.lower = word;
            t.info = info;
            if (c <= 'Z') {
                t.upper = true;
                t.all_upper = all_capitals(from + i + 1, from + j);
            }
            if (info) {
                t.rule_starts = info->rule_starts;
                if (info->starts || info->opens) t.may_start = may_start_here();
            } else {
                t.rule_starts = lex.unknown_word_rule_starts;
            }
            i = j;
        } else if (cls & digit_byte) {
            std::size_t j = i;
            std::uint64_t v = 0;
            while (j < n && is_digit(static_cast<unsigned char>(from[j]))) {
                if (j - i < 9) v = v * 10 + static_cast<unsigned>(from[j] - '0');
                ++j;
            }
            t.kind = TokenKind::number;
            t.lower = std::string_view(to + i, j - i);
            t.digits = static_cast<std::uint32_t>(j - i);
            t.value = t.digits <= 9 ? static_cast<std::uint32_t>(v) : 0;
            t.rule_starts = lex.number_rule_starts;
            t.may_start = may_start_here();
            i = j;
        } else if (c < 0x80) {
            t.kind = TokenKind::punct;
            t.punct = static_cast<char>(c);
            t.lower = std::string_view(to + i, 1);
            if (c == '\'') {
                t.rule_starts = lex.apostrophe_rule_starts;
                t.may_start = may_start_here();
            } else if (c == '@') {
                t.rule_starts = lex.at_sign_rule_starts;
                t.may_start = may_start_here();
            }
            ++i;
        } else {
            const std::size_t len = utf8_length(text, i);
            const char s = stand_in(text.substr(i, len));
            if (s == ' ') {
                out.pop_back();
                space = true;
                i += len;
                continue;
            }
            if (s) {
                t.kind = TokenKind::punct;
                t.punct = s;
                t.lower = punct_text.substr(punct_text.find(s), 1);
                if (s == '\'') {
                    t.rule_starts = lex.apostrophe_rule_starts;
                    t.may_start = may_start_here();
                }
                i += len;
            } else {
                // One opaque token for a run of other characters.
                std::size_t j = i + len;
                while (j < n && static_cast<unsigned char>(from[j]) >= 0x80) {
                    const std::size_t l = utf8_length(text, j);
                    if (stand_in(text.substr(j, l))) break;
                    j += l;
                }
                t.kind = TokenKind::other;
                t.lower = std::string_view(to + i, j - i);
                i = j;
            }
        }
        t.end = base + i;
        // Most tokens are followed by one space and then the next token:
        // that space is taken here rather than by another turn of the loop.
        // The copy's padding makes the byte at the end safe to read.
        line = false;
        space = to[i] == ' ';
        i += space;
    }
}

} // namespace parley::temporal
