#include "ingest/temporal/spec.h"

#include <algorithm>
#include <memory>

namespace parley::temporal {

namespace {

// Blocks of Specs handed out front to back and reused from the front once
// released. Specs are trivially copyable and destructible, so a block is
// never cleared: each slot is written before it is read.
struct PartArena {
    static constexpr std::size_t block_size = 256;
    struct Block {
        std::unique_ptr<Spec[]> specs;
        std::size_t size;
    };
    std::vector<Block> blocks;
    std::size_t current = 0; // the block in use
    std::size_t used = 0;    // its slots handed out

    Spec* top() { return blocks[current].specs.get() + used; }

    Spec* allocate(std::size_t n) {
        if (!blocks.empty() && used + n <= blocks[current].size) {
            Spec* p = top();
            used += n;
            return p;
        }
        std::size_t next = blocks.empty() ? 0 : current + 1;
        while (next < blocks.size() && blocks[next].size < n)
            ++next;
        if (next == blocks.size()) {
            const std::size_t size = std::max(block_size, n);
            blocks.push_back(Block{std::make_unique<Spec[]>(size), size});
        }
        current = next;
        used = n;
        return blocks[current].specs.get();
    }

    // Whether a list ends at the newest slot and the block has room after it.
    bool extends(const Spec* p, std::size_t n) {
        return p && !blocks.empty() && p + n == top() && used < blocks[current].size;
    }
};

thread_local PartArena arena;

} // namespace

void Kids::push_back(const Spec& s) {
    PartArena& a = arena;
    if (a.extends(p_, n_)) {
        *a.top() = s;
        ++a.used;
        ++n_;
        return;
    }
    Spec* to = a.allocate(n_ + 1);
    std::copy(p_, p_ + n_, to);
    to[n_] = s;
    p_ = to;
    ++n_;
}

void release_spec_parts() {
    arena.current = 0;
    arena.used = 0;
}

} // namespace parley::temporal
