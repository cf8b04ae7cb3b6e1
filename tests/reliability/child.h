#pragma once
// The real `parley` binary as a child process whose cost is measured: wall
// time, CPU time and peak resident memory (getrusage, taken by parley_measure,
// the small parent parley runs under), and whatever a test samples from
// /proc/<pid> while it runs. A child that outlives its deadline is killed, so
// a hang fails the test instead of stalling the suite.

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <sys/types.h>
#include <vector>

namespace parley::test {

struct ChildResult {
    int exit_code = -1; // 128 + signal when killed by one
    bool timed_out = false;
    std::string out;
    std::string err;
    std::chrono::milliseconds wall{0};
    std::chrono::milliseconds cpu{0}; // user + system: the work done, whatever the machine's load
    long max_rss_kb = 0;              // the child's peak resident set
};

struct ChildOptions {
    // On top of a minimal environment (PATH, LANG=C.UTF-8, TZ=UTC, and
    // XDG_CONFIG_HOME/XDG_DATA_HOME under `home` so no user's config is read).
    std::map<std::string, std::string> env;
    std::filesystem::path home;
    std::string input; // written to stdin
    std::chrono::milliseconds deadline{120'000};
    // Called every `sample_every` while the child runs, with its pid.
    std::function<void(pid_t)> sample;
    std::chrono::milliseconds sample_every{20};
};

// Runs `parley ARGS...` to completion (or its deadline).
ChildResult run_measured(const std::vector<std::string>& args, const ChildOptions& options = {});

// A child left running: started at once, waited for or killed later.
class Child {
public:
    Child(const std::vector<std::string>& args, const ChildOptions& options = {});
    ~Child(); // kills and reaps a child still running
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    // parley's own process id (not its measuring parent's).
    pid_t pid();
    void kill(int signal);
    // Drains its output until it exits (or the deadline passes: SIGKILL).
    ChildResult wait();

private:
    pid_t pid_ = -1;    // parley_measure
    pid_t parley_ = -1; // its child
    std::string report_;
    int out_fd_ = -1;
    int err_fd_ = -1;
    int in_fd_ = -1;
    std::string input_;
    ChildOptions options_;
    std::chrono::steady_clock::time_point started_;
};

// Entries in /proc/<pid>/fd, or -1 once the process is gone.
int open_fds(pid_t pid);
// Those of them that are sockets.
int open_sockets(pid_t pid);

// Whether the process is alive: neither gone nor a zombie waiting to be reaped.
bool running(pid_t pid);

} // namespace parley::test
