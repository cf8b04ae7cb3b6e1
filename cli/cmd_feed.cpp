// parley feed add|list|remove|import|export

#include "cli/commands.h"
#include "cli/terminal.h"
#include "timeline/event_json.h"

#include <CLI/CLI.hpp>
#include <date/tz.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace parley {

namespace {

struct FeedOptions {
    std::string url;
    std::string name;
    std::string tz;
    std::string id_or_url;
    std::string format = "text";
    std::string opml_file;
};

bool has_supported_scheme(const std::string& url) {
    for (const char* scheme : {"http://", "https://", "file://"})
        if (url.rfind(scheme, 0) == 0 && url.size() > std::char_traits<char>::length(scheme))
            return true;
    return false;
}

void validate_zone(const std::string& tz) {
    if (tz.empty()) return;
    try {
        date::locate_zone(tz);
    } catch (const std::exception&) {
        throw UsageError("--tz: unknown time zone '" + tz +
                         "' (use an IANA name such as Asia/Tokyo)");
    }
}

int add(Context& ctx, const FeedOptions& o) {
    if (!has_supported_scheme(o.url))
        throw UsageError("feed add: '" + o.url + "' is not an http://, https:// or file:// URL");
    validate_zone(o.tz);
    Feed f;
    f.url = o.url;
    f.name = o.name;
    f.tz = o.tz;
    f = ctx.store().add_feed(f, ctx.now());
    ctx.out << "added feed " << f.id << ": " << terminal_safe(f.url) << "\n";
    return 0;
}

nlohmann::json feed_json(const Feed& f) {
    using nlohmann::json;
    auto str = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
    return json{
        {"id", f.id},
        {"url", f.url},
        {"name", str(f.name)},
        {"title", str(f.title)},
        {"link", str(f.link)},
        {"tz", str(f.tz)},
        {"status", std::string(to_string(f.status))},
        {"message", str(f.message)},
        {"last_fetched", f.last_fetched ? json(iso_instant(*f.last_fetched)) : json(nullptr)},
        {"articles", f.article_count}};
}

int list(Context& ctx, const FeedOptions& o) {
    auto feeds = ctx.store().feeds();
    if (o.format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& f : feeds)
            out.push_back(feed_json(f));
        // A URL or name given on the command line may not be UTF-8.
        ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    for (const auto& f : feeds) {
        std::string label = !f.name.empty() ? f.name : f.title;
        ctx.out << f.id << "  " << to_string(f.status) << "  " << terminal_safe(f.url);
        if (!label.empty()) ctx.out << "  (" << terminal_safe(label) << ")";
        ctx.out << "\n     " << f.article_count << " articles";
        if (!f.tz.empty()) ctx.out << ", tz " << f.tz;
        if (f.last_fetched) ctx.out << ", last fetched " << iso_instant(*f.last_fetched);
        if (!f.message.empty()) ctx.out << ", " << terminal_safe(f.message);
        ctx.out << "\n";
    }
    if (feeds.empty()) ctx.out << "no feeds yet: add one with `parley feed add URL`\n";
    return 0;
}

int remove(Context& ctx, const FeedOptions& o) {
    auto f = ctx.store().find_feed(o.id_or_url);
    if (!f) {
        ctx.err << "parley: feed remove: no feed " << terminal_safe(o.id_or_url) << "\n";
        return 1;
    }
    ctx.store().remove_feed(f->id);
    ctx.out << "removed feed " << f->id << ": " << terminal_safe(f->url) << "\n";
    return 0;
}

} // namespace

void register_feed(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<FeedOptions>();
    auto* feed = app.add_subcommand("feed", "Manage the feeds parley pulls");
    feed->require_subcommand(1, 1);

    auto* add_cmd = feed->add_subcommand("add", "Subscribe to a feed");
    add_cmd->add_option("URL", opts->url, "http://, https:// or file:// URL")->required();
    add_cmd->add_option("--name", opts->name, "Your name for the feed");
    add_cmd->add_option("--tz", opts->tz, "The outlet's time zone, as Asia/Tokyo");
    add_cmd->callback([&ctx, &run, opts] { run = [&ctx, opts] { return add(ctx, *opts); }; });

    auto* list_cmd = feed->add_subcommand("list", "List feeds with their health");
    list_cmd->add_option("--format", opts->format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    list_cmd->callback([&ctx, &run, opts] { run = [&ctx, opts] { return list(ctx, *opts); }; });

    auto* remove_cmd = feed->add_subcommand("remove", "Unsubscribe, dropping the feed's articles");
    remove_cmd->add_option("ID|URL", opts->id_or_url, "The feed's id or URL")->required();
    remove_cmd->callback([&ctx, &run, opts] { run = [&ctx, opts] { return remove(ctx, *opts); }; });

    auto* import_cmd = feed->add_subcommand("import", "Add the feeds of an OPML file");
    import_cmd->add_option("FILE", opts->opml_file, "OPML 1.0 or 2.0 file")->required();
    import_cmd->callback(
        [&ctx, &run] { run = [&ctx] { return not_implemented(ctx, "feed import"); }; });

    auto* export_cmd = feed->add_subcommand("export", "Print the feeds as OPML 2.0");
    export_cmd->callback(
        [&ctx, &run] { run = [&ctx] { return not_implemented(ctx, "feed export"); }; });
}

} // namespace parley
