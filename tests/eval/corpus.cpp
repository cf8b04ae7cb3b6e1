#include "corpus.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

namespace parley::eval {

namespace fs = std::filesystem;

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<EvalArticle> load_articles(const fs::path& dir) {
    std::set<std::string> texts;
    std::set<std::string> metas;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (!entry.is_regular_file()) continue;
        const auto& p = entry.path();
        if (p.extension() == ".txt") texts.insert(p.stem().string());
        if (p.extension() == ".json") metas.insert(p.stem().string());
    }
    for (const auto& t : texts)
        if (!metas.count(t))
            throw std::runtime_error((dir / (t + ".txt")).string() + " has no .json");
    for (const auto& m : metas)
        if (!texts.count(m))
            throw std::runtime_error((dir / (m + ".json")).string() + " has no .txt");

    std::vector<EvalArticle> out;
    for (const auto& id : texts) {
        EvalArticle a;
        a.id = id;
        a.text = read_file(dir / (id + ".txt"));
        auto json_path = dir / (id + ".json");
        try {
            a.meta = nlohmann::json::parse(read_file(json_path));
        } catch (const nlohmann::json::exception& e) {
            throw std::runtime_error(json_path.string() + ": " + e.what());
        }
        out.push_back(std::move(a));
    }
    return out;
}

Published published_of(const nlohmann::json& meta) {
    if (!meta.is_object() || !meta.contains("published") || !meta["published"].is_string())
        throw std::runtime_error("no \"published\" timestamp");
    if (!meta.contains("tz") || !meta["tz"].is_string() || meta["tz"].get<std::string>().empty())
        throw std::runtime_error("no \"tz\" zone");
    const std::string text = meta["published"].get<std::string>();
    Published p;
    p.zone = meta["tz"].get<std::string>();
    // The shape is fixed, so a pattern reads it; date does the calendar.
    static const std::regex iso(
        R"((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2}))");
    std::smatch m;
    auto bad = [&] {
        return std::runtime_error("\"published\" is not ISO 8601 with an offset: " + text);
    };
    if (!std::regex_match(text, m, iso)) throw bad();
    auto num = [&](int i) { return std::stoi(m[i].str()); };
    date::year_month_day day{date::year{num(1)}, date::month(unsigned(num(2))),
                             date::day(unsigned(num(3)))};
    if (!day.ok() || num(4) > 23 || num(5) > 59 || num(6) > 59) throw bad();
    p.offset = std::chrono::minutes{(m[7] == "-" ? -1 : 1) * (num(8) * 60 + num(9))};
    auto local = date::sys_days{day} + std::chrono::hours{num(4)} + std::chrono::minutes{num(5)} +
                 std::chrono::seconds{num(6)};
    p.instant = local - p.offset;
    return p;
}

fs::path eval_dir() {
    return PARLEY_EVAL_DIR;
}

} // namespace parley::eval
