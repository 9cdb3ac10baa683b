// sheet_text.hpp — a spreadsheet saved as text (CSV or TSV), as its cells.
//
// What Excel, LibreOffice, Google Sheets and Numbers write: comma-separated
// in English locales, semicolon-separated where the comma is the decimal
// mark (Excel in Norwegian and Russian), tab-separated when cells are copied
// to the clipboard; quoted cells may hold the separator, quotes and line
// breaks; Excel's "CSV UTF-8" starts with a byte order mark. Read with
// libcsv (Debian's source), never by hand. Rows keep their numbers as the
// spreadsheet showed them (a blank line is an empty row), so a message can
// name a cell as the user sees it: "C7".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright {

struct SheetGrid {
    std::vector<std::vector<std::string>> rows; // rows[0] is the spreadsheet's row 1
    char separator = ',';
};

// Why a file could not be read as a sheet. As text: a quote left open or
// out of place (as in 5" screen, unquoted), or text that is not UTF-8 (a
// sheet saved in a legacy encoding such as Windows-1251). As XLSX
// (sheet_xlsx.hpp): not a workbook, an old .xls or password-protected one,
// or a part of it that is broken (`cell` then names the part and line). In
// the browser bundle, whose workbook reader is fetched when first needed
// (platform.hpp, read_workbook), that reader may not be had (`what` says why).
struct SheetTextError {
    std::string cell; // "C7" (where it starts); empty when it is the whole text
    std::string what; // in English, for the CLI; the app words it itself from `kind`
    enum class Kind {
        OpenQuote,
        StrayQuote,
        NotUtf8,
        NotWorkbook,
        OldOrProtected,
        BrokenWorkbook,
        ReaderUnavailable
    } kind = Kind::OpenQuote;
};

struct SheetTextResult {
    std::optional<SheetGrid> grid;
    std::optional<SheetTextError> error;
};

// The separator is `separator`, or when 0 the one of ",", ";" and TAB that
// the first row (outside quotes) holds most of (cells on the clipboard are
// always tab-separated: a one-column paste must not split at its commas); a
// leading UTF-8 byte order mark is skipped.
SheetTextResult read_sheet_text(std::string_view text, char separator = 0);

// The separator read_sheet_text would choose for `text`.
char guess_separator(std::string_view text);

// "A1" for (0, 0), "C7" for row index 6 and column index 2, "AA10" after "Z10".
std::string cell_reference(std::size_t row, std::size_t column);

} // namespace setright
