#pragma once
// What the format readers share while reading one document (internal to
// ingest/feed).

#include "ingest/feed/feed_entries.h"
#include "ingest/text/html_entities.h"

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace parley {

struct FeedReading {
    std::string_view document_url;
    FeedEntries result;
    EntityReport entities; // what strict XML would have refused, met while reading text

    void warn(std::string message);
    // Reads a timestamp; an unreadable one is nullopt and a warning, never "now".
    std::optional<FeedTime> date(std::string_view text, std::string_view where);
};

// RSS 0.9x/2.0, RSS 1.0 (RDF) and CDF: `root` is <rss>, <rdf:rdf> or <channel>.
void read_rss(pugi::xml_node root, FeedReading& reading);
// Atom 1.0 and 0.3: `root` is <atom:feed>.
void read_atom(pugi::xml_node root, FeedReading& reading);
// JSON Feed 1.0/1.1, from UTF-8 text.
void read_json_feed(std::string_view utf8, FeedReading& reading);

// Plain text of a value in markup: one line for titles, paragraphs for bodies.
enum class Markup { text, html };
std::string text_line(std::string_view value, Markup markup);
std::string text_body(std::string_view value, Markup markup);

} // namespace parley
