#pragma once
// Where the gazetteers and rules of data/ are found. Users extend them
// without recompiling: a file of the same name in their own data directory
// is read after parley's, adding to it.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

struct DataDirs {
    std::vector<std::filesystem::path> dirs; // parley's own first, the user's last
};

// parley's own data/ ($PARLEY_DATA_DIR when set, else the copy installed
// beside the running binary (PREFIX/share/parley for PREFIX/bin/parley), else
// the source tree's, else the configured install location) followed by
// `user_dir` when it exists.
DataDirs default_data_dirs(const std::optional<std::string>& parley_data_dir_env,
                           const std::optional<std::filesystem::path>& user_dir);

// PREFIX/share/parley for an executable PREFIX/bin/parley, when it holds data.
std::optional<std::filesystem::path> data_dir_beside(const std::filesystem::path& executable);

// Every existing file named `relative` across the directories, in order.
std::vector<std::filesystem::path> data_files(const DataDirs& dirs, std::string_view relative);

// Reads a data file's lines, dropping comments (# to end of line) and blank
// lines, trimming whitespace. Throws std::runtime_error if it cannot be read.
std::vector<std::string> read_data_lines(const std::filesystem::path& file);

} // namespace parley
