#include "ingest/feed/feed_date.h"

#include <array>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace parley {

namespace {

using std::chrono::minutes;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = lower(c);
    return out;
}

// The calendar fields a timestamp spelled out, before date::parse checks them.
struct Fields {
    int year = -1, month = -1, day = -1;
    int hour = 0, minute = 0, second = 0;
    std::optional<minutes> offset;
};

// Hands the fields to date::parse in one canonical spelling: it validates the
// calendar (no 31 April) and applies the offset.
std::optional<FeedTime> to_feed_time(const Fields& f) {
    if (f.year < 0 || f.year > 9999 || f.month < 1 || f.month > 12 || f.day < 1 || f.day > 31 ||
        f.hour > 24 || f.minute > 59 || f.second > 60)
        return std::nullopt;
    int hour = f.hour, second = std::min(f.second, 59); // a leap second reads as :59
    bool next_day = false;
    if (hour == 24) { // "24:00:00" is the end of the day
        if (f.minute != 0 || f.second != 0) return std::nullopt;
        hour = 0;
        next_day = true;
    }
    char buf[96];
    const int off = f.offset ? static_cast<int>(f.offset->count()) : 0;
    const int abs_off = off < 0 ? -off : off;
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d %c%02d%02d", f.year, f.month,
                  f.day, hour, f.minute, second, off < 0 ? '-' : '+', (abs_off / 60) % 100,
                  abs_off % 60);
    std::istringstream in(buf);
    date::sys_seconds t;
    in >> date::parse("%Y-%m-%d %H:%M:%S %z", t);
    if (in.fail()) return std::nullopt;
    if (next_day) t += date::days{1};
    return FeedTime{t, f.offset};
}

// Reads exactly `n` digits at `pos`.
std::optional<int> digits(std::string_view s, std::size_t& pos, std::size_t n) {
    if (pos + n > s.size()) return std::nullopt;
    int v = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!is_digit(s[pos + i])) return std::nullopt;
        v = v * 10 + (s[pos + i] - '0');
    }
    pos += n;
    return v;
}

// "+09:00", "+0900", "+09", "-0530"; `pos` at the sign.
std::optional<minutes> numeric_offset(std::string_view s, std::size_t& pos) {
    if (pos >= s.size() || (s[pos] != '+' && s[pos] != '-' && s[pos] != '\xe2')) return {};
    int sign = s[pos] == '+' ? 1 : -1;
    if (s[pos] == '\xe2') { // U+2212 MINUS SIGN
        if (s.substr(pos, 3) != "\xe2\x88\x92") return {};
        pos += 2;
    }
    ++pos;
    std::size_t len = 0;
    while (pos + len < s.size() && is_digit(s[pos + len]))
        ++len;
    int h = 0, m = 0;
    if (len == 4) {
        h = *digits(s, pos, 2);
        m = *digits(s, pos, 2);
    } else if (len == 1 || len == 2) {
        h = *digits(s, pos, len);
        if (pos < s.size() && s[pos] == ':') {
            ++pos;
            auto mm = digits(s, pos, 2);
            if (!mm) return {};
            m = *mm;
        }
    } else {
        return {};
    }
    if (h > 18 || m > 59) return {};
    return minutes(sign * (h * 60 + m));
}

// Zone names RFC 822 defines, and a few more that feeds write often. The
// military letters follow RFC 822 as written (A = -1 hour ... M = -12,
// N = +1 ... Y = +12); RFC 1123 notes the signs are the reverse of military
// use, so they carry little, but Z is UTC either way.
std::optional<minutes> named_offset(std::string_view name) {
    struct Zone {
        std::string_view name;
        int hours_x100;
    };
    static constexpr std::array<Zone, 33> zones{{
        {"ut", 0},     {"utc", 0},    {"gmt", 0},     {"z", 0},       {"est", -500},  {"edt", -400},
        {"cst", -600}, {"cdt", -500}, {"mst", -700},  {"mdt", -600},  {"pst", -800},  {"pdt", -700},
        {"ast", -400}, {"adt", -300}, {"akst", -900}, {"akdt", -800}, {"hst", -1000}, {"nst", -330},
        {"ndt", -230}, {"bst", 100},  {"wet", 0},     {"west", 100},  {"cet", 100},   {"cest", 200},
        {"met", 100},  {"mest", 200}, {"eet", 200},   {"eest", 300},  {"msk", 300},   {"jst", 900},
        {"kst", 900},  {"hkt", 800},  {"aest", 1000},
    }};
    for (const auto& z : zones)
        if (z.name == name) {
            const int h = z.hours_x100 / 100, m = z.hours_x100 % 100;
            return minutes(h * 60 + (m == 30 || m == -30 ? m : 0));
        }
    if (name.size() == 1 && is_alpha(name[0]) && name[0] != 'j') {
        const char c = name[0];
        if (c >= 'a' && c <= 'i') return minutes(-(c - 'a' + 1) * 60);
        if (c >= 'k' && c <= 'm') return minutes(-(c - 'k' + 10) * 60);
        if (c >= 'n' && c <= 'y') return minutes((c - 'n' + 1) * 60);
    }
    return std::nullopt;
}

