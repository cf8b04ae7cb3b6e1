#include "ingest/temporal/lexicon.h"

#include "ingest/temporal/grammar.h"

#include <cctype>
#include <charconv>
#include <date/tz.h>
#include <sstream>
#include <stdexcept>

namespace parley::temporal {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::vector<std::string> split_ws(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    std::string w;
    while (in >> w)
        out.push_back(w);
    return out;
}

bool known_zone(const std::string& name) {
    try {
        date::locate_zone(name);
        return true;
    } catch (const std::runtime_error&) {
        return false;
    }
}

[[noreturn]] void bad_line(const std::filesystem::path& file, const std::string& line,
                           const std::string& why) {
    throw std::runtime_error(file.string() + ": " + why + ": '" + line + "'");
}

bool read_int(std::string_view s, int& out) {
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size();
}

// Runs `each(file, line)` over every line of data/temporal/<name> in every directory.
template <class F> void each_line(const DataDirs& dirs, const std::string& name, F each) {
    for (const auto& file : data_files(dirs, "temporal/" + name))
        for (const auto& line : read_data_lines(file))
            each(file, line);
}

struct Loader {
    TemporalLexicon lex;

    WordInfo& word(const std::string& w) { return lex.words[lower(w)]; }

    void add_phrase(const std::string& text, PhraseKind kind, std::string value,
                    Cue cue = Cue::none, int holiday = -1) {
        Phrase p{phrase_tokens(text), {}, kind, std::move(value), cue, holiday};
        if (p.tokens.empty()) return;
        for (const auto& tok : p.tokens)
            p.words.push_back(std::isalpha(static_cast<unsigned char>(tok[0])) ? &word(tok)
                                                                               : nullptr);
        const int index = static_cast<int>(lex.phrases.size());
        lex.phrases_by_first[p.tokens.front()].push_back(index);
        WordInfo& first = word(p.tokens.front());
        first.phrase_start = true;
        const auto kind_bit = static_cast<std::uint8_t>(1u << static_cast<int>(kind));
        if (p.words.size() > 1 && p.words[1])
            word(p.tokens[1]).second_in |= kind_bit;
        else
            first.loose_phrases |= kind_bit;
        lex.phrases.push_back(std::move(p));
    }

    // "N word word…" files.
    template <class F>
    void numbered(const DataDirs& dirs, const std::string& name, int lo, int hi, F set) {
        each_line(dirs, name, [&](const auto& file, const std::string& line) {
            auto f = split_ws(line);
            int n = 0;
            if (f.size() < 2 || !read_int(f[0], n) || n < lo || n > hi)
                bad_line(file, line,
                         "expected a number from " + std::to_string(lo) + " to " +
                             std::to_string(hi) + " and words");
            for (std::size_t i = 1; i < f.size(); ++i)
                set(word(f[i]), n, i > 1);
        });
    }

    void cues(const DataDirs& dirs, const std::string& name, Cue cue) {
        each_line(dirs, name, [&](const auto&, const std::string& line) {
            auto toks = phrase_tokens(line);
            if (toks.size() == 1)
                word(toks[0]).cue = cue;
            else
                add_phrase(line, PhraseKind::cue, {}, cue);
        });
    }

