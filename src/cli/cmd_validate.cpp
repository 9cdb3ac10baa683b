// cmd_validate.cpp — `setright validate FILE…`: is each file a Setright workspace?
//
// Every file is checked even when an earlier one fails, so one run lists all
// the problems; the exit code is 1 if any file failed.
#include "cli_errors.hpp"
#include "command.hpp"
#include "load_workspace.hpp"
#include "read_file.hpp"

#include "core/reports/safe_text.hpp"

#include <cstdint>
#include <iostream>

namespace setright {

namespace {

int run_validate(const Args& args) {
    require_operands(args, 1, SIZE_MAX, "FILE to validate");
    int code = exit_ok;
    for (const std::string& path : args.operands) {
        try {
            Workspace ws = load_workspace(path);
            std::size_t n = ws.deals.size();
            std::cout << terminal_text(display_name(path) + ": ok (" + std::to_string(n) + (n == 1 ? " deal" : " deals") + ")\n");
        } catch (const InputError& e) {
            std::cout.flush();                            // keep stdout and stderr in file order when both go to a terminal
            std::cerr << terminal_text(e.what()) << "\n"; // problems quote ids and keys from the file
            code = exit_invalid_input;
        }
    }
    return code;
}

} // namespace

const Command& validate_command() {
    static const Command command{
            "validate",
            "check that files are valid Setright workspaces",
            "Usage: setright validate FILE...\n"
            "\n"
            "Imports each FILE ('-' for standard input) and prints 'FILE: ok (N deals)',\n"
            "or every problem found, with the JSON pointer of the offending value\n"
            "(or line:column for a syntax error), on standard error.\n"
            "\n"
            "Exit code: 0 if every file is valid, 1 if any is not (or cannot be read).\n"
            "\n"
            "Options:\n"
            "  -h, --help  show this help\n",
            {},
            run_validate,
    };
    return command;
}

} // namespace setright
