// parley articles: what the feeds brought in.

#include "cli/commands.h"
#include "cli/date_args.h"
#include "cli/terminal.h"
#include "timeline/event_json.h"

#include <CLI/CLI.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

namespace parley {

namespace {

struct ArticlesOptions {
    std::string feed;
    std::string since;
    std::string search;
    std::string format = "text";
};

int articles(Context& ctx, const ArticlesOptions& o) {
    ArticleQuery q;
    auto& store = ctx.store();
    if (!o.feed.empty()) {
        auto f = store.find_feed(o.feed);
        if (!f) throw UsageError("--feed: no feed " + o.feed);
        q.feed_id = f->id;
    }
    if (!o.since.empty()) {
        auto d = parse_date_arg(o.since, local_today(ctx.now()), "--since");
        q.since = date::sys_seconds{*d.first};
    }
    q.search = o.search;
    auto found = store.articles(q);
    std::map<std::int64_t, std::string> feed_urls;
    for (const auto& f : store.feeds())
        feed_urls[f.id] = f.url;

    if (o.format == "json") {
        using nlohmann::json;
        json out = json::array();
        for (const auto& a : found) {
            auto str = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
            out.push_back(
                json{{"feed", feed_urls[a.feed_id]},
                     {"id", a.guid},
                     {"url", str(a.url)},
                     {"title", str(a.title)},
                     {"author", str(a.author)},
                     {"published", a.published ? json(iso_instant(*a.published)) : json(nullptr)},
                     {"text", a.text}});
        }
        ctx.out << out.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
        return 0;
    }
    for (const auto& a : found) {
        ctx.out << (a.published ? iso_instant(*a.published) : std::string("(undated)          "))
                << "  " << terminal_safe(a.title.empty() ? a.guid : a.title) << "\n";
        if (!a.url.empty()) ctx.out << "    " << terminal_safe(a.url) << "\n";
    }
    return 0;
}

} // namespace

void register_articles(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<ArticlesOptions>();
    auto* cmd = app.add_subcommand("articles", "List stored articles");
    cmd->add_option("--feed", opts->feed, "Only this feed (id or URL)");
    cmd->add_option("--since", opts->since, "Published on or after DATE (2025-05-01, 30d)");
    cmd->add_option("--search", opts->search, "Only articles whose title or text has TEXT");
    cmd->add_option("--format", opts->format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, &run, opts] { run = [&ctx, opts] { return articles(ctx, *opts); }; });
}

} // namespace parley
