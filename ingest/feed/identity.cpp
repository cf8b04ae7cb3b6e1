#include "ingest/feed/identity.h"

#include <cstdint>
#include <cstdio>

namespace parley {

namespace {

// FNV-1a, 64 bits: fixed by definition, so ids survive upgrades and rebuilds.
void mix(std::uint64_t& h, std::string_view s) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    h ^= 0xff; // a separator no UTF-8 text contains
    h *= 0x100000001b3ULL;
}

} // namespace

std::string entry_identity(const FeedEntry& e) {
    if (!e.id.empty()) return e.id;
    if (!e.link.empty()) return e.link;
    std::uint64_t h = 0xcbf29ce484222325ULL;
    const auto& when = e.published ? e.published : e.updated;
    const std::string instant =
        when ? std::to_string(when->instant.time_since_epoch().count()) : std::string("-");
    if (e.title.empty() && !when) {
        mix(h, e.content.empty() ? e.summary : e.content);
    } else {
        mix(h, e.title);
        mix(h, instant);
    }
    char buf[24];
    std::snprintf(buf, sizeof buf, "hash:%016llx", static_cast<unsigned long long>(h));
    return buf;
}

} // namespace parley