    void holidays(const DataDirs& dirs) {
        std::unordered_map<std::string, int> by_name;
        each_line(dirs, "holidays.txt", [&](const auto& file, const std::string& line) {
            const auto bar = line.find('|');
            auto head = split_ws(line.substr(0, bar));
            Holiday h{};
            std::size_t name_at = 0;
            auto fail = [&] { bad_line(file, line, "expected a holiday rule and names"); };
            if (head.size() < 3) fail();
            if (head[0] == "fixed") {
                h.rule = Holiday::Rule::fixed;
                if (head[1].size() != 5 || head[1][2] != '-' ||
                    !read_int(std::string_view(head[1]).substr(0, 2), h.month) ||
                    !read_int(std::string_view(head[1]).substr(3), h.day))
                    fail();
                name_at = 2;
            } else if (head[0] == "nth") {
                h.rule = Holiday::Rule::nth_weekday;
                if (head.size() < 5 || !read_int(head[1], h.nth) || !read_int(head[3], h.month))
                    fail();
                const WordInfo* wd = lex.find(lower(head[2]));
                if (!wd || wd->weekday == 0) fail();
                h.weekday = wd->weekday;
                name_at = 4;
            } else if (head[0] == "after") {
                h.rule = Holiday::Rule::after;
                auto it = by_name.find(lower(head[1]));
                if (it == by_name.end() || !read_int(head[2], h.days)) fail();
                h.base = it->second;
                name_at = 3;
            } else {
                fail();
            }
            std::vector<std::string> names;
            std::string first;
            for (std::size_t i = name_at; i < head.size(); ++i)
                first += (first.empty() ? "" : " ") + head[i];
            names.push_back(first);
            if (bar != std::string::npos) {
                std::istringstream rest(line.substr(bar + 1));
                std::string name;
                while (std::getline(rest, name, '|')) {
                    auto b = name.find_first_not_of(' ');
                    auto e = name.find_last_not_of(' ');
                    if (b != std::string::npos) names.push_back(name.substr(b, e - b + 1));
                }
            }
            h.name = names.front();
            const int index = static_cast<int>(lex.holidays.size());
            lex.holidays.push_back(h);
            for (const auto& n : names) {
                by_name[lower(n)] = index;
                add_phrase(n, PhraseKind::holiday, {}, Cue::none, index);
            }
        });
    }
};

constexpr std::string_view season_codes[] = {"SP", "SU", "FA", "WI"};
constexpr std::string_view part_names[] = {"START", "MID", "END"};
constexpr std::string_view cue_names[] = {"by",       "until",         "since",       "from",
                                          "starting", "no_later_than", "on_or_after", "before",
                                          "after",    "within"};

} // namespace

const WordInfo* TemporalLexicon::find(std::string_view lower_word) const {
    return find(lower_word, WordHash{}(lower_word), WordHash::first_eight(lower_word.substr(0, 8)));
}

const WordInfo* TemporalLexicon::find_in_map(std::string_view lower_word) const {
    auto it = words.find(lower_word);
    return it == words.end() ? nullptr : &it->second;
}

void TemporalLexicon::build_index() {
    std::size_t size = 16;
    while (size < words.size() * 3)
        size *= 2;
    index.assign(size, Slot{});
    index_mask = size - 1;
    present.fill(0);
    for (const auto& [key, info] : words) {
        const std::uint64_t h = WordHash{}(key);
        const std::uint64_t bit = presence_bit(h);
        present[bit >> 6] |= std::uint64_t{1} << (bit & 63);
        std::uint64_t k = h & index_mask;
        while (index[k].info)
            k = (k + 1) & index_mask;
        index[k] = Slot{h, WordHash::first_eight(std::string_view(key).substr(0, 8)), key, &info};
    }
}

