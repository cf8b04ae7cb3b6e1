#include "workspace.h"

#include "store/store.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <SQLiteCpp/SQLiteCpp.h>

namespace parley::test {

ChildOptions Workspace::options() const {
    ChildOptions o;
    o.home = dir / "home";
    o.deadline = std::chrono::milliseconds(180'000);
    return o;
}

ChildResult Workspace::parley(std::vector<std::string> args, ChildOptions o) const {
    args.insert(args.begin(), {"--db", db});
    ChildResult r = run_measured(args, o);
    INFO("parley " << args[2] << ": " << r.err);
    CHECK_FALSE(r.timed_out);
    return r;
}

std::unique_ptr<Child> Workspace::start(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db});
    return std::make_unique<Child>(args, options());
}

void Workspace::add_feeds(const std::vector<std::string>& urls) const {
    Store store(db);
    SQLite::Transaction tx(store.database());
    const date::sys_seconds added{std::chrono::seconds{1'748'736'000}};
    for (const auto& url : urls) {
        Feed f;
        f.url = url;
        store.add_feed(f, added);
    }
    tx.commit();
}

void Workspace::copy_store_from(const Workspace& other) const {
    std::filesystem::copy_file(other.db, db, std::filesystem::copy_options::overwrite_existing);
}

namespace {

// Rows stored in a different order get different ids and tie differently in
// an ORDER BY: what must agree is the set of rows and what they say.
std::string as_set(nlohmann::json rows, const char* id_key) {
    for (auto& row : rows)
        if (id_key) row.erase(id_key);
    std::vector<std::string> lines;
    for (const auto& row : rows)
        lines.push_back(row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& l : lines)
        out += l + "\n";
    return out;
}

} // namespace

std::string Workspace::articles_json() const {
    auto r = parley({"articles", "--format", "json"});
    REQUIRE(r.exit_code == 0);
    return as_set(nlohmann::json::parse(r.out), nullptr);
}

std::string Workspace::feeds_json() const {
    auto r = parley({"feed", "list", "--format", "json"});
    REQUIRE(r.exit_code == 0);
    auto feeds = nlohmann::json::parse(r.out);
    for (auto& f : feeds)
        f.erase("last_fetched");
    return feeds.dump(1);
}

std::string Workspace::timeline_json() const {
    auto r = parley({"timeline", "--format", "json"});
    REQUIRE(r.exit_code == 0);
    return as_set(nlohmann::json::parse(r.out), "id");
}

long Workspace::count(const std::string& sql) const {
    SQLite::Database d(db, SQLite::OPEN_READWRITE);
    return static_cast<long>(d.execAndGet(sql).getInt64());
}

std::string Workspace::integrity() const {
    SQLite::Database d(db, SQLite::OPEN_READWRITE);
    return d.execAndGet("PRAGMA integrity_check").getString();
}

} // namespace parley::test
