#pragma once
// Keeps the timeline's events in step with the mentions, without rebuilding
// it: after mentions are added or removed, only their homes, the hosts around
// their dates and the mentions that could join those hosts are recomputed
// (timeline/merge.h says why that is enough). The result is the one
// timeline/merge.h's merge() gives for the same mentions, whatever the order
// they came in.

#include "store/mention_rows.h"
#include "store/statements.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace parley {

class TimelineUpdate {
public:
    explicit TimelineUpdate(SQLite::Database& db);

    // A mention was added.
    void touch(const mention_rows::Row& r);
    // The mentions of an article, or of a feed's articles, are about to be
    // removed (call before deleting them).
    void touch_article(std::int64_t article_id);
    void touch_feed(std::int64_t feed_id);
    // Every stored mention: the whole timeline is recomputed.
    void touch_all();

    Statements& sql() { return sql_; }

    // Brings the events up to date with everything touched; call inside the
    // transaction that changed the mentions.
    void run();
    // Drops everything remembered: the rows read, what was touched. For a
    // transaction rolled back, or a file another connection wrote to.
    void forget();

private:
    using Span = std::pair<date::sys_days, date::sys_days>;
    struct Host {
        std::int64_t id;
        MergeTier tier;
        CoreSummary summary;
    };

    void touch_removed(const std::string& where, std::int64_t id);
    mention_rows::Row* row(std::int64_t id); // nullptr when it is gone
    template <typename Value>
    std::vector<mention_rows::Row*> rows(const std::string& where, const Value& value);
    void set_membership(mention_rows::Row& r, std::optional<std::int64_t> event_id, bool attached);
    void recompute_home(const std::string& home, MergeTier tier);
    void recompute_home(const std::string& home, MergeTier tier,
                        const std::vector<mention_rows::Row*>& in_home);
    void reattach_day_home(const std::string& home, bool hosts_changed);
    void reattach(mention_rows::Row& r);
    // Hosts in a block over some days; cached while hosts cannot change.
    const std::vector<Host>& hosts(const std::string& block, date::sys_days first,
                                   date::sys_days last);
    void note_span(const std::string& block, std::optional<date::sys_days> first,
                   std::optional<date::sys_days> last);
    void recombine(std::int64_t event_id);

    Statements sql_;
    std::unordered_map<std::int64_t, mention_rows::Row> cache_;
    std::map<std::string, MergeTier> homes_;         // homes whose clusters must be recomputed
    std::map<std::string, std::vector<Span>> spans_; // per block: days whose hosts changed
    std::set<std::int64_t> seeking_;                 // mentions whose host must be chosen again
    std::set<std::int64_t> events_;                  // events to combine again
    std::map<std::tuple<std::string, date::sys_days, date::sys_days>, std::vector<Host>>
        host_cache_;
    std::int64_t max_span_ = 0;
    std::int64_t max_due_span_ = 0;
};

} // namespace parley
