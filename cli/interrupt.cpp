#include "cli/interrupt.h"

#include <csignal>

namespace parley {

namespace {
volatile std::sig_atomic_t interrupt_flag = 0;

extern "C" void on_interrupt(int signal) {
    interrupt_flag = 1;
    // A second Ctrl-C ends the process at once.
    std::signal(signal, SIG_DFL);
}
} // namespace

void install_interrupt_handler() {
    std::signal(SIGINT, on_interrupt);
    std::signal(SIGTERM, on_interrupt);
}

bool interrupted() {
    return interrupt_flag != 0;
}

} // namespace parley
