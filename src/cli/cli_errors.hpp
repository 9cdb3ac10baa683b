// cli_errors.hpp — the two ways a command can fail, and their exit codes.
//
// Commands throw these; main() catches them, prints the message and exits.
// Exit codes: 0 fine, 1 invalid input (a file that cannot be read or is not a
// Setright workspace), 2 a usage error (the command line itself is wrong).
#pragma once

#include <stdexcept>
#include <string>

namespace setright {

constexpr int exit_ok = 0;
constexpr int exit_invalid_input = 1;
constexpr int exit_usage = 2;

// The command line is wrong. `command` names the command whose --help helps
// ("" for the top level).
struct UsageError : std::runtime_error {
    std::string command;
    UsageError(const std::string& message, const std::string& command_name = {}) : std::runtime_error(message), command(command_name) {}
};

// The input is wrong. Every line of the message starts with the file's name,
// compiler style ("deal.json: /deals/0/id: ..."), and is printed as is.
struct InputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

} // namespace setright
