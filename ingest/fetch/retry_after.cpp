#include "ingest/fetch/retry_after.h"

#include <limits>
#include <sstream>
#include <string>

namespace parley {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::optional<date::sys_seconds> parse_http_date(std::string_view text) {
    // IMF-fixdate, then the obsolete RFC 850 and asctime forms a recipient must accept.
    for (const char* format :
         {"%a, %d %b %Y %H:%M:%S GMT", "%A, %d-%b-%y %H:%M:%S GMT", "%a %b %e %H:%M:%S %Y"}) {
        std::istringstream in{std::string(text)};
        date::sys_seconds t;
        in >> date::parse(format, t);
        if (!in.fail()) {
            in >> std::ws;
            if (in.peek() == std::char_traits<char>::eof()) return t;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<date::sys_seconds> retry_after_until(std::string_view header, date::sys_seconds now) {
    header = trim(header);
    if (header.empty()) return std::nullopt;
    if (header.find_first_not_of("0123456789") == std::string_view::npos) {
        // A delay too long to count is as good as "not for a long time".
        constexpr std::int64_t most = std::numeric_limits<std::int32_t>::max();
        std::int64_t seconds = 0;
        for (char c : header) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > most) {
                seconds = most;
                break;
            }
        }
        return now + std::chrono::seconds{seconds};
    }
    return parse_http_date(header);
}

} // namespace parley
