#include "ingest/feed/opml.h"

#include "ingest/feed/document_encoding.h"
#include "ingest/feed/lenient_xml.h"
#include "ingest/feed/parse.h"
#include "ingest/feed/xml_names.h"
#include "ingest/feed/xml_text.h"
#include "ingest/text/whitespace.h"

#include <fmt/format.h>
#include <sstream>

namespace parley {

namespace {

std::string attribute_line(pugi::xml_node el, const char* name, EntityReport& report) {
    return collapse_whitespace(attribute_text(el.attribute(name), report));
}

// Whether parley wrote the document: then its own attributes are exact and
// an absent parley:name means the feed had none.
bool written_by_parley(pugi::xml_node root) {
    for (pugi::xml_attribute a = root.first_attribute(); a; a = a.next_attribute())
        if (std::string_view(a.name()).rfind("xmlns", 0) == 0 && a.value() == parley_opml_namespace)
            return true;
    return false;
}

} // namespace

OpmlDocument read_opml(std::string_view bytes) {
    DecodedDocument decoded = decode_document(bytes, "");
    OpmlDocument out;
    out.warnings = std::move(decoded.warnings);
    LenientXml xml(std::move(decoded.text));
    for (const auto& w : xml.warnings())
        out.warnings.push_back(w);
    pugi::xml_document& doc = xml.document();
    canonicalise_names(doc, "", out.warnings);
    const pugi::xml_node root = doc.child("opml");
    if (!root)
        throw FeedParseError(
            fmt::format("not OPML: the root element is <{}>", doc.document_element().name()));
    const bool ours = written_by_parley(root);

    EntityReport report;
    out.title = collapse_whitespace(xml_value(root.child("head").child("title"), report));
    // Outlines nest as deep as a reader's folders go: walk without recursion.
    const pugi::xml_node body = root.child("body");
    pugi::xml_node node = body.first_child();
    while (node) {
        if (node.type() == pugi::node_element && std::string_view(node.name()) == "outline") {
            OpmlFeed f;
            f.url = attribute_line(node, "xmlurl", report);
            if (!f.url.empty()) {
                if (ours) {
                    f.name = attribute_line(node, "parley:name", report);
                } else {
                    f.name = attribute_line(node, "title", report);
                    if (f.name.empty()) f.name = attribute_line(node, "text", report);
                    if (f.name == f.url) f.name.clear();
                }
                f.html_url = attribute_text(node.attribute("htmlurl"), report);
                f.tz = attribute_text(node.attribute("parley:tz"), report);
                out.feeds.push_back(std::move(f));
            }
            if (node.first_child()) {
                node = node.first_child();
                continue;
            }
        }
        while (node && !node.next_sibling()) {
            node = node.parent();
            if (node == body) node = pugi::xml_node();
        }
        if (node) node = node.next_sibling();
    }
    if (report.undefined_entity)
        out.warnings.push_back("entities XML does not define read as HTML's");
    if (report.bare_ampersand) out.warnings.push_back("unescaped '&' read as text");
    return out;
}

std::string write_opml(const std::vector<OpmlFeed>& feeds, std::string_view title,
                       date::sys_seconds now) {
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    pugi::xml_node opml = doc.append_child("opml");
    opml.append_attribute("version") = "2.0";
    opml.append_attribute("xmlns:parley") = std::string(parley_opml_namespace).c_str();
    pugi::xml_node head = opml.append_child("head");
    head.append_child("title").text() = collapse_whitespace(title).c_str();
    // OPML 2.0 wants RFC 822 dates.
    head.append_child("dateCreated").text() =
        date::format("%a, %d %b %Y %H:%M:%S GMT", now).c_str();
    head.append_child("docs").text() = "http://opml.org/spec2.opml";
    pugi::xml_node body = opml.append_child("body");
    for (const OpmlFeed& f : feeds) {
        pugi::xml_node o = body.append_child("outline");
        const std::string name = collapse_whitespace(f.name);
        std::string label = name.empty() ? collapse_whitespace(f.title) : name;
        if (label.empty()) label = collapse_whitespace(f.url);
        o.append_attribute("type") = "rss";
        o.append_attribute("text") = label.c_str();
        o.append_attribute("title") = label.c_str();
        o.append_attribute("xmlUrl") = collapse_whitespace(f.url).c_str();
        if (!f.html_url.empty())
            o.append_attribute("htmlUrl") = collapse_whitespace(f.html_url).c_str();
        if (!name.empty()) o.append_attribute("parley:name") = name.c_str();
        if (!f.tz.empty()) o.append_attribute("parley:tz") = collapse_whitespace(f.tz).c_str();
    }
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return out.str();
}

} // namespace parley
