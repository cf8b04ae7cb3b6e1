#include "scorer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <optional>
#include <set>

namespace parley::eval {

using nlohmann::json;

double Counts::precision() const {
    int predicted = true_pos + false_pos;
    return predicted == 0 ? 1.0 : double(true_pos) / predicted;
}

double Counts::recall() const {
    int relevant = true_pos + false_neg;
    return relevant == 0 ? 1.0 : double(true_pos) / relevant;
}

double Counts::f1() const {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

Counts& Counts::operator+=(const Counts& other) {
    true_pos += other.true_pos;
    false_pos += other.false_pos;
    false_neg += other.false_neg;
    return *this;
}

double Ratio::value() const {
    return total == 0 ? 0.0 : double(hits) / total;
}

Ratio& Ratio::operator+=(const Ratio& other) {
    hits += other.hits;
    total += other.total;
    return *this;
}

const std::vector<std::string>& event_kinds() {
    static const std::vector<std::string> kinds{
        "talks", "tariff_announced", "tariff_imposed", "tariff_changed", "tariff_paused",
        "deal",  "deadline",         "statement"};
    return kinds;
}

namespace {

const json& field(const json& j, const char* key) {
    static const json null_value;
    if (!j.is_object()) return null_value;
    auto it = j.find(key);
    return it == j.end() ? null_value : *it;
}

std::string text_of(const json& j) {
    return j.is_string() ? j.get<std::string>() : std::string{};
}

std::string lower(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string upper(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

// Lower case, single spaces, no spaces at either end.
std::string squeeze(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

std::optional<double> number(const json& j) {
    if (j.is_number()) return j.get<double>();
    return std::nullopt;
}

std::optional<std::int64_t> integer(const json& j) {
    if (j.is_number_integer()) return j.get<std::int64_t>();
    if (j.is_number_float()) {
        double d = j.get<double>();
        if (std::floor(d) == d) return static_cast<std::int64_t>(d);
    }
    return std::nullopt;
}

std::set<std::string> products(const json& details) {
    std::set<std::string> out;
    const json& p = field(details, "products");
    if (p.is_array())
        for (const auto& x : p)
            if (x.is_string()) out.insert(lower(x.get<std::string>()));
    return out;
}

std::string target(const json& details) {
    return upper(text_of(field(details, "target")));
}

// A clock time counts by its day: "2025-08-07T00:01" is dated 2025-08-07.
std::string date_value(const json& event) {
    std::string v = text_of(field(field(event, "date"), "value"));
    if (auto t = v.find('T'); t != std::string::npos && v.find('/') == std::string::npos)
        v.erase(t);
    return v;
}

std::string kind(const json& event) {
    return text_of(field(event, "kind"));
}

bool rates_equal(const std::optional<double>& a, const std::optional<double>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || std::fabs(*a - *b) < 1e-6;
}

bool is_party_kind(const std::string& k) {
    return k == "talks" || k == "deal" || k == "statement";
}

// A statement's numbers are incidental to it (a rejection quoting the rate it
// rejects): who spoke, to whom and when is what identifies it. A deadline is a
// date; what it bounds is told by the events beside it.
bool details_count(const std::string& k) {
    return k != "statement" && k != "deadline";
}

bool subset(const std::vector<std::string>& small, const std::vector<std::string>& big) {
    return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

// A role with what varies between wordings of the same title taken out:
// "U.S. Trade Representative" and "US trade representative" read alike.
std::string role_words(std::string_view role) {
    std::string cleaned;
    for (char c : role) {
        if (c == '.') continue;
        cleaned += c == ',' ? ' ' : c;
    }
    std::string s = squeeze(cleaned);
    if (s.rfind("the ", 0) == 0) s.erase(0, 4);
    return s;
}

// The base letter of each accented Latin letter from U+00C0 to U+017F, in
// lower case: "Š" is "s", "é" is "e".
constexpr std::string_view latin_bases = "aaaaaaaceeeeiiii"  // U+00C0
                                         "dnoooooxouuuuyts"  // U+00D0
                                         "aaaaaaaceeeeiiii"  // U+00E0
                                         "dnooooo/ouuuuyty"  // U+00F0
                                         "aaaaaaccccccccdd"  // U+0100
                                         "ddeeeeeeeeeegggg"  // U+0110
                                         "gggghhhhiiiiiiii"  // U+0120
                                         "iiiijjkkklllllll"  // U+0130
                                         "lllnnnnnnnnnoooo"  // U+0140
                                         "oooorrrrrrssssss"  // U+0150
                                         "ssttttttuuuuuuuu"  // U+0160
                                         "uuuuwwyyyzzzzzzs"; // U+0170

// A name as read aloud: "Maroš Šefčovič" and "Maros Sefcovic", "Lee
// Jae-myung" and "Lee Jae Myung" name the same man, and "Ferdinand Marcos
// Jr." and "Ferdinand Marcos Jr" too (a period at a sentence's end is easily
// taken for the name's own).
std::string name_of(const json& person) {
    const std::string name = text_of(field(person, "name"));
    std::string plain;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c == '.') continue;
        if (c == '-') {
            plain += ' ';
            continue;
        }
        if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < name.size()) {
            const auto next = static_cast<unsigned char>(name[i + 1]);
            const unsigned code = ((c & 0x1Fu) << 6) | (next & 0x3Fu);
            if ((next & 0xC0) == 0x80 && code >= 0xC0 && code < 0x180) {
                plain += latin_bases[code - 0xC0];
                ++i;
                continue;
            }
        }
        plain += static_cast<char>(c);
    }
    return squeeze(plain);
}

} // namespace

std::vector<std::string> countries(const json& event) {
    std::vector<std::string> out;
    const json& actors = field(event, "actors");
    if (!actors.is_array()) return out;
    for (const auto& a : actors) {
        if (!a.is_string()) continue;
        const auto& s = a.get_ref<const std::string&>();
        if (s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) {
                return std::isupper(static_cast<unsigned char>(c));
            }))
            out.push_back(s);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool key_details_agree(const json& g, const json& s) {
    return rates_equal(number(field(g, "rate_pct")), number(field(s, "rate_pct"))) &&
           products(g) == products(s) && target(g) == target(s) &&
           integer(field(g, "round")) == integer(field(s, "round")) &&
           integer(field(g, "quota")) == integer(field(s, "quota"));
}

bool parties_agree(const json& gold, const json& system) {
    if (!is_party_kind(kind(gold))) return true;
    return subset(countries(gold), countries(system));
}

bool events_match_ignoring_date(const json& gold, const json& system) {
    return kind(gold) == kind(system) &&
           (!details_count(kind(gold)) ||
            key_details_agree(field(gold, "details"), field(system, "details"))) &&
           parties_agree(gold, system);
}

bool events_match(const json& gold, const json& system) {
    return events_match_ignoring_date(gold, system) && date_value(gold) == date_value(system);
}

bool restates(const json& system, const json& gold) {
    if (kind(system) != kind(gold)) return false;
    std::string sd = date_value(system);
    if (!sd.empty() && sd != date_value(gold)) return false;
    if (!details_count(kind(gold))) return subset(countries(system), countries(gold));
    const json& s = field(system, "details");
    const json& g = field(gold, "details");
    auto s_rate = number(field(s, "rate_pct"));
    if (s_rate && !rates_equal(s_rate, number(field(g, "rate_pct")))) return false;
    auto s_products = products(s);
    auto g_products = products(g);
    if (!std::includes(g_products.begin(), g_products.end(), s_products.begin(), s_products.end()))
        return false;
    if (!target(s).empty() && target(s) != target(g)) return false;
    for (const char* key : {"round", "quota"}) {
        auto v = integer(field(s, key));
        if (v && v != integer(field(g, key))) return false;
    }
    return subset(countries(system), countries(gold));
}

bool roles_agree(std::string_view gold_role, std::string_view system_role) {
    std::string g = role_words(gold_role);
    std::string s = role_words(system_role);
    if (g.empty()) return true;
    if (s.empty()) return false;
    return g.find(s) != std::string::npos || s.find(g) != std::string::npos;
}

bool people_match(const json& gold, const json& system) {
    if (name_of(gold).empty() || name_of(gold) != name_of(system)) return false;
    std::string s_role = text_of(field(system, "role"));
    if (roles_agree(text_of(field(gold, "role")), s_role)) return true;
    const json& others = field(gold, "other_roles");
    if (others.is_array())
        for (const auto& r : others)
            if (r.is_string() && !r.get<std::string>().empty() &&
                roles_agree(r.get<std::string>(), s_role))
                return true;
    return false;
}

namespace {

const json& list(const json& side, const char* key) {
    static const json empty = json::array();
    const json& l = field(side, key);
    return l.is_array() ? l : empty;
}

// Greedy one-to-one pairing: each gold item, in order, takes the first
// unpaired system item `match` accepts. Returns, for each gold item, the index
// of its partner or -1.
template <class Match> std::vector<int> pair_up(const json& gold, const json& system, Match match) {
    std::vector<int> partner(gold.size(), -1);
    std::vector<bool> taken(system.size(), false);
    for (std::size_t g = 0; g < gold.size(); ++g)
        for (std::size_t s = 0; s < system.size(); ++s)
            if (!taken[s] && match(gold[g], system[s])) {
                taken[s] = true;
                partner[g] = static_cast<int>(s);
                break;
            }
    return partner;
}

std::vector<bool> taken_by(const std::vector<int>& partner, std::size_t n) {
    std::vector<bool> taken(n, false);
    for (int p : partner)
        if (p >= 0) taken[static_cast<std::size_t>(p)] = true;
    return taken;
}

void score_events(const ArticleCase& c, Score& out) {
    const json& gold = list(c.gold, "events");
    const json& system = list(c.system, "events");

    auto partner = pair_up(gold, system, events_match);
    auto taken = taken_by(partner, system.size());
    for (std::size_t g = 0; g < gold.size(); ++g) {
        auto& counts = out.events_by_kind[kind(gold[g])];
        if (partner[g] < 0) {
            ++counts.false_neg;
            out.missed_events.push_back({c.id, gold[g]});
            continue;
        }
        ++counts.true_pos;
        const json& s = system[static_cast<std::size_t>(partner[g])];
        ++out.statuses.total;
        if (text_of(field(gold[g], "status")) == text_of(field(s, "status"))) ++out.statuses.hits;
    }
    for (std::size_t s = 0; s < system.size(); ++s) {
        if (taken[s]) continue;
        bool duplicate = false;
        for (std::size_t g = 0; g < gold.size() && !duplicate; ++g)
            duplicate = partner[g] >= 0 && restates(system[s], gold[g]);
        if (duplicate) {
            ++out.duplicates;
            continue;
        }
        ++out.events_by_kind[kind(system[s])].false_pos;
        out.spurious_events.push_back({c.id, system[s]});
    }

    // Dates on their own: pair without looking at dates, preferring a partner
    // whose date agrees, then see how many dates agree.
    std::vector<int> loose(gold.size(), -1);
    std::vector<bool> used(system.size(), false);
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t g = 0; g < gold.size(); ++g) {
            if (loose[g] >= 0) continue;
            for (std::size_t s = 0; s < system.size(); ++s) {
                if (used[s] || !events_match_ignoring_date(gold[g], system[s])) continue;
                if (pass == 0 && date_value(gold[g]) != date_value(system[s])) continue;
                used[s] = true;
                loose[g] = static_cast<int>(s);
                break;
            }
        }
    for (std::size_t g = 0; g < gold.size(); ++g) {
        if (loose[g] < 0) continue;
        const json& s = system[static_cast<std::size_t>(loose[g])];
        auto& r = out.dates_by_kind[kind(gold[g])];
        ++r.total;
        if (date_value(gold[g]) == date_value(s))
            ++r.hits;
        else
            out.wrong_dates.push_back({c.id, gold[g], s});
    }
}

void score_people(const ArticleCase& c, Score& out) {
    const json& gold = list(c.gold, "people");
    const json& system = list(c.system, "people");
    auto partner = pair_up(gold, system, people_match);
    auto taken = taken_by(partner, system.size());
    for (std::size_t g = 0; g < gold.size(); ++g) {
        if (partner[g] < 0) {
            ++out.people.false_neg;
            out.missed_people.push_back({c.id, gold[g]});
            continue;
        }
        ++out.people.true_pos;
        const json& s = system[static_cast<std::size_t>(partner[g])];
        ++out.people_countries.total;
        if (upper(text_of(field(gold[g], "country"))) == upper(text_of(field(s, "country"))))
            ++out.people_countries.hits;
    }
    for (std::size_t s = 0; s < system.size(); ++s) {
        if (taken[s]) continue;
        ++out.people.false_pos;
        out.spurious_people.push_back({c.id, system[s]});
    }
}

} // namespace

Score score(const std::vector<ArticleCase>& cases) {
    Score out;
    for (const auto& k : event_kinds()) {
        out.events_by_kind[k];
        out.dates_by_kind[k];
    }
    for (const auto& c : cases) {
        score_events(c, out);
        score_people(c, out);
    }
    for (const auto& [k, counts] : out.events_by_kind)
        out.events += counts;
    for (const auto& [k, r] : out.dates_by_kind)
        out.dates += r;
    return out;
}

bool event_exact(const json& gold, const json& system) {
    if (!events_match(gold, system)) return false;
    if (text_of(field(gold, "status")) != text_of(field(system, "status"))) return false;
    const json& gd = field(gold, "details");
    const json& sd = field(system, "details");
    if (gd.is_object())
        for (const auto& [key, value] : gd.items()) {
            if (key == "products" || key == "rate_pct" || key == "target") continue; // matched
            const json& other = field(sd, key.c_str());
            if (value.is_string() ? squeeze(text_of(value)) != squeeze(text_of(other))
                                  : value != other)
                return false;
        }
    return subset(countries(gold), countries(system));
}

bool person_exact(const json& gold, const json& system) {
    return name_of(gold) == name_of(system) &&
           squeeze(text_of(field(gold, "role"))) == squeeze(text_of(field(system, "role"))) &&
           upper(text_of(field(gold, "country"))) == upper(text_of(field(system, "country")));
}

std::vector<RowCheck> check_marked_rows(const json& gold, const json& system) {
    std::vector<RowCheck> out;
    auto check = [&](const char* key, auto exact) {
        for (const auto& g : list(gold, key)) {
            const json& row = field(g, "seed_row");
            if (!row.is_number_integer()) continue;
            RowCheck r{row.get<int>(), g.dump(), false};
            for (const auto& s : list(system, key))
                if (exact(g, s)) {
                    r.exact = true;
                    break;
                }
            out.push_back(std::move(r));
        }
    };
    check("events", event_exact);
    check("people", person_exact);
    std::stable_sort(out.begin(), out.end(),
                     [](const RowCheck& a, const RowCheck& b) { return a.row < b.row; });
    return out;
}

} // namespace parley::eval
