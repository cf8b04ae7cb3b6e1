#include "timeline/event.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace parley {

namespace {

constexpr std::array<std::pair<EventKind, std::string_view>, 8> kind_names{{
    {EventKind::talks, "talks"},
    {EventKind::tariff_announced, "tariff_announced"},
    {EventKind::tariff_imposed, "tariff_imposed"},
    {EventKind::tariff_changed, "tariff_changed"},
    {EventKind::tariff_paused, "tariff_paused"},
    {EventKind::deal, "deal"},
    {EventKind::deadline, "deadline"},
    {EventKind::statement, "statement"},
}};

constexpr std::array<std::pair<EventStatus, std::string_view>, 6> status_names{{
    {EventStatus::reported, "reported"},
    {EventStatus::planned, "planned"},
    {EventStatus::held, "held"},
    {EventStatus::proposed, "proposed"},
    {EventStatus::rejected, "rejected"},
    {EventStatus::cancelled, "cancelled"},
}};

template <typename Table, typename Key> std::string_view name_of(const Table& table, Key key) {
    for (const auto& [k, name] : table)
        if (k == key) return name;
    return table[0].second;
}

template <typename Key, typename Table>
std::optional<Key> key_of(const Table& table, std::string_view s) {
    for (const auto& [k, name] : table)
        if (name == s) return k;
    return std::nullopt;
}

} // namespace

std::string_view to_string(EventKind k) {
    return name_of(kind_names, k);
}
std::optional<EventKind> event_kind_from_string(std::string_view s) {
    return key_of<EventKind>(kind_names, s);
}
std::string_view to_string(EventStatus s) {
    return name_of(status_names, s);
}
std::optional<EventStatus> event_status_from_string(std::string_view s) {
    return key_of<EventStatus>(status_names, s);
}

bool EventDetails::empty() const {
    return *this == EventDetails{};
}

std::size_t corroboration(const Event& e) {
    std::set<std::pair<std::int64_t, std::string>> articles;
    for (const auto& s : e.sources)
        articles.emplace(s.article_id, s.article_id != 0 ? std::string{} : s.url);
    return articles.size();
}

} // namespace parley
