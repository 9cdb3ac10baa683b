// cmd_merge.cpp — `setright merge BASE INCOMING -o OUT`.
//
// Combines your workspace with one a colleague or the other side sent back
// (core/format/merge.hpp has the rules). OUT is written all or nothing, through a
// temporary file made next to it (write_file.hpp), so OUT may be BASE itself;
// only a regular file (or a symlink to one) is replaced. Conflicts do not fail
// the merge: BASE's version is kept and every conflict is listed, with exit
// code 0, so a script can merge first and let a person look at the conflicts
// after.
#include "cli_errors.hpp"
#include "command.hpp"
#include "load_workspace.hpp"
#include "read_file.hpp"
#include "write_file.hpp"

#include "core/format/json_format.hpp"
#include "core/format/merge.hpp"
#include "core/reports/safe_text.hpp"

#include <iostream>
#include <sstream>

namespace setright {

namespace {

// Descriptions quote ids and titles from the files: the summary is printed
// through terminal_text(), like every line the CLI writes for a person.
void print_summary(std::ostream& to, const std::string& base, const std::string& incoming, const std::string& output,
                   const MergeResult& result) {
    std::ostringstream out;
    const std::size_t changes = result.changes.size(), conflicts = result.conflicts.size();
    out << "merged " << base << " and " << incoming << " into " << output << ": " << changes << (changes == 1 ? " change, " : " changes, ")
        << conflicts << (conflicts == 1 ? " conflict\n" : " conflicts\n");
    for (const MergeChange& c : result.changes) {
        std::string kind = to_string(c.kind);
        kind.resize(8, ' ');
        out << "  " << kind << c.pointer << ": " << c.description << "\n";
    }
    if (conflicts > 0) {
        out << "Conflicts (" << base << "'s version kept):\n";
        for (const MergeConflict& c : result.conflicts) out << "  conflict " << c.pointer << ": " << c.description << "\n";
    }
    to << terminal_text(out.str());
}

int run_merge(const Args& args) {
    require_operands(args, 2, 2, "BASE and INCOMING files");
    if (!args.has("output")) throw UsageError("missing -o OUT (the file to write the merged workspace to)", args.command);
    const std::string output = args.value("output");
    if (output.empty()) throw UsageError("-o OUT must not be empty", args.command);
    const std::string& base_path = args.operands[0];
    const std::string& incoming_path = args.operands[1];
    if (base_path == "-" && incoming_path == "-") throw UsageError("BASE and INCOMING cannot both be standard input", args.command);

    Workspace base = load_workspace(base_path);
    Workspace incoming = load_workspace(incoming_path);
    MergeResult result = merge_workspaces(base, incoming);
    std::string bytes = export_workspace(result.merged);

    if (output == "-") { // the workspace on stdout, so the summary goes to stderr
        std::cout << bytes;
        print_summary(std::cerr, display_name(base_path), display_name(incoming_path), "<stdout>", result);
    } else {
        write_file_atomically(output, bytes);
        print_summary(std::cout, display_name(base_path), display_name(incoming_path), output, result);
    }
    return exit_ok;
}

} // namespace

const Command& merge_command() {
    static const Command command{
            "merge",
            "merge a workspace someone sent back into yours",
            "Usage: setright merge BASE INCOMING -o OUT\n"
            "\n"
            "Merges INCOMING into BASE and writes the result to OUT ('-': standard\n"
            "output). Deals are matched by id, and so is every item inside a deal;\n"
            "lists inside an item (a claim's evidence, a question's history) are\n"
            "merged entry by entry, so what both sides added is kept. For an item\n"
            "on both sides the newer 'modified' wins, items only in INCOMING are\n"
            "added and items only in BASE are kept. Every change is listed, item\n"
            "by item.\n"
            "\n"
            "Conflicts (the same item changed on both sides with the same or no\n"
            "'modified') keep BASE's version in OUT; each one is listed so you can\n"
            "settle it by hand. They do not fail the merge: the exit code stays 0.\n"
            "\n"
            "OUT is written whole or not at all, through a new temporary file next\n"
            "to it (OUT.tmp-XXXXXX, renamed over OUT), so OUT may be BASE itself.\n"
            "OUT keeps its mode (and owner, where allowed). A symlink is written\n"
            "through: the file it points to is replaced and the link stays. OUT\n"
            "must be a regular file or not exist: a directory, a device such as\n"
            "/dev/null, or a FIFO is refused. Nothing is written if either input\n"
            "is invalid.\n"
            "\n"
            "Options:\n"
            "  -o, --output OUT  the file to write (required)\n"
            "  -h, --help        show this help\n"
            "\n"
            "Exit code: 0 merged (even with conflicts), 1 an input is invalid or OUT\n"
            "cannot be written, 2 usage error.\n",
            {{"output", 'o', true, "OUT"}},
            run_merge,
    };
    return command;
}

} // namespace setright
