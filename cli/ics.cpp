#include "cli/ics.h"

#include "cli/terminal.h"

#include <cstdio>

namespace parley {

namespace {

std::string ics_date(date::sys_days d) {
    date::year_month_day ymd{d};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02u%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return buf;
}

std::string ics_instant(date::sys_seconds t) {
    auto day = date::floor<date::days>(t);
    date::hh_mm_ss<std::chrono::seconds> hms{t - day};
    char buf[96];
    std::snprintf(buf, sizeof buf, "%sT%02ld%02ld%02ldZ", ics_date(day).c_str(),
                  static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                  static_cast<long>(hms.seconds().count()));
    return buf;
}

bool plain_uri(std::string_view url) {
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return false;
    for (unsigned char c : url) {
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  std::string_view("-._~:/?#[]@!$&'()*+,;=%").find(static_cast<char>(c)) !=
                      std::string_view::npos;
        if (!ok) return false;
    }
    return true;
}

} // namespace

std::string ics_text(std::string_view text) {
    std::string safe = terminal_safe(text, true); // escapes, controls and bad UTF-8 go; \n stays
    std::string out;
    out.reserve(safe.size());
    for (char c : safe) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string ics_line(std::string_view line) {
    std::string out;
    std::size_t limit = 75; // octets on the first line; continuations start with a space
    while (line.size() > limit) {
        std::size_t cut = limit;
        // Never between the bytes of one UTF-8 character.
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string ics_calendar(const std::vector<IcsEvent>& events, std::string_view prodid) {
    std::string out;
    out += ics_line("BEGIN:VCALENDAR");
    out += ics_line("VERSION:2.0");
    out += ics_line("PRODID:" + std::string(prodid));
    out += ics_line("CALSCALE:GREGORIAN");
    for (const auto& e : events) {
        out += ics_line("BEGIN:VEVENT");
        out += ics_line("UID:" + ics_text(e.uid));
        out += ics_line("DTSTAMP:" + ics_instant(e.stamp));
        out += ics_line("DTSTART;VALUE=DATE:" + ics_date(e.first));
        out += ics_line("DTEND;VALUE=DATE:" + ics_date(e.last + date::days{1}));
        out += ics_line("SUMMARY:" + ics_text(e.summary));
        if (!e.description.empty()) out += ics_line("DESCRIPTION:" + ics_text(e.description));
        if (!e.categories.empty()) {
            std::string list;
            for (const auto& c : e.categories)
                list += (list.empty() ? "" : ",") + ics_text(c);
            out += ics_line("CATEGORIES:" + list);
        }
        if (!e.status.empty()) out += ics_line("STATUS:" + e.status);
        if (plain_uri(e.url)) out += ics_line("URL:" + e.url);
        out += ics_line("TRANSP:TRANSPARENT");
        out += ics_line("END:VEVENT");
    }
    out += ics_line("END:VCALENDAR");
    return out;
}

} // namespace parley
