#include "ingest/extract/gazetteer.h"

#include "ingest/extract/data_lines.h"

#include <charconv>
#include <cstdlib>

namespace parley::extract {

namespace {

bool is_country_code(std::string_view s) {
    if (s.size() != 3) return false;
    for (char c : s)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

std::vector<std::string> columns(const DataLine& line, std::size_t min, std::size_t max,
                                 const char* format) {
    auto f = fields(line.text);
    if (f.size() < min || f.size() > max)
        bad_line(line, std::string("expected ") + format + " separated by tabs");
    f.resize(max);
    return f;
}

std::string country_column(const DataLine& line, const std::string& s) {
    if (!s.empty() && !is_country_code(s))
        bad_line(line, "'" + s + "' is not an ISO 3166 alpha-3 code such as JPN");
    return s;
}

} // namespace

std::uint32_t Gazetteer::add_entry(Vocabulary& vocabulary, std::string_view phrase, Entry entry) {
    auto id = static_cast<std::uint32_t>(entries.size());
    entries.push_back(entry);
    phrases.add(vocabulary, phrase, id);
    return id;
}

void Gazetteer::load(const DataDirs& dirs, Vocabulary& v) {
    for (const auto& line : read_data(dirs, "gazetteer/countries.tsv")) {
        auto f = columns(line, 2, 5, "CODE, names, adjectives, seats of government, union");
        std::string code = country_column(line, f[0]);
        if (code.empty()) bad_line(line, "a country needs its alpha-3 code");
        if (std::string u = country_column(line, f[4]); !u.empty()) union_of[code] = u;
        auto [it, added] =
            country_index.try_emplace(code, static_cast<std::uint32_t>(countries.size()));
        if (added) countries.push_back(code);
        const std::uint32_t idx = it->second;
        for (const auto& n : alternatives(f[1]))
            add_entry(v, n, {EntryKind::country, idx, CountryForm::name});
        for (const auto& n : alternatives(f[2]))
            add_entry(v, n, {EntryKind::country, idx, CountryForm::adjective});
        for (const auto& n : alternatives(f[3]))
            add_entry(v, n, {EntryKind::country, idx, CountryForm::capital});
    }
    for (const auto& line : read_data(dirs, "gazetteer/organisations.tsv")) {
        auto f = columns(line, 1, 3, "names, country, members");
        auto names = alternatives(f[0]);
        if (names.empty()) bad_line(line, "an organisation needs a name");
        auto idx = static_cast<std::uint32_t>(organisations.size());
        std::vector<std::string> members;
        for (const auto& m : alternatives(f[2]))
            members.push_back(country_column(line, m));
        organisations.push_back({names[0], country_column(line, f[1]), std::move(members)});
        for (const auto& n : names)
            add_entry(v, n, {EntryKind::organisation, idx});
    }
    for (const auto& line : read_data(dirs, "gazetteer/places.tsv")) {
        auto f = columns(line, 2, 2, "names, country");
        auto names = alternatives(f[0]);
        if (names.empty()) bad_line(line, "a place needs a name");
        auto idx = static_cast<std::uint32_t>(places.size());
        places.push_back({names[0], country_column(line, f[1])});
        for (const auto& n : names)
            add_entry(v, n, {EntryKind::place, idx});
    }
    for (const auto& line : read_data(dirs, "gazetteer/products.tsv")) {
        auto f = columns(line, 2, 2, "canonical name, phrases");
        if (f[0].empty() || f[0].find(' ') != std::string::npos)
            bad_line(line, "a canonical product name is one word, as auto_parts");
        auto idx = static_cast<std::uint32_t>(products.size());
        products.push_back(f[0]);
        for (const auto& n : alternatives(f[1]))
            add_entry(v, n, {EntryKind::product, idx});
    }
    for (const auto& line : read_data(dirs, "gazetteer/roles.tsv")) {
        auto f = columns(line, 2, 3, "phrases, office|description, country");
        if (f[1] != "office" && f[1] != "description")
            bad_line(line, "the second column is 'office' or 'description'");
        std::string country = country_column(line, f[2]);
        for (const auto& n : alternatives(f[0])) {
            auto idx = static_cast<std::uint32_t>(roles.size());
            roles.push_back({n, country, f[1] == "office"});
            add_entry(v, n, {EntryKind::role, idx});
        }
    }
    for (const auto& line : read_data(dirs, "gazetteer/people.tsv")) {
        auto f = columns(line, 1, 4, "name, role, country, other names");
        if (f[0].empty()) bad_line(line, "a person needs a name");
        auto idx = static_cast<std::uint32_t>(people.size());
        people.push_back({f[0], f[1], country_column(line, f[2])});
        add_entry(v, f[0], {EntryKind::person, idx});
        for (const auto& n : alternatives(f[3])) {
            add_entry(v, n, {EntryKind::person, idx});
            // "von der Leyen" opens a sentence as "Von der Leyen".
            if (!n.empty() && n[0] >= 'a' && n[0] <= 'z') {
                std::string opening = n;
                opening[0] = static_cast<char>(opening[0] - 'a' + 'A');
                add_entry(v, opening, {EntryKind::person, idx});
            }
        }
    }
    for (const auto& line : read_data(dirs, "gazetteer/units.tsv")) {
        auto f = columns(line, 1, 2, "phrases, product");
        auto names = alternatives(f[0]);
        for (const auto& n : names) {
            auto idx = static_cast<std::uint32_t>(units.size());
            units.push_back({n, f[1]});
            add_entry(v, n, {EntryKind::unit, idx});
        }
    }
    for (const auto& line : read_data(dirs, "gazetteer/currencies.tsv")) {
        auto f = columns(line, 2, 3, "CODE, symbols, words");
        if (f[0].size() != 3) bad_line(line, "a currency needs its ISO 4217 code, as USD");
        auto idx = static_cast<std::uint32_t>(currencies.size());
        currencies.push_back(f[0]);
        for (const auto& n : alternatives(f[1]))
            add_entry(v, n, {EntryKind::currency_symbol, idx});
        for (const auto& n : alternatives(f[2]))
            add_entry(v, n, {EntryKind::currency_word, idx});
    }
    for (const auto& line : read_data(dirs, "language/words.tsv")) {
        auto f = fields(line.text);
        if (f.size() < 2) continue;
        WordIds* words = f[0] == "leads"         ? &lead_verbs
                         : f[0] == "speech"      ? &speech_verbs
                         : f[0] == "clause_verb" ? &clause_verbs
                                                 : nullptr;
        if (!words) continue;
        for (const auto& w : alternatives(f[1]))
            if (w.find(' ') == std::string::npos) words->insert(v.intern(w));
    }
    for (const auto& line : read_data(dirs, "language/numbers.tsv")) {
        auto f = columns(line, 2, 3, "words, kind, value");
        EntryKind kind;
        if (f[1] == "cardinal")
            kind = EntryKind::cardinal;
        else if (f[1] == "ordinal")
            kind = EntryKind::ordinal;
        else if (f[1] == "multiplier")
            kind = EntryKind::multiplier;
        else if (f[1] == "percent")
            kind = EntryKind::percent_word;
        else if (f[1] == "points")
            kind = EntryKind::points_word;
        else if (f[1] == "rate")
            kind = EntryKind::rate_word;
        else
            bad_line(line, "kind is cardinal, ordinal, multiplier, percent, points or rate");
        double value = 0;
        if (!f[2].empty()) {
            char* end = nullptr;
            value = std::strtod(f[2].c_str(), &end);
            if (end == f[2].c_str() || *end != '\0')
                bad_line(line, "'" + f[2] + "' is not a number");
        }
        auto idx = static_cast<std::uint32_t>(numbers.size());
        numbers.push_back(value);
        for (const auto& n : alternatives(f[0]))
            add_entry(v, n, {kind, idx});
    }
}

} // namespace parley::extract
