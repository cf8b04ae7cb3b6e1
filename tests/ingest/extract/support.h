#pragma once
// Shared by the extraction tests: parley's own rules loaded once, and time
// expressions written by hand where a test must not depend on the temporal
// engine.

#include "ingest/extract/analysis.h"
#include "ingest/extract/rules.h"

#include <string>
#include <string_view>
#include <vector>

namespace parley::test {

// parley's data/ rules, loaded on first use.
const extract::Rules& our_rules();

// A time expression over the first occurrence of `words` in `text`, placed on
// `value` ("2025-05-23", "2025-03", "2025-07-01/2025-07-10", "P90D").
TimeExpression when(std::string_view text, std::string_view words, std::string_view value,
                    std::string cue = {});

// 2025-05-20 00:00 in Tokyo, the seed article's publication time.
ReferenceTime tokyo_2025_05_20();

// The events of `text` with the given time expressions, under parley's rules.
std::vector<Event> events(std::string_view text, std::vector<TimeExpression> dates = {},
                          const ReferenceTime& ref = tokyo_2025_05_20());

} // namespace parley::test
