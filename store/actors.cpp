#include "row.h"
#include "store/store.h"

#include <algorithm>
#include <map>
#include <SQLiteCpp/SQLiteCpp.h>

namespace parley {

std::vector<ActorSummary> Store::actors() const {
    std::vector<ActorSummary> out;
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
