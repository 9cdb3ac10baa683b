// args.hpp — the command line of one command: its options and its operands.
//
// Options are long (--at DATE, --at=DATE) or short (-o OUT); "--" ends them,
// and a lone "-" is an operand (standard input). --help / -h is understood by
// every command. Anything else that starts with "-" is a usage error, so a
// typo never becomes a file name.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace setright {

struct OptionSpec {
    std::string name;    // long name without dashes: "at"
    char short_name = 0; // 'o' for -o, 0 for none
    bool takes_value = false;
    std::string value_name; // shown in messages: "DATE"
};

struct Args {
    std::string command;                        // "score"
    std::vector<std::string> operands;          // files and words, in order
    std::map<std::string, std::string> options; // long name -> value ("" for flags)
    bool help = false;

    bool has(const std::string& option) const { return options.count(option) != 0; }
    std::string value(const std::string& option, const std::string& fallback = {}) const {
        auto it = options.find(option);
        return it == options.end() ? fallback : it->second;
    }
};

// Throws UsageError naming `command` on an unknown option, a missing value or
// an option given twice.
Args parse_args(const std::string& command, const std::vector<std::string>& words, const std::vector<OptionSpec>& options);

// Usage errors for operand counts, worded the same way by every command.
void require_operands(const Args& args, std::size_t min, std::size_t max, const std::string& what);

} // namespace setright
