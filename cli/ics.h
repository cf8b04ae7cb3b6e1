#pragma once
// iCalendar (RFC 5545) for deadlines: all-day events a calendar can
// subscribe to. Text from feeds is escaped as TEXT values (\ ; , and line
// breaks), other control characters dropped, and lines folded at 75 octets
// without splitting a UTF-8 character, so no feed text can start a property
// or a component of its own.

#include <date/date.h>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

struct IcsEvent {
    std::string uid;         // stable across runs, so calendars update instead of duplicating
    date::sys_seconds stamp; // DTSTAMP: when its information last changed
    date::sys_days first;    // the first day
    date::sys_days last;     // the last day, inclusive (DTEND is the day after)
    std::string summary;
    std::string description;
    std::string url; // written only when it is a plain URI
    std::vector<std::string> categories;
    std::string status; // TENTATIVE, CONFIRMED or CANCELLED; empty: none
};

// A TEXT value: \ ; , escaped, line breaks as \n, other controls dropped.
std::string ics_text(std::string_view text);
// One content line, folded at 75 octets and ended with CRLF.
std::string ics_line(std::string_view line);
std::string ics_calendar(const std::vector<IcsEvent>& events, std::string_view prodid);

} // namespace parley
