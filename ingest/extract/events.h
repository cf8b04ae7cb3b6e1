#pragma once
// The events of an article: each sentence's frames become events with their
// details, status and date; then the article as a whole fills in what one
// sentence leaves out (who imposes a tariff), derives deadlines from pauses,
// and merges repeated mentions of one event.

#include "ingest/extract/document.h"
#include "ingest/extract/rules.h"
#include "timeline/event.h"

#include <date/date.h>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace parley::extract {

// An event with what the article-wide steps need to know about it.
struct Draft {
    Event event;
    std::size_t sentence = 0;
    std::size_t token = 0;          // its first trigger
    std::string date_cue;           // the bounding word of its date ("until", "none")
    std::optional<DateValue> end;   // a pause's "until" date
    std::optional<DateValue> start; // a pause's start date
    std::string duration_text;
    int duration_months = 0;        // "for six months", "for another year": not a count of days
    bool imposer_known = false;     // a tariff whose imposing country the sentence names
    bool earlier_rounds = false;    // talks told as "the previous two rounds"
    bool answers = false;           // countermeasures: they answer the other side's tariffs
    bool both_sides = false;        // "exempt on both sides": each side's tariff on the other
    std::vector<double> both_rates; // "Both rates took effect": the rates the sentence before told
    std::string host;               // the country talks are held in ("in Geneva": CHE)
    std::vector<std::string> borrowed; // countries taken from the sentence before ("the side")
    std::vector<std::string> partners; // deals "with Malaysia and Cambodia": one with each
    bool one_side = false; // "the agreement with Switzerland, Norway, ...": the other side untold
    bool also = false;     // "He also signed": on the occasion told before
};

// The calendar months of a TIMEX3 duration in months or years ("P6M" is 6,
// "P1Y" 12), or 0 for any other value.
int calendar_months(std::string_view value);

// The day the article speaks from, in the outlet's zone.
date::sys_days publication_day(const ReferenceTime& ref);

std::vector<Draft> sentence_events(const Document& doc, const Rules& rules,
                                   const ReferenceTime& ref);

// How often the article names each country (not as a place: "in Geneva").
std::map<std::string, int> country_mentions(const Document& doc, const Rules& rules);

// Article-wide steps; `drafts` in text order. `union_of`: the union that
// negotiates for a member country (DEU: EUU).
std::vector<Event> article_events(std::vector<Draft> drafts, const ReferenceTime& ref,
                                  const std::map<std::string, int>& mentions,
                                  const std::unordered_map<std::string, std::string>& union_of);

} // namespace parley::extract
