// main.cpp — the `setright` command: dispatch to one command, and the one
// place where every failure becomes a message and an exit code.
//
// Nothing a user can type or feed in may crash the tool: every exception ends
// here. Messages quote file names, ids and keys, so they are printed through
// terminal_text(): no escape sequence from a file reaches the terminal. Usage errors exit 2 with a one-line hint to --help; bad input exits 1
// (the command has already named the file); anything unexpected exits 1 too.
#include "cli_errors.hpp"
#include "command.hpp"
#include "core/reports/safe_text.hpp"

#include <cstdio>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#ifndef SETRIGHT_VERSION
#define SETRIGHT_VERSION "unknown"
#endif

namespace {

using namespace setright;

const std::vector<const Command*>& all_commands() {
    static const std::vector<const Command*> commands = {
            &validate_command(), &score_command(), &report_command(),   &calendar_command(), &import_command(),
            &merge_command(),    &study_command(), &template_command(), &room_command(),
    };
    return commands;
}

const Command* find_command(const std::string& name) {
    for (const Command* c : all_commands())
        if (c->name == name) return c;
    return nullptr;
}

std::string top_help() {
    std::string text = "setright — an expectation-setting checklist for B2B deals.\n"
                       "\n"
                       "Usage: setright COMMAND [OPTIONS] [ARGS]\n"
                       "\n"
                       "Commands:\n";
    for (const Command* c : all_commands()) {
        std::string name = c->name;
        name.resize(10, ' ');
        text += "  " + name + c->summary + "\n";
    }
    text += "\n"
            "Options:\n"
            "  -h, --help  show this help (setright COMMAND --help: that command's)\n"
            "  --version   show the version\n"
            "\n"
            "FILE may be '-' for standard input. Files over 64 MB are refused, and so\n"
            "is anything but a regular file (a FIFO, a device, a directory): to read\n"
            "a pipe, give '-'.\n"
            "Exit codes: 0 fine, 1 invalid input (unreadable file, not a Setright\n"
            "workspace), 2 usage error.\n";
    return text;
}

int run(const std::vector<std::string>& words) {
    if (words.empty()) throw UsageError("no command given");
    const std::string& first = words[0];
    if (first == "--help" || first == "-h" || first == "help") {
        if (first == "help" && words.size() > 1) {
            if (const Command* c = find_command(words[1])) {
                std::cout << c->help;
                return exit_ok;
            }
            throw UsageError("unknown command '" + words[1] + "'");
        }
        std::cout << top_help();
        return exit_ok;
    }
    if (first == "--version" || first == "-V") {
        std::cout << "setright " SETRIGHT_VERSION "\n";
        return exit_ok;
    }
    const Command* command = find_command(first);
    if (!command) {
        if (!first.empty() && first[0] == '-') throw UsageError("unknown option '" + first + "'");
        throw UsageError("unknown command '" + first + "'");
    }
    Args args = parse_args(command->name, std::vector<std::string>(words.begin() + 1, words.end()), command->options);
    if (args.help) {
        std::cout << command->help;
        return exit_ok;
    }
    return command->run(args);
}

// Output that could not be written (a full disk, a closed pipe) is a failure,
// not a silent success.
int check_output(int code) {
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "setright: cannot write to standard output\n";
        return code == exit_ok ? exit_invalid_input : code;
    }
    return code;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> words(argv + 1, argv + argc);
    try {
        return check_output(run(words));
    } catch (const UsageError& e) {
        std::cerr << "setright: " << terminal_text(e.what()) << "\n";
        if (e.command.empty())
            std::cerr << "Try 'setright --help'.\n";
        else
            std::cerr << "Try 'setright " << terminal_text(e.command) << " --help'.\n";
        return exit_usage;
    } catch (const InputError& e) {
        std::cerr << terminal_text(e.what()) << "\n";
        return exit_invalid_input;
    } catch (const std::bad_alloc&) {
        std::cerr << "setright: out of memory\n";
        return exit_invalid_input;
    } catch (const std::exception& e) {
        std::cerr << "setright: unexpected error: " << terminal_text(e.what()) << "\n";
        return exit_invalid_input;
    } catch (...) {
        std::cerr << "setright: unexpected error\n";
        return exit_invalid_input;
    }
}
