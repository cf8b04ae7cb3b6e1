// parley's entry point: parse the command line, run one command, map what
// went wrong to an exit code (0 ok, 1 failure, 2 usage, 130 interrupted).

#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/terminal.h"

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    using namespace parley;
    install_interrupt_handler();
    Context ctx(process_environment(), std::cout, std::cerr);
    CLI::App app;
    CommandRun run;
    try {
        build_app(app, ctx, run);
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "parley: " << terminal_safe(e.what()) << " (see parley --help)\n";
        return 2;
    }
    try {
        int code = run ? run() : 2;
        std::cout.flush();
        if (interrupted()) return 130;
        return code;
    } catch (const UsageError& e) {
        // Messages may quote arguments and files: no control character
        // reaches the terminal through them.
        std::cerr << "parley: " << terminal_safe(e.what()) << "\n";
        return 2;
    } catch (const ExitCode& e) {
        return e.code;
    } catch (const std::exception& e) {
        if (interrupted()) {
            std::cerr << "parley: interrupted\n";
            return 130;
        }
        std::cerr << "parley: " << terminal_safe(e.what()) << "\n";
        return 1;
    }
}
