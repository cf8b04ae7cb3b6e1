// parley ingest: read local feed files (or stdin) as if they had been pulled.
// Each file is a feed keyed by its file:// URL, so ingesting it again updates
// it in place.

#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/pipeline.h"
#include "cli/terminal.h"
#include "cli/writer_lock.h"

#include <CLI/CLI.hpp>
#include <date/tz.h>
#include <fstream>
#include <iostream>
#include <ostream>

namespace parley {

namespace {

constexpr std::chrono::seconds lock_wait{10};
// The same cap as for a download: a feed file is never bigger than this.
constexpr std::size_t max_file = 20 * 1024 * 1024;
// stdin has no name of its own: one stable address, so piping the same
// feed twice updates one feed.
constexpr const char* stdin_url = "stdin:";

struct IngestOptions {
    std::vector<std::string> files;
    std::string tz;
};

std::string read_all(std::istream& in, const std::string& name) {
    std::string bytes;
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        bytes.append(buf, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_file) throw std::runtime_error("larger than 20 MB, not read");
        if (in.eof()) break;
    }
    if (in.bad()) throw std::runtime_error("cannot read " + name);
    return bytes;
}

std::string read_input(const std::string& file) {
    if (file == "-") return read_all(std::cin, "stdin");
    std::error_code ec;
    auto status = std::filesystem::status(file, ec);
    if (ec || !std::filesystem::exists(status)) throw std::runtime_error("no such file");
    if (std::filesystem::is_directory(status)) throw std::runtime_error("is a directory");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open (permission denied?)");
    return read_all(in, file);
}

int ingest(Context& ctx, const IngestOptions& o) {
    if (!o.tz.empty()) {
        try {
            date::locate_zone(o.tz);
        } catch (const std::exception&) {
            throw UsageError("--tz: unknown time zone '" + o.tz +
                             "' (use an IANA name such as Asia/Tokyo)");
        }
    }
    WriterLock lock(ctx.db_path(), lock_wait);
    Store& store = ctx.store();
    Pipeline pipeline(store, ctx.extractor());
    int failed = 0;
    for (const auto& file : o.files) {
        if (interrupted()) break;
        const std::string shown = terminal_safe(file == "-" ? "stdin" : file);
        std::string bytes;
        try {
            bytes = read_input(file);
        } catch (const std::exception& e) {
            ctx.err << "parley: ingest: " << shown << ": " << e.what() << "\n";
            ++failed;
            continue;
        }
        const std::string url = file == "-" ? stdin_url : file_url(file);
        auto existing = store.find_feed(url);
        auto now = ctx.now();
        FeedDocument doc;
        try {
            doc = parse_feed(bytes, FeedSource{url, ""});
        } catch (const std::exception& e) {
            std::string why = parse_failure(e);
            if (existing) {
                existing->http_status = 0;
                pipeline.take_failure(*existing, why, now);
            }
            ctx.err << "parley: ingest: " << shown << ": " << terminal_safe(one_line(why)) << "\n";
            ++failed;
            continue;
        }
        Feed feed;
        if (existing) {
            feed = std::move(*existing);
        } else {
            feed.url = url;
            feed = store.add_feed(feed, now);
        }
        if (!o.tz.empty()) feed.tz = o.tz;
        feed.http_status = 0;
        feed.etag.clear();
        feed.last_modified.clear();
        auto outcome = pipeline.take_document(std::move(feed), std::move(doc), now);
        ctx.out << shown << ": " << outcome.changes.added << " new, " << outcome.changes.updated
                << " updated, " << outcome.changes.unchanged << " unchanged (feed "
                << outcome.feed.id << ")";
        if (outcome.feed.status == FeedStatus::warning)
            ctx.out << "; warning: " << terminal_safe(outcome.feed.message);
        ctx.out << "\n";
    }
    if (interrupted()) return 130;
    return failed ? 1 : 0;
}

} // namespace

void register_ingest(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<IngestOptions>();
    auto* cmd =
        app.add_subcommand("ingest", "Read local RSS/Atom/RDF/JSON feed files ('-' for stdin)");
    cmd->add_option("FILE", opts->files, "Feed files")->required();
    cmd->add_option("--tz", opts->tz, "The outlet's time zone, as Asia/Tokyo");
    cmd->callback([&ctx, &run, opts] { run = [&ctx, opts] { return ingest(ctx, *opts); }; });
}

} // namespace parley
