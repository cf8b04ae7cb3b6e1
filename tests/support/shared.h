#pragma once
// The other projects' corpora in ../shared. A user's fresh clone may not have
// them: tests that need them say so and are reported as skipped.

#include <catch2/catch.hpp>
#include <filesystem>

namespace parley::test {

inline std::filesystem::path shared_dir() {
    return PARLEY_SHARED_DIR;
}

inline bool have_shared(const std::filesystem::path& relative) {
    return std::filesystem::exists(shared_dir() / relative);
}

} // namespace parley::test

// ctest marks a test that prints this as skipped (SKIP_REGULAR_EXPRESSION).
#define PARLEY_SKIP_WITHOUT_SHARED(relative)                                                       \
    do {                                                                                           \
        if (!parley::test::have_shared(relative)) {                                                \
            WARN("SKIPPED: " << (parley::test::shared_dir() / (relative)).string()                 \
                             << " is absent (it sits beside the repository in CI)");               \
            return;                                                                                \
        }                                                                                          \
    } while (false)
