// cmd_report.cpp — `setright report FILE --format md|csv [--at DATE]`.
#include "at_option.hpp"
#include "cli_errors.hpp"
#include "command.hpp"
#include "core/reports/report_csv.hpp"
#include "core/reports/report_markdown.hpp"
#include "load_workspace.hpp"

#include <iostream>

namespace setright {

namespace {

int run_report(const Args& args) {
    require_operands(args, 1, 1, "FILE to report on");
    const std::string format = args.value("format", "md");
    if (format != "md" && format != "csv") throw UsageError("bad --format '" + format + "' (expected md or csv)", args.command);
    const Moment at = at_option(args);
    const std::string& path = args.operands[0];
    Workspace ws = load_workspace(path);
    std::cout << (format == "md" ? markdown_report(ws, at) : csv_report(ws));
    return exit_ok;
}

} // namespace

const Command& report_command() {
    static const Command command{
            "report",
            "a Markdown or CSV report of every deal",
            "Usage: setright report FILE [--format md|csv] [--at DATE]\n"
            "\n"
            "Prints a report of every deal in FILE ('-' for standard input), in\n"
            "English, for people: deals, requirements, vendors, people and\n"
            "questions by their titles, texts and names, red flags by their\n"
            "headlines, never by ids or codes (the file itself and score --json\n"
            "carry those).\n"
            "\n"
            "  md   a readable Markdown report titled with the deal (or the number\n"
            "       of deals) and the date judged as of: each deal's verdict and\n"
            "       blockers, its requirements with each vendor's claim status,\n"
            "       coverage, the open questions with owner and promised date, and\n"
            "       the red flags\n"
            "  csv  one row per requirement and vendor: Deal, Requirement,\n"
            "       Priority, Weight, Vendor, Status (RFC 4180, UTF-8, CRLF)\n"
            "\n"
            "Options:\n"
            "  --format FMT  md (default) or csv\n"
            "  --at DATE     judge verdicts, open questions and flags as of DATE\n"
            "                (YYYY-MM-DD or YYYY-MM-DDTHH:MMZ). Default: today (UTC)\n"
            "  -h, --help    show this help\n",
            {{"format", 0, true, "md|csv"}, {"at", 0, true, "DATE"}},
            run_report,
    };
    return command;
}

} // namespace setright
