#include "timeline/event_json.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace parley {

using nlohmann::json;

namespace {

json string_or_null(const std::string& s) {
    return s.empty() ? json(nullptr) : json(s);
}

std::string get_string(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return {};
    return it->get<std::string>();
}

} // namespace

std::optional<date::sys_seconds> parse_iso_instant(const std::string& text) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0, n = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &se, &n) != 6)
        return std::nullopt;
    date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)},
                             date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || h > 23 || mi > 59 || se > 60) return std::nullopt;
    std::string zone = text.substr(static_cast<std::size_t>(n));
    long offset = 0;
    if (zone == "Z") {
        offset = 0;
    } else {
        int oh = 0, om = 0;
        char sign = 0;
        if (zone.size() != 6 || std::sscanf(zone.c_str(), "%c%2d:%2d", &sign, &oh, &om) != 3 ||
            (sign != '+' && sign != '-'))
            return std::nullopt;
        offset = (sign == '-' ? -1 : 1) * (oh * 60L + om);
    }
    return date::sys_seconds{date::sys_days{ymd}} + std::chrono::hours{h} +
           std::chrono::minutes{mi - offset} + std::chrono::seconds{se};
}

std::string iso_instant(date::sys_seconds t, std::chrono::minutes offset) {
    auto local = date::local_seconds{(t + offset).time_since_epoch()};
    std::string s = date::format("%Y-%m-%dT%H:%M:%S", local);
    if (offset.count() == 0) return s + "Z";
    long m = offset.count();
    char sign = m < 0 ? '-' : '+';
    m = std::labs(m);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%c%02ld:%02ld", sign, m / 60 % 100, m % 60);
    return s + buf;
}

json to_json(const DateValue& d) {
    json j{{"value", string_or_null(d.value)},
           {"text", string_or_null(d.text)},
           {"granularity", std::string(to_string(d.granularity))}};
    if (d.known() && d.granularity != Granularity::day) {
        j["first"] = iso_day(*d.first);
        j["last"] = iso_day(*d.last);
    }
    if (!d.mod.empty()) j["mod"] = d.mod;
    return j;
}

json to_json(const EventDetails& d) {
    json j = json::object();
    if (d.rate_pct) {
        double r = *d.rate_pct;
        if (std::floor(r) == r && std::fabs(r) < 1e9)
            j["rate_pct"] = static_cast<long long>(r);
        else
            j["rate_pct"] = r;
    }
    if (!d.products.empty()) j["products"] = d.products;
    if (!d.target.empty()) j["target"] = d.target;
    if (d.round) j["round"] = *d.round;
    if (d.duration_days) j["duration_days"] = *d.duration_days;
    if (d.quota) j["quota"] = *d.quota;
    if (!d.level.empty()) j["level"] = d.level;
    if (!d.location.empty()) j["location"] = d.location;
    return j;
}

json to_json(const Person& p) {
    return json{
        {"name", p.name}, {"role", string_or_null(p.role)}, {"country", string_or_null(p.country)}};
}

json to_json(const Source& s) {
    return json{{"url", string_or_null(s.url)},
                {"title", string_or_null(s.title)},
                {"outlet", string_or_null(s.outlet)},
                {"published", s.published ? json(iso_instant(*s.published)) : json(nullptr)},
                {"evidence", s.evidence.sentence}};
}

json to_json(const Event& e) {
    json j = json::object();
    if (!e.id.empty()) j["id"] = e.id;
    j["kind"] = std::string(to_string(e.kind));
    j["status"] = std::string(to_string(e.status));
    j["date"] = to_json(e.date);
    j["actors"] = e.actors;
    j["details"] = to_json(e.details);
    if (e.expires) j["expires"] = to_json(*e.expires);
    if (e.sources.empty()) {
        j["evidence"] = e.evidence.sentence;
    } else {
        json sources = json::array();
        for (const auto& s : e.sources)
            sources.push_back(to_json(s));
        j["sources"] = std::move(sources);
        j["source_count"] = corroboration(e);
    }
    if (!e.conflicts.empty()) {
        json conflicts = json::array();
        for (const auto& c : e.conflicts)
            conflicts.push_back(
                json{{"field", c.field}, {"values", c.values}, {"sources", c.sources}});
        j["conflicts"] = std::move(conflicts);
    }
    if (!e.history.empty()) {
        json history = json::array();
        for (const auto& h : e.history)
            history.push_back(json{{"status", std::string(to_string(h.status))},
                                   {"date", string_or_null(h.date.value)},
                                   {"change", h.change},
                                   {"source", h.source}});
        j["history"] = std::move(history);
    }
    return j;
}

