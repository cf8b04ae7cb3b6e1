#include "support/run.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace parley::test;

namespace {

// What bash offers after typing `words` (the last one being completed).
std::string complete(const TempDir& dir, const std::string& words, int cword) {
    auto script = run_parley({"completion", "bash"});
    REQUIRE(script.exit_code == 0);
    write_file(dir / "parley.bash", script.out);
    std::string program = "source '" + (dir / "parley.bash").string() + "'; COMP_WORDS=(" + words +
                          "); COMP_CWORD=" + std::to_string(cword) +
                          "; _parley; printf '%s\\n' \"${COMPREPLY[@]}\"";
    auto r = run_command({"/bin/bash", "-c", program});
    REQUIRE(r.exit_code == 0);
    return r.out;
}

} // namespace

TEST_CASE("bash completes the top-level commands") {
    TempDir dir;
    auto out = complete(dir, "parley de", 1);
    CHECK(out == "deadlines\n");
}

TEST_CASE("bash completes the subcommands of feed") {
    TempDir dir;
    auto out = complete(dir, "parley feed ''", 2);
    for (const char* sub : {"add", "list", "remove", "import", "export"}) {
        INFO(sub);
        CHECK(out.find(std::string(sub) + "\n") != std::string::npos);
    }
}

TEST_CASE("bash completes an option's allowed values") {
    TempDir dir;
    auto out = complete(dir, "parley timeline --format ''", 3);
    CHECK(out == "text\njson\ncsv\nmd\nhtml\n");
}

TEST_CASE("bash completes options after a global option with a value") {
    TempDir dir;
    auto out = complete(dir, "parley --db x.db deadlines --as", 4);
    CHECK(out == "--as-of\n");
}
