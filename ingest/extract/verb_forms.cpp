#include "ingest/extract/verb_forms.h"

namespace parley::extract {

namespace {

bool vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

void VerbForms::load(const DataDirs& dirs) {
    for (const auto& line : read_data(dirs, "language/verbs.tsv")) {
        auto f = fields(line.text);
        if (f.size() != 2 || f[0].empty()) bad_line(line, "expected 'lemma<TAB>form|form|...'");
        add(f[0], alternatives(f[1]));
    }
}

void VerbForms::add(const std::string& lemma, std::vector<std::string> forms) {
    irregular_[lemma] = std::move(forms);
}

std::vector<std::string> VerbForms::forms(std::string_view lemma) const {
    std::string base(lemma);
    std::vector<std::string> out{base};
    if (auto it = irregular_.find(base); it != irregular_.end()) {
        out.insert(out.end(), it->second.begin(), it->second.end());
        return out;
    }
    if (base.empty()) return out;
    const char last = base.back();
    const bool consonant_y = last == 'y' && base.size() > 1 && !vowel(base[base.size() - 2]);
    // third person
    if (ends_with(base, "s") || ends_with(base, "x") || ends_with(base, "z") ||
        ends_with(base, "ch") || ends_with(base, "sh"))
        out.push_back(base + "es");
    else if (consonant_y)
        out.push_back(base.substr(0, base.size() - 1) + "ies");
    else
        out.push_back(base + "s");
    // past
    if (last == 'e')
        out.push_back(base + "d");
    else if (consonant_y)
        out.push_back(base.substr(0, base.size() - 1) + "ied");
    else
        out.push_back(base + "ed");
    // present participle
    if (last == 'e' && !ends_with(base, "ee") && base.size() > 2)
        out.push_back(base.substr(0, base.size() - 1) + "ing");
    else
        out.push_back(base + "ing");
    return out;
}

} // namespace parley::extract
