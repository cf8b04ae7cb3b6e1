// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), and 1.0's single author.

#include "ingest/feed/feed_reading.h"
#include "ingest/feed/uri.h"

#include <nlohmann/json.hpp>

namespace parley {

namespace {

using nlohmann::json;

std::string string_of(const json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>()); // ids in the wild
    return {};
}

std::string author_of(const json& object) {
    if (const auto it = object.find("authors"); it != object.end() && it->is_array())
        for (const json& a : *it)
            if (a.is_object())
                if (std::string name = string_of(a, "name"); !name.empty()) return name;
    if (const auto it = object.find("author"); it != object.end() && it->is_object())
        return string_of(*it, "name");
    return {};
}

} // namespace

void read_json_feed(std::string_view utf8, FeedReading& r) {
    r.result.format = FeedFormat::json;
    // No exceptions for bad input: a discarded value tells us it was not JSON.
    const json feed = json::parse(utf8.begin(), utf8.end(), nullptr, false);
    if (feed.is_discarded()) throw FeedParseError("not a feed: the document is not valid JSON");
    if (!feed.is_object() || !feed.contains("items"))
        throw FeedParseError("not a feed: JSON without an \"items\" list");
    const std::string version = string_of(feed, "version");
    if (version.rfind("https://jsonfeed.org/version/", 0) != 0)
        r.warn("not marked as a JSON Feed (no jsonfeed.org version)");

    // Relative URLs in a JSON Feed are relative to the feed's own URL.
    std::string base(r.document_url);
    if (std::string feed_url = string_of(feed, "feed_url"); !feed_url.empty())
        base = resolve_uri(base, feed_url);
    r.result.title = text_line(string_of(feed, "title"), Markup::text);
    if (std::string home = string_of(feed, "home_page_url"); !home.empty())
        r.result.link = resolve_uri(base, home);
    const std::string feed_author = author_of(feed);

    const json& items = feed["items"];
    if (!items.is_array()) throw FeedParseError("not a feed: JSON \"items\" is not a list");
    for (const json& item : items) {
        if (!item.is_object()) {
            r.warn("an item that is not a JSON object was skipped");
            continue;
        }
        FeedEntry e;
        e.id = string_of(item, "id");
        std::string url = string_of(item, "url");
        if (url.empty()) url = string_of(item, "external_url");
        if (!url.empty()) e.link = resolve_uri(base, url);
        e.title = text_line(string_of(item, "title"), Markup::text);
        e.summary = text_body(string_of(item, "summary"), Markup::text);
        if (std::string html = string_of(item, "content_html"); !html.empty())
            e.content = text_body(html, Markup::html);
        else
            e.content = text_body(string_of(item, "content_text"), Markup::text);
        e.author = text_line(author_of(item), Markup::text);
        if (e.author.empty()) e.author = text_line(feed_author, Markup::text);
        if (std::string d = string_of(item, "date_published"); !d.empty())
            e.published = r.date(d, "date_published");
        if (std::string d = string_of(item, "date_modified"); !d.empty())
            e.updated = r.date(d, "date_modified");
        r.result.entries.push_back(std::move(e));
    }
}

} // namespace parley
