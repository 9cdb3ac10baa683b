// Workbooks as the app reads and writes them (logic/workbooks.hpp): the
// checklist written in the UI language reads back through the same reader;
// a sheet read crosses from the workbook program to the page as JSON and
// back unchanged; anything else crossing reads as a broken workbook.
#include "logic/workbooks.hpp"

#include "core/format/json_format.hpp"
#include "core/model/model.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;
using namespace setright::app;

TEST_CASE("workbooks: the checklist written in Korean reads back with its Korean headers") {
    Deal deal;
    deal.id = "d-1";
    deal.title = "CRM 평가";
    Requirement sso;
    sso.id = "r-1";
    sso.text = "SSO (SAML)";
    sso.priority = Priority::Must;
    deal.requirements.push_back(sso);
    const platform::WorkbookWritten written = checklist_workbook_from_json(export_deal(deal), "ko");
    REQUIRE(written.bytes);
    CHECK(written.failed.empty());
    CHECK(written.bytes->rfind("PK", 0) == 0);
    const SheetTextResult read = read_workbook_cells(*written.bytes);
    REQUIRE(read.grid);
    REQUIRE(read.grid->rows.size() >= 5);
    CHECK(read.grid->rows[0][0] == "CRM 평가");
    CHECK(read.grid->rows[3][0] == "요구 사항");
    CHECK(read.grid->rows[4][0] == "SSO (SAML)");
    CHECK(read.grid->rows[4][2] == "필수");
}

TEST_CASE("workbooks: a deal that does not read back is no workbook, and says why") {
    const platform::WorkbookWritten written = checklist_workbook_from_json("{\"format_version\": 1, \"deals\": [}", "en");
    CHECK_FALSE(written.bytes);
    CHECK_FALSE(written.failed.empty());
    CHECK_FALSE(checklist_workbook_from_json("{\"format_version\": 1, \"deals\": []}", "en").bytes);
}

TEST_CASE("workbooks: a sheet read crosses as JSON unchanged, cells and refusals alike") {
    SheetTextResult cells;
    cells.grid = SheetGrid{{{"Требование", "", "우선순위"}, {}, {"a\tb\n\"c\""}}, ';'};
    const SheetTextResult back = sheet_result_from_json(sheet_result_json(cells));
    REQUIRE(back.grid);
    CHECK(back.grid->rows == cells.grid->rows);
    CHECK(back.grid->separator == ';');

    SheetTextResult refused;
    refused.error = SheetTextError{"xl/worksheets/sheet1.xml line 3", "broken", SheetTextError::Kind::BrokenWorkbook};
    const SheetTextResult refused_back = sheet_result_from_json(sheet_result_json(refused));
    REQUIRE(refused_back.error);
    CHECK_FALSE(refused_back.grid);
    CHECK(refused_back.error->cell == "xl/worksheets/sheet1.xml line 3");
    CHECK(refused_back.error->what == "broken");
    CHECK(refused_back.error->kind == SheetTextError::Kind::BrokenWorkbook);

    for (const char* garbage :
         {"", "[]", "{\"rows\": [[1]], \"separator\": \",\"}", "{\"error\": {\"kind\": 99, \"cell\": \"\", \"what\": \"\"}}"}) {
        CAPTURE(garbage);
        const SheetTextResult odd = sheet_result_from_json(garbage);
        REQUIRE(odd.error);
        CHECK(odd.error->kind == SheetTextError::Kind::BrokenWorkbook);
    }
}
