// Atom 1.0 (RFC 4287) and Atom 0.3.

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

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = lower(c);
    return out;
}

std::string decode_base64(std::string_view in) {
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+' || c == '-') return 62;
        if (c == '/' || c == '_') return 63;
        return -1;
    };
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : in) {
        const int v = value(c);
        if (v < 0) continue; // whitespace, padding
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

enum class Kind { text, html, xhtml, xml, other };

// Atom 1.0 says type="text|html|xhtml" or a MIME type; Atom 0.3 a MIME type
// and mode="xml|escaped|base64".
Kind kind_of(std::string_view type) {
    const std::string t = lowered(type);
    if (t.empty() || t == "text" || t == "text/plain") return Kind::text;
    if (t == "html" || t == "text/html") return Kind::html;
    if (t == "xhtml" || t == "application/xhtml+xml") return Kind::xhtml;
    if (t.rfind("text/", 0) == 0) return Kind::text;
    if (t.size() > 4 && (t.ends_with("+xml") || t.ends_with("/xml"))) return Kind::xml;
    return Kind::other;
}

// The markup-free text of an Atom text construct or content element.
std::string construct_text(pugi::xml_node el, FeedReading& r, bool one_line) {
    if (!el) return {};
    const Kind kind = kind_of(el.attribute("type").value());
    const std::string mode = lowered(el.attribute("mode").value());
    auto finish = [&](std::string_view value, Markup m) {
        return one_line ? text_line(value, m) : text_body(value, m);
    };
    if (mode == "base64" || kind == Kind::other) {
        // Atom 1.0 content of any other type is base64 (RFC 4287 4.1.3.3).
        const std::string bytes = decode_base64(xml_value(el, r.entities));
        return finish(bytes, kind == Kind::text ? Markup::text : Markup::html);
    }
    if (kind == Kind::xhtml || kind == Kind::xml) {
        // Atom 1.0 wraps XHTML in a <div> that is not part of the content.
        pugi::xml_node div = el.child("xhtml:div");
        if (kind == Kind::xhtml && div && !div.next_sibling("xhtml:div"))
            return finish(inner_markup(div), Markup::html);
        return finish(inner_markup(el), Markup::html);
    }
    if (mode == "escaped" || kind == Kind::html)
        return finish(xml_value(el, r.entities), Markup::html);
    // Plain text; inline markup (Atom 0.3 mode="xml") is read as markup.
    if (el.find_child([](pugi::xml_node n) { return n.type() == pugi::node_element; }))
        return finish(inner_markup(el), Markup::html);
    return finish(xml_value(el, r.entities), Markup::text);
}

// The link a reader would follow: rel="alternate" (the default), preferring HTML.
std::string alternate_link(pugi::xml_node parent, FeedReading& r) {
    pugi::xml_node best;
    int best_score = -1;
    for (pugi::xml_node l = parent.child("atom:link"); l; l = l.next_sibling("atom:link")) {
        const std::string rel = lowered(l.attribute("rel").value());
        if (!rel.empty() && rel != "alternate" &&
            rel != "http://www.iana.org/assignments/relation/alternate")
            continue;
        if (!*l.attribute("href").value()) continue;
        const std::string type = lowered(l.attribute("type").value());
        const int score =
            type.empty() || type == "text/html" || type == "application/xhtml+xml" ? 2 : 1;
        if (score > best_score) {
            best = l;
            best_score = score;
        }
    }
    if (!best) return {};
    return resolve_uri(base_uri(best, r.document_url),
                       attribute_text(best.attribute("href"), r.entities));
}

std::optional<FeedTime> date_of(pugi::xml_node parent, std::initializer_list<const char*> names,
                                FeedReading& r) {
    for (const char* name : names)
        if (pugi::xml_node n = parent.child(name)) {
            const std::string text = xml_token(n, r.entities);
            if (!text.empty()) return r.date(text, name);
        }
    return std::nullopt;
}

std::string author_of(pugi::xml_node parent, FeedReading& r) {
    pugi::xml_node author = first_child(parent, {"atom:author", "dc:creator"});
    if (!author) return {};
    if (pugi::xml_node name = author.child("atom:name"))
        return text_line(xml_value(name, r.entities), Markup::text);
    return text_line(xml_value(author, r.entities), Markup::text);
}

FeedEntry read_entry(pugi::xml_node entry, const std::string& feed_author, FeedReading& r) {
    FeedEntry e;
    e.title = construct_text(entry.child("atom:title"), r, true);
    if (e.title.empty() && entry.child("dc:title"))
        e.title = text_line(xml_value(entry.child("dc:title"), r.entities), Markup::html);
    if (e.title.empty()) {
        if (pugi::xml_node t = entry.child("media:title"))
            e.title = text_line(xml_value(t, r.entities), Markup::html);
        else if (pugi::xml_node g = entry.child("media:group").child("media:title"))
            e.title = text_line(xml_value(g, r.entities), Markup::html);
    }
    if (pugi::xml_node id = entry.child("atom:id")) {
        e.id = xml_token(id, r.entities);
        // Ids must be absolute IRIs; a relative one is made absolute so that
        // it stays the same wherever the feed is read from.
        if (!e.id.empty() && !has_scheme(e.id))
            e.id = resolve_uri(base_uri(id, r.document_url), e.id);
    }
    e.link = alternate_link(entry, r);
    e.summary = construct_text(first_child(entry, {"atom:summary", "dc:description"}), r, false);
    if (e.summary.empty()) {
        if (pugi::xml_node d = entry.child("media:description"))
            e.summary = text_body(xml_value(d, r.entities), Markup::html);
        else if (pugi::xml_node g = entry.child("media:group").child("media:description"))
            e.summary = text_body(xml_value(g, r.entities), Markup::html);
    }
    e.content = construct_text(entry.child("atom:content"), r, false);
    e.author = author_of(entry, r);
    if (e.author.empty()) e.author = feed_author;
    e.published = date_of(entry,
                          {"atom:published", "atom:issued", "dcterms:issued", "atom:created",
                           "dcterms:created", "dc:date"},
                          r);
    e.updated = date_of(entry, {"atom:updated", "atom:modified", "dcterms:modified"}, r);
    return e;
}

} // namespace

void read_atom(pugi::xml_node root, FeedReading& r) {
    r.result.format = FeedFormat::atom;
    r.result.title = construct_text(root.child("atom:title"), r, true);
    r.result.link = alternate_link(root, r);
    const std::string feed_author = author_of(root, r);
    for (pugi::xml_node entry = root.child("atom:entry"); entry;
         entry = entry.next_sibling("atom:entry"))
        r.result.entries.push_back(read_entry(entry, feed_author, r));
}

} // namespace parley
