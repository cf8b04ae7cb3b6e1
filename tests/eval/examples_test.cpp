// examples/feeds/ bundles the evaluation articles as the feeds their outlets
// would publish (tests/eval/make_examples.py writes them). These tests keep
// the two in step: every feed is well-formed RSS 2.0 or Atom 1.0, every item
// is an evaluation article with its title, link, publication time and text,
// and every article is in a feed.

#include "corpus.h"

#include <catch2/catch.hpp>
#include <map>
#include <pugixml.hpp>
#include <regex>
#include <set>
#include <sstream>

using namespace parley::eval;
using nlohmann::json;

namespace {

namespace fs = std::filesystem;

struct FeedItem {
    std::string feed;
    std::string id; // guid or Atom id
    std::string link;
    std::string title;
    std::string when; // pubDate or published, as written
    std::string body; // the HTML, entities of the XML already decoded
};

std::vector<fs::path> feed_files() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(fs::path(PARLEY_EXAMPLES_DIR) / "feeds"))
        if (e.is_regular_file()) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<FeedItem> read_items(const fs::path& file, std::string& format) {
    pugi::xml_document doc;
    auto ok = doc.load_file(file.c_str());
    INFO(file.string() << ": " << ok.description());
    REQUIRE(ok);
    std::vector<FeedItem> out;
    auto rss = doc.child("rss");
    auto atom = doc.child("feed");
    if (rss && std::string(rss.attribute("version").value()) == "2.0") {
        format = "rss";
        for (auto item : rss.child("channel").children("item"))
            out.push_back({file.filename().string(), item.child_value("guid"),
                           item.child_value("link"), item.child_value("title"),
                           item.child_value("pubDate"), item.child_value("description")});
    } else if (atom &&
               std::string(atom.attribute("xmlns").value()) == "http://www.w3.org/2005/Atom") {
        format = "atom";
        for (auto entry : atom.children("entry"))
            out.push_back({file.filename().string(), entry.child_value("id"),
                           entry.child("link").attribute("href").value(),
                           entry.child_value("title"), entry.child_value("published"),
                           entry.child_value("content")});
    } else {
        format = "unknown";
    }
    return out;
}

// The article text a reader gets back from the item's HTML: paragraphs
// separated by a blank line, entities decoded.
std::string text_of_html(std::string html) {
    html = std::regex_replace(html, std::regex(R"(</p>\s*<p>)"), "\n\n");
    html = std::regex_replace(html, std::regex(R"(<[^>]*>)"), "");
    for (const auto& [entity, ch] : std::vector<std::pair<std::string, std::string>>{
             {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}})
        html = std::regex_replace(html, std::regex(entity), ch);
    return html;
}

std::string trimmed(const std::string& s) {
    auto b = s.find_first_not_of(" \n\r\t");
    auto e = s.find_last_not_of(" \n\r\t");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// "Tue, 20 May 2025 18:05:00 +0900" -> "2025-05-20T18:05:00+09:00"
std::string rfc822_as_iso(const std::string& s) {
    static const std::regex re(
        R"([A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2}))");
    static const std::map<std::string, std::string> months{
        {"Jan", "01"}, {"Feb", "02"}, {"Mar", "03"}, {"Apr", "04"}, {"May", "05"}, {"Jun", "06"},
        {"Jul", "07"}, {"Aug", "08"}, {"Sep", "09"}, {"Oct", "10"}, {"Nov", "11"}, {"Dec", "12"}};
    std::smatch m;
    if (!std::regex_match(s, m, re) || !months.count(m[2])) return "unreadable: " + s;
    return m[3].str() + "-" + months.at(m[2]) + "-" + m[1].str() + "T" + m[4].str() + m[5].str() +
           ":" + m[6].str();
}

} // namespace

TEST_CASE("the example feeds are well-formed RSS 2.0 and Atom 1.0 from several outlets") {
    std::set<std::string> formats;
    auto files = feed_files();
    REQUIRE(files.size() >= 4);
    for (const auto& f : files) {
        INFO(f.string());
        std::string format;
        auto items = read_items(f, format);
        CHECK(format != "unknown");
        CHECK_FALSE(items.empty());
        formats.insert(format);
    }
    CHECK(formats == std::set<std::string>{"atom", "rss"});
}

TEST_CASE("every example item is an evaluation article with its title, time and text") {
    std::map<std::string, EvalArticle> by_url;
    for (auto& a : load_articles(eval_dir() / "articles"))
        by_url[a.meta["url"].get<std::string>()] = a;

    std::set<std::string> ids, seen;
    for (const auto& f : feed_files()) {
        std::string format;
        for (const auto& item : read_items(f, format)) {
            INFO(item.feed << " " << item.link);
            CHECK(ids.insert(item.id).second); // ids unique across the bundle
            REQUIRE(by_url.count(item.link));
            const auto& a = by_url.at(item.link);
            seen.insert(item.link);
            CHECK(item.title == a.meta["title"].get<std::string>());
            std::string when = format == "rss" ? rfc822_as_iso(item.when) : item.when;
            CHECK(when == a.meta["published"].get<std::string>());
            CHECK(text_of_html(trimmed(item.body)) == trimmed(a.text));
        }
    }
    // Every article is bundled: the examples tell the whole story.
    CHECK(seen.size() == by_url.size());
}

TEST_CASE("reading an item's HTML back gives the article's paragraphs") {
    CHECK(text_of_html("<p>A &amp; B.</p>\n<p>C &lt;D&gt;.</p>") == "A & B.\n\nC <D>.");
    CHECK(rfc822_as_iso("Thu, 10 Apr 2025 07:15:00 +0900") == "2025-04-10T07:15:00+09:00");
    CHECK(rfc822_as_iso("Fri, 01 Aug 2025 08:30:00 -0400") == "2025-08-01T08:30:00-04:00");
}
