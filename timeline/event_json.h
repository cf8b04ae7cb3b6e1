#pragma once
// The JSON shapes of DESIGN.md. Field names are a contract that tests and
// outside tools read: change them only with the design.

#include "timeline/event.h"

#include <nlohmann/json.hpp>

namespace parley {

// "2025-05-20T00:00:00+09:00" style: the instant shown at the given UTC offset.
std::string iso_instant(date::sys_seconds t, std::chrono::minutes offset = std::chrono::minutes{0});

// Reads back what iso_instant writes ("…Z" or "…+09:00"); nullopt otherwise.
std::optional<date::sys_seconds> parse_iso_instant(const std::string& text);

nlohmann::json to_json(const DateValue& d);
nlohmann::json to_json(const EventDetails& d);
nlohmann::json to_json(const Person& p);
nlohmann::json to_json(const Source& s);
// An event as `extract` prints it (with "evidence") or, when it has sources,
// as `timeline` prints it: with "id", "sources" and "source_count" (distinct
// articles), and when there are any, "expires", "conflicts" ({"field",
// "values", "sources": indices into "sources" per value}) and "history"
// ({"status", "date", "change", "source"}).
nlohmann::json to_json(const Event& e);

DateValue date_value_from_json(const nlohmann::json& j);
EventDetails details_from_json(const nlohmann::json& j);
// Reads an event in the same shape; throws std::invalid_argument on a bad kind or status.
Event event_from_json(const nlohmann::json& j);

} // namespace parley
