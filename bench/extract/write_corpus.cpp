// Writes the benchmark corpus to a directory for the baselines: one text per
// file and index.tsv with "file<TAB>published".

#include "corpus.h"

#include <filesystem>
#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: extract_write_corpus DIR COUNT\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::filesystem::create_directories(dir);
    const auto corpus = parley::bench::make_corpus(std::stoul(argv[2]));
    std::ofstream index(dir / "index.tsv");
    for (std::size_t i = 0; i < corpus.size(); ++i) {
        const std::string name = "article-" + std::to_string(i) + ".txt";
        std::ofstream(dir / name, std::ios::binary) << corpus[i].text;
        index << name << '\t' << corpus[i].published << '\n';
    }
    return index ? 0 : 1;
}
