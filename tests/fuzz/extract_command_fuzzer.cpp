// `parley extract` end to end on arbitrary article text: the command line
// parsed as a user's, the file read, dates, people and events found and
// printed as JSON or text. It must succeed, print valid JSON whose offsets
// lie inside the text, and print text a terminal can show safely.

#include "cli/commands.h"

#include <array>
#include <CLI/CLI.hpp>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

namespace {

constexpr std::array<const char*, 4> published{"2025-05-20T09:00:00+09:00", "2024-02-29T23:30:00Z",
                                               "2025-03-09T01:59:59-05:00",
                                               "2025-12-31T23:59:59.999-10:00"};
constexpr std::array<const char*, 4> zones{"", "Asia/Tokyo", "America/New_York", "Europe/Brussels"};

// The article is handed over as a file, as a user would: one memory file
// reused for every input.
std::string article_path(std::string_view text) {
    static const int fd = ::memfd_create("article", 0);
    if (fd < 0 || ::ftruncate(fd, 0) != 0 ||
        ::pwrite(fd, text.data(), text.size(), 0) != static_cast<ssize_t>(text.size()))
        __builtin_trap();
    return "/proc/self/fd/" + std::to_string(fd);
}

// One context for every input, as one process serves one user: the rules of
// data/ load once, which keeps the fuzzer at thousands of inputs a second
// instead of a dozen. Its options and streams are reset before each run.
int run(const std::vector<std::string>& args, std::string& out, std::string& err) {
    static std::ostringstream o, e;
    static parley::Context ctx([](const std::string&) { return std::optional<std::string>(); }, o,
                               e);
    o.str("");
    e.str("");
    o.clear();
    e.clear();
    ctx.options = {};
    CLI::App app;
    parley::CommandRun command;
    parley::build_app(app, ctx, command);
    std::vector<const char*> argv{"parley"};
    for (const auto& a : args)
        argv.push_back(a.c_str());
    app.parse(static_cast<int>(argv.size()), argv.data());
    const int code = command ? command() : 2;
    out = o.str();
    err = e.str();
    return code;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const bool json = data[0] & 1;
    const char* zone = zones[(data[0] >> 1) % zones.size()];
    const char* when = published[(data[0] >> 3) % published.size()];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

    std::vector<std::string> args{"extract", article_path(text), "--published",
                                  when,      "--format",         json ? "json" : "text"};
    if (*zone) args.insert(args.end(), {"--tz", zone});
    std::string out, err;
    if (run(args, out, err) != 0 || !err.empty()) __builtin_trap();
    if (json) {
        const auto doc = nlohmann::json::parse(out, nullptr, false);
        if (doc.is_discarded() || !doc.is_object()) __builtin_trap();
        for (const auto& d : doc["dates"]) {
            const auto begin = d["begin"].get<std::size_t>(), end = d["end"].get<std::size_t>();
            if (begin >= end || end > text.size()) __builtin_trap();
        }
        for (const char* part : {"people", "events"})
            if (!doc[part].is_array()) __builtin_trap();
    } else {
        for (char c : out)
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7F) __builtin_trap();
    }
    return 0;
}
