#pragma once
// Which mentions describe the same happening, and the timeline event they
// make together.
//
// Mentions merge only within a block: the same kind family (talks; tariff
// announced/imposed/changed; pause; deal; deadline; statement) and the same
// parties (for tariffs and pauses: the same imposer, target and products).
// Within a block every mention has a home, from its own features alone:
//
//   round  talks with a round number: every report of round 3 between the
//          same parties is one home, whatever day each gives;
//   day    a date of one day (for a pause: its expiry, else its start);
//   vague  a wider date ("in April", "early July", "next week");
//   weak   dated only by its article's publication, or not at all;
//   single statements, which merge only with copies of the same sentence.
//
// Clusters form inside a home, greedily in a canonical order of the members'
// content, joining the first cluster they are compatible with (same level and
// round when both give one; for a tariff change, the same rate). Round and
// day clusters are hosts: a day mention joins the one round cluster of its
// block dated that very day, and a vague or weak mention joins the one
// round or day cluster within its window (its span; for a weak mention, the
// weeks before its publication, or after it for a plan). A mention that could
// join two hosts stays in its own home: parley does not guess.
//
// Everything here depends only on the set of mentions, never on the order
// they arrive in, so the timeline and its ids are the same for any order; and
// a new mention affects only its home, the hosts around its date and the
// vague mentions over it, so the store can update the timeline without
// recomputing it (store/merge_update.cpp).

#include "timeline/mention.h"

#include <date/date.h>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

enum class MergeTier { round, day, vague, weak, single };

std::string_view to_string(MergeTier t);
std::optional<MergeTier> merge_tier_from_string(std::string_view s);

// Whether clusters of this tier can take in mentions from other homes.
constexpr bool is_host(MergeTier t) {
    return t == MergeTier::round || t == MergeTier::day;
}

// The widest date a vague mention may be matched against a host with.
inline constexpr int max_window_days = 92;

struct MergeKeys {
    std::string block;
    std::string home;
    MergeTier tier = MergeTier::single;
    // The days within which the mention may join a host; unset when it may not.
    std::optional<date::sys_days> window_first;
    std::optional<date::sys_days> window_last;
};

// "talks", "tariff", "pause", "deal", "deadline", "statement".
std::string_view kind_family(EventKind k);

// True when the event's date comes only from its article's publication day
// (no words give it) or it has no date at all.
bool dated_by_publication(const Event& e, std::optional<date::sys_seconds> published);

// The date a mention is matched on: a pause's expiry when it can be known,
// else the date it gives.
DateValue merge_date(const Mention& m);

MergeKeys merge_keys(const Mention& m);

// What a cluster's core says that later members must agree with, and, for a
// host, the days it covers.
struct CoreSummary {
    std::vector<EventKind> kinds;
    std::vector<double> rates;
    std::string level;
    std::optional<int> round;
    std::optional<date::sys_days> first; // unset: it cannot host
    std::optional<date::sys_days> last;
    friend bool operator==(const CoreSummary&, const CoreSummary&) = default;
};

CoreSummary summarize(const std::vector<const Mention*>& core, bool host);
bool compatible(const Mention& m, const CoreSummary& core);
nlohmann::json to_json(const CoreSummary& s);
CoreSummary core_summary_from_json(const nlohmann::json& j);

// The canonical order of mentions: by precision, then publication, then the
// article and the evidence, then every other field. A total order on content.
bool canonical_less(const Mention& a, const Mention& b);

// The clusters one home's members form (members in any order; clusters and
// their members in canonical order).
std::vector<std::vector<const Mention*>> cluster_home(std::vector<const Mention*> members);

// Of `hosts` (summaries of host clusters in the mention's block), the index of
// the one it joins, if exactly one can take it. Day mentions join round hosts
// only; vague and weak ones join round or day hosts.
std::optional<std::size_t> choose_host(const Mention& m, const MergeKeys& keys,
                                       const std::vector<CoreSummary>& hosts,
                                       const std::vector<MergeTier>& host_tiers);

// The timeline event's id: from its block and its earliest member, so a later
// report that refines an event (or a vague earlier one that a precise report
// now hosts) keeps the id readers already have.
std::string cluster_id(const std::string& block, const std::vector<const Mention*>& core,
                       const std::vector<const Mention*>& attached);

// The timeline event of one cluster: the most precise consistent date, the
// lifecycle of its reports, every source, and conflicts where they disagree.
// `core` must not be empty.
Event combine(const std::vector<const Mention*>& core, const std::vector<const Mention*>& attached,
              const std::string& id);

// The whole timeline of a set of mentions at once, sorted by date. The store
// reaches the same result incrementally.
std::vector<Event> merge(const std::vector<Mention>& mentions);

// The order timeline lists events in: by first day (undated last), last day,
// kind, id.
bool timeline_less(const Event& a, const Event& b);

} // namespace parley
