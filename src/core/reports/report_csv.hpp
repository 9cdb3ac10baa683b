// report_csv.hpp — the checklist as CSV: one row per requirement × vendor.
//
// RFC 4180: CRLF line ends, a header row, and fields holding a quote, comma,
// CR or LF wrapped in quotes with inner quotes doubled. Spreadsheets open it
// as is; text in Korean or Russian stays UTF-8. Every cell is written by
// safe_text.hpp's csv_text() or csv_number(), so none is read as a formula.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright {

// Columns, headed in the reader's words: deal, requirement, priority,
// weight, vendor, status. A spreadsheet is read by people, so cells hold
// the deal's title, the requirement's text, the vendor's name and the
// priority and status as the reader's words name them, never ids or JSON
// names (an item without a title, text or name shows its id); the JSON file
// and `setright score --json` are what machines read. Weight is a number
// cell, the rest are text cells. Every vendor of the deal gets a row per
// requirement ("unknown" when it has made no claim), then any claim from a
// vendor not listed in the deal; a requirement with neither gets one row
// with empty vendor and status.
std::string csv_report(const Workspace& ws); // in English (the CLI's)
class Words;
std::string csv_report(const Workspace& ws, const Words& words);

} // namespace setright
