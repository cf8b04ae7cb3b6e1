#pragma once
// What `parley extract` prints about people and events: DESIGN.md's JSON
// fields, or text a reader scans.

#include "timeline/event.h"

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

namespace parley {

nlohmann::json people_json(const std::vector<Person>& people);
nlohmann::json events_json(const std::vector<Event>& events);

// "Jamieson Greer — U.S. Trade Representative (USA)", one a line.
void write_people_text(std::ostream& out, const std::vector<Person>& people);

// "2025-05-23  planned  talks, round 3, ministerial: JPN, USA, Ryosei Akazawa"
// and, indented beneath, the evidence sentence wrapped to `width` columns.
void write_events_text(std::ostream& out, const std::vector<Event>& events, std::size_t width);

} // namespace parley
