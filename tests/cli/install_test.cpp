// `cmake --install` into a scratch prefix: the binary, data/, the man page
// and the bash completions land in the usual places, and the installed
// parley reads the data installed with it and the user's own additions.

#include "support/run.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace parley::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void append(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::app) << text;
}

std::vector<std::string> event_kinds(const RunResult& r) {
    std::vector<std::string> out;
    const json parsed = json::parse(r.out);
    for (const auto& e : parsed.at("events"))
        out.push_back(e.at("kind").get<std::string>());
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

TEST_CASE("cmake --install puts parley, its data, man page and completions under the prefix, and "
          "the installed parley reads them") {
    TempDir dir;
    const fs::path prefix = dir / "prefix";
    auto inst = run_command(
        {PARLEY_CMAKE_COMMAND, "--install", PARLEY_BUILD_DIR, "--prefix", prefix.string()});
    INFO(inst.out << inst.err);
    REQUIRE(inst.exit_code == 0);

    const fs::path exe = prefix / "bin" / "parley";
    CHECK(fs::exists(exe));
    CHECK(fs::exists(prefix / "share" / "parley" / "events" / "talks.rules"));
    CHECK(fs::exists(prefix / "share" / "parley" / "gazetteer" / "people.tsv"));
    CHECK(read(prefix / "share" / "man" / "man1" / "parley.1").find(".TH PARLEY 1") !=
          std::string::npos);
    const fs::path completion = prefix / "share" / "bash-completion" / "completions" / "parley";
    REQUIRE(fs::exists(completion));

    // The completion script registers itself and offers the commands.
    auto comp = run_command({"/bin/bash", "-c",
                             "source '" + completion.string() +
                                 "' && complete -p parley && COMP_WORDS=(parley dead) COMP_CWORD=1 "
                                 "&& $(complete -p parley | sed -E 's/.*-F ([^ ]+).*/\\1/') && "
                                 "printf '%s\\n' \"${COMPREPLY[@]}\""});
    INFO(comp.err);
    CHECK(comp.exit_code == 0);
    CHECK(comp.out.find("deadlines") != std::string::npos);

    // The installed binary reads the installed data, not the source tree's:
    // a word added to the installed talks rules takes effect.
    const std::string article =
        "Japanese and U.S. trade envoys will hold a colloquy in Tokyo on Friday, officials said.\n";
    RunOptions opts;
    opts.input = article;
    opts.env["XDG_CONFIG_HOME"] = (dir / "config").string();
    opts.env["HOME"] = dir.path().string();
    const std::vector<std::string> extract{
        exe.string(), "extract", "--published", "2025-05-20T09:00:00+09:00", "--format", "json"};
    auto before = run_command(extract, opts);
    INFO(before.err);
    REQUIRE(before.exit_code == 0);
    CHECK_FALSE(has(event_kinds(before), "talks"));

    append(prefix / "share" / "parley" / "events" / "talks.rules", "trigger colloquy\n");
    auto installed = run_command(extract, opts);
    INFO(installed.out << installed.err);
    REQUIRE(installed.exit_code == 0);
    CHECK(has(event_kinds(installed), "talks"));

    // A user's own additions in $XDG_CONFIG_HOME/parley/ are read after it.
    opts.input = "Japanese and U.S. trade envoys will hold a symposium in Tokyo on Friday.\n";
    CHECK_FALSE(has(event_kinds(run_command(extract, opts)), "talks"));
    fs::create_directories(dir / "config" / "parley" / "events");
    append(dir / "config" / "parley" / "events" / "talks.rules", "trigger symposium\n");
    CHECK(has(event_kinds(run_command(extract, opts)), "talks"));
}
