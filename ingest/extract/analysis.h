#pragma once
// The whole pipeline for one article, with the time expressions given: the
// extractor passes the temporal engine's, tests may pass their own.

#include "ingest/extract/document.h"
#include "ingest/extract/rules.h"
#include "timeline/event.h"

#include <string>
#include <string_view>
#include <vector>

namespace parley::extract {

// Tokens, sentences, tags and people of `text`; `doc.text` views `text`.
Document analyse(std::string_view text, std::vector<TimeExpression> dates, const Rules& rules);
// The same with `lower`, `text` with its ASCII capitals lowered, made already.
Document analyse(std::string_view text, std::string lower, std::vector<TimeExpression> dates,
                 const Rules& rules);

// Keeps the buffers of a document done with for the next analyse on this
// thread: an article's tokens and tags need room that malloc finds slowly,
// and the next article needs about as much.
void recycle(Document&& doc);

// The people of an analysed document, as parley reports them.
std::vector<Person> people_of(const Document& doc);

// The events of an analysed document.
std::vector<Event> events_of(const Document& doc, const Rules& rules, const ReferenceTime& ref);

} // namespace parley::extract
