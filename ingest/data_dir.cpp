#include "ingest/data_dir.h"

#include <fstream>
#include <stdexcept>

namespace parley {

std::optional<std::filesystem::path> data_dir_beside(const std::filesystem::path& executable) {
    std::error_code ec;
    auto dir = executable.parent_path().parent_path() / "share" / "parley";
    if (std::filesystem::is_directory(dir / "events", ec)) return dir;
    return std::nullopt;
}

DataDirs default_data_dirs(const std::optional<std::string>& env_dir,
                           const std::optional<std::filesystem::path>& user_dir) {
    DataDirs out;
    std::error_code ec;
    // An installed parley reads the data installed with it, wherever the
    // prefix was moved; a parley run from its build tree reads the source's.
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    const auto beside = ec ? std::nullopt : data_dir_beside(self);
    if (env_dir && !env_dir->empty()) {
        out.dirs.emplace_back(*env_dir);
    } else if (beside) {
        out.dirs.push_back(*beside);
    } else if (std::filesystem::is_directory(PARLEY_SOURCE_DATA_DIR, ec)) {
        out.dirs.emplace_back(PARLEY_SOURCE_DATA_DIR);
    } else {
        out.dirs.emplace_back(PARLEY_INSTALL_DATA_DIR);
    }
    if (user_dir && std::filesystem::is_directory(*user_dir, ec)) out.dirs.push_back(*user_dir);
    return out;
}

std::vector<std::filesystem::path> data_files(const DataDirs& dirs, std::string_view relative) {
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    for (const auto& d : dirs.dirs) {
        auto p = d / relative;
        if (std::filesystem::is_regular_file(p, ec)) out.push_back(p);
    }
    return out;
}

std::vector<std::string> read_data_lines(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read data file " + file.string());
    std::vector<std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        auto b = line.find_first_not_of(" \t\r");
        if (b == std::string::npos) continue;
        auto e = line.find_last_not_of(" \t\r");
        out.push_back(line.substr(b, e - b + 1));
    }
    return out;
}

} // namespace parley
