#pragma once
// A server's Retry-After header (RFC 9110 §10.2.3): how long to leave it alone.

#include <date/date.h>
#include <optional>
#include <string_view>

namespace parley {

// The instant the header asks the client to wait until, read against `now`:
// delay-seconds ("120") or an HTTP-date in any of its three forms. nullopt
// when it is neither.
std::optional<date::sys_seconds> retry_after_until(std::string_view header, date::sys_seconds now);

} // namespace parley
