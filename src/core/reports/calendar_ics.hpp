// calendar_ics.hpp — a deal's dates as an iCalendar file (RFC 5545, .ics).
//
// One event per date a person should keep in their calendar:
//   - each answer a vendor promised (the question, who promised it);
//   - each offer's expiry (the vendor, its terms);
//   - each requirement's and each after-signing task's due date;
//   - the target sign date.
// Summaries and descriptions speak in the reader's words and in names, never
// ids (like the reports). Each event's UID is made from the deal's id, the
// item's id and what the date is, so a calendar that imports the file again
// updates its events instead of adding copies. Whatever is still to come (a
// question not answered yet, a task not done) carries a reminder (VALARM)
// the day before.
//
// Time zones: a date without a time is a whole day, written as an all-day
// event with a floating date (VALUE=DATE): "due 30 October" is that day
// wherever the reader is, so it needs no VTIMEZONE. A date with a time is
// stored in UTC and written in UTC ("...Z"): each calendar shows it at its
// local time.
#pragma once

#include "core/model/model.hpp"

#include <string>
#include <string_view>

namespace setright {

class Words;

// The deal's calendar. `stamped` is the DTSTAMP of every event (when the
// file was made): the only thing that differs between two exports of the
// same deal.
std::string calendar_ics(const Deal& deal, const Moment& stamped, const Words& words);
// Every deal of the workspace in one calendar.
std::string calendar_ics(const Workspace& ws, const Moment& stamped, const Words& words);

// TEXT as RFC 5545 writes it (3.3.11): backslash, ";" and "," escaped, each
// line break (LF, CR or CRLF) as "\n"; other control characters and bytes
// that are not UTF-8 as U+FFFD.
std::string ics_text(std::string_view text);
// One content line folded at 75 octets (3.1): CRLF and a space before each
// continuation, never inside a UTF-8 sequence; ends with CRLF.
std::string ics_line(std::string_view line);

} // namespace setright
