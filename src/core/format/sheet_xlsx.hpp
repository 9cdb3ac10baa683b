// sheet_xlsx.hpp — a spreadsheet saved as XLSX (Excel, LibreOffice, Google
// Sheets, Numbers), as its cells: the first visible worksheet, as the
// spreadsheet shows it.
//
// An XLSX file is a ZIP of XML parts: minizip (zlib's) opens it and expat
// reads the parts, both from Debian's source. Cells come out as text, as a
// CSV of the same sheet would hold them: shared and inline strings, a
// formula's last computed value, numbers without float noise (0.1, not
// 0.1000000000000000055), dates shown as dates written as ISO dates
// (2026-12-10), TRUE/FALSE, error values as shown (#N/A). A merged range
// holds its first cell's value in every cell, so a category merged down
// its rows belongs to each. Rows keep their numbers (row 7 is rows[6]).
#pragma once

#include "core/format/sheet_text.hpp"

#include <string>
#include <string_view>

namespace setright {

// Whether `bytes` start as a ZIP archive does (as every XLSX file does).
bool looks_like_zip(std::string_view bytes);

// Whether `bytes` start as an OLE compound file: an .xls from Excel 97-2003,
// or any Excel workbook saved with a password (encrypted, it is not a ZIP).
bool looks_like_ole(std::string_view bytes);

SheetTextResult read_sheet_xlsx(std::string_view bytes);

// The date an Excel serial number stands for ("2026-12-10"; with a time of
// day "2026-12-10 14:30"), in the 1900 date system or, when `from_1904`, the
// 1904 one (old Mac workbooks). Empty when out of range.
std::string excel_serial_date(double serial, bool from_1904 = false);

// Whether a number format (a built-in id, or a custom format code) shows a
// date or time: "yyyy-mm-dd", "d. mmm", "[$-ko-KR]yyyy\"년\" m\"월\"", not
// "0.00", "#,##0 [Red]" or "\"days\" 0".
bool is_date_format(int format_id, std::string_view format_code);

// A spreadsheet file as cells, whatever it was saved as: XLSX when the bytes
// are a ZIP archive, refused when they are an old .xls or password-protected
// workbook, and otherwise text (read_sheet_text).
SheetTextResult read_sheet_file(std::string_view bytes);

} // namespace setright
