#pragma once
// When a feed that keeps failing is tried again: later each time, never later
// than a day, so a dead feed costs one request a day and a hiccup only minutes.

#include <chrono>

namespace parley {

inline constexpr std::chrono::seconds backoff_base{std::chrono::minutes{15}};
inline constexpr std::chrono::seconds backoff_cap{std::chrono::hours{24}};

// The wait after `failures` failures in a row (1 after the first): the base,
// doubled for each further failure, capped. 0 for no failures.
std::chrono::seconds backoff_delay(int failures);

} // namespace parley
