// parley rebuild: re-extract every stored article after the rules of data/
// changed, without fetching anything, and merge the timeline again.

#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/pipeline.h"
#include "cli/writer_lock.h"

#include <CLI/CLI.hpp>
#include <unordered_map>

namespace parley {

namespace {

constexpr std::chrono::seconds lock_wait{10};
// Articles re-read per transaction: bounds memory on a large store, and an
// interrupted rebuild keeps what it finished.
constexpr std::size_t batch_size = 500;

struct RebuildOptions {
    bool quiet = false;
};

int rebuild(Context& ctx, const RebuildOptions& o) {
    WriterLock lock(ctx.db_path(), lock_wait);
    const Extractor& extractor = ctx.extractor();
    Store& store = ctx.store();

    std::unordered_map<std::int64_t, Feed> feeds;
    for (auto& f : store.feeds())
        feeds.emplace(f.id, std::move(f));

    const auto ids = store.article_ids();
    const date::sys_seconds now = ctx.now();
    std::vector<ArticleEvents> batch;
    std::size_t done = 0;
    std::size_t events = 0;
    auto flush = [&] {
        store.replace_events(batch);
        done += batch.size();
        batch.clear();
    };
    for (auto id : ids) {
        if (interrupted()) break;
        auto article = store.article(id);
        if (!article) continue; // removed meanwhile
        const Feed& feed = feeds[article->feed_id];
        auto item = read_events(*article, feed, article->stored.value_or(now), extractor);
        events += item.events.size();
        batch.push_back({id, std::move(item.events), std::move(item.people)});
        if (batch.size() == batch_size) flush();
    }
    if (!batch.empty() && !interrupted()) flush();
    if (interrupted()) {
        ctx.err << "parley: rebuild: interrupted after " << done << " of " << ids.size()
                << " articles; run it again to finish\n";
        return 130;
    }
    if (!o.quiet)
        ctx.out << "rebuilt " << done << " article" << (done == 1 ? "" : "s") << ": " << events
                << " event mention" << (events == 1 ? "" : "s") << "\n";
    return 0;
}

} // namespace

void register_rebuild(CLI::App& app, Context& ctx, CommandRun& run) {
    auto opts = std::make_shared<RebuildOptions>();
    auto* cmd = app.add_subcommand(
        "rebuild",
        "Re-extract events from every stored article (after data/ changed), no fetching");
    cmd->add_flag("-q,--quiet", opts->quiet, "Print nothing on success");
    cmd->callback([&ctx, &run, opts] { run = [&ctx, opts] { return rebuild(ctx, *opts); }; });
}

} // namespace parley
