#include "timeline/article.h"

#include <array>
#include <cstdio>
#include <utility>

namespace parley {

namespace {

constexpr std::array<std::pair<FeedStatus, std::string_view>, 4> status_names{{
    {FeedStatus::fresh, "new"},
    {FeedStatus::ok, "ok"},
    {FeedStatus::warning, "warning"},
    {FeedStatus::error, "error"},
}};

// FNV-1a, 64 bits: enough to tell an edited article from the same one seen again.
void mix(std::uint64_t& h, std::string_view s) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    h ^= 0xff; // field separator no UTF-8 text contains
    h *= 0x100000001b3ULL;
}

} // namespace

std::string_view to_string(FeedStatus s) {
    for (const auto& [k, name] : status_names)
        if (k == s) return name;
    return "new";
}

std::optional<FeedStatus> feed_status_from_string(std::string_view s) {
    for (const auto& [k, name] : status_names)
        if (name == s) return k;
    return std::nullopt;
}

std::string content_hash(const Article& a) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    mix(h, a.url);
    mix(h, a.title);
    mix(h, a.author);
    mix(h, a.published ? std::to_string(a.published->time_since_epoch().count()) : "-");
    mix(h, a.published_offset ? std::to_string(a.published_offset->count()) : "-");
    mix(h, a.text);
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

} // namespace parley
