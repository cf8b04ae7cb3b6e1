// The temporal tagger on arbitrary text, against a reference chosen by the
// first bytes (a zone or a fixed offset, and an awkward instant: a leap day,
// a DST change, a year's end). Every expression must lie inside the text and
// say what it covers consistently; a phrase read alone must not crash.

#include "ingest/temporal/time_expression.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace {

constexpr std::array<const char*, 6> zones{"",
                                           "Asia/Tokyo",
                                           "America/New_York",
                                           "Europe/London",
                                           "Pacific/Kiritimati",
                                           "America/St_Johns"};

// 2024-02-29 12:00Z, 2025-03-09 06:59Z (New York springs forward), 2025-11-02
// 05:30Z (falls back), 2025-12-31 23:59:59Z, 2025-05-20 00:00Z, 1999-12-31 12:00Z.
constexpr std::array<std::int64_t, 6> instants{1709208000, 1741503540, 1762061400,
                                               1767225599, 1747699200, 946641600};

[[noreturn]] void fail(const char* what, const parley::TimeExpression& e) {
    const std::string first = e.date.first ? parley::iso_day(*e.date.first) : "-";
    const std::string last = e.date.last ? parley::iso_day(*e.date.last) : "-";
    std::fprintf(stderr,
                 "temporal_fuzzer: %s: [%zu, %zu) \"%s\" value \"%s\" date \"%s\" covering %s "
                 "to %s\n",
                 what, e.begin, e.end, e.text.c_str(), e.value.c_str(), e.date.value.c_str(),
                 first.c_str(), last.c_str());
    __builtin_trap();
}

void check(std::string_view text, const parley::TimeExpression& e) {
    if (e.begin >= e.end || e.end > text.size()) fail("offsets outside the text", e);
    if (text.substr(e.begin, e.end - e.begin) != e.text) fail("text is not the span", e);
    if (e.date.first.has_value() != e.date.last.has_value()) fail("half a date", e);
    if (e.date.known() && *e.date.first > *e.date.last) fail("date ends before it begins", e);
    if (e.start && e.stop && *e.start > *e.stop) fail("span ends before it starts", e);
    if (e.duration_days && *e.duration_days < 0) fail("negative duration", e);
    // A calendar value written for a date must read back as the same days
    // (clock times, durations and references are not written that way).
    using G = parley::Granularity;
    const G g = e.date.granularity;
    if (e.date.known() && !e.date.value.empty() &&
        (g == G::day || g == G::week || g == G::month || g == G::season || g == G::quarter ||
         g == G::half || g == G::year || g == G::interval)) {
        const auto back = parley::parse_date_value(e.date.value);
        if (!back) fail("date value does not read back", e);
        if (back->first != e.date.first || back->last != e.date.last)
            fail("date value reads back as other days", e);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 3) return 0;
    parley::ReferenceTime ref;
    ref.zone = zones[data[0] % zones.size()];
    ref.offset = std::chrono::minutes{static_cast<int>(data[1]) * 15 - 720 + 60};
    ref.instant = date::sys_seconds{std::chrono::seconds{instants[data[2] % instants.size()]}};
    const std::string_view text(reinterpret_cast<const char*>(data + 3), size - 3);

    const auto all = parley::find_time_expressions(text, ref);
    std::size_t previous = 0;
    for (const auto& e : all) {
        check(text, e);
        if (e.begin < previous) fail("out of order", e);
        previous = e.begin;
    }
    if (text.size() <= 256)
        if (const auto phrase = parley::parse_time_phrase(text, ref)) check(text, *phrase);
    return 0;
}
