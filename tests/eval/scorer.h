#pragma once
// Scores what parley extracted from articles against gold coded by hand:
// events per kind and overall, people with their roles, and dates. The rules
// are written out in tests/eval/README.md; both sides are JSON in the shape
// `parley extract --format json` prints ({"people": [...], "events": [...]}).

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace parley::eval {

struct Counts {
    int true_pos = 0;
    int false_pos = 0;
    int false_neg = 0;

    // With nothing predicted precision is 1, with nothing to find recall is 1:
    // neither side has been wrong yet.
    double precision() const;
    double recall() const;
    double f1() const;
    Counts& operator+=(const Counts& other);
};

struct Ratio {
    int hits = 0;
    int total = 0;
    bool defined() const { return total > 0; }
    double value() const; // 0 when undefined
    Ratio& operator+=(const Ratio& other);
};

// One article: the gold an analyst coded and what the system extracted.
struct ArticleCase {
    std::string id;
    nlohmann::json gold;
    nlohmann::json system;
};

// A gold or system item that found no partner, kept for the report.
struct Unpaired {
    std::string article;
    nlohmann::json item;
};

// A gold event and the system event the date-blind matching paired it with,
// whose date values differ.
struct DatePair {
    std::string article;
    nlohmann::json gold;
    nlohmann::json system;
};

struct Score {
    std::map<std::string, Counts> events_by_kind; // every kind of DESIGN.md
    Counts events;
    std::map<std::string, Ratio> dates_by_kind;
    Ratio dates;        // date-blind pairs whose date values agree
    Ratio statuses;     // matched pairs whose status agrees
    int duplicates = 0; // unmatched system events that restate a matched gold event
    Counts people;
    Ratio people_countries;                // matched people whose country agrees
    std::vector<Unpaired> missed_events;   // gold events no system event matched
    std::vector<Unpaired> spurious_events; // system events that match no gold event
    std::vector<DatePair> wrong_dates;
    std::vector<Unpaired> missed_people;
    std::vector<Unpaired> spurious_people;
};

// The event kinds of DESIGN.md, in its order.
const std::vector<std::string>& event_kinds();

// The country codes among an event's actors (three capital letters), sorted.
std::vector<std::string> countries(const nlohmann::json& event);

// Rate, products (as a set), target, round and quota agree; a field absent on
// one side agrees only with the same field absent on the other.
bool key_details_agree(const nlohmann::json& gold_details, const nlohmann::json& system_details);

// Every country the gold names for talks, a deal or a statement is among the
// system's actors.
bool parties_agree(const nlohmann::json& gold, const nlohmann::json& system);

// Kind, key details and parties agree; dates are not looked at. The details
// of a statement or a deadline are not compared: they are incidental to it.
bool events_match_ignoring_date(const nlohmann::json& gold, const nlohmann::json& system);

// Kind, date value, key details and parties agree: the rule that counts. A
// value with a clock time ("2025-08-07T00:01") is compared by its day.
bool events_match(const nlohmann::json& gold, const nlohmann::json& system);

// `system` says again, less fully, what the matched gold event says: same kind,
// no date or the same date, each key detail absent or equal (products a
// subset), and no country the gold event lacks.
bool restates(const nlohmann::json& system, const nlohmann::json& matched_gold);

// Roles compared without case, periods, commas or a leading "the"; one may
// contain the other ("Trade Representative" agrees with "U.S. Trade
// Representative"). A gold role that is empty accepts any role.
bool roles_agree(std::string_view gold_role, std::string_view system_role);

// Same name (without case, periods or extra spaces) and a role that agrees with the
// gold's role or one of its "other_roles".
bool people_match(const nlohmann::json& gold, const nlohmann::json& system);

// Matches each article's gold and system one to one, greedily in gold order,
// and adds everything up.
Score score(const std::vector<ArticleCase>& cases);

// A stricter check for the rows the design names (gold items carrying
// "seed_row"): the event matches, its status agrees, every detail the gold
// gives is equal and every gold country is among the actors; a person's name,
// role (without case) and country are equal.
bool event_exact(const nlohmann::json& gold, const nlohmann::json& system);
bool person_exact(const nlohmann::json& gold, const nlohmann::json& system);

struct RowCheck {
    int row = 0;
    std::string gold; // the gold item, printed
    bool exact = false;
};

// One check per gold event or person marked with "seed_row", in row order.
std::vector<RowCheck> check_marked_rows(const nlohmann::json& gold, const nlohmann::json& system);

} // namespace parley::eval
