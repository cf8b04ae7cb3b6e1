// OPML reading on arbitrary bytes, and writing what was read: the written
// document must read back to the same feeds.

#include "ingest/feed/opml.h"
#include "ingest/feed/parse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    parley::OpmlDocument read;
    try {
        read = parley::read_opml(bytes);
    } catch (const parley::FeedParseError&) {
        return 0;
    }
    const auto written =
        parley::write_opml(read.feeds, read.title, date::sys_days{date::year{2025} / 5 / 20});
    const auto again = parley::read_opml(written);
    if (again.feeds.size() != read.feeds.size()) __builtin_trap();
    return 0;
}
