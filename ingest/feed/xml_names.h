#pragma once
// Namespaces by URI, whatever prefix a document gives them. pugixml keeps
// names as written; parley renames every element and attribute to one
// canonical spelling so that readers can match plain strings:
//
//   Atom 1.0 and 0.3          atom:entry        Dublin Core        dc:date
//   RSS 0.9x/1.0/2.0, none    item              DC terms           dcterms:modified
//   content module            content:encoded   Media RSS          media:description
//   XHTML                     xhtml:div         RDF                rdf:about
//   iTunes                    itunes:summary    FeedBurner         feedburner:origlink
//   XML                       xml:base          anything else      ns1:name, ns2:...
//
// Local names are lowercased (feeds in the wild spell <pubdate>, <TITLE>).

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// Renames in place, and rewrites every xml:base to the absolute URI it
// stands for (resolved against the enclosing base, the outermost against
// `document_url`). Appends a warning for each undeclared prefix.
void canonicalise_names(pugi::xml_document& doc, std::string_view document_url,
                        std::vector<std::string>& warnings);

// The element's base URI: its own or nearest ancestor's xml:base, else
// `document_url`. Only meaningful after canonicalise_names.
std::string_view base_uri(pugi::xml_node element, std::string_view document_url);

} // namespace parley
