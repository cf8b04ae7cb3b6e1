#pragma once
// The JSON shapes of DESIGN.md. Field names are a contract that tests and
// outside tools read: change them only with the design.

#include "timeline/event.h"

#include <nlohmann/json.hpp>

namespace parley {

// "2025-05-20T00:00:00+09:00" style: the instant shown at the given UTC offset.
std::string iso_instant(date::sys_seconds t, std::chrono::minutes offset = std::chrono::minutes{0});

nlohmann::json to_json(const DateValue& d);
nlohmann::json to_json(const EventDetails& d);
nlohmann::json to_json(const Person& p);
// An event as `extract` prints it (with "evidence") or, when it has sources,
// as `timeline` prints it (with "id" and "sources").
nlohmann::json to_json(const Event& e);

DateValue date_value_from_json(const nlohmann::json& j);
EventDetails details_from_json(const nlohmann::json& j);
// Reads an event in the same shape; throws std::invalid_argument on a bad kind or status.
Event event_from_json(const nlohmann::json& j);

} // namespace parley
