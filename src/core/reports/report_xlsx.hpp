// report_xlsx.hpp — a deal's checklist and vendor comparison as an XLSX
// workbook, for procurement to check the arithmetic in their own spreadsheet.
//
// Three sheets, headed in the reader's words (names, never ids):
// - the checklist: one row per requirement (text, category, priority,
//   weight) and per vendor its claim's effective status and what that counts
//   as, looked up in the claim ladder by a formula; under them each vendor's
//   weighted coverage, over every requirement and over the must-haves, as
//   live formulas (SUMPRODUCT of weights and counts-as over the weights);
// - the vendors side by side, their figures referring to the checklist's;
// - the claim ladder: every status and what it counts as.
// Every formula is saved with the value Setright computed (coverage.hpp),
// so a reader that does not calculate shows the same figures. Text goes into
// string cells, never formulas, whatever it starts with.
// Written with libxlsxwriter (Debian's source).
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright {

class Words;

// The workbook's bytes. Throws std::runtime_error when it cannot be written
// (no temporary file).
std::string checklist_xlsx(const Deal& deal, const Words& words);

} // namespace setright
