// parse_feed on arbitrary bytes, every format: it must end with a document or
// a FeedParseError, nothing else. The first byte picks the HTTP Content-Type
// the bytes arrive with, so that charset labels are fuzzed too.

#include "ingest/feed/parse.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static constexpr std::array<const char*, 6> content_types{
        "",
        "application/rss+xml",
        "text/xml; charset=iso-8859-1",
        "text/xml; charset=utf-16",
        "application/atom+xml; charset=shift_jis",
        "application/feed+json; charset=utf-8"};
    if (size == 0) return 0;
    parley::FeedSource source;
    source.url = "https://fuzz.example/feeds/main.xml";
    source.content_type = content_types[data[0] % content_types.size()];
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        const parley::FeedDocument doc = parley::parse_feed(bytes, source);
        for (const auto& a : doc.articles)
            if (a.guid.empty()) __builtin_trap(); // every article has an identity
    } catch (const parley::FeedParseError&) {
    }
    return 0;
}
