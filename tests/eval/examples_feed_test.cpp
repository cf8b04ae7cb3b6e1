// parley's own feed reader over examples/feeds/: every bundled article comes
// back with its link, title, publication instant and offset, and its text.

#include "corpus.h"
#include "ingest/feed/parse.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace parley::eval;

namespace {

// Words separated by single spaces: how paragraphs are joined is the reader's
// business, the words are not.
std::string words(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace

TEST_CASE("parley reads every example feed cleanly, with each article's time, offset and text") {
    std::map<std::string, EvalArticle> by_url;
    for (auto& a : load_articles(eval_dir() / "articles"))
        by_url[a.meta["url"].get<std::string>()] = a;

    std::size_t read = 0;
    std::set<std::string> guids;
    for (const auto& e : std::filesystem::directory_iterator(
             std::filesystem::path(PARLEY_EXAMPLES_DIR) / "feeds")) {
        INFO(e.path().string());
        auto doc = parley::parse_feed(read_file(e.path()), {"file://" + e.path().string(), ""});
        CHECK(doc.warnings.empty());
        CHECK_FALSE(doc.title.empty());
        for (const auto& a : doc.articles) {
            INFO(a.url);
            REQUIRE(by_url.count(a.url));
            const auto& want = by_url.at(a.url);
            auto p = published_of(want.meta);
            CHECK(a.title == want.meta["title"].get<std::string>());
            CHECK(guids.insert(a.guid).second);
            REQUIRE(a.published);
            CHECK(*a.published == p.instant);
            REQUIRE(a.published_offset);
            CHECK(*a.published_offset == p.offset);
            CHECK(words(a.text) == words(want.text));
            ++read;
        }
    }
    CHECK(read == by_url.size());
}
