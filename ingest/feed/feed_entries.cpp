#include "ingest/feed/feed_entries.h"

#include "ingest/feed/document_encoding.h"
#include "ingest/feed/feed_reading.h"
#include "ingest/feed/lenient_xml.h"
#include "ingest/feed/xml_names.h"
#include "ingest/text/html_text.h"
#include "ingest/text/whitespace.h"

#include <algorithm>
#include <cctype>
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

// Markup before the feed's root (an HTML error notice printed ahead of the
// feed) parses as top-level elements of its own: drop them. Returns whether
// there were any.
bool drop_elements_before_feed_root(pugi::xml_document& doc) {
    auto looks_like_root = [](std::string_view name) {
        const std::size_t colon = name.find(':');
        std::string local(colon == std::string_view::npos ? name : name.substr(colon + 1));
        for (char& c : local)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return local == "rss" || local == "rdf" || local == "feed" || local == "channel";
    };
    pugi::xml_node root;
    for (pugi::xml_node n = doc.first_child(); n && !root; n = n.next_sibling())
        if (n.type() == pugi::node_element && looks_like_root(n.name())) root = n;
    if (!root) return false;
    bool dropped = false;
    while (doc.first_child() != root) {
        dropped = dropped || doc.first_child().type() == pugi::node_element;
        doc.remove_child(doc.first_child());
    }
    return dropped;
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
    // Past the first few, warnings are counted: a feed of a million bad
    // dates must not cost a million comparisons each.
    if (w.size() >= max_warnings - 1) {
        ++unlisted_warnings;
        return;
    }
    w.push_back(std::move(message));
}

std::optional<FeedTime> FeedReading::date(std::string_view text, std::string_view where) {
    // An entry's published and updated are often the same string: read once.
    if (text == last_date_text) return last_date;
    auto t = parse_feed_date(text);
    last_date_text = text;
    last_date = t;
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
        if (drop_elements_before_feed_root(doc))
            reading.warn("text before the root element was ignored");
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
    // Said once per document, and always, however many item warnings came before.
    auto& w = reading.result.warnings;
    if (reading.entities.undefined_entity)
        w.emplace_back("entities XML does not define (HTML's, as &nbsp;) read as HTML's");
    if (reading.entities.bare_ampersand) w.emplace_back("unescaped '&' read as text");

    if (reading.unlisted_warnings > 0)
        reading.result.warnings.push_back(
            fmt::format("and {} more warnings", reading.unlisted_warnings));
    return std::move(reading.result);
}

} // namespace parley
