#include "ingest/feed/parse.h"

#include "ingest/feed/feed_entries.h"
#include "ingest/feed/identity.h"

#include <fmt/format.h>
#include <unordered_set>

namespace parley {

FeedDocument parse_feed(std::string_view bytes, const FeedSource& source) {
    FeedEntries read = read_feed_entries(bytes, source);
    FeedDocument doc;
    doc.title = std::move(read.title);
    doc.link = std::move(read.link);
    doc.warnings = std::move(read.warnings);
    doc.articles.reserve(read.entries.size());

    std::unordered_set<std::string> seen;
    std::size_t repeated = 0;
    for (FeedEntry& e : read.entries) {
        Article a;
        a.guid = entry_identity(e);
        if (!seen.insert(a.guid).second) {
            ++repeated;
            continue;
        }
        a.url = std::move(e.link);
        a.title = std::move(e.title);
        a.author = std::move(e.author);
        // Atom's published, else updated: when the article first said what it says.
        if (const auto& when = e.published ? e.published : e.updated) {
            a.published = when->instant;
            a.published_offset = when->offset;
        }
        a.text = !e.content.empty() ? std::move(e.content) : std::move(e.summary);
        if (a.title.empty() && a.text.empty() && a.url.empty()) continue; // nothing to keep
        doc.articles.push_back(std::move(a));
    }
    if (repeated > 0)
        doc.warnings.push_back(
            fmt::format("{} item(s) repeated the id of an earlier one; kept the first", repeated));
    return doc;
}

} // namespace parley
