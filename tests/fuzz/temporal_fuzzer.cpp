// The temporal tagger on arbitrary bytes: it must return expressions whose
// offsets lie inside the input and whose text is the input's, or nothing,
// and never crash. The fuzz build adds ASan and UBSan.

#include "ingest/temporal/time_expression.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    static const parley::ReferenceTime tokyo{date::sys_days{date::year{2025} / 5 / 19} +
                                                 std::chrono::hours{15},
                                             "Asia/Tokyo", std::chrono::minutes{0}};
    static const parley::ReferenceTime offset{date::sys_days{date::year{2013} / 2 / 12}, "",
                                              std::chrono::minutes{-120}};
    const auto& ref = size % 2 ? tokyo : offset;
    for (const auto& e : parley::find_time_expressions(text, ref)) {
        if (e.begin >= e.end || e.end > size) __builtin_trap();
        if (text.substr(e.begin, e.end - e.begin) != e.text) __builtin_trap();
        if (e.date.first && e.date.last && *e.date.last < *e.date.first) __builtin_trap();
    }
    if (size <= 256) (void)parley::parse_time_phrase(text, ref);
    return 0;
}