int month_number(std::string_view word) {
    static constexpr std::array<std::string_view, 12> names{
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (word.size() < 3) return 0;
    if (word == "sept") return 9;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i].substr(0, word.size()) == word) return static_cast<int>(i) + 1;
    return 0;
}

bool is_weekday(std::string_view word) {
    static constexpr std::array<std::string_view, 7> names{
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    if (word.size() < 2) return false;
    if (word == "tues" || word == "thur" || word == "thurs") return true;
    for (auto n : names)
        if (n.substr(0, word.size()) == word) return true;
    return false;
}

// RFC 3339 / ISO 8601: "2025-05-20T10:00:00.5+09:00", "2025-05-20", "20250520T100000Z".
std::optional<FeedTime> parse_iso(std::string_view s) {
    Fields f;
    std::size_t pos = 0;
    auto y = digits(s, pos, 4);
    if (!y) return {};
    f.year = *y;
    const bool basic = pos < s.size() && is_digit(s[pos]);
    if (basic) {
        auto mo = digits(s, pos, 2);
        auto d = digits(s, pos, 2);
        if (!mo || !d) return {};
        f.month = *mo;
        f.day = *d;
    } else {
        f.month = f.day = 1;
        if (pos < s.size() && s[pos] == '-') {
            ++pos;
            auto mo = digits(s, pos, 2);
            if (!mo) return {};
            f.month = *mo;
            if (pos < s.size() && s[pos] == '-') {
                ++pos;
                auto d = digits(s, pos, 2);
                if (!d) return {};
                f.day = *d;
            }
        }
    }
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ')) {
        ++pos;
        while (pos < s.size() && s[pos] == ' ')
            ++pos;
        auto h = digits(s, pos, 2);
        if (!h) return {};
        f.hour = *h;
        if (pos < s.size() && s[pos] == ':') ++pos;
        auto mi = digits(s, pos, 2);
        if (!mi) return {};
        f.minute = *mi;
        if (pos < s.size() && (s[pos] == ':' || (basic && is_digit(s[pos])))) {
            if (s[pos] == ':') ++pos;
            auto sec = digits(s, pos, 2);
            if (!sec) return {};
            f.second = *sec;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos; // fractions of a second: dropped, the store keeps seconds
                while (pos < s.size() && is_digit(s[pos]))
                    ++pos;
            }
        }
        while (pos < s.size() && s[pos] == ' ')
            ++pos;
        if (pos < s.size()) {
            if (s[pos] == 'Z' || s[pos] == 'z') {
                f.offset = minutes(0);
                ++pos;
            } else if (auto off = numeric_offset(s, pos)) {
                f.offset = off;
            } else {
                std::size_t end = pos;
                while (end < s.size() && is_alpha(s[end]))
                    ++end;
                auto named = named_offset(lowered(s.substr(pos, end - pos)));
                if (!named) return {};
                f.offset = named;
                pos = end;
            }
        }
    }
    while (pos < s.size() && s[pos] == ' ')
        ++pos;
    if (pos != s.size()) return {};
    return to_feed_time(f);
}

