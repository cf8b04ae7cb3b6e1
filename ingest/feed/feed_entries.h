#pragma once
// A feed document read field by field, in every format, before its entries
// become Articles (parse.h). Summary and content stay apart here, as do the
// published and updated times, so that each can be checked on its own.

#include "ingest/feed/feed_date.h"
#include "ingest/feed/parse.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

enum class FeedFormat { rss, rdf, atom, json, cdf };

std::string_view to_string(FeedFormat f);

struct FeedEntry {
    std::string id;      // RSS guid, Atom id, rdf:about, JSON Feed id: as written
    std::string link;    // absolute when the document gave a base to resolve it against
    std::string title;   // plain text, one line
    std::string summary; // plain text: RSS description, Atom summary
    std::string content; // plain text: content:encoded, Atom content, xhtml:body
    std::string author;
    std::optional<FeedTime> published; // pubDate, dc:date, Atom published (0.3: issued)
    std::optional<FeedTime> updated;   // Atom updated (0.3: modified), dcterms:modified
};

struct FeedEntries {
    FeedFormat format = FeedFormat::rss;
    std::string title; // the feed's own, plain text
    std::string link;
    std::vector<FeedEntry> entries;
    // What was ill-formed or repaired; empty for a well-formed document.
    std::vector<std::string> warnings;
};

// Throws FeedParseError when nothing can be read.
FeedEntries read_feed_entries(std::string_view bytes, const FeedSource& source);

} // namespace parley
