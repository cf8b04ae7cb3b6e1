#include "timeline/measure.h"

#include <algorithm>

namespace parley {

std::string_view to_string(MeasureCategory c) {
    switch (c) {
    case MeasureCategory::baseline:
        return "baseline";
    case MeasureCategory::country_specific:
        return "country-specific";
    case MeasureCategory::sectoral:
        return "sectoral";
    }
    return "sectoral";
}

bool is_country_code(const std::string& s) {
    return s.size() == 3 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

MeasureScope measure_scope(const Event& e) {
    MeasureScope s;
    s.target = e.details.target;
    for (const auto& a : e.actors) {
        if (!is_country_code(a) || a == "ALL" || a == s.target) continue;
        if (s.imposer.empty())
            s.imposer = a;
        else if (s.target.empty())
            s.target = a;
    }
    if (s.target.empty()) s.target = "ALL";
    s.products = e.details.products;
    std::sort(s.products.begin(), s.products.end());
    s.products.erase(std::unique(s.products.begin(), s.products.end()), s.products.end());
    return s;
}

MeasureCategory category(const MeasureScope& s) {
    if (!s.products.empty()) return MeasureCategory::sectoral;
    return s.target == "ALL" ? MeasureCategory::baseline : MeasureCategory::country_specific;
}

std::string scope_key(const MeasureScope& s) {
    std::string k = s.imposer + ">" + s.target + ":";
    for (std::size_t i = 0; i < s.products.size(); ++i) {
        if (i) k += "+";
        k += s.products[i];
    }
    return k;
}

bool pause_applies(const MeasureScope& pause, const MeasureScope& measure) {
    if (!pause.imposer.empty() && pause.imposer != measure.imposer) return false;
    if (pause.target != "ALL" && pause.target != measure.target) return false;
    if (pause.products.empty()) return category(measure) == MeasureCategory::country_specific;
    for (const auto& p : pause.products)
        if (std::binary_search(measure.products.begin(), measure.products.end(), p)) return true;
    return false;
}

} // namespace parley
