// report_csv.hpp — the checklist as CSV: one row per requirement × vendor.
//
// RFC 4180: CRLF line ends, a header row, and fields holding a quote, comma,
// CR or LF wrapped in quotes with inner quotes doubled. Spreadsheets open it
// as is; text in Korean or Russian stays UTF-8.
#pragma once

#include "model.hpp"

#include <string>

namespace setright {

// One CSV field, quoted only when it needs to be.
std::string csv_field(const std::string& text);

// Columns: deal, requirement, text, priority, weight, vendor, status. Every
// vendor of the deal gets a row per requirement ("unknown" when it has made
// no claim), then any claim from a vendor not listed in the deal; a
// requirement with neither gets one row with empty vendor and status.
std::string csv_report(const Workspace& ws);

} // namespace setright
