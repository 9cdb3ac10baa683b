// cmd_merge.cpp — placeholder until core/merge.hpp lands.
#include "cli_errors.hpp"
#include "command.hpp"

namespace setright {
namespace {
int run_merge(const Args& args) {
    require_operands(args, 2, 2, "BASE and INCOMING files");
    throw InputError("merge: not available yet");
}
} // namespace
const Command& merge_command() {
    static const Command command{"merge", "merge INCOMING into BASE", "Usage: setright merge BASE INCOMING -o OUT\n\nconflicts keep BASE's version\n", {{"output", 'o', true, "OUT"}}, run_merge};
    return command;
}
} // namespace setright
