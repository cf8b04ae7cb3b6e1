#include "ingest/feed/feed_entries.h"

#include "ingest/feed/document_encoding.h"
#include "ingest/feed/feed_reading.h"
#include "ingest/feed/lenient_xml.h"
#include "ingest/feed/xml_names.h"
#include "ingest/text/html_text.h"
#include "ingest/text/whitespace.h"

#include <algorithm>
#include <fmt/format.h>

namespace parley {

namespace {

// Beyond this many, warnings are counted rather than listed.
constexpr std::size_t max_warnings = 20;

bool is_feed_root(std::string_view name) {
    return name == "rss" || name == "rdf:rdf" || name == "atom:feed" || name == "channel";
}

// The feed's root element: junk markup before it (an HTML error page prefix)
// may have given the document other top-level elements.
pugi::xml_node feed_root(pugi::xml_document& doc) {
    for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling())
        if (n.type() == pugi::node_element && is_feed_root(n.name())) return n;
    return {};
}

std::string_view first_significant(std::string_view text) {
    const std::size_t at = text.find_first_not_of(" \t\r\n");
    return at == std::string_view::npos ? std::string_view() : text.substr(at);
}

} // namespace

std::string_view to_string(FeedFormat f) {
    switch (f) {
    case FeedFormat::rss:
        return "rss";
    case FeedFormat::rdf:
        return "rdf";
    case FeedFormat::atom:
        return "atom";
    case FeedFormat::json:
        return "json";
    case FeedFormat::cdf:
        return "cdf";
    }
    return "rss";
}

void FeedReading::warn(std::string message) {
    auto& w = result.warnings;
    if (std::find(w.begin(), w.end(), message) != w.end()) return;
    w.push_back(std::move(message));
}

std::optional<FeedTime> FeedReading::date(std::string_view text, std::string_view where) {
    auto t = parse_feed_date(text);
    if (!t) {
        std::string shown = collapse_whitespace(text.substr(0, 60));
        warn(fmt::format("unreadable date in <{}>: '{}'", where, shown));
    }
    return t;
}

std::string text_line(std::string_view value, Markup markup) {
    return markup == Markup::html ? html_to_line(value) : collapse_whitespace(value);
}

std::string text_body(std::string_view value, Markup markup) {
    return markup == Markup::html ? html_to_text(value) : normalise_paragraphs(value);
}

FeedEntries read_feed_entries(std::string_view bytes, const FeedSource& source) {
    DecodedDocument decoded = decode_document(bytes, source.content_type);
    FeedReading reading;
    reading.document_url = source.url;
    for (auto& w : decoded.warnings)
        reading.warn(std::move(w));

    const std::string_view start = first_significant(decoded.text);
    if (start.empty()) throw FeedParseError("the document is empty");
    if (start.front() == '{' || start.front() == '[') {
        read_json_feed(decoded.text, reading);
    } else {
        LenientXml xml(std::move(decoded.text));
        for (const auto& w : xml.warnings())
            reading.warn(w);
        pugi::xml_document& doc = xml.document();
        std::vector<std::string> name_warnings;
        canonicalise_names(doc, source.url, name_warnings);
        pugi::xml_node root = feed_root(doc);
        if (!root) {
            const std::string_view name = doc.document_element().name();
            throw FeedParseError(fmt::format("not a feed: the root element is <{}>", name));
        }
        for (auto& w : name_warnings)
            reading.warn(std::move(w));
        if (std::string_view(root.name()) == "atom:feed")
            read_atom(root, reading);
        else
            read_rss(root, reading);
    }
    if (reading.entities.undefined_entity)
        reading.warn("entities XML does not define (HTML's, as &nbsp;) read as HTML's");
    if (reading.entities.bare_ampersand) reading.warn("unescaped '&' read as text");

    auto& w = reading.result.warnings;
    if (w.size() > max_warnings) {
        const std::size_t more = w.size() - max_warnings + 1;
        w.resize(max_warnings - 1);
        w.push_back(fmt::format("and {} more warnings", more));
    }
    return std::move(reading.result);
}

} // namespace parley
