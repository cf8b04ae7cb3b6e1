// RSS 0.90, 0.91, 0.92, 2.0, RSS 1.0 (RDF) and Microsoft's CDF: the same
// shape — a channel with items — under different roots.

#include "ingest/feed/feed_reading.h"
#include "ingest/feed/uri.h"
#include "ingest/feed/xml_names.h"
#include "ingest/feed/xml_text.h"

#include <initializer_list>

namespace parley {

namespace {

pugi::xml_node first_child(pugi::xml_node parent, std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (pugi::xml_node n = parent.child(name)) return n;
    return {};
}

std::string link_of(pugi::xml_node el, FeedReading& r) {
    if (!el) return {};
    std::string href = xml_token(el, r.entities);
    if (href.empty()) href = attribute_text(el.attribute("href"), r.entities);
    if (href.empty()) return {};
    return resolve_uri(base_uri(el, r.document_url), href);
}

// CDF gives links as an attribute of the channel or item itself.
std::string href_of(pugi::xml_node el, FeedReading& r) {
    const std::string href = attribute_text(el.attribute("href"), r.entities);
    return href.empty() ? std::string() : resolve_uri(base_uri(el, r.document_url), href);
}

// An atom:link rel="alternate" (or without rel) in an RSS channel or item.
std::string atom_alternate(pugi::xml_node parent, FeedReading& r) {
    for (pugi::xml_node l = parent.child("atom:link"); l; l = l.next_sibling("atom:link")) {
        const std::string_view rel = l.attribute("rel").value();
        if (rel.empty() || rel == "alternate") {
            const std::string href = attribute_text(l.attribute("href"), r.entities);
            if (!href.empty()) return resolve_uri(base_uri(l, r.document_url), href);
        }
    }
    return {};
}

// RSS text is HTML in practice, whatever the specifications say: titles and
// descriptions carry entity-escaped markup.
std::string html_line(pugi::xml_node el, FeedReading& r) {
    return el ? text_line(xml_value(el, r.entities), Markup::html) : std::string();
}
std::string html_body(pugi::xml_node el, FeedReading& r) {
    return el ? text_body(xml_value(el, r.entities), Markup::html) : std::string();
}

std::optional<FeedTime> date_of(pugi::xml_node parent, std::initializer_list<const char*> names,
                                FeedReading& r) {
    for (const char* name : names)
        if (pugi::xml_node n = parent.child(name)) {
            std::string text = xml_token(n, r.entities);
            if (text.empty()) continue;
            return r.date(text, name);
        }
    return std::nullopt;
}

FeedEntry read_item(pugi::xml_node item, FeedReading& r) {
    FeedEntry e;
    e.title = html_line(first_child(item, {"title", "dc:title"}), r);
    pugi::xml_node media_group = item.child("media:group");
    if (e.title.empty()) e.title = html_line(first_child(item, {"media:title"}), r);
    if (e.title.empty() && media_group) e.title = html_line(media_group.child("media:title"), r);

    pugi::xml_node guid = item.child("guid");
    e.id = guid ? xml_token(guid, r.entities) : std::string();
    if (e.id.empty()) e.id = attribute_text(item.attribute("rdf:about"), r.entities);

    e.link = link_of(first_child(item, {"feedburner:origlink", "link"}), r);
    if (e.link.empty()) e.link = atom_alternate(item, r);
    if (e.link.empty()) e.link = href_of(item, r); // CDF: <item href="...">
    if (e.link.empty() && guid && has_scheme(e.id)) {
        // A guid is the item's permalink unless it says otherwise.
        const std::string_view permalink = guid.attribute("ispermalink").value();
        if (permalink != "false") e.link = resolve_uri(base_uri(guid, r.document_url), e.id);
    }

    e.summary = html_body(first_child(item, {"description", "abstract", "dc:description",
                                             "itunes:summary", "media:description"}),
                          r);
    if (e.summary.empty() && media_group)
        e.summary = html_body(media_group.child("media:description"), r);
    if (pugi::xml_node body = first_child(item, {"xhtml:body", "xhtml:div"}))
        e.content = text_body(inner_markup(body), Markup::html);
    if (e.content.empty())
        e.content = html_body(first_child(item, {"content:encoded", "body", "fullitem"}), r);

    e.author = html_line(first_child(item, {"dc:creator", "author", "itunes:author"}), r);
    e.published = date_of(item,
                          {"pubdate", "dc:date", "dcterms:issued", "dcterms:created",
                           "atom:published", "atom:issued"},
                          r);
    // dc:date says when the item last changed as much as when it appeared.
    e.updated = date_of(item, {"dcterms:modified", "atom:updated", "atom:modified", "dc:date"}, r);
    if (!e.updated && item.attribute("lastmod")) { // CDF
        e.updated = r.date(attribute_text(item.attribute("lastmod"), r.entities), "lastmod");
    }
    return e;
}

void read_items(pugi::xml_node parent, FeedReading& r) {
    for (pugi::xml_node item = parent.child("item"); item; item = item.next_sibling("item"))
        r.result.entries.push_back(read_item(item, r));
}

} // namespace

void read_rss(pugi::xml_node root, FeedReading& r) {
    const std::string_view root_name = root.name();
    if (root_name == "rdf:rdf")
        r.result.format = FeedFormat::rdf;
    else if (root_name == "channel")
        r.result.format = FeedFormat::cdf;
    else
        r.result.format = FeedFormat::rss;

    pugi::xml_node channel = root_name == "channel" ? root : root.child("channel");
    if (channel) {
        r.result.title = html_line(first_child(channel, {"title", "dc:title"}), r);
        r.result.link = link_of(channel.child("link"), r);
        if (r.result.link.empty()) r.result.link = atom_alternate(channel, r);
        if (r.result.link.empty() && r.result.format == FeedFormat::cdf)
            r.result.link = href_of(channel, r);
        read_items(channel, r);
    }
    // RSS 1.0 puts items beside the channel; some RSS 2.0 feeds do too.
    if (root != channel) read_items(root, r);
}

} // namespace parley
