#include "ingest/extract/tokens.h"

#include <array>
#include <cstdint>

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

bool is_word_char(char32_t c) {
    return is_ascii_alpha(c) || is_digit(c) || is_other_letter(c);
}

// What an ASCII byte is, looked up once: nearly every byte of news text is
// ASCII, and the tokenizer asks of each one.
enum class Ascii : std::uint8_t { other, space, letter, digit };

constexpr std::array<Ascii, 128> ascii_classes = [] {
    std::array<Ascii, 128> t{};
    for (char c : {' ', '\t', '\r', '\n', '\f', '\v'})
        t[static_cast<unsigned char>(c)] = Ascii::space;
    for (int c = 'a'; c <= 'z'; ++c)
        t[std::size_t(c)] = t[std::size_t(c - 'a' + 'A')] = Ascii::letter;
    for (int c = '0'; c <= '9'; ++c)
        t[std::size_t(c)] = Ascii::digit;
    return t;
}();

class Scanner {
public:
    explicit Scanner(std::string_view s) : s_(s) {}

    std::vector<Token> run() {
        std::vector<Token> out;
        out.reserve(s_.size() / 5 + 1);
        Gap gap = Gap::paragraph;
        std::size_t i = 0;
        int newlines = 0;
        while (i < s_.size()) {
            const auto b = static_cast<unsigned char>(s_[i]);
            auto [c, n] = b < 0x80 ? std::pair<char32_t, std::size_t>{b, 1} : decode(s_, i);
            if (b < 0x80 ? ascii_classes[b] == Ascii::space : is_space(c)) {
                if (c == '\n') ++newlines;
                if (gap == Gap::none) gap = Gap::space;
                i += n;
                continue;
            }
            if (newlines > 0 && !out.empty()) gap = newlines > 1 ? Gap::paragraph : Gap::newline;
            newlines = 0;
            // Filled where it lies: a token built aside and copied in was
            // read back before its fields' stores had landed.
            Token& t = out.emplace_back();
            t.begin = i;
            t.gap = gap;
            if (is_word_char(c))
                i = word(i, t);
            else
                i = punct(i, c, n, t);
            t.end = i;
            gap = Gap::none;
        }
        return out;
    }

private:
    // "U.S.", "U.K." and "E.U.": single letters each followed by a period.
    std::size_t initialism(std::size_t i) const {
        std::size_t j = i;
        int letters = 0;
        while (j + 1 < s_.size() && is_ascii_alpha(static_cast<unsigned char>(s_[j])) &&
               s_[j + 1] == '.') {
            ++letters;
            j += 2;
            if (j < s_.size() && is_word_char(decode(s_, j).first) &&
                !(j + 1 < s_.size() && s_[j + 1] == '.'))
                return i; // "U.Sx": not an initialism
        }
        return letters >= 2 ? j : i;
    }

    std::size_t word(std::size_t i, Token& t) {
        if (std::size_t j = initialism(i); j != i) {
            t.shape = TokenShape::word;
            t.upper_initial = true;
            t.all_caps = true;
            for (std::size_t k = i; k < j; ++k)
                if (s_[k] >= 'a' && s_[k] <= 'z') t.all_caps = t.upper_initial = false;
            if (s_[i] >= 'A' && s_[i] <= 'Z') t.upper_initial = true;
            return j;
        }
        bool digits_only = true;
        bool has_letter = false;
        bool all_upper = true;
        std::size_t start = i;
        while (i < s_.size()) {
            if (const auto b = static_cast<unsigned char>(s_[i]); b < 0x80) {
                const Ascii k = ascii_classes[b];
                if (k == Ascii::digit) {
                    ++i;
                    continue;
                }
                if (k == Ascii::letter) {
                    digits_only = false;
                    has_letter = true;
                    if (b >= 'a') all_upper = false;
                    ++i;
                    continue;
                }
            }
            auto [c, n] = decode(s_, i);
            if (is_word_char(c)) {
                if (!is_digit(c)) {
                    digits_only = false;
                    has_letter = true;
                    if (!(c >= 'A' && c <= 'Z') && c < 0x80) all_upper = false;
                }
                i += n;
                continue;
            }
            // Inner separators of a number: "100,000", "1.36".
            if ((c == ',' || c == '.') && digits_only && i + 1 < s_.size() &&
                is_digit(static_cast<unsigned char>(s_[i + 1]))) {
                i += 1;
                continue;
            }
            if (is_apostrophe(c) && has_letter) {
                std::size_t after = i + n;
                if (after >= s_.size() || !is_word_char(decode(s_, after).first)) break;
                // "Japan's" and "countries'" split; "n't" splits before the n.
                char a = s_[after];
                bool s_suffix =
                    (a == 's' || a == 'S') &&
                    (after + 1 >= s_.size() || !is_word_char(decode(s_, after + 1).first));
                if (s_suffix) break;
                bool nt = (a == 't' || a == 'T') && i > start + 1 &&
                          (s_[i - 1] == 'n' || s_[i - 1] == 'N') &&
                          (after + 1 >= s_.size() || !is_word_char(decode(s_, after + 1).first));
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
        t.shape = digits_only ? TokenShape::number : TokenShape::word;
        t.upper_initial = s_[start] >= 'A' && s_[start] <= 'Z';
        t.all_caps = has_letter && all_upper;
        return i;
    }

    std::size_t punct(std::size_t i, char32_t c, std::size_t n, Token& t) {
        t.shape = TokenShape::punct;
        // The possessive "'s" after a word: word() stopped before it. Written
        // alone, as a data file writes it ("<COUNTRY> 's [deal_noun]"), it is
        // the same token.
        if (is_apostrophe(c) && i + n < s_.size() && (s_[i + n] == 's' || s_[i + n] == 'S') &&
            (i + n + 1 >= s_.size() || !is_word_char(decode(s_, i + n + 1).first)) &&
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
    return Scanner(text).run();
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (auto& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

} // namespace parley::extract
