#include "cli/pipeline.h"

#include "ingest/fetch/backoff.h"
#include "ingest/fetch/retry_after.h"
#include "timeline/event_json.h"

#include <algorithm>
#include <unordered_set>

namespace parley {

namespace {

// How much of an article's text events are read from: some twenty times the
// longest wire report.
constexpr std::size_t max_extracted_bytes = 256 * 1024;

// However far a server asks to be left alone, a feed is tried again within a week.
constexpr std::chrono::hours longest_retry_after{24 * 7};

void mark_success(Feed& feed, long http_status, date::sys_seconds now) {
    feed.last_fetched = now;
    feed.http_status = static_cast<int>(http_status);
    feed.consecutive_failures = 0;
    feed.next_due.reset();
}

std::string join_warnings(const std::vector<std::string>& warnings) {
    std::string out;
    for (const auto& w : warnings) {
        if (!out.empty()) out += "; ";
        out += w;
    }
    return one_line(out);
}

} // namespace

std::string one_line(std::string_view text, std::size_t max_bytes) {
    std::string out;
    out.reserve(std::min(text.size(), max_bytes));
    bool space = false;
    for (char c : text) {
        bool blank = c == '\n' || c == '\r' || c == '\t' || c == ' ';
        if (blank) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    if (out.size() > max_bytes) {
        // Cut on a UTF-8 boundary.
        std::size_t cut = max_bytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
            --cut;
        out.resize(cut);
        out += "…";
    }
    return out;
}

// file:///absolute/path, percent-encoding what a URL path cannot hold.
std::string file_url(const std::filesystem::path& path) {
    std::string p = std::filesystem::absolute(path).lexically_normal().string();
    std::string url = "file://";
    static const char* hex = "0123456789ABCDEF";
    for (unsigned char c : p) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            url += static_cast<char>(c);
        } else {
            url += '%';
            url += hex[c >> 4];
            url += hex[c & 15];
        }
    }
    return url;
}

std::string parse_failure(const std::exception& e) {
    // The parser's own messages say what is wrong ("not a feed: the root
    // element is <html>"); anything else is a fault in reading it.
    if (dynamic_cast<const FeedParseError*>(&e)) return one_line(e.what());
    return one_line(std::string("cannot read the feed: ") + e.what());
}

ReferenceTime reference_time(const Article& article, const Feed& feed, date::sys_seconds fetched) {
    ReferenceTime ref;
    ref.instant = article.published.value_or(fetched);
    if (!feed.tz.empty())
        ref.zone = feed.tz;
    else if (article.published_offset)
        ref.offset = *article.published_offset;
    return ref;
}

ArticleWithEvents read_events(const Article& article, const Feed& feed, date::sys_seconds fetched,
                              const Extractor& extractor) {
    ArticleWithEvents item;
    item.article = article;
    // The headline states the news as often as the body does; reading them
    // together lets "Japan, US to hold third round of talks" count.
    std::string text = article.title;
    if (!text.empty() && !article.text.empty()) text += "\n\n";
    text += article.text;
    // A news report states its events long before this; a feed item beyond
    // it is a dump or an attack, and reading all of it would let one item
    // hold up a pull and flood the timeline. The article is stored whole.
    if (text.size() > max_extracted_bytes) {
        std::size_t cut = max_extracted_bytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;
        text.resize(cut);
    }
    Extraction x = extractor.extract(text, reference_time(article, feed, fetched));
    item.events = std::move(x.events);
    item.people = std::move(x.people);
    return item;
}

FeedOutcome Pipeline::take_failure(Feed feed, const std::string& message, date::sys_seconds now,
                                   std::optional<date::sys_seconds> retry_until) {
    FeedOutcome out;
    feed.status = FeedStatus::error;
    feed.message = one_line(message);
    feed.last_fetched = now;
    feed.consecutive_failures += 1;
    date::sys_seconds due = now + backoff_delay(feed.consecutive_failures);
    if (retry_until) {
        auto asked = std::min(*retry_until, now + longest_retry_after);
        if (asked > due) due = asked;
        feed.message += "; retry after " + iso_instant(due);
    }
    feed.next_due = due;
    store_.save_feed_state(feed);
    out.feed = std::move(feed);
    out.failed = true;
    return out;
}

FeedOutcome Pipeline::take_document(Feed feed, FeedDocument doc, date::sys_seconds now) {
    queue_document(std::move(feed), std::move(doc), now, {});
    return flush(now).back();
}

