// parley feed add|list|remove|import|export

#include "cli/commands.h"
#include "cli/terminal.h"
#include "ingest/feed/opml.h"
#include "ingest/feed/parse.h"
#include "timeline/event_json.h"

#include <CLI/CLI.hpp>
#include <date/tz.h>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>
#include <unordered_set>

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

std::string read_input(const std::string& path) {
    if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw std::runtime_error("cannot read " + path);
    return buf.str();
}

bool known_zone(const std::string& tz) {
    try {
        date::locate_zone(tz);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

int import_opml(Context& ctx, const FeedOptions& o) {
    OpmlDocument opml;
    try {
        opml = read_opml(read_input(o.opml_file));
    } catch (const FeedParseError& e) {
        // The reason may quote the file ("the root element is <...>").
        ctx.err << "parley: feed import: " << terminal_safe(o.opml_file) << ": "
                << terminal_safe(e.what()) << "\n";
        return 1;
    } catch (const std::runtime_error& e) {
        ctx.err << "parley: feed import: " << terminal_safe(e.what()) << "\n";
        return 1;
    }
    for (const auto& w : opml.warnings)
        ctx.err << "parley: feed import: warning: " << terminal_safe(w) << "\n";

    int added = 0, present = 0, refused = 0;
    std::unordered_set<std::string> seen;
    for (const OpmlFeed& f : opml.feeds) {
        if (!has_supported_scheme(f.url)) {
            ctx.err << "parley: feed import: skipped " << terminal_safe(f.url)
                    << ": not an http://, https:// or file:// URL\n";
            ++refused;
            continue;
        }
        if (!seen.insert(f.url).second || ctx.store().find_feed(f.url)) {
            ++present;
            continue;
        }
        Feed feed;
        feed.url = f.url;
        feed.name = f.name;
        if (!f.tz.empty()) {
            if (known_zone(f.tz)) {
                feed.tz = f.tz;
            } else {
                ctx.err << "parley: feed import: " << terminal_safe(f.url)
                        << ": unknown time zone '" << terminal_safe(f.tz) << "' left out\n";
            }
        }
        ctx.store().add_feed(feed, ctx.now());
        ++added;
    }
    ctx.out << "imported " << added << " feed" << (added == 1 ? "" : "s") << ", skipped " << present
            << " already present";
    if (refused > 0) ctx.out << " and " << refused << " with unsupported URLs";
    ctx.out << "\n";
    return 0;
}

int export_opml(Context& ctx) {
    std::vector<OpmlFeed> feeds;
    for (const Feed& f : ctx.store().feeds())
        feeds.push_back({f.url, f.name, f.title, f.link, f.tz});
    ctx.out << write_opml(feeds, "parley feeds", ctx.now());
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
    import_cmd->add_option("FILE", opts->opml_file, "OPML 1.0 or 2.0 file, or - for stdin")
        ->required();
    import_cmd->callback(
        [&ctx, &run, opts] { run = [&ctx, opts] { return import_opml(ctx, *opts); }; });

    auto* export_cmd = feed->add_subcommand("export", "Print the feeds as OPML 2.0");
    export_cmd->callback([&ctx, &run] { run = [&ctx] { return export_opml(ctx); }; });
}

} // namespace parley
