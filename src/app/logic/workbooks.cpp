// workbooks.cpp — see workbooks.hpp.
#include "logic/workbooks.hpp"

#include "logic/i18n.hpp"
#include "logic/local_words.hpp"

#include "core/format/json_format.hpp"
#include "core/format/sheet_xlsx.hpp"
#include "core/reports/report_xlsx.hpp"

#include <exception>
#include <stdexcept>

namespace setright::app {

SheetTextResult read_workbook_cells(std::string_view bytes) { return read_sheet_xlsx(bytes); }

platform::WorkbookWritten checklist_workbook(const Deal& deal, std::string_view language) {
    platform::WorkbookWritten written;
    try {
        written.bytes = checklist_xlsx(deal, LocalWords(language_from_code(language).value_or(Language::En)));
    } catch (const std::exception& failed) {
        written.failed = failed.what();
    }
    return written;
}

platform::WorkbookWritten checklist_workbook_from_json(std::string_view deal_json, std::string_view language) {
    const ImportResult read = import_workspace(deal_json);
    if (read.ok() && read.workspace->deals.size() == 1) return checklist_workbook(read.workspace->deals.front(), language);
    platform::WorkbookWritten written;
    written.failed = read.problems.empty() ? "not one deal" : format_problem("deal", read.problems.front());
    return written;
}

std::string sheet_result_json(const SheetTextResult& read) {
    Json out = Json::object();
    if (read.error) {
        out["error"] = {{"kind", int(read.error->kind)}, {"cell", read.error->cell}, {"what", read.error->what}};
    } else if (read.grid) {
        out["rows"] = read.grid->rows;
        out["separator"] = std::string(1, read.grid->separator);
    }
    // Cells are UTF-8 as read; anything else is replaced, never thrown over.
    return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

SheetTextResult sheet_result_from_json(std::string_view json) {
    SheetTextResult result;
    try {
        const Json in = Json::parse(json);
        if (const auto error = in.find("error"); error != in.end()) {
            const int kind = error->at("kind").get<int>();
            if (kind < int(SheetTextError::Kind::OpenQuote) || kind > int(SheetTextError::Kind::ReaderUnavailable))
                throw std::out_of_range("kind");
            result.error =
                    SheetTextError{error->at("cell").get<std::string>(), error->at("what").get<std::string>(), SheetTextError::Kind(kind)};
            return result;
        }
        SheetGrid grid;
        grid.rows = in.at("rows").get<std::vector<std::vector<std::string>>>();
        const std::string separator = in.at("separator").get<std::string>();
        grid.separator = separator.size() == 1 ? separator[0] : ',';
        result.grid = std::move(grid);
    } catch (const std::exception&) { // not JSON, or not this shape
        result = SheetTextResult{};
        result.error = SheetTextError{"", "the workbook program answered what the app cannot read", SheetTextError::Kind::BrokenWorkbook};
    }
    return result;
}

} // namespace setright::app
