#include "cli/extract_output.h"

#include "cli/event_text.h"
#include "cli/terminal.h"
#include "timeline/event_json.h"

#include <algorithm>

namespace parley {

nlohmann::json people_json(const std::vector<Person>& people) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& p : people)
        out.push_back(to_json(p));
    return out;
}

nlohmann::json events_json(const std::vector<Event>& events) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& e : events)
        out.push_back(to_json(e));
    return out;
}

void write_people_text(std::ostream& out, const std::vector<Person>& people) {
    if (people.empty()) {
        out << "  (none)\n";
        return;
    }
    for (const auto& p : people) {
        out << "  " << terminal_safe(p.name);
        if (!p.role.empty()) out << " \u2014 " << terminal_safe(p.role);
        if (!p.country.empty()) out << " (" << terminal_safe(p.country) << ")";
        out << '\n';
    }
}

void write_events_text(std::ostream& out, const std::vector<Event>& events, std::size_t width) {
    if (events.empty()) {
        out << "  (none)\n";
        return;
    }
    std::size_t date_width = 0;
    for (const auto& e : events)
        date_width = std::max(date_width, date_label(e.date).size());
    constexpr std::size_t status_width = 9; // "cancelled"
    for (const auto& e : events) {
        std::string date = date_label(e.date);
        std::string status(to_string(e.status));
        out << "  " << date << std::string(date_width - date.size() + 2, ' ') << status
            << std::string(status_width - status.size() + 2, ' ') << event_summary(e) << '\n';
        const std::size_t indent = 6;
        std::string sentence = e.evidence.sentence;
        std::replace(sentence.begin(), sentence.end(), '\n', ' ');
        std::string evidence = "\u201c" + terminal_safe(sentence) + "\u201d";
        if (width < indent + 30) width = 80;
        out << std::string(indent, ' ') << wrap(evidence, width - indent, indent) << '\n';
    }
}

} // namespace parley
