#pragma once
// Runs the real `parley` binary as a child process, as a user would.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace parley::test {

struct RunResult {
    int exit_code = -1; // 128 + signal when killed by one
    std::string out;
    std::string err;
};

struct RunOptions {
    std::map<std::string, std::string> env; // set on top of a minimal environment
    std::string input;                      // written to stdin
    bool inherit_env = false;
};

RunResult run_parley(const std::vector<std::string>& args, const RunOptions& options = {});
RunResult run_command(const std::vector<std::string>& argv, const RunOptions& options = {});

// The parley binary under test.
std::string parley_exe();

} // namespace parley::test
