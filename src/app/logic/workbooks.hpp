// workbooks.hpp — the work behind platform::read_workbook and
// platform::write_checklist_workbook, wherever it runs: in the app itself
// (the desktop, the single-file build) or in the browser bundle's workbook
// program (src/platform/web/workbook_module), fetched the first time a
// workbook is read or written. Between the page and that program a sheet
// read travels as JSON (sheet_result_json and back).
#pragma once

#include "core/format/sheet_text.hpp"
#include "platform/platform.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace setright::app {

// The cells of an XLSX workbook (core/format/sheet_xlsx.hpp), or why not.
SheetTextResult read_workbook_cells(std::string_view bytes);

// The checklist workbook (core/reports/report_xlsx.hpp) of `deal`, worded in
// `language` ("ko"; English when unknown). No bytes: `failed` says why.
platform::WorkbookWritten checklist_workbook(const Deal& deal, std::string_view language);
// The same for the deal in `deal_json` (a workspace file holding it, as
// export_deal writes): what the workbook program is sent.
platform::WorkbookWritten checklist_workbook_from_json(std::string_view deal_json, std::string_view language);

// A sheet read, as JSON and back: {"rows":[[…]…],"separator":","} or
// {"error":{"kind":N,"cell":"…","what":"…"}}. Anything else reads back as
// a broken workbook.
std::string sheet_result_json(const SheetTextResult& read);
SheetTextResult sheet_result_from_json(std::string_view json);

} // namespace setright::app
