// The extractor on arbitrary bytes: never a crash, a hang or an event whose
// evidence lies outside the text.

#include "ingest/data_dir.h"
#include "ingest/extract/extract.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

const parley::Extractor& extractor() {
    static const parley::Extractor x(parley::DataDirs{{PARLEY_FUZZ_DATA_DIR}});
    return x;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte picks the outlet's zone and time of day, the rest is the article.
    static const char* zones[] = {"", "Asia/Tokyo", "America/New_York", "Europe/London",
                                  "Not/AZone"};
    parley::ReferenceTime ref;
    ref.instant = date::sys_days{date::year{2025} / 5 / 20} + std::chrono::hours{data[0] % 24};
    ref.zone = zones[data[0] % 5];
    ref.offset = std::chrono::minutes{60 * (int(data[0] % 27) - 12)};
    std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    auto x = extractor().extract(text, ref);
    for (const auto& e : x.events) {
        if (e.evidence.end > text.size() || e.evidence.begin > e.evidence.end) std::abort();
        if (text.substr(e.evidence.begin, e.evidence.end - e.evidence.begin) != e.evidence.sentence)
            std::abort();
    }
    for (const auto& d : x.dates)
        if (d.end > text.size() || d.begin > d.end) std::abort();
    return 0;
}
