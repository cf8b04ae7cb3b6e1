#pragma once
// The inflections of a verb written once in a rule file as "impose~":
// impose, imposes, imposed, imposing. Irregular and doubled forms come from
// data/language/verbs.tsv ("meet<TAB>meets|met|meeting").

#include "ingest/extract/data_lines.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::extract {

class VerbForms {
public:
    // Reads "lemma<TAB>forms" lines; the forms replace the regular ones.
    void load(const DataDirs& dirs);
    void add(const std::string& lemma, std::vector<std::string> forms);

    // The lemma and its forms, lower case.
    std::vector<std::string> forms(std::string_view lemma) const;

private:
    std::unordered_map<std::string, std::vector<std::string>> irregular_;
};

} // namespace parley::extract
