// sheet_preview.hpp — a requirements sheet (XLSX, CSV, TSV) on its way into the
// open deal: read, its columns guessed (core/format/sheet_requirements.hpp),
// the rows it would add and every cell it cannot read, for the user to check
// and remap before anything changes; applied as one undo step.
#pragma once

#include "core/format/sheet_requirements.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright::app {

struct App;

struct SheetPreview {
    std::string file; // the sheet's name
    std::string deal; // the Deal id the rows go to
    SheetGrid grid;
    std::size_t columns = 0; // the widest row's cells
    SheetMapping mapping;
    SheetImport rows;                       // what `mapping` makes of `grid`, worked out again on every change
    std::vector<std::string> problem_lines; // rows.problems in the UI language, worded with them
    std::string refused;                    // the sheet could not be read at all: why, in the UI language
    bool reading = false;                   // a workbook whose cells are still on their way (platform::read_workbook)
};

// A file the preview takes (by its name): .csv, .tsv, .txt, .xlsx (and .xls, .ods, to say what to save them as).
bool is_sheet_file(const std::string& name);

// Whether `bytes` are a workbook (XLSX, or an old or protected Excel file)
// rather than text: read by platform::read_workbook, not preview_sheet.
bool is_workbook(std::string_view bytes);

// The preview of the text sheet `text` going into the open deal (refused when none is open).
SheetPreview preview_sheet(App& app, const std::string& file, const std::string& text);

// A workbook going into the open deal, its cells still being read: the
// preview says so until workbook_read brings them (refused when no deal is open).
SheetPreview workbook_being_read(App& app, const std::string& file);
// The cells of `file`, read: the preview waiting for them shows them (or why
// they could not be read). Nothing happens if that preview was closed meanwhile.
void workbook_read(App& app, const std::string& file, SheetTextResult read);

// Cells pasted outside any field while the open deal shows its Requirements
// tab: the plain text (tab-separated), or the rows of the HTML table the
// clipboard held when there is no plain text. nullopt when there is no such
// tab on screen or nothing was pasted.
std::optional<SheetPreview> preview_pasted_cells(App& app, const std::string& text, const std::string& table_json);

// Works the rows (and the problems' words) out again after the user changed
// the mapping: not every frame, a sheet may hold thousands of rows.
void remap_sheet(App& app, SheetPreview& preview);

// Adds the rows to the deal (one undo step) and says so; nothing when the
// preview has problems or the deal is gone.
void apply_sheet(App& app, SheetPreview& preview);

// The deal the rows go to, or null when it is gone.
Deal* sheet_deal(App& app, const SheetPreview& preview);

// The column's letters, "A" to "ZZ".
std::string column_letters(std::size_t column);

} // namespace setright::app
