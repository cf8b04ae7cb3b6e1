#pragma once
// Lines of parley's data files and the user's, with where each came from, so
// a bad line is reported as "file:line: why".

#include "ingest/data_dir.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace parley::extract {

struct DataLine {
    std::string text; // comment (# to end of line) and surrounding space removed
    std::filesystem::path file;
    int number = 0;
};

// Every non-blank line of `relative` across `dirs`, parley's first. Throws
// std::runtime_error when a file exists but cannot be read.
std::vector<DataLine> read_data(const DataDirs& dirs, std::string_view relative);

// The tab-separated fields of a line, each trimmed; empty fields are kept.
std::vector<std::string> fields(const std::string& line);

// The words of a line, split at spaces and tabs (views into `line`).
std::vector<std::string_view> words_of(std::string_view line);

// The '|'-separated alternatives of a field, each trimmed, empty ones dropped.
std::vector<std::string> alternatives(const std::string& field);

// Throws std::runtime_error("file:line: why").
[[noreturn]] void bad_line(const DataLine& line, const std::string& why);

} // namespace parley::extract
