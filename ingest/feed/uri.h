#pragma once
// URI references resolved against a base, as RFC 3986 section 5 says.

#include <string>
#include <string_view>

namespace parley {

// True when `reference` has a scheme ("https:", "mailto:").
bool has_scheme(std::string_view reference);

// The target of `reference` seen from `base` (RFC 3986 5.2, strict: a
// reference with a scheme is taken as it is). An empty or relative base leaves
// a relative reference unchanged.
std::string resolve_uri(std::string_view base, std::string_view reference);

} // namespace parley
