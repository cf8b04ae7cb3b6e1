#include "support/run.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace parley::test {

std::string parley_exe() {
    return PARLEY_EXE;
}

RunResult run_parley(const std::vector<std::string>& args, const RunOptions& options) {
    std::vector<std::string> argv{parley_exe()};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_command(argv, options);
}

RunResult run_command(const std::vector<std::string>& args, const RunOptions& options) {
    int in_pipe[2], out_pipe[2], err_pipe[2];
    if (::pipe2(in_pipe, O_CLOEXEC) || ::pipe2(out_pipe, O_CLOEXEC) || ::pipe2(err_pipe, O_CLOEXEC))
        throw std::runtime_error("pipe failed");

    std::vector<std::string> env_strings;
    if (options.inherit_env)
        for (char** e = environ; *e; ++e)
            env_strings.emplace_back(*e);
    else
        env_strings = {"PATH=/usr/bin:/bin", "LANG=C.UTF-8", "TZ=UTC"};
    for (const auto& [k, v] : options.env) {
        std::string prefix = k + "=";
        std::erase_if(env_strings, [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
        env_strings.push_back(prefix + v);
    }
    std::vector<char*> envp, argv;
    for (auto& s : env_strings)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    std::vector<std::string> args_copy = args;
    for (auto& s : args_copy)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::dup2(in_pipe[0], 0);
        ::dup2(out_pipe[1], 1);
        ::dup2(err_pipe[1], 2);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(in_pipe[0]);
    ::close(out_pipe[1]);
    ::close(err_pipe[1]);

    // Feed stdin and drain stdout/stderr together so no pipe fills up.
    ::signal(SIGPIPE, SIG_IGN);
    RunResult r;
    std::size_t written = 0;
    int in_fd = in_pipe[1];
    if (options.input.empty()) {
        ::close(in_fd);
        in_fd = -1;
    }
    bool out_open = true, err_open = true;
    char buf[65536];
    while (out_open || err_open || in_fd >= 0) {
        pollfd fds[3];
        int n = 0;
        int out_i = -1, err_i = -1, in_i = -1;
        if (out_open) {
            fds[n] = {out_pipe[0], POLLIN, 0};
            out_i = n++;
        }
        if (err_open) {
            fds[n] = {err_pipe[0], POLLIN, 0};
            err_i = n++;
        }
        if (in_fd >= 0) {
            fds[n] = {in_fd, POLLOUT, 0};
            in_i = n++;
        }
        if (::poll(fds, n, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        auto drain = [&](int i, int fd, std::string& into, bool& open) {
            if (i < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) return;
            ssize_t got = ::read(fd, buf, sizeof buf);
            if (got <= 0)
                open = false;
            else
                into.append(buf, static_cast<std::size_t>(got));
        };
        drain(out_i, out_pipe[0], r.out, out_open);
        drain(err_i, err_pipe[0], r.err, err_open);
        if (in_i >= 0 && (fds[in_i].revents & (POLLOUT | POLLERR | POLLHUP))) {
            ssize_t put =
                ::write(in_fd, options.input.data() + written, options.input.size() - written);
            if (put <= 0)
                written = options.input.size();
            else
                written += static_cast<std::size_t>(put);
            if (written >= options.input.size()) {
                ::close(in_fd);
                in_fd = -1;
            }
        }
    }
    ::close(out_pipe[0]);
    ::close(err_pipe[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status))
        r.exit_code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        r.exit_code = 128 + WTERMSIG(status);
    return r;
}

} // namespace parley::test
