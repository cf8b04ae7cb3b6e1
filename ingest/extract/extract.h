#pragma once
// From an article's plain text and publication time: its dates, the people it
// names with their roles, and the events of DESIGN.md with their evidence.

#include "ingest/data_dir.h"
#include "ingest/temporal/time_expression.h"
#include "timeline/event.h"

#include <memory>
#include <string_view>
#include <vector>

namespace parley {

struct Extraction {
    std::vector<TimeExpression> dates;
    std::vector<Person> people;
    std::vector<Event> events;
};

class Extractor {
public:
    // Loads the gazetteers and event rules from `dirs`; throws
    // std::runtime_error naming the file and line of a bad rule.
    explicit Extractor(const DataDirs& dirs);
    ~Extractor();
    Extractor(Extractor&&) noexcept;
    Extractor& operator=(Extractor&&) noexcept;

    // A zone the tz database does not know is read at `ref.offset`.
    Extraction extract(std::string_view text, const ReferenceTime& ref) const;

private:
    struct Rules;
    std::unique_ptr<Rules> rules_;
};

} // namespace parley
