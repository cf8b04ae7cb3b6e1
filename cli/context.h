#pragma once
// What every command gets: the global options, the environment, the output
// streams and the clock. Only the CLI reads the clock, and only through here.

#include "cli/config.h"
#include "cli/paths.h"
#include "ingest/extract/extract.h"
#include "store/store.h"

#include <date/date.h>
#include <iosfwd>
#include <memory>
#include <stdexcept>
#include <string>

namespace parley {

// A bad argument: reported on one line, exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A failure already reported to the user; carries only the exit code.
struct ExitCode {
    int code;
};

struct GlobalOptions {
    std::string db;
    std::string config;
};

class Context {
public:
    Context(Environment env, std::ostream& out, std::ostream& err);

    GlobalOptions options;
    Environment env;
    std::ostream& out;
    std::ostream& err;

    date::sys_seconds now() const;
    std::filesystem::path db_path();
    Store& store();         // opened on first use
    const Config& config(); // read on first use
    // The rules of data/ ($PARLEY_DATA_DIR, installed or source tree) and the
    // user's own additions, loaded on first use.
    const Extractor& extractor();
    bool out_is_terminal() const;
    bool err_is_terminal() const;
    bool colour() const; // on a terminal and NO_COLOR unset or empty

private:
    std::unique_ptr<Store> store_;
    std::optional<Config> config_;
    std::optional<Extractor> extractor_;
};

} // namespace parley
