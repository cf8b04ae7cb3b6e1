#pragma once
// A store of its own for each test, with parley run against it as a user
// runs it, and the means to compare two stores by what parley prints.

#include "child.h"
#include "support/temp_dir.h"

#include <memory>
#include <string>
#include <vector>

namespace parley::test {

struct Workspace {
    TempDir dir;
    std::string db = (dir / "parley.db").string();

    ChildOptions options() const;
    // `parley --db DB ARGS...`, measured; fails the test on a hang.
    ChildResult parley(std::vector<std::string> args, ChildOptions o) const;
    ChildResult parley(std::vector<std::string> args) const { return parley(args, options()); }
    // Starts `parley --db DB ARGS...` and returns at once.
    std::unique_ptr<Child> start(std::vector<std::string> args) const;

    // Adds feeds straight through the store: the setup, not what is tested.
    void add_feeds(const std::vector<std::string>& urls) const;
    // This store's file copied from another workspace's (closed) store.
    void copy_store_from(const Workspace& other) const;

    // What a user sees of the store, without what differs from run to run:
    // when each feed was last fetched, and the order and ids rows got from
    // the order feeds arrived in. One JSON object a line, sorted.
    std::string articles_json() const;
    std::string feeds_json() const;
    std::string timeline_json() const;
    long count(const std::string& sql) const;
    std::string integrity() const;
};

// Sanitizer builds run several times slower and hold more memory: limits
// scale with this.
constexpr int slowdown() {
#if defined(__SANITIZE_ADDRESS__)
    return 6;
#else
    return 1;
#endif
}

} // namespace parley::test
