#include "ingest/extract/tokens.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <tuple>

namespace parley::extract {

namespace {

// The code point at `i` and its length in bytes; an invalid sequence reads as
// one byte with code point 0xFFFD.
std::pair<char32_t, std::size_t> decode(std::string_view s, std::size_t i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) return {b, 1};
    std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
    if (len == 0 || b > 0xF4 || i + len > s.size()) return {0xFFFD, 1};
    char32_t cp = b & (0x3F >> (len - 1));
    for (std::size_t k = 1; k < len; ++k) {
        auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return {0xFFFD, 1};
        cp = (cp << 6) | (c & 0x3F);
    }
    return {cp, len};
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0xA0 ||
           c == 0x2009 || c == 0x200A || c == 0x202F || c == 0x3000 || (c >= 0x2000 && c <= 0x2008);
}

bool is_apostrophe(char32_t c) {
    return c == '\'' || c == 0x2019;
}

bool is_ascii_alpha(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_digit(char32_t c) {
    return c >= '0' && c <= '9';
}

// Letters outside ASCII: everything that is not punctuation, a symbol or a
// space in the ranges news text uses.
bool is_other_letter(char32_t c) {
    if (c < 0x80 || c == 0xFFFD) return false;
    if (c >= 0xA0 && c <= 0xBF) return false; // Latin-1 punctuation and symbols
    if (c == 0xD7 || c == 0xF7) return false;
    if (c >= 0x2000 && c <= 0x206F) return false; // general punctuation
    if (c >= 0x20A0 && c <= 0x20CF) return false; // currency symbols
    if (c >= 0x2100 && c <= 0x2BFF) return false; // symbols, arrows, shapes
    if (c >= 0x3000 && c <= 0x303F) return false; // CJK punctuation
    if (c >= 0xFE30 && c <= 0xFE4F) return false;
    if (c >= 0xFF00 && c <= 0xFF0F) return false;
    return true;
}

// What a byte is, looked up once: nearly every byte of news text is ASCII,
// and the tokenizer asks of each one. A byte of 0x80 or above starts (or
// continues) a multi-byte sequence that must be decoded.
enum : std::uint8_t {
    space_byte = 1,
    upper_byte = 2,
    lower_byte = 4,
    digit_byte = 8,
    high_byte = 16,
    other_letter = 32, // not a byte class: a letter outside ASCII met in a word
    mark_byte = 64,    // a period, comma or apostrophe, which may go on with a word
};
constexpr std::uint8_t alnum_byte = upper_byte | lower_byte | digit_byte;
constexpr std::uint8_t letter_seen = upper_byte | lower_byte | other_letter;

constexpr std::array<std::uint8_t, 256> byte_classes = [] {
    std::array<std::uint8_t, 256> t{};
    for (char c : {' ', '\t', '\r', '\n', '\f', '\v'})
        t[static_cast<unsigned char>(c)] = space_byte;
    for (int c = 'a'; c <= 'z'; ++c) {
        t[std::size_t(c)] = lower_byte;
        t[std::size_t(c - 'a' + 'A')] = upper_byte;
    }
    for (int c = '0'; c <= '9'; ++c)
        t[std::size_t(c)] = digit_byte;
    for (std::size_t c = 0x80; c < 0x100; ++c)
        t[c] = high_byte;
    for (char c : {'.', ',', '\''})
        t[static_cast<unsigned char>(c)] = mark_byte;
    return t;
}();

std::uint8_t byte_class(char c) {
    return byte_classes[static_cast<unsigned char>(c)];
}

// The word classes of a decoded code point. An overlong sequence can spell an
// ASCII letter or digit, and counts as one.
std::uint8_t word_class(char32_t c) {
    if (c < 0x80) return byte_classes[c] & alnum_byte;
    return is_other_letter(c) ? other_letter : 0;
}

class Scanner {
public:
    explicit Scanner(std::string_view s) : s_(s) {}

    void run(std::vector<Token>& out) {
        out.clear();
        const std::size_t size = s_.size();
        out.reserve(size / 5 + 1);
        const char* s = s_.data();
        std::size_t i = 0;
        Gap gap = Gap::paragraph;
        int newlines = 0;
        while (i < size) {
            const std::uint8_t k = byte_class(s[i]);
            if (k & space_byte) {
                if (s[i] == '\n') ++newlines;
                if (gap == Gap::none) gap = Gap::space;
                ++i;
                continue;
            }
            char32_t c = static_cast<unsigned char>(s[i]);
            std::size_t n = 1;
            if (k & high_byte) {
                std::tie(c, n) = decode(s_, i);
                if (is_space(c)) {
                    if (c == '\n') ++newlines;
                    if (gap == Gap::none) gap = Gap::space;
                    i += n;
                    continue;
                }
            }
            if (newlines > 0) {
                if (!out.empty()) gap = newlines > 1 ? Gap::paragraph : Gap::newline;
                newlines = 0;
            }
            // Filled where it lies: a token built aside and copied in was
            // read back before its fields' stores had landed.
            Token& t = out.emplace_back();
            t.begin = i;
            t.gap = gap;
            gap = Gap::none;
            if (k & alnum_byte) {
                // The bulk of news text: an ASCII word or number that ends at
                // a byte which cannot go on with it, and is no initialism.
                if (!((k & (upper_byte | lower_byte)) && i + 1 < size && s[i + 1] == '.')) {
                    std::size_t j = i + 1;
                    std::uint8_t seen = k;
                    std::uint8_t b = 0;
                    while (j < size && ((b = byte_class(s[j])) & alnum_byte)) {
                        seen |= b;
                        ++j;
                    }
                    if (j >= size || !(b & (mark_byte | high_byte))) {
                        finish_word(t, k, seen);
                        t.end = i = j;
                        // Most words end at one plain space: step over it here.
                        if (j < size && s[j] == ' ') {
                            gap = Gap::space;
                            ++i;
                        }
                        continue;
                    }
                }
                i = word(i, k, t);
            } else if ((k & high_byte) && word_class(c)) {
                i = word(i, k, t);
            } else {
                i = punct(i, c, n, t);
            }
            t.end = i;
        }
    }

private:
    bool word_char_at(std::size_t i) const {
        const std::uint8_t k = byte_class(s_[i]);
        if (k & alnum_byte) return true;
        return (k & high_byte) && word_class(decode(s_, i).first);
    }

    // "U.S.", "U.K." and "E.U.": single letters each followed by a period.
    std::size_t initialism(std::size_t i) const {
        std::size_t j = i;
        int letters = 0;
        while (j + 1 < s_.size() && is_ascii_alpha(static_cast<unsigned char>(s_[j])) &&
               s_[j + 1] == '.') {
            ++letters;
            j += 2;
            if (j < s_.size() && word_char_at(j) && !(j + 1 < s_.size() && s_[j + 1] == '.'))
                return i; // "U.Sx": not an initialism
        }
        return letters >= 2 ? j : i;
    }

    // `k` is the class of the token's first byte.
    std::size_t word(std::size_t i, std::uint8_t k, Token& t) {
        const std::size_t size = s_.size();
        // Only a letter followed by a period can start an initialism.
        if ((k & (upper_byte | lower_byte)) && i + 1 < size && s_[i + 1] == '.') {
            if (std::size_t j = initialism(i); j != i) {
                t.shape = TokenShape::word;
                t.upper_initial = true;
                t.all_caps = true;
                for (std::size_t m = i; m < j; ++m)
                    if (s_[m] >= 'a' && s_[m] <= 'z') t.all_caps = t.upper_initial = false;
                if (s_[i] >= 'A' && s_[i] <= 'Z') t.upper_initial = true;
                return j;
            }
        }
        // The classes of the word characters read so far: no letter means
        // digits only; no lower-case letter, all capitals.
        std::uint8_t seen = 0;
        const std::size_t start = i;
        for (;;) {
            std::uint8_t b = 0;
            while (i < size) {
                b = byte_class(s_[i]);
                if (!(b & alnum_byte)) break;
                seen |= b;
                ++i;
            }
            // Only a mark or a letter outside ASCII can go on with the word.
            if (i >= size || !(b & (mark_byte | high_byte))) break;
            auto [c, n] = decode(s_, i);
            if (const std::uint8_t w = word_class(c)) {
                seen |= w;
                i += n;
                continue;
            }
            const bool has_letter = (seen & letter_seen) != 0;
            // Inner separators of a number: "100,000", "1.36".
            if ((c == ',' || c == '.') && !has_letter && i + 1 < size &&
                is_digit(static_cast<unsigned char>(s_[i + 1]))) {
                i += 1;
                continue;
            }
            if (is_apostrophe(c) && has_letter) {
                std::size_t after = i + n;
                if (after >= size || !word_char_at(after)) break;
                // "Japan's" and "countries'" split; "n't" splits before the n.
                char a = s_[after];
                bool s_suffix =
                    (a == 's' || a == 'S') && (after + 1 >= size || !word_char_at(after + 1));
                if (s_suffix) break;
                bool nt = (a == 't' || a == 'T') && i > start + 1 &&
                          (s_[i - 1] == 'n' || s_[i - 1] == 'N') &&
                          (after + 1 >= size || !word_char_at(after + 1));
                if (nt) {
                    i -= 1;
                    break;
                }
                i = after; // O'Brien
                continue;
            }
            break;
        }
        if (i == start) i = start + 1;
        finish_word(t, k, seen);
        return i;
    }

    // A word's shape and capitals from the class of its first byte and the
    // classes of all its characters.
    static void finish_word(Token& t, std::uint8_t first, std::uint8_t seen) {
        const bool has_letter = (seen & letter_seen) != 0;
        t.shape = has_letter ? TokenShape::word : TokenShape::number;
        t.upper_initial = (first & upper_byte) != 0;
        t.all_caps = has_letter && !(seen & lower_byte);
    }

    std::size_t punct(std::size_t i, char32_t c, std::size_t n, Token& t) {
        t.shape = TokenShape::punct;
        // The possessive "'s" after a word: word() stopped before it. Written
        // alone, as a data file writes it ("<COUNTRY> 's [deal_noun]"), it is
        // the same token.
        if (is_apostrophe(c) && i + n < s_.size() && (s_[i + n] == 's' || s_[i + n] == 'S') &&
            (i + n + 1 >= s_.size() || !word_char_at(i + n + 1)) &&
            (i == 0 || !is_space(decode(s_, i - 1).first))) {
            t.shape = TokenShape::word;
            return i + n + 1;
        }
        // Runs: "--", "...", "---".
        if (c == '-' || c == '.') {
            std::size_t j = i;
            while (j < s_.size() && s_[j] == static_cast<char>(c))
                ++j;
            if (j - i >= 2) return j;
        }
        return i + n;
    }

    std::string_view s_;
};

} // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    Scanner(text).run(out);
    return out;
}

void tokenize(std::string_view text, std::vector<Token>& out) {
    Scanner(text).run(out);
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    // Through a plain pointer, in a loop the compiler turns into vector
    // instructions: through std::string's operator[] it cannot tell the
    // stores from the string's own fields, and lowers a byte at a time.
    char* const p = out.data();
    const std::size_t n = out.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char c = p[i];
        p[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return out;
}

} // namespace parley::extract
