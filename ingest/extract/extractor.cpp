#include "ingest/extract/analysis.h"
#include "ingest/extract/day_ranges.h"
#include "ingest/extract/extract.h"
#include "ingest/extract/rules.h"
#include "ingest/temporal/lexicon.h"

#include <date/tz.h>

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

Extraction Extractor::extract(std::string_view text, const ReferenceTime& given) const {
    // A zone the tz database does not know (a feed configured by hand) is
    // read at the fixed offset rather than failing the whole article.
    ReferenceTime ref = given;
    if (!ref.zone.empty()) {
        try {
            (void)date::locate_zone(ref.zone);
        } catch (const std::exception&) {
            ref.zone.clear();
        }
    }
    // Events are dated by the spans the text joins; the dates listed stay
    // as the temporal engine read them, as TimeML would annotate them.
    // The temporal engine lower-cases the text as it reads it; the
    // extractor reads the same copy.
    std::string lower;
    auto dates = find_time_expressions(text, ref, rules_->temporal, &lower);
    auto spans = extract::join_day_ranges(text, dates);
    auto doc = spans ? extract::analyse(text, std::move(lower), std::move(*spans), rules_->rules)
                     : extract::analyse(text, std::move(lower), std::move(dates), rules_->rules);
    Extraction out;
    out.people = extract::people_of(doc);
    out.events = extract::events_of(doc, rules_->rules, ref);
    out.dates = spans ? std::move(dates) : std::move(doc.dates);
    extract::recycle(std::move(doc));
    return out;
}

} // namespace parley
