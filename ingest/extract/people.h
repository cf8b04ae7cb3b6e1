#pragma once
// People and their roles, learned from how news names them:
//   "U.S. Trade Representative Jamieson Greer"       role before the name
//   "Japan's top tariff negotiator, Ryosei Akazawa"  role, comma, name
//   "Ryosei Akazawa, Japan's economy minister,"      name, comma, role
//   "Akazawa, who serves as economic revitalization minister"
// Well-known people come from the gazetteer; a surname alone ("Akazawa
// said") resolves to the full name met elsewhere in the article. A person's
// country comes from the role ("U.S.", "Japan's"), the office ("trade
// representative" is American) or the gazetteer.

#include "ingest/extract/document.h"
#include "ingest/extract/gazetteer.h"
#include "ingest/extract/scan.h"

#include <cstdint>

namespace parley::extract {

struct PeopleRules {
    WordIds function_words; // vocabulary ids
    WordIds honorifics;     // mr, ms, mrs, dr
    WordIds particles;      // von, der, de, da, bin
    WordIds copulas;        // serves, is, was, became (after "who")
};

// Fills doc.people and adds a person tag for every mention. `doc.tags` must
// hold the entity and date tags.
void find_people(Document& doc, const Gazetteer& g, const Scan& s, const PeopleRules& rules);

} // namespace parley::extract
