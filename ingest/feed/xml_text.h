#pragma once
// The text of feed elements. Documents are parsed with entities left as
// written (lenient_xml.h); these decode them with HTML's full table, noting
// what strict XML would have refused.

#include "ingest/text/html_entities.h"

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace parley {

// The element's value as a string: text with character references decoded,
// CDATA as it is, and child elements (markup written unescaped inside, as
// in <description><p>Hi</p></description>) serialised back to markup.
std::string xml_value(pugi::xml_node element, EntityReport& report);

// The same without a copy when the value is one CDATA section or one text
// without references (the usual body): a view into the document then, else
// into `scratch`. Valid while both live.
std::string_view xml_value(pugi::xml_node element, EntityReport& report, std::string& scratch);

// The element's content as markup: child elements serialised (canonical
// "xhtml:" prefixes dropped), text as written (still escaped), CDATA escaped.
// For XHTML content and inline XML. Iterative: any depth.
std::string inner_markup(pugi::xml_node element);

// `text` with & < > and " escaped: safe as element text and inside a
// double-quoted attribute.
std::string xml_escaped(std::string_view text);

// An attribute's value with its references decoded, trimmed.
std::string attribute_text(pugi::xml_attribute attribute, EntityReport& report);

// The same, trimmed of surrounding whitespace: for links, ids and dates.
std::string xml_token(pugi::xml_node element, EntityReport& report);

} // namespace parley
