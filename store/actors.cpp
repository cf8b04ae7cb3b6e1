#include "row.h"
#include "store/read_snapshot.h"
#include "store/store.h"

#include <algorithm>
#include <map>
#include <optional>
#include <SQLiteCpp/SQLiteCpp.h>

namespace parley {

std::vector<ActorSummary> Store::actors() const {
    ReadSnapshot snapshot(*db_);
    std::vector<ActorSummary> out;
    std::vector<std::int64_t> ids;
    std::map<std::int64_t, std::size_t> index;
    SQLite::Statement st(*db_, "SELECT a.id, a.kind, a.name, a.country, sum(aa.mentions), "
                               "count(aa.article_id), min(ar.published), max(ar.published) "
                               "FROM actors a JOIN article_actors aa ON aa.actor_id = a.id "
                               "JOIN articles ar ON ar.id = aa.article_id "
                               "GROUP BY a.id");
    while (st.executeStep()) {
        ActorSummary s;
        s.kind = row::text(st.getColumn(1));
        s.name = row::text(st.getColumn(2));
        s.country = row::text(st.getColumn(3));
        s.mentions = st.getColumn(4).getInt64();
        s.articles = st.getColumn(5).getInt64();
        s.first_seen = row::instant(st.getColumn(6));
        s.last_seen = row::instant(st.getColumn(7));
        index[st.getColumn(0).getInt64()] = out.size();
        ids.push_back(st.getColumn(0).getInt64());
        out.push_back(std::move(s));
    }
    // Roles as the articles give them, the most often given first.
    SQLite::Statement roles(*db_, "SELECT actor_id, role, count(*) AS n FROM article_actors "
                                  "WHERE role <> '' GROUP BY actor_id, role "
                                  "ORDER BY actor_id, n DESC, role");
    while (roles.executeStep())
        if (auto it = index.find(roles.getColumn(0).getInt64()); it != index.end())
            out[it->second].roles.push_back(roles.getColumn(1).getString());
    SQLite::Statement events(*db_, "SELECT party, count(*) FROM event_parties GROUP BY party");
    std::map<std::string, std::int64_t> event_counts;
    while (events.executeStep())
        event_counts[events.getColumn(0).getString()] = events.getColumn(1).getInt64();
    for (auto& s : out)
        if (auto it = event_counts.find(s.name); it != event_counts.end()) s.events = it->second;
    // A person named by surname alone is the one person whose full name ends with it.
    for (std::size_t i = 0; i < out.size(); ++i) {
        ActorSummary& s = out[i];
        if (s.kind != "person" || s.name.find(' ') != std::string::npos) continue;
        std::optional<std::size_t> match;
        int matches = 0;
        for (std::size_t j = 0; j < out.size(); ++j) {
            const auto& other = out[j];
            if (j != i && other.kind == "person" && other.name.size() > s.name.size() + 1 &&
                other.name.compare(other.name.size() - s.name.size(), s.name.size(), s.name) == 0 &&
                other.name[other.name.size() - s.name.size() - 1] == ' ') {
                match = j;
                ++matches;
            }
        }
        if (matches != 1) continue;
        ActorSummary* full = &out[*match];
        full->mentions += s.mentions;
        SQLite::Statement both(*db_, "SELECT count(DISTINCT article_id) FROM article_actors "
                                     "WHERE actor_id IN (?, ?)");
        both.bind(1, ids[i]);
        both.bind(2, ids[*match]);
        both.executeStep();
        full->articles = both.getColumn(0).getInt64();
        full->events += s.events;
        for (const auto& r : s.roles)
            if (std::find(full->roles.begin(), full->roles.end(), r) == full->roles.end())
                full->roles.push_back(r);
        if (s.first_seen && (!full->first_seen || *s.first_seen < *full->first_seen))
            full->first_seen = s.first_seen;
        if (s.last_seen && (!full->last_seen || *s.last_seen > *full->last_seen))
            full->last_seen = s.last_seen;
        s.kind.clear();
    }
    std::erase_if(out, [](const ActorSummary& s) { return s.kind.empty(); });
    auto rank = [](const std::string& kind) {
        return kind == "person" ? 0 : kind == "country" ? 1 : 2;
    };
    std::sort(out.begin(), out.end(), [&](const ActorSummary& a, const ActorSummary& b) {
        if (rank(a.kind) != rank(b.kind)) return rank(a.kind) < rank(b.kind);
        if (a.mentions != b.mentions) return a.mentions > b.mentions;
        return a.name < b.name;
    });
    return out;
}

} // namespace parley
