#pragma once
// Feed fixtures under tests/fixtures/feeds/.

#include "support/temp_dir.h"

#include <filesystem>
#include <string>

namespace parley::test {

inline std::string feed_fixture(const std::string& name) {
    return read_file(std::filesystem::path(PARLEY_FIXTURES_DIR) / "feeds" / name);
}

} // namespace parley::test