void Pipeline::queue_document(Feed feed, FeedDocument doc, date::sys_seconds now,
                              std::string moved_from) {
    feed.title = doc.title;
    feed.link = doc.link;
    feed.status = doc.warnings.empty() ? FeedStatus::ok : FeedStatus::warning;
    feed.message = join_warnings(doc.warnings);
    feed.last_fetched = now;
    feed.consecutive_failures = 0;
    feed.next_due.reset();

    std::vector<ArticleWithEvents> items;
    items.reserve(doc.articles.size());
    std::unordered_set<std::string> seen;
    for (auto& a : doc.articles) {
        // The same item twice in one document is stored once, as first seen.
        if (!seen.insert(a.guid).second) continue;
        a.feed_id = feed.id;
        waiting_bytes_ += a.text.size() + a.title.size();
        items.push_back(read_events(a, feed, now, extractor_));
    }
    waiting_articles_ += items.size();
    Waiting w;
    w.pull = FeedPull{std::move(feed), std::move(items)};
    w.moved_from = std::move(moved_from);
    waiting_.push_back(std::move(w));
}

std::vector<FeedOutcome> Pipeline::flush(date::sys_seconds now) {
    std::vector<Waiting> group;
    group.swap(waiting_);
    waiting_articles_ = 0;
    waiting_bytes_ = 0;
    std::vector<FeedOutcome> out;
    if (group.empty()) return out;
    std::vector<FeedPull> pulls;
    pulls.reserve(group.size());
    for (auto& w : group)
        pulls.push_back(std::move(w.pull));
    auto changes = store_.save_pulls(pulls, now);
    for (std::size_t i = 0; i < pulls.size(); ++i) {
        FeedOutcome o;
        o.feed = std::move(pulls[i].feed);
        o.changes = changes[i];
        o.moved_from = std::move(group[i].moved_from);
        out.push_back(std::move(o));
    }
    return out;
}

FeedOutcome Pipeline::take_fetch(Feed feed, FetchResult r, date::sys_seconds now) {
    if (auto out = queue_fetch(std::move(feed), std::move(r), now)) return std::move(*out);
    return flush(now).back();
}

std::optional<FeedOutcome> Pipeline::queue_fetch(Feed feed, FetchResult r, date::sys_seconds now) {
    std::string moved_from;
    // Not onto a URL another feed has, stored or waiting to be.
    const bool taken = std::any_of(waiting_.begin(), waiting_.end(), [&](const Waiting& w) {
        return w.pull.feed.url == r.permanent_url;
    });
    if (!r.permanent_url.empty() && r.permanent_url != feed.url && !taken &&
        !store_.find_feed(r.permanent_url)) {
        moved_from = feed.url;
        feed.url = r.permanent_url;
    }

    FeedOutcome out;
    if (r.not_modified()) {
        // What we stored last time is still current: its warnings still stand.
        if (feed.status != FeedStatus::warning) {
            feed.status = FeedStatus::ok;
            feed.message.clear();
        }
        mark_success(feed, r.http_status, now);
        store_.save_feed_state(feed);
        out.feed = std::move(feed);
        out.not_modified = true;
    } else if (std::string why = r.failure(); !why.empty()) {
        std::optional<date::sys_seconds> retry_until;
        if (r.http_status == 429 || r.http_status == 503)
            retry_until = retry_after_until(r.retry_after, now);
        feed.http_status = static_cast<int>(r.http_status);
        out = take_failure(std::move(feed), why, now, retry_until);
    } else {
        FeedDocument doc;
        try {
            doc = parse_feed(r.body, FeedSource{r.url, r.content_type});
        } catch (const std::exception& e) {
            // Forget the validators: the next pull fetches the document whole,
            // in case it, or parley, has been fixed.
            feed.etag.clear();
            feed.last_modified.clear();
            feed.http_status = static_cast<int>(r.http_status);
            out = take_failure(std::move(feed), parse_failure(e), now);
            out.moved_from = std::move(moved_from);
            return out;
        }
        feed.etag = r.etag;
        feed.last_modified = r.last_modified;
        feed.http_status = static_cast<int>(r.http_status);
        queue_document(std::move(feed), std::move(doc), now, std::move(moved_from));
        return std::nullopt;
    }
    out.moved_from = std::move(moved_from);
    return out;
}

} // namespace parley
