// command.hpp — what main() needs to know about each command.
//
// Each cmd_<name>.cpp defines one Command: its name, its one-line summary for
// `setright --help`, its full help for `setright NAME --help`, its options and
// the function that runs it. main.cpp lists them and dispatches.
#pragma once

#include "args.hpp"

#include <string>
#include <vector>

namespace setright {

struct Command {
    std::string name;
    std::string summary; // one line
    std::string help;    // the whole `setright NAME --help` text
    std::vector<OptionSpec> options;
    int (*run)(const Args& args) = nullptr; // returns the exit code; may throw UsageError / InputError
};

const Command& validate_command();
const Command& score_command();
const Command& report_command();
const Command& calendar_command();
const Command& import_command();
const Command& merge_command();
const Command& study_command();
const Command& room_command();
const Command& template_command();

} // namespace setright
