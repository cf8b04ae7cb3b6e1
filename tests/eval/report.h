#pragma once
// Prints a Score for people: a table per event kind, then people, dates and
// statuses, and on request every miss with the article and its evidence.

#include "scorer.h"

#include <string>

namespace parley::eval {

std::string format_report(const Score& score);

// Each missed or spurious event and person, each wrong date, one per line
// (article id, kind, date, details, evidence).
std::string format_misses(const Score& score);

} // namespace parley::eval