DateValue date_value_from_json(const json& j) {
    DateValue d;
    std::string value = get_string(j, "value");
    if (!value.empty()) {
        if (auto parsed = parse_date_value(value)) d = *parsed;
        d.value = value;
    }
    d.text = get_string(j, "text");
    if (auto g = granularity_from_string(get_string(j, "granularity"))) d.granularity = *g;
    d.mod = get_string(j, "mod");
    return d;
}

EventDetails details_from_json(const json& j) {
    EventDetails d;
    if (!j.is_object()) return d;
    if (auto it = j.find("rate_pct"); it != j.end() && it->is_number())
        d.rate_pct = it->get<double>();
    if (auto it = j.find("products"); it != j.end() && it->is_array())
        for (const auto& p : *it)
            if (p.is_string()) d.products.push_back(p.get<std::string>());
    d.target = get_string(j, "target");
    if (auto it = j.find("round"); it != j.end() && it->is_number_integer())
        d.round = it->get<int>();
    if (auto it = j.find("duration_days"); it != j.end() && it->is_number_integer())
        d.duration_days = it->get<int>();
    if (auto it = j.find("quota"); it != j.end() && it->is_number_integer())
        d.quota = it->get<std::int64_t>();
    d.level = get_string(j, "level");
    d.location = get_string(j, "location");
    return d;
}

Event event_from_json(const json& j) {
    Event e;
    auto kind = event_kind_from_string(get_string(j, "kind"));
    if (!kind) throw std::invalid_argument("unknown event kind '" + get_string(j, "kind") + "'");
    e.kind = *kind;
    std::string status = get_string(j, "status");
    if (!status.empty()) {
        auto s = event_status_from_string(status);
        if (!s) throw std::invalid_argument("unknown event status '" + status + "'");
        e.status = *s;
    }
    if (auto it = j.find("date"); it != j.end() && it->is_object())
        e.date = date_value_from_json(*it);
    if (auto it = j.find("actors"); it != j.end() && it->is_array())
        for (const auto& a : *it)
            if (a.is_string()) e.actors.push_back(a.get<std::string>());
    if (auto it = j.find("details"); it != j.end()) e.details = details_from_json(*it);
    if (auto it = j.find("expires"); it != j.end() && it->is_object())
        e.expires = date_value_from_json(*it);
    e.evidence.sentence = get_string(j, "evidence");
    if (auto it = j.find("id"); it != j.end()) {
        if (it->is_string())
            e.id = it->get<std::string>();
        else if (it->is_number_integer())
            e.id = std::to_string(it->get<std::int64_t>());
    }
    if (auto it = j.find("sources"); it != j.end() && it->is_array())
        for (const auto& sj : *it) {
            if (!sj.is_object()) continue;
            Source s;
            s.url = get_string(sj, "url");
            s.title = get_string(sj, "title");
            s.outlet = get_string(sj, "outlet");
            s.evidence.sentence = get_string(sj, "evidence");
            std::string published = get_string(sj, "published");
            s.published = parse_iso_instant(published);
            e.sources.push_back(std::move(s));
        }
    if (e.sources.size() == 1 && e.evidence.sentence.empty())
        e.evidence = e.sources.front().evidence;
    if (auto it = j.find("conflicts"); it != j.end() && it->is_array())
        for (const auto& cj : *it) {
            if (!cj.is_object()) continue;
            Conflict c;
            c.field = get_string(cj, "field");
            if (auto v = cj.find("values"); v != cj.end() && v->is_array())
                for (const auto& x : *v)
                    c.values.push_back(x.is_string() ? x.get<std::string>() : x.dump());
            if (auto v = cj.find("sources"); v != cj.end() && v->is_array())
                for (const auto& x : *v) {
                    std::vector<std::size_t> idx;
                    if (x.is_array())
                        for (const auto& i : x)
                            if (i.is_number_unsigned()) idx.push_back(i.get<std::size_t>());
                    c.sources.push_back(std::move(idx));
                }
            e.conflicts.push_back(std::move(c));
        }
    if (auto it = j.find("history"); it != j.end() && it->is_array())
        for (const auto& hj : *it) {
            if (!hj.is_object()) continue;
            LifecycleStep h;
            h.status =
                event_status_from_string(get_string(hj, "status")).value_or(EventStatus::reported);
            std::string value = get_string(hj, "date");
            if (auto d = parse_date_value(value)) h.date = *d;
            h.date.value = value;
            h.change = get_string(hj, "change");
            if (auto v = hj.find("source"); v != hj.end() && v->is_number_unsigned())
                h.source = v->get<std::size_t>();
            e.history.push_back(std::move(h));
        }
    return e;
}

} // namespace parley
