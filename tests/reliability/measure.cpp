// parley_measure REPORT COMMAND [ARGS...]: runs COMMAND as its child and
// writes the child's peak resident set and CPU time to REPORT, then exits as
// the child did (by the same signal, if one ended it).
//
// Why a process of its own: Linux carries a process's peak RSS across
// fork and exec, so a child forked straight from a test that holds a large
// feed in memory would report the test's memory as its own. Forked from this
// small program, the figure is parley's alone.

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <initializer_list>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

volatile pid_t child = -1;

void forward(int sig) {
    if (child > 0) ::kill(child, sig);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: parley_measure REPORT COMMAND [ARGS...]\n");
        return 2;
    }
    const pid_t self = ::getpid();
    child = ::fork();
    if (child < 0) return 127;
    if (child == 0) {
        // Dies with this process, so killing it never leaves parley behind.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != self) ::_exit(127);
        ::execv(argv[2], argv + 2);
        ::_exit(127);
    }
    for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGQUIT})
        ::signal(sig, forward);
    int status = 0;
    rusage usage{};
    while (::wait4(child, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    if (FILE* report = std::fopen(argv[1], "w")) {
        auto ms = [](const timeval& t) { return t.tv_sec * 1000L + t.tv_usec / 1000L; };
        std::fprintf(report, "%ld %ld %ld\n", usage.ru_maxrss, ms(usage.ru_utime),
                     ms(usage.ru_stime));
        std::fclose(report);
    }
    if (WIFSIGNALED(status)) {
        ::signal(WTERMSIG(status), SIG_DFL);
        ::raise(WTERMSIG(status));
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
