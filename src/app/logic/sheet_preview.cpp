// sheet_preview.cpp — see sheet_preview.hpp.
#include "logic/sheet_preview.hpp"

#include "logic/app_state.hpp"
#include "logic/deal_actions.hpp"
#include "logic/i18n.hpp"
#include "logic/local_words.hpp"
#include "logic/view_state.hpp"

#include "core/format/sheet_xlsx.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

namespace setright::app {

namespace {

bool ends_with_folded(const std::string& name, const char* end) {
    const std::string tail(end);
    if (name.size() < tail.size()) return false;
    return std::equal(tail.begin(), tail.end(), name.end() - std::ptrdiff_t(tail.size()),
                      [](char wanted, char got) { return std::tolower(static_cast<unsigned char>(got)) == wanted; });
}

// What the app says when a file is no sheet it can read; {1} is where
// (a cell, or a workbook part and line), {2} the file.
const char* refusal_key(SheetTextError::Kind kind) {
    switch (kind) {
    case SheetTextError::Kind::NotUtf8: return "sheet.not_utf8";
    case SheetTextError::Kind::StrayQuote: return "sheet.stray_quote";
    case SheetTextError::Kind::OpenQuote: return "sheet.open_quote";
    case SheetTextError::Kind::NotWorkbook: return "sheet.not_workbook";
    case SheetTextError::Kind::OldOrProtected: return "sheet.old_or_protected";
    case SheetTextError::Kind::BrokenWorkbook: return "sheet.broken_workbook";
    case SheetTextError::Kind::ReaderUnavailable: return "sheet.reader_unavailable";
    }
    return "sheet.not_workbook";
}

// The preview of a grid already read, going into the deal `deal`.
SheetPreview preview_grid(App& app, const std::string& name, const std::string& deal, SheetGrid grid) {
    SheetPreview preview;
    preview.file = name;
    preview.deal = deal;
    preview.grid = std::move(grid);
    for (const std::vector<std::string>& row : preview.grid.rows) preview.columns = std::max(preview.columns, row.size());
    preview.mapping = guess_mapping(preview.grid);
    remap_sheet(app, preview);
    return preview;
}

// [["a","b"],["c"]] as rows of cells; nullopt for anything else.
std::optional<SheetGrid> grid_from_json(const std::string& table_json) {
    const Json rows = Json::parse(table_json, nullptr, /*allow_exceptions=*/false);
    if (!rows.is_array()) return std::nullopt;
    SheetGrid grid;
    grid.separator = '\t';
    for (const Json& row : rows) {
        if (!row.is_array()) return std::nullopt;
        std::vector<std::string> cells;
        for (const Json& cell : row) cells.push_back(cell.is_string() ? cell.get<std::string>() : std::string());
        grid.rows.push_back(std::move(cells));
    }
    return grid;
}

// The preview of `read` going into the deal `deal`: its rows, or why the
// sheet could not be read, in the UI language.
SheetPreview preview_read(App& app, const std::string& file, const std::string& deal, SheetTextResult read) {
    if (read.error) {
        SheetPreview preview;
        preview.file = file;
        preview.deal = deal;
        preview.refused = tr_fill(refusal_key(read.error->kind), {read.error->cell, file});
        return preview;
    }
    return preview_grid(app, file, deal, std::move(*read.grid));
}

// A preview refused: there is no deal for the rows to go into.
SheetPreview refused_without_deal(const std::string& file) {
    SheetPreview preview;
    preview.file = file;
    preview.refused = tr("sheet.no_deal");
    return preview;
}

} // namespace

Deal* sheet_deal(App& app, const SheetPreview& preview) {
    const int index = find_deal(app.workspace, preview.deal);
    return index < 0 ? nullptr : &app.workspace.deals[size_t(index)];
}

bool is_sheet_file(const std::string& name) {
    return ends_with_folded(name, ".csv") || ends_with_folded(name, ".tsv") || ends_with_folded(name, ".txt") ||
           ends_with_folded(name, ".xlsx") || ends_with_folded(name, ".xls") || ends_with_folded(name, ".ods");
}

std::string column_letters(std::size_t column) {
    const std::string cell = cell_reference(0, column);
    return cell.substr(0, cell.size() - 1);
}

bool is_workbook(std::string_view bytes) { return looks_like_zip(bytes) || looks_like_ole(bytes); }

SheetPreview preview_sheet(App& app, const std::string& file, const std::string& text) {
    if (!selected_deal(app)) return refused_without_deal(file);
    return preview_read(app, file, app.selected_deal, read_sheet_text(text));
}

SheetPreview workbook_being_read(App& app, const std::string& file) {
    if (!selected_deal(app)) return refused_without_deal(file);
    SheetPreview preview;
    preview.file = file;
    preview.deal = app.selected_deal;
    preview.reading = true;
    return preview;
}

void workbook_read(App& app, const std::string& file, SheetTextResult read) {
    if (!app.pending_sheet || !app.pending_sheet->reading || app.pending_sheet->file != file) return; // cancelled meanwhile
    const std::string deal = app.pending_sheet->deal; // deleted meanwhile: refused as if none were open
    app.pending_sheet = sheet_deal(app, *app.pending_sheet) ? preview_read(app, file, deal, std::move(read)) : refused_without_deal(file);
}

std::optional<SheetPreview> preview_pasted_cells(App& app, const std::string& text, const std::string& table_json) {
    const Deal* deal = selected_deal(app);
    if (!deal || deal_view(app, deal->id).open_tab != "tab_requirements") return std::nullopt;
    const std::string name = tr("sheet.pasted");
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        std::optional<SheetGrid> grid = table_json.empty() ? std::nullopt : grid_from_json(table_json);
        if (!grid || grid->rows.empty()) return std::nullopt;
        return preview_grid(app, name, deal->id, std::move(*grid));
    }
    SheetTextResult read = read_sheet_text(text, '\t');
    if (!read.grid) return preview_sheet(app, name, text); // says why, as for a file
    return preview_grid(app, name, deal->id, std::move(*read.grid));
}

void remap_sheet(App& app, SheetPreview& preview) {
    const Deal* deal = sheet_deal(app, preview);
    if (!deal) return;
    preview.rows = requirements_from_sheet(preview.grid, preview.mapping, *deal);
    preview.problem_lines.clear();
    const LocalWords words;
    for (const SheetProblem& p : preview.rows.problems) preview.problem_lines.push_back(words.say(p.says));
}

void apply_sheet(App& app, SheetPreview& preview) {
    Deal* deal = sheet_deal(app, preview);
    if (!deal || !preview.rows.problems.empty() || preview.rows.requirements.empty()) return;
    // Worked out again against the deal as it is now: ids stay unique.
    remap_sheet(app, preview);
    const size_t added = preview.rows.requirements.size();
    for (Requirement& r : preview.rows.requirements) deal->requirements.push_back(std::move(r));
    note_change(app, "import sheet");
    show_notice(app, [added, file = preview.file] { return tr_fill("sheet.added", {std::to_string(added), file}); });
}

} // namespace setright::app
