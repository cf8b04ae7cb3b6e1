#pragma once
// The taggers: each adds the spans of one kind to `out`, reading the scan of
// the document. They run in this order, and a number one tagger took is not
// taken by a later one.

#include "ingest/extract/document.h"
#include "ingest/extract/gazetteer.h"
#include "ingest/extract/scan.h"

#include <vector>

namespace parley::extract {

// Which numbers a tagger has already taken (by index into Scan::numbers).
using TakenNumbers = std::vector<bool>;

// Countries, organisations, places, products and roles named by the gazetteer.
void tag_entities(const Document& doc, const Gazetteer& g, const Scan& s, std::vector<Tag>& out);

// "25 percent", "25%", "25-percent", "duty-free", "14 percentage points", and the change
// "from 24 percent to 14 percent" (also "to 14 percent from 24 percent").
void tag_percentages(const Document& doc, const Gazetteer& g, const Scan& s, TakenNumbers& taken,
                     std::vector<Tag>& out);

// "$550 billion", "550 billion dollars", "211 billion yen".
void tag_money(const Document& doc, const Gazetteer& g, const Scan& s, TakenNumbers& taken,
               std::vector<Tag>& out);

// "100,000 cars", "1.36 million vehicles", "13,000 tonnes of steel".
void tag_quantities(const Document& doc, const Gazetteer& g, const Scan& s, TakenNumbers& taken,
                    std::vector<Tag>& out);

// "third", "7th" as ordinals; every number left as a cardinal.
void tag_ordinals(const Document& doc, const Scan& s, TakenNumbers& taken, std::vector<Tag>& out);

} // namespace parley::extract
