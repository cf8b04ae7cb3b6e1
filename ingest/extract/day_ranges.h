#pragma once
// "held talks from Wednesday to Friday": two days the text joins into one
// span. The temporal engine keeps them two dates, as TimeML annotates them;
// an event they date covers the days between.
#include "ingest/temporal/time_expression.h"

#include <optional>
#include <string_view>
#include <vector>

namespace parley::extract {

// `dates` (in text order) with each "from A to B" (or "through", "until", a
// dash) of two days, B after A and within a month of it, joined into one
// interval over both; nothing when the text has none, which is most texts.
std::optional<std::vector<TimeExpression>>
join_day_ranges(std::string_view text, const std::vector<TimeExpression>& dates);

} // namespace parley::extract