// RFC 822 / RFC 2822 and relatives: "Tue, 20 May 2025 10:00:00 +0900",
// "20 May 25 10:00 EDT", "Tuesday, 20-May-25 10:00:00 GMT",
// "Tue May 20 10:00:00 2025", "May 20, 2025 10:00 PM", "... GMT+09:00 (JST)".
std::optional<FeedTime> parse_rfc822(std::string_view s) {
    // Tokens: runs of letters, of digits with ':' or '.', signs with digits.
    std::vector<std::string> tokens;
    std::size_t pos = 0;
    int paren = 0;
    while (pos < s.size()) {
        const char c = s[pos];
        if (c == '(') {
            ++paren;
            ++pos;
        } else if (c == ')') {
            if (paren > 0) --paren;
            ++pos;
        } else if (paren > 0 || c == ' ' || c == ',' || c == '\t') {
            ++pos;
        } else if (c == '-' && !tokens.empty() && pos + 1 < s.size() && is_alpha(s[pos + 1])) {
            ++pos; // "20-May-25"
        } else if (c == '-' && !tokens.empty() && month_number(tokens.back()) &&
                   pos + 1 < s.size() && is_digit(s[pos + 1])) {
            ++pos; // "May-25"
        } else if (is_alpha(c)) {
            std::size_t end = pos;
            while (end < s.size() && (is_alpha(s[end]) || s[end] == '.'))
                ++end;
            std::string word = lowered(s.substr(pos, end - pos));
            while (!word.empty() && word.back() == '.')
                word.pop_back();
            tokens.push_back(word);
            pos = end;
        } else if (is_digit(c) || c == '+' || c == '-') {
            std::size_t end = pos + 1;
            while (end < s.size() && (is_digit(s[end]) || s[end] == ':' || s[end] == '.'))
                ++end;
            tokens.emplace_back(s.substr(pos, end - pos));
            pos = end;
        } else {
            return {};
        }
    }

    Fields f;
    bool have_time = false;
    bool pm = false, am = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        std::string_view t = tokens[i];
        if (is_alpha(t[0])) {
            if (!have_time && f.month < 0) {
                if (const int m = month_number(t)) {
                    f.month = m;
                    continue;
                }
            }
            if (!have_time && is_weekday(t)) continue;
            if (t == "am" || t == "pm") {
                (t == "pm" ? pm : am) = true;
                continue;
            }
            if (t == "at" || t == "on" || t == "of") continue;
            // A zone name, possibly glued to an offset: "gmt+0900" arrives
            // as "gmt" then "+0900".
            std::string_view name = t;
            if (name.size() > 2 &&
                (name.substr(name.size() - 2) == "am" || name.substr(name.size() - 2) == "pm")) {
                return {};
            }
            auto off = named_offset(name);
            if (!off) {
                // An unknown zone name: the clock time is read as UTC, without offset.
                if (!have_time || name.size() > 5) return {};
                continue;
            }
            if (i + 1 < tokens.size() && (tokens[i + 1][0] == '+' || tokens[i + 1][0] == '-') &&
                *off == minutes(0)) {
                continue; // "GMT+0900": the number gives the offset
            }
            f.offset = off;
            continue;
        }
        if (t[0] == '+' || t[0] == '-') {
            std::size_t p = 0;
            auto off = numeric_offset(t, p);
            if (!off || p != t.size()) return {};
            f.offset = off;
            continue;
        }
        if (t.find(':') != std::string_view::npos) {
            // The clock: "10:00:00", "10:00", "1:05", with "pm" glued or not.
            int parts[3] = {0, 0, 0};
            int n = 0;
            std::size_t p = 0;
            while (p < t.size() && n < 3) {
                std::size_t len = 0;
                while (p + len < t.size() && is_digit(t[p + len]))
                    ++len;
                if (len == 0 || len > 2) return {};
                parts[n++] = std::stoi(std::string(t.substr(p, len)));
                p += len;
                if (p < t.size() && t[p] == '.' && n == 3) { // fractional seconds
                    ++p;
                    while (p < t.size() && is_digit(t[p]))
                        ++p;
                    break;
                }
                if (p < t.size()) {
                    if (t[p] != ':') return {};
                    ++p;
                }
            }
            if (n < 2 || p != t.size()) return {};
            f.hour = parts[0];
            f.minute = parts[1];
            f.second = parts[2];
            have_time = true;
            continue;
        }
        // A number: the day, or the year.
        if (t.find('.') != std::string_view::npos) {
            // "20.05.2025"-style dates are not RFC 822: refuse rather than guess.
            if (t.back() != '.') return {};
            t.remove_suffix(1);
        }
        for (char c : t)
            if (!is_digit(c)) return {};
        const int v = t.size() <= 4 ? std::stoi(std::string(t)) : -1;
        if (v < 0) return {};
        if (t.size() <= 2 && f.day < 0 && (f.month < 0 || f.year < 0)) {
            f.day = v;
        } else if (f.year < 0) {
            // RFC 2822 4.3: two-digit years below 50 are 20xx, three-digit ones add 1900.
            f.year = t.size() == 4 ? v : t.size() == 3 ? v + 1900 : v < 50 ? v + 2000 : v + 1900;
        } else {
            return {};
        }
    }
    if (f.day < 0 || f.month < 0 || f.year < 0) return {};
    if (pm || am) {
        if (f.hour < 1 || f.hour > 12) return {};
        if (pm && f.hour != 12) f.hour += 12;
        if (am && f.hour == 12) f.hour = 0;
    }
    return to_feed_time(f);
}

} // namespace

std::optional<FeedTime> parse_feed_date(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' ||
                             text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                             text.back() == '\r'))
        text.remove_suffix(1);
    if (text.empty() || text.size() > 200) return std::nullopt;
    if (text.size() >= 4 && is_digit(text[0]) && is_digit(text[1]) && is_digit(text[2]) &&
        is_digit(text[3])) {
        if (auto t = parse_iso(text)) return t;
    }
    return parse_rfc822(text);
}

} // namespace parley
