#pragma once
// CSV per RFC 4180 (CRLF line ends, fields with commas, quotes or line breaks
// quoted, quotes doubled), safe to open in a spreadsheet: a cell starting
// with = + - @ (or a tab or carriage return) would be read as a formula, so
// it is prefixed with a quote mark.

#include <string>
#include <string_view>
#include <vector>

namespace parley {

std::string csv_cell(std::string_view text);
// The cells joined by commas, ending in CRLF.
std::string csv_row(const std::vector<std::string>& cells);

} // namespace parley
