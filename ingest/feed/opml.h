#pragma once
// OPML subscription lists: read OPML 1.0 and 2.0 as feed readers export them,
// write OPML 2.0 that they import.

#include <date/date.h>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

struct OpmlFeed {
    std::string url;      // xmlUrl
    std::string name;     // the subscriber's name for it (title, else text)
    std::string title;    // the feed's own title: the label when it has no name
    std::string html_url; // htmlUrl: the site
    std::string tz;       // parley:tz, the outlet's time zone, when parley wrote it
};

struct OpmlDocument {
    std::string title;
    std::vector<OpmlFeed> feeds;       // in document order, nested outlines flattened
    std::vector<std::string> warnings; // what was ill-formed or skipped
};

// Every outline with an xmlUrl, however deep in categories. Throws
// FeedParseError when the document is not OPML.
OpmlDocument read_opml(std::string_view bytes);

// A valid OPML 2.0 document listing `feeds`; `now` is its dateCreated.
std::string write_opml(const std::vector<OpmlFeed>& feeds, std::string_view title,
                       date::sys_seconds now);

// The namespace of parley's own outline attributes (parley:tz, parley:name).
inline constexpr std::string_view parley_opml_namespace =
    "https://github.com/parley-project/parley/ns/opml";

} // namespace parley
