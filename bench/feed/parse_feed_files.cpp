// Parses each file named on the command line (or every file of a directory)
// once, one at a time, and prints how many articles it read: for measuring
// peak memory with /usr/bin/time -v, beside feedparser doing the same.

#include "ingest/feed/parse.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        if (std::filesystem::is_directory(argv[i])) {
            for (const auto& e : std::filesystem::directory_iterator(argv[i]))
                files.push_back(e.path());
        } else {
            files.emplace_back(argv[i]);
        }
    }
    std::sort(files.begin(), files.end());
    std::size_t articles = 0, failed = 0;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream buf;
        buf << in.rdbuf();
        try {
            articles += parley::parse_feed(buf.str(), {path.string(), ""}).articles.size();
        } catch (const parley::FeedParseError& e) {
            ++failed;
            std::cerr << path.string() << ": " << e.what() << "\n";
        }
    }
    std::cout << files.size() << " files, " << articles << " articles, " << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}
