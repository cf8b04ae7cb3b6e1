#pragma once
// XML as feeds write it. pugixml has no recovery mode; this is one: it repairs
// the common faults and parses again, and when a fault cannot be repaired it
// keeps the tree read up to it. Every repair is reported.

#include <pugixml.hpp>
#include <string>
#include <vector>

namespace parley {

class LenientXml {
public:
    // Reads UTF-8 text (from document_encoding). Throws FeedParseError when
    // not even one element can be read.
    explicit LenientXml(std::string utf8);

    // The document's nodes; element names are as written until canonicalised.
    pugi::xml_document& document() { return doc_; }
    // What was repaired or left out, one line each, for the feed's status.
    const std::vector<std::string>& warnings() const { return warnings_; }

private:
    pugi::xml_document doc_;
    std::vector<std::string> warnings_;
};

// The options parley parses with: entities are left for parley to decode (it
// knows HTML's), whitespace-only text kept (it separates inline markup).
inline constexpr unsigned xml_parse_options =
    pugi::parse_cdata | pugi::parse_eol | pugi::parse_wconv_attribute | pugi::parse_ws_pcdata;

} // namespace parley
