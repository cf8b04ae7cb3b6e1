#include "child.h"

#include "support/run.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace parley::test {

namespace {

std::vector<std::string> environment(const ChildOptions& o) {
    std::map<std::string, std::string> env{
        {"PATH", "/usr/bin:/bin"}, {"LANG", "C.UTF-8"}, {"TZ", "UTC"}, {"NO_COLOR", "1"}};
    if (!o.home.empty()) {
        env["HOME"] = o.home.string();
        env["XDG_CONFIG_HOME"] = (o.home / "config").string();
        env["XDG_DATA_HOME"] = (o.home / "data").string();
    }
    // A sanitizer build's child reports to the same place as the test.
    for (const char* name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"})
        if (const char* v = std::getenv(name)) env[name] = v;
    for (const auto& [k, v] : o.env)
        env[k] = v;
    std::vector<std::string> out;
    for (const auto& [k, v] : env)
        out.push_back(k + "=" + v);
    return out;
}

} // namespace

int open_fds(pid_t pid) {
    std::error_code ec;
    std::filesystem::directory_iterator it("/proc/" + std::to_string(pid) + "/fd", ec);
    if (ec) return -1;
    int n = 0;
    for (; it != std::filesystem::directory_iterator(); it.increment(ec)) {
        if (ec) return -1;
        ++n;
    }
    return n;
}

int open_sockets(pid_t pid) {
    std::error_code ec;
    std::filesystem::directory_iterator it("/proc/" + std::to_string(pid) + "/fd", ec);
    if (ec) return -1;
    int n = 0;
    for (; it != std::filesystem::directory_iterator(); it.increment(ec)) {
        if (ec) return -1;
        auto target = std::filesystem::read_symlink(it->path(), ec);
        if (!ec && target.string().rfind("socket:", 0) == 0) ++n;
    }
    return n;
}

bool running(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    if (!std::getline(in, stat)) return false;
    // "pid (comm) S ...": the state follows the last ')'.
    const auto close = stat.rfind(')');
    return close != std::string::npos && close + 2 < stat.size() && stat[close + 2] != 'Z' &&
           stat[close + 2] != 'X';
}

Child::Child(const std::vector<std::string>& args, const ChildOptions& options)
    : input_(options.input), options_(options) {
    int in_pipe[2], out_pipe[2], err_pipe[2];
    if (::pipe2(in_pipe, O_CLOEXEC) || ::pipe2(out_pipe, O_CLOEXEC) || ::pipe2(err_pipe, O_CLOEXEC))
        throw std::runtime_error("pipe failed");
    std::vector<std::string> env_strings = environment(options);
    char report[] = "/tmp/parley-measure-XXXXXX";
    const int report_fd = ::mkstemp(report);
    if (report_fd < 0) throw std::runtime_error("mkstemp failed");
    ::close(report_fd);
    report_ = report;
    std::vector<std::string> arg_strings{PARLEY_MEASURE_EXE, report_, parley_exe()};
    arg_strings.insert(arg_strings.end(), args.begin(), args.end());
    std::vector<char*> envp, argv;
    for (auto& s : env_strings)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    for (auto& s : arg_strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    started_ = std::chrono::steady_clock::now();
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        ::dup2(in_pipe[0], 0);
        ::dup2(out_pipe[1], 1);
        ::dup2(err_pipe[1], 2);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(in_pipe[0]);
    ::close(out_pipe[1]);
    ::close(err_pipe[1]);
    out_fd_ = out_pipe[0];
    err_fd_ = err_pipe[0];
    in_fd_ = in_pipe[1];
    ::signal(SIGPIPE, SIG_IGN);
    if (input_.empty()) {
        ::close(in_fd_);
        in_fd_ = -1;
    }
}

Child::~Child() {
    if (pid_ > 0) {
        if (parley_ > 0) ::kill(parley_, SIGKILL);
        ::kill(pid_, SIGKILL);
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
    }
    for (int fd : {out_fd_, err_fd_, in_fd_})
        if (fd >= 0) ::close(fd);
    if (!report_.empty()) ::unlink(report_.c_str());
}

pid_t Child::pid() {
    if (parley_ > 0 || pid_ <= 0) return parley_;
    // parley_measure forks at once; its child shows up in /proc shortly.
    const std::string children =
        "/proc/" + std::to_string(pid_) + "/task/" + std::to_string(pid_) + "/children";
    for (int i = 0; i < 2000 && parley_ <= 0; ++i) {
        std::ifstream in(children);
        long p = 0;
        if (in >> p && p > 0) {
            parley_ = static_cast<pid_t>(p);
            break;
        }
        if (!running(pid_)) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return parley_;
}

void Child::kill(int signal) {
    if (pid_ <= 0) return;
    const pid_t target = pid();
    ::kill(target > 0 ? target : pid_, signal);
}

ChildResult Child::wait() {
    ChildResult r;
    if (pid_ <= 0) return r;
    const auto deadline = started_ + options_.deadline;
    auto next_sample = std::chrono::steady_clock::now();
    std::size_t written = 0;
    char buf[65536];
    int status = 0;
    bool reaped = false;
    while (!reaped) {
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline && !r.timed_out) {
            r.timed_out = true;
            kill(SIGKILL);
        }
        if (options_.sample && now >= next_sample) {
            if (const pid_t p = pid(); p > 0 && running(p)) options_.sample(p);
            next_sample = now + options_.sample_every;
        }
        pollfd fds[3];
        int n = 0, out_i = -1, err_i = -1, in_i = -1;
        if (out_fd_ >= 0) {
            fds[n] = {out_fd_, POLLIN, 0};
            out_i = n++;
        }
        if (err_fd_ >= 0) {
            fds[n] = {err_fd_, POLLIN, 0};
            err_i = n++;
        }
        if (in_fd_ >= 0) {
            fds[n] = {in_fd_, POLLOUT, 0};
            in_i = n++;
        }
        const int wait_ms = static_cast<int>(options_.sample ? options_.sample_every.count() : 50);
        if (n > 0) {
            if (::poll(fds, static_cast<nfds_t>(n), wait_ms) < 0 && errno != EINTR) break;
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(std::min(wait_ms, 10)));
        }
        auto drain = [&](int i, int& fd, std::string& into) {
            if (i < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) return;
            ssize_t got = ::read(fd, buf, sizeof buf);
            if (got <= 0) {
                ::close(fd);
                fd = -1;
            } else {
                into.append(buf, static_cast<std::size_t>(got));
            }
        };
        if (n > 0) {
            drain(out_i, out_fd_, r.out);
            drain(err_i, err_fd_, r.err);
            if (in_i >= 0 && (fds[in_i].revents & (POLLOUT | POLLERR | POLLHUP))) {
                ssize_t put = ::write(in_fd_, input_.data() + written, input_.size() - written);
                written = put <= 0 ? input_.size() : written + static_cast<std::size_t>(put);
                if (written >= input_.size()) {
                    ::close(in_fd_);
                    in_fd_ = -1;
                }
            }
        }
        if (out_fd_ < 0 && err_fd_ < 0) {
            pid_t got = ::waitpid(pid_, &status, WNOHANG);
            if (got == pid_) reaped = true;
        }
    }
    r.wall = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started_);
    // parley's own figures, as parley_measure took them.
    std::ifstream report(report_);
    long user_ms = 0, system_ms = 0;
    if (report >> r.max_rss_kb >> user_ms >> system_ms)
        r.cpu = std::chrono::milliseconds(user_ms + system_ms);
    if (WIFEXITED(status))
        r.exit_code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        r.exit_code = 128 + WTERMSIG(status);
    pid_ = -1;
    return r;
}

ChildResult run_measured(const std::vector<std::string>& args, const ChildOptions& options) {
    Child child(args, options);
    return child.wait();
}

} // namespace parley::test
