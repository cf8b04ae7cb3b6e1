#pragma once
// The evaluation articles: NNN_slug.txt (the article) beside NNN_slug.json
// (publication time and zone, outlet, title, URL and the gold coding).

#include <chrono>
#include <date/date.h>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace parley::eval {

struct EvalArticle {
    std::string id; // the file stem, "001_japan-hit-with-24-percent"
    std::string text;
    nlohmann::json meta; // the .json file: published, tz, outlet, title, url, gold
};

// When an article was published: the instant, the UTC offset its timestamp was
// written with, and the outlet's zone.
struct Published {
    date::sys_seconds instant;
    std::chrono::minutes offset{0};
    std::string zone; // IANA name, "Asia/Tokyo"
};

// Reads "published" ("2025-05-20T13:41:00+09:00") and "tz" from an article's
// JSON; throws std::runtime_error when either is missing or malformed.
Published published_of(const nlohmann::json& meta);

// Every article pair in `dir`, sorted by id. Throws std::runtime_error naming
// the file when a text lacks its JSON (or the reverse) or the JSON is broken.
std::vector<EvalArticle> load_articles(const std::filesystem::path& dir);

// The whole of a file; throws std::runtime_error naming it when unreadable.
std::string read_file(const std::filesystem::path& file);

// Where this folder is in the source tree.
std::filesystem::path eval_dir();

} // namespace parley::eval
