#pragma once
// A tariff measure's scope: who imposes it, on whom, on what. Reports of one
// measure (announced, imposed, changed) and of its pauses share a scope.

#include "timeline/event.h"

#include <string>
#include <vector>

namespace parley {

enum class MeasureCategory {
    baseline,         // on every country, on everything ("a baseline tariff of 10 percent")
    country_specific, // on one country, on everything ("the country-specific 14 percent")
    sectoral          // on products, from one country or all ("25 percent on automobiles")
};

std::string_view to_string(MeasureCategory c);

struct MeasureScope {
    std::string imposer;               // alpha-3; empty when no report names one
    std::string target;                // alpha-3 or "ALL"
    std::vector<std::string> products; // sorted, unique
    friend bool operator==(const MeasureScope&, const MeasureScope&) = default;
};

bool is_country_code(const std::string& s); // three capital letters, or "ALL"

// Imposer: the first country among the actors other than the target. Target:
// details.target, else the next country among the actors, else ALL.
MeasureScope measure_scope(const Event& e);
MeasureCategory category(const MeasureScope& s);

// "USA>JPN:autos+steel"
std::string scope_key(const MeasureScope& s);

// Whether a pause of scope `pause` suspends the measure of scope `measure`: the
// same imposer, a pause on ALL or on the measure's target, and for a pause
// naming products, a measure on one of them; a pause naming none suspends the
// country-specific measures (the reciprocal duties above the baseline).
bool pause_applies(const MeasureScope& pause, const MeasureScope& measure);

} // namespace parley
