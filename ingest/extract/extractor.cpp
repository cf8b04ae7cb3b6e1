#include "ingest/extract/analysis.h"
#include "ingest/extract/extract.h"
#include "ingest/extract/rules.h"
#include "ingest/temporal/lexicon.h"

namespace parley {

struct Extractor::Rules {
    explicit Rules(const DataDirs& dirs)
        : rules(dirs), temporal(temporal::load_temporal_lexicon(dirs)) {}
    extract::Rules rules;
    temporal::TemporalLexicon temporal;
};

Extractor::Extractor(const DataDirs& dirs) : rules_(std::make_unique<Rules>(dirs)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Extraction Extractor::extract(std::string_view text, const ReferenceTime& ref) const {
    auto doc =
        extract::analyse(text, find_time_expressions(text, ref, rules_->temporal), rules_->rules);
    Extraction out;
    out.people = extract::people_of(doc);
    out.events = extract::events_of(doc, rules_->rules, ref);
    out.dates = std::move(doc.dates);
    return out;
}

} // namespace parley