std::vector<std::string> phrase_tokens(std::string_view phrase) {
    std::vector<std::string> out;
    std::size_t i = 0;
    auto is_alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    while (i < phrase.size()) {
        const char c = phrase[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (is_alpha(c) || is_digit(c)) {
            const bool alpha = is_alpha(c);
            std::size_t j = i;
            while (j < phrase.size() && (alpha ? is_alpha(phrase[j]) : is_digit(phrase[j])))
                ++j;
            out.push_back(lower(phrase.substr(i, j - i)));
            i = j;
        } else {
            out.emplace_back(1, c);
            ++i;
        }
    }
    return out;
}

TemporalLexicon load_temporal_lexicon(const DataDirs& dirs) {
    Loader L;
    L.numbered(dirs, "months.txt", 1, 12, [](WordInfo& w, int n, bool abbr) {
        w.month = static_cast<std::int8_t>(n);
        w.abbreviation = abbr;
    });
    L.numbered(dirs, "weekdays.txt", 1, 7, [](WordInfo& w, int n, bool later) {
        w.weekday = static_cast<std::int8_t>(n);
        w.abbreviation = later;
    });
    // A weekday's plural ("mondays") is listed last; mark words ending in s.
    for (auto& [k, w] : L.lex.words)
        if (w.weekday && k.size() > 6 && k.back() == 's') w.plural = true;
    L.numbered(dirs, "numbers.txt", 0, 1000,
               [](WordInfo& w, int n, bool) { w.number = static_cast<std::int16_t>(n); });
    L.numbered(dirs, "ordinals.txt", 1, 31,
               [](WordInfo& w, int n, bool) { w.ordinal = static_cast<std::int16_t>(n); });
    L.numbered(dirs, "relative_days.txt", -7, 7,
               [](WordInfo& w, int n, bool) { w.relative_day = static_cast<std::int8_t>(n); });
    L.numbered(dirs, "relatives.txt", -1, 1,
               [](WordInfo& w, int n, bool) { w.relative = static_cast<std::int8_t>(n); });

    static const std::pair<const char*, Unit> unit_names[] = {
        {"second", Unit::second},   {"minute", Unit::minute}, {"hour", Unit::hour},
        {"day", Unit::day},         {"week", Unit::week},     {"month", Unit::month},
        {"quarter", Unit::quarter}, {"year", Unit::year},     {"decade", Unit::decade},
        {"century", Unit::century}};
    each_line(dirs, "units.txt", [&](const auto& file, const std::string& line) {
        auto f = split_ws(line);
        if (f.size() < 2) bad_line(file, line, "expected a unit and names");
        std::string name = f[0];
        int multiple = 1;
        if (auto star = name.find('*'); star != std::string::npos) {
            if (!read_int(std::string_view(name).substr(star + 1), multiple) || multiple < 1 ||
                multiple > 100)
                bad_line(file, line, "bad multiple");
            name.resize(star);
        }
        int unit = -1;
        for (const auto& [n, u] : unit_names)
            if (name == n) unit = static_cast<int>(u);
        if (unit < 0) bad_line(file, line, "unknown unit '" + name + "'");
        for (std::size_t i = 1; i < f.size(); ++i) {
            auto& w = L.word(f[i]);
            w.unit = static_cast<std::int8_t>(unit);
            w.unit_multiple = static_cast<std::int8_t>(multiple);
            w.plural = f[i].back() == 's' || f[i] == "centuries";
        }
    });

    each_line(dirs, "seasons.txt", [&](const auto& file, const std::string& line) {
        auto f = split_ws(line);
        int code = -1;
        for (int i = 0; i < 4; ++i)
            if (!f.empty() && f[0] == season_codes[i]) code = i;
        if (code < 0 || f.size() < 2) bad_line(file, line, "expected SP, SU, FA or WI and names");
        for (std::size_t i = 1; i < f.size(); ++i)
            L.word(f[i]).season = static_cast<std::int8_t>(code);
    });

    static const DayPart known_parts[] = {
        {"MO", 0, 12}, {"AF", 12, 19}, {"EV", 18, 24}, {"NI", 18, 24}, {"MI", 12, 14}};
    each_line(dirs, "dayparts.txt", [&](const auto& file, const std::string& line) {
        auto f = split_ws(line);
        int index = -1;
        for (const auto& p : known_parts)
            if (!f.empty() && f[0] == p.code) {
                for (std::size_t k = 0; k < L.lex.dayparts.size(); ++k)
                    if (L.lex.dayparts[k].code == p.code) index = static_cast<int>(k);
                if (index < 0) {
                    index = static_cast<int>(L.lex.dayparts.size());
                    L.lex.dayparts.push_back(p);
                }
            }
        if (index < 0 || f.size() < 2)
            bad_line(file, line, "expected MO, AF, EV, NI or MI and names");
        for (std::size_t i = 1; i < f.size(); ++i)
            L.word(f[i]).daypart = static_cast<std::int8_t>(index);
    });

    each_line(dirs, "parts.txt", [&](const auto& file, const std::string& line) {
        auto f = split_ws(line);
        int part = -1;
        for (int i = 0; i < 3; ++i)
            if (!f.empty() && f[0] == part_names[i]) part = i;
        if (part < 0 || f.size() < 2) bad_line(file, line, "expected START, MID or END and words");
        for (std::size_t i = 1; i < f.size(); ++i)
            L.word(f[i]).part = static_cast<std::int8_t>(part);
    });

    each_line(dirs, "zones.txt", [&](const auto& file, const std::string& line) {
        auto f = split_ws(line);
        int h = 0, m = 0;
        if (f.size() != 2 || f[1].size() != 6 || f[1][3] != ':' ||
            !read_int(std::string_view(f[1]).substr(0, 3), h) ||
            !read_int(std::string_view(f[1]).substr(4), m))
            bad_line(file, line, "expected an abbreviation and an offset such as -04:00");
        const int minutes = h * 60 + (f[1][0] == '-' ? -m : m);
        std::string upper = f[0];
        for (auto& c : upper)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        L.lex.zones[upper] = minutes;
        L.word(f[0]).zone_minutes = static_cast<std::int16_t>(minutes);
    });

    each_line(dirs, "zone_places.txt", [&](const auto& file, const std::string& line) {
        auto f = split_ws(line);
        if (f.size() != 2 || (f[1] != "local" && f[1].find('/') == std::string::npos))
            bad_line(file, line, "expected a place and a zone such as America/New_York, or local");
        // A zone the tz database lacks is told now, not at the first article
        // that names the place.
        if (f[1] != "local" && !known_zone(f[1]))
            bad_line(file, line, "unknown time zone '" + f[1] + "'");
        WordInfo& w = L.word(f[0]);
        w.zone_place = static_cast<std::int16_t>(L.lex.zone_places.size());
        L.lex.zone_places.push_back(f[1] == "local" ? std::string() : f[1]);
    });

    each_line(dirs, "references.txt", [&](const auto& file, const std::string& line) {
        auto sp = line.find(' ');
        if (sp == std::string::npos) bad_line(file, line, "expected a value and a phrase");
        std::string value = line.substr(0, sp);
        if (value != "PRESENT_REF" && value != "PAST_REF" && value != "FUTURE_REF")
            bad_line(file, line, "expected PRESENT_REF, PAST_REF or FUTURE_REF");
        L.add_phrase(line.substr(sp + 1), PhraseKind::reference, value);
    });

    each_line(dirs, "sets.txt", [&](const auto& file, const std::string& line) {
        auto f = split_ws(line);
        if (f.size() < 2 || f[0].empty() || f[0][0] != 'P')
            bad_line(file, line, "expected a value such as P1D and words");
        const int index = static_cast<int>(L.lex.sets.size());
        L.lex.sets.push_back({f[0]});
        for (std::size_t i = 1; i < f.size(); ++i)
            L.word(f[i]).set = static_cast<std::int8_t>(index);
    });

    each_line(dirs, "bounds.txt", [&](const auto& file, const std::string& line) {
        auto sp = line.find(' ');
        std::string cue = line.substr(0, sp);
        bool known = false;
        for (auto c : cue_names)
            known = known || cue == c;
        if (sp == std::string::npos || !known) bad_line(file, line, "expected a cue and words");
        L.add_phrase(line.substr(sp + 1), PhraseKind::bound, cue);
    });

    L.cues(dirs, "future_cues.txt", Cue::future);
    L.cues(dirs, "past_cues.txt", Cue::past);
    L.cues(dirs, "present_cues.txt", Cue::present);
    each_line(dirs, "not_past_ed.txt",
              [&](const auto&, const std::string& line) { L.word(line).not_past_ed = true; });
    each_line(dirs, "reporting_cues.txt",
              [&](const auto&, const std::string& line) { L.word(line).reporting = true; });
    each_line(dirs, "listener_verbs.txt", [&](const auto&, const std::string& line) {
        auto& w = L.word(line);
        w.reporting = true;
        w.listener = true;
    });
    each_line(dirs, "reporting_circumstances.txt",
              [&](const auto&, const std::string& line) { L.word(line).circumstance = true; });
    each_line(dirs, "function_words.txt",
              [&](const auto&, const std::string& line) { L.word(line).determiner = true; });
    each_line(dirs, "event_nouns.txt",
              [&](const auto&, const std::string& line) { L.word(line).event_noun = true; });
    each_line(dirs, "record_words.txt",
              [&](const auto&, const std::string& line) { L.word(line).record = true; });
    L.holidays(dirs);
    // The words an expression may begin with, so the grammar tries only there.
    for (const char* w : {"the",     "a",         "an",      "mid",   "noon",       "midnight",
                          "midday",  "half",      "quarter", "q",     "h",          "fiscal",
                          "fy",      "between",   "from",    "every", "each",       "per",
                          "eom",     "bom",       "eoy",     "boy",   "eod",        "several",
                          "few",     "couple",    "rest",    "end",   "beginning",  "later",
                          "earlier", "over",      "nearly",  "about", "around",     "approximately",
                          "almost",  "more",      "less",    "at",    "in",         "that",
                          "up",      "some",      "roughly", "under", "calendar",   "tonight",
                          "tonite",  "many",      "on",      "year",  "comparable", "corresponding",
                          "same",    "remainder", "weekend", "wkend", "weekends",   "pair",
                          "another"})
        L.word(w).starts = true;
    for (const char* w : {"the",        "a",
                          "an",         "in",
                          "on",         "at",
                          "that",       "up",
                          "some",       "more",
                          "less",       "about",
                          "around",     "over",
                          "from",       "between",
                          "every",      "each",
                          "per",        "nearly",
                          "almost",     "under",
                          "roughly",    "approximately",
                          "comparable", "corresponding",
                          "calendar",   "fiscal",
                          "this",       "next",
                          "last",       "past",
                          "coming",     "upcoming",
                          "previous",   "following",
                          "prior",      "preceding",
                          "current",    "present",
                          "than",       "least",
                          "to",         "from",
                          "between"})
        L.word(w).leads = true;
    for (auto& [key, w] : L.lex.words) {
        if (w.month || w.weekday || w.number >= 0 || w.ordinal > 0 || w.relative != no_value ||
            w.relative_day != no_value || w.season >= 0 || w.daypart >= 0 || w.part >= 0 ||
            w.unit >= 0 || w.set >= 0)
            w.starts = true;
        if (auto it = L.lex.phrases_by_first.find(key); it != L.lex.phrases_by_first.end()) {
            w.phrases = &it->second;
            for (int index : it->second) {
                const Phrase& ph = L.lex.phrases[static_cast<std::size_t>(index)];
                w.phrases_of[static_cast<int>(ph.kind)].push_back(
                    {index, ph.words.size() > 1 ? ph.words[1] : nullptr, ph.tokens.size()});
            }
            for (int index : it->second)
                if (L.lex.phrases[static_cast<std::size_t>(index)].kind != PhraseKind::cue)
                    w.opens = true;
        }
    }
    // Last, as it reads every other field of each entry.
    for (auto& [key, w] : L.lex.words)
        w.rule_starts = rules_starting_with(key, w);
    TemporalLexicon out = std::move(L.lex);
    out.build_index();
    out.unknown_word_rule_starts = rules_starting_with_unknown_word(out);
    out.number_rule_starts = rules_starting_with_mark(0);
    out.apostrophe_rule_starts = rules_starting_with_mark('\'');
    out.at_sign_rule_starts = rules_starting_with_mark('@');
    return out;
}

} // namespace parley::temporal
