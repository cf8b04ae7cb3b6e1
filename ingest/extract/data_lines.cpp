#include "ingest/extract/data_lines.h"

#include <fstream>
#include <stdexcept>

namespace parley::extract {

namespace {

std::string trim(std::string_view s) {
    auto b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return {};
    auto e = s.find_last_not_of(" \t\r");
    return std::string(s.substr(b, e - b + 1));
}

} // namespace

std::vector<DataLine> read_data(const DataDirs& dirs, std::string_view relative) {
    std::vector<DataLine> out;
    for (const auto& file : data_files(dirs, relative)) {
        std::ifstream in(file);
        if (!in) throw std::runtime_error("cannot read data file " + file.string());
        std::string line;
        int number = 0;
        while (std::getline(in, line)) {
            ++number;
            if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
            std::string text = trim(line);
            if (text.empty()) continue;
            out.push_back(DataLine{std::move(text), file, number});
        }
        if (in.bad()) throw std::runtime_error("cannot read data file " + file.string());
    }
    return out;
}

std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != '\t')
            ++j;
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        auto tab = line.find('\t', start);
        out.push_back(trim(std::string_view(line).substr(
            start, tab == std::string::npos ? std::string::npos : tab - start)));
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    return out;
}

std::vector<std::string> alternatives(const std::string& field) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= field.size()) {
        auto bar = field.find('|', start);
        std::string part = trim(std::string_view(field).substr(
            start, bar == std::string::npos ? std::string::npos : bar - start));
        if (!part.empty()) out.push_back(std::move(part));
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    return out;
}

void bad_line(const DataLine& line, const std::string& why) {
    throw std::runtime_error(line.file.string() + ":" + std::to_string(line.number) + ": " + why);
}

} // namespace parley::extract
