// cmd_calendar.cpp — `setright calendar FILE [--deal ID] [--at DATE] [-o OUT]`.
//
// A deal's dates as an iCalendar file (core/reports/calendar_ics.hpp) for a
// person's calendar: promised answers, offer expiries, due dates, the target
// sign date. Written to standard output, or to OUT all or nothing
// (write_file.hpp), like merge.
#include "at_option.hpp"
#include "cli_errors.hpp"
#include "command.hpp"
#include "load_workspace.hpp"
#include "read_file.hpp"
#include "write_file.hpp"

#include "core/reports/calendar_ics.hpp"
#include "core/words/words.hpp"

#include <ctime>
#include <iostream>

namespace setright {

namespace {

// Now, to the minute (UTC): what DTSTAMP says without --at.
Moment now_utc() {
    Moment m;
    m.minutes = static_cast<int64_t>(std::time(nullptr)) / 60; // time_t is seconds since 1970 UTC on POSIX
    m.has_time = true;
    return m;
}

int run_calendar(const Args& args) {
    require_operands(args, 1, 1, "FILE to make a calendar of");
    const Moment stamped = args.has("at") ? at_option(args) : now_utc(); // a bad date is a usage error before any file is read
    if (args.has("output") && args.value("output").empty()) throw UsageError("-o OUT must not be empty", args.command);
    const std::string& path = args.operands[0];
    const Workspace ws = load_workspace(path);

    std::string ics;
    if (args.has("deal")) {
        ics = calendar_ics(deal_with_id(ws, args.value("deal"), display_name(path)), stamped, Words());
    } else {
        ics = calendar_ics(ws, stamped, Words());
    }

    const std::string output = args.value("output", "-");
    if (output == "-")
        std::cout << ics;
    else
        write_file_atomically(output, ics);
    return exit_ok;
}

} // namespace

const Command& calendar_command() {
    static const Command command{
            "calendar",
            "a deal's dates as an iCalendar (.ics) file",
            "Usage: setright calendar FILE [--deal ID] [--at DATE] [-o OUT]\n"
            "\n"
            "Writes the dates of every deal in FILE ('-' for standard input), or of\n"
            "the deal --deal names, as one iCalendar file (RFC 5545) that any\n"
            "calendar imports. One all-day event for each:\n"
            "  - answer a vendor promised (who promised it, the question)\n"
            "  - offer's expiry (the vendor, the terms)\n"
            "  - requirement and after-signing task with a due date\n"
            "  - deal's target sign date\n"
            "In English, by names and texts, never ids. What is still to come (not\n"
            "answered, not done) has a reminder the day before. Each event's UID is\n"
            "made from the deal's and the item's ids, so importing a newer file\n"
            "updates the events instead of adding copies.\n"
            "\n"
            "Dates are whole days, written as floating dates: the same day in every\n"
            "time zone. A date with a time is written in UTC.\n"
            "\n"
            "Options:\n"
            "  --deal ID         only the deal with this id\n"
            "  --at DATE         the moment the file is stamped as made (DTSTAMP;\n"
            "                    YYYY-MM-DD or YYYY-MM-DDTHH:MMZ). Default: now (UTC)\n"
            "  -o, --output OUT  write to OUT, whole or not at all (default '-':\n"
            "                    standard output)\n"
            "  -h, --help        show this help\n"
            "\n"
            "Exit code: 0 written, 1 FILE is invalid, has no such deal or OUT cannot\n"
            "be written, 2 usage error.\n",
            {{"deal", 0, true, "ID"}, {"at", 0, true, "DATE"}, {"output", 'o', true, "OUT"}},
            run_calendar,
    };
    return command;
}

} // namespace setright
