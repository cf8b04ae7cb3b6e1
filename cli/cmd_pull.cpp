// parley pull: fetch every due feed at once, read its articles, store them
// feed by feed as each download completes.

#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/pipeline.h"
#include "cli/terminal.h"
#include "cli/writer_lock.h"
#include "ingest/fetch/fetch.h"

#include <algorithm>
#include <chrono>
#include <CLI/CLI.hpp>
#include <cstring>
#include <ostream>

namespace parley {

namespace {

// How long a pull waits for another pull or ingest to finish with the store.
constexpr std::chrono::seconds lock_wait{10};
// A group of fetched feeds is written once it holds this many articles or
// bytes of text, or has waited --group-wait seconds.
constexpr std::size_t group_articles = 2000;
constexpr std::size_t group_bytes = 32 << 20;

struct PullOptions {
    int jobs = 8;
    int group_wait = 2; // seconds; 0: each feed written as it arrives
    std::string feed;
    bool quiet = false;
    bool force = false;
};

bool pullable(const std::string& url) {
    for (const char* scheme : {"http://", "https://", "file://"})
        if (url.size() > std::strlen(scheme) &&
            std::equal(scheme, scheme + std::strlen(scheme), url.begin(), [](char a, char b) {
                return a == std::tolower(static_cast<unsigned char>(b));
            }))
            return true;
    return false;
}

struct Tally {
    std::size_t total = 0;
    std::size_t done = 0;
    std::size_t not_modified = 0;
    std::size_t warnings = 0;
    int added = 0;
    int updated = 0;
    std::vector<FeedOutcome> failures;
};

std::string plural(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// On a terminal, one line redrawn in place as feeds complete.
class ProgressLine {
public:
    ProgressLine(std::ostream& err, bool enabled) : err_(err), enabled_(enabled) {}
    ~ProgressLine() { clear(); }

    void show(const Tally& t) {
        if (!enabled_) return;
        err_ << "\r\x1b[K"
             << "pulling: " << t.done << "/" << t.total << " feeds, " << t.added << " new, "
             << t.updated << " updated";
        if (!t.failures.empty()) err_ << ", " << t.failures.size() << " failed";
        err_ << std::flush;
        shown_ = true;
    }
    void clear() {
        if (!shown_) return;
        err_ << "\r\x1b[K" << std::flush;
        shown_ = false;
    }

private:
    std::ostream& err_;
    bool enabled_;
    bool shown_ = false;
};

void report_failures(Context& ctx, const Tally& t) {
    if (t.failures.empty()) return;
    ctx.err << "parley: pull: " << t.failures.size() << " of " << plural(t.total, "feed", "feeds")
            << " failed:\n";
    for (const auto& o : t.failures)
        ctx.err << "  " << o.feed.id << " " << terminal_safe(o.feed.url) << ": "
                << terminal_safe(o.feed.message) << "\n";
}

void report_summary(Context& ctx, const Tally& t, std::size_t not_due) {
    ctx.out << "pulled " << plural(t.done, "feed", "feeds") << ": " << t.added << " new, "
            << t.updated << " updated";
    if (t.not_modified) ctx.out << ", " << t.not_modified << " unchanged (304)";
    if (t.warnings) ctx.out << ", " << t.warnings << " with warnings";
    if (!t.failures.empty()) ctx.out << ", " << t.failures.size() << " failed";
    if (not_due) ctx.out << "; " << plural(not_due, "feed", "feeds") << " backing off, not due";
    ctx.out << "\n";
}

int pull(Context& ctx, const PullOptions& o) {
    WriterLock lock(ctx.db_path(), lock_wait);
    Store& store = ctx.store();
    const auto started = ctx.now();

    std::vector<Feed> feeds;
    std::size_t not_due = 0;
    if (!o.feed.empty()) {
        auto f = store.find_feed(o.feed);
        if (!f) {
            ctx.err << "parley: pull: no feed " << terminal_safe(o.feed) << "\n";
            return 1;
        }
        if (!pullable(f->url)) {
            ctx.err << "parley: pull: feed " << f->id << " (" << terminal_safe(f->url)
                    << ") is read with `parley ingest`, not pulled\n";
            return 1;
        }
        feeds.push_back(std::move(*f)); // named: fetched whether due or not
    } else {
        auto all = store.feeds();
        if (all.empty()) {
            if (!o.quiet) ctx.out << "no feeds yet: add one with `parley feed add URL`\n";
            return 0;
        }
        // Feeds read from stdin have nothing to fetch.
        std::erase_if(all, [](const Feed& f) { return !pullable(f.url); });
        if (o.force) {
            feeds = std::move(all);
        } else {
            feeds = store.due_feeds(started);
            std::erase_if(feeds, [](const Feed& f) { return !pullable(f.url); });
            not_due = all.size() - feeds.size();
        }
    }

    std::vector<FetchRequest> requests;
    requests.reserve(feeds.size());
    for (const auto& f : feeds)
        requests.push_back({f.url, f.etag, f.last_modified});
    FetchOptions fetch_options;
    fetch_options.jobs = o.jobs;

    Tally tally;
    tally.total = feeds.size();
    Pipeline pipeline(store, ctx.extractor());
    {
        ProgressLine progress(ctx.err, !o.quiet && ctx.err_is_terminal());
        progress.show(tally);
        auto record = [&](FeedOutcome outcome) {
            ++tally.done;
            tally.added += outcome.changes.added;
            tally.updated += outcome.changes.updated;
            if (outcome.not_modified) ++tally.not_modified;
            if (outcome.failed)
                tally.failures.push_back(std::move(outcome));
            else if (outcome.feed.status == FeedStatus::warning)
                ++tally.warnings;
        };
        // Fetched feeds are written in groups: one transaction for the
        // feeds of the last moment, so that the happenings they share are
        // merged once, while a long pull still stores as it goes.
        auto flush = [&] {
            for (auto& outcome : pipeline.flush(ctx.now()))
                record(std::move(outcome));
            progress.show(tally);
        };
        auto first_waiting = std::chrono::steady_clock::now();
        Fetcher fetcher(std::move(requests), fetch_options);
        while (auto r = fetcher.next([] { return interrupted(); })) {
            const bool was_empty = pipeline.waiting_feeds() == 0;
            if (auto outcome = pipeline.queue_fetch(feeds[r->index], std::move(*r), ctx.now()))
                record(std::move(*outcome));
            if (was_empty) first_waiting = std::chrono::steady_clock::now();
            if (pipeline.waiting_articles() >= group_articles ||
                pipeline.waiting_bytes() >= group_bytes ||
                std::chrono::steady_clock::now() - first_waiting >=
                    std::chrono::seconds{o.group_wait})
                flush();
            progress.show(tally);
            if (interrupted()) break; // between feeds: every waiting feed is whole
        }
        flush();
    }
    if (interrupted()) {
        ctx.err << "parley: pull interrupted: " << tally.done << " of "
                << plural(tally.total, "feed", "feeds") << " stored\n";
        return 130;
    }
    report_failures(ctx, tally);
    if (!o.quiet) report_summary(ctx, tally, not_due);
    return tally.failures.empty() ? 0 : 1;
}

} // namespace

void register_pull(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<PullOptions>();
    auto* cmd = app.add_subcommand("pull", "Fetch the feeds that are due and store new articles");
    auto* jobs = cmd->add_option("--jobs", opts->jobs,
                                 "Feeds fetched at once (default: pull.jobs in the config, else 8)")
                     ->check(CLI::Range(1, 64));
    auto* group_wait =
        cmd->add_option("--group-wait", opts->group_wait,
                        "Seconds fetched feeds may wait to be stored together (default: "
                        "pull.group_wait in the config, else 2; 0: each feed as it arrives)")
            ->check(CLI::Range(0, 60));
    cmd->add_option("--feed", opts->feed, "Only this feed (id or URL), due or not");
    cmd->add_flag("--quiet", opts->quiet, "Print nothing but failures");
    cmd->add_flag("--force", opts->force, "Fetch even feeds that are backing off");
    cmd->callback([&ctx, &run, opts, jobs, group_wait] {
        run = [&ctx, opts, jobs, group_wait] {
            PullOptions o = *opts;
            if (jobs->count() == 0) o.jobs = ctx.config().pull_jobs.value_or(8);
            if (group_wait->count() == 0) o.group_wait = ctx.config().pull_group_wait.value_or(2);
            return pull(ctx, o);
        };
    });
}

} // namespace parley
