// cmd_report.cpp — `setright report FILE --format md|csv [--at DATE]`,
// `--format xlsx [--deal ID] -o OUT` (one deal's checklist as a workbook), or
// `--follow-up VENDOR`: the follow-up draft to one vendor.
#include "at_option.hpp"
#include "cli_errors.hpp"
#include "command.hpp"
#include "core/reports/follow_up.hpp"
#include "core/reports/report_csv.hpp"
#include "core/reports/report_markdown.hpp"
#include "core/reports/report_xlsx.hpp"
#include "core/reports/safe_text.hpp"
#include "core/words/words.hpp"
#include "load_workspace.hpp"
#include "write_file.hpp"

#include <iostream>

namespace setright {

namespace {

// The draft to `vendor` (an id or a name) in every deal that has it, one after another.
int print_follow_ups(const Workspace& ws, const std::string& path, const std::string& vendor, const Moment& at) {
    bool any = false;
    for (const Deal& deal : ws.deals)
        for (const Organisation& o : deal.vendors) {
            if (o.id != vendor && o.name != vendor) continue;
            const FollowUpDraft draft = follow_up_draft(deal, o.id, at, Words());
            std::cout << (any ? "\n---\n\n" : "") << terminal_text("Subject: " + draft.subject + "\n\n" + draft.body);
            any = true;
        }
    if (!any) throw InputError(path + ": no deal has a vendor with the id or name '" + terminal_text(vendor) + "'");
    return exit_ok;
}

// The deal --deal names, or the only one.
const Deal& deal_to_report(const Workspace& ws, const Args& args, const std::string& path) {
    if (args.has("deal")) return deal_with_id(ws, args.value("deal"), path);
    if (ws.deals.size() == 1) return ws.deals[0];
    std::string ids;
    for (const Deal& deal : ws.deals) ids += (ids.empty() ? "" : ", ") + deal.id;
    throw UsageError(ws.deals.empty() ? path + " has no deal" : path + " has several deals: choose one with --deal ID (" + ids + ")",
                     args.command);
}

int run_report(const Args& args) {
    require_operands(args, 1, 1, "FILE to report on");
    const std::string format = args.value("format", "md");
    if (format != "md" && format != "csv" && format != "xlsx")
        throw UsageError("bad --format '" + format + "' (expected md, csv or xlsx)", args.command);
    if (format == "xlsx" && args.value("output", "").empty())
        throw UsageError("--format xlsx writes a workbook: name it with -o OUT", args.command);
    const Moment at = at_option(args);
    const std::string& path = args.operands[0];
    Workspace ws = load_workspace(path);
    if (args.has("follow-up")) return print_follow_ups(ws, path, args.value("follow-up", ""), at);
    if (format == "xlsx") {
        write_file_atomically(args.value("output"), checklist_xlsx(deal_to_report(ws, args, path), Words()));
        return exit_ok;
    }
    std::cout << (format == "md" ? markdown_report(ws, at) : csv_report(ws));
    return exit_ok;
}

} // namespace

const Command& report_command() {
    static const Command command{
            "report",
            "a Markdown or CSV report of every deal, or a deal's checklist as XLSX",
            "Usage: setright report FILE [--format md|csv] [--at DATE]\n"
            "       setright report FILE --format xlsx [--deal ID] -o OUT\n"
            "       setright report FILE --follow-up VENDOR [--at DATE]\n"
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
            "  xlsx one deal's checklist as a workbook written to OUT: each\n"
            "       requirement with each vendor's status and what it counts as,\n"
            "       the weighted coverage as live formulas (with their values),\n"
            "       the vendors side by side and the claim ladder as a legend\n"
            "\n"
            "Options:\n"
            "  --format FMT  md (default), csv or xlsx\n"
            "  --deal ID     xlsx: the deal (needed when FILE has several)\n"
            "  -o OUT        xlsx: the workbook to write\n"
            "  --follow-up VENDOR\n"
            "                instead of a report, a follow-up message to VENDOR (its id\n"
            "                or name) for each deal that has it: the questions still\n"
            "                waiting for its answer, overdue first with who promised\n"
            "                what by when, and the must-haves it has only claimed.\n"
            "                Printed, never sent\n"
            "  --at DATE     judge verdicts, open questions and flags as of DATE\n"
            "                (YYYY-MM-DD or YYYY-MM-DDTHH:MMZ). Default: today (UTC)\n"
            "  -h, --help    show this help\n",
            {{"format", 0, true, "md|csv|xlsx"},
             {"follow-up", 0, true, "VENDOR"},
             {"at", 0, true, "DATE"},
             {"deal", 0, true, "ID"},
             {"output", 'o', true, "OUT"}},
            run_report,
    };
    return command;
}

} // namespace setright
