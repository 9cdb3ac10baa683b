// A sheet on its way into the open deal (logic/sheet_preview.hpp): refused
// without a deal or with a quote left open, in the UI language; remapped on
// request; added as one undo step with ids the deal does not have yet.
#include "logic/sheet_preview.hpp"

#include "logic/app_state.hpp"
#include "logic/i18n.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;
using namespace setright::app;

namespace {

App app_with_deal() {
    App app;
    Deal deal;
    deal.id = "d-1";
    deal.title = "CRM";
    Requirement existing;
    existing.id = "r-1";
    existing.text = "Already there";
    deal.requirements.push_back(existing);
    app.workspace.deals.push_back(deal);
    app.selected_deal = deal.id;
    note_change(app, "new deal");
    return app;
}

} // namespace

TEST_CASE("sheet preview: no deal open, or a sheet that cannot be read, is refused in the UI language") {
    set_language(Language::Ru);
    App none;
    CHECK(preview_sheet(none, "rfp.csv", "Requirement\nSSO\n").refused ==
          "Откройте сделку, к которой относятся требования, и затем импортируйте таблицу.");
    App app = app_with_deal();
    CHECK(preview_sheet(app, "rfp.csv", "Requirement,Notes\nSSO,\"open\n").refused == "Кавычка, открытая в B2, не закрыта.");
    set_language(Language::En);
}

TEST_CASE("sheet preview: remapped on request, added as one undo step with fresh ids") {
    set_language(Language::En);
    App app = app_with_deal();
    SheetPreview preview = preview_sheet(app, "rfp.csv", "Requirement,Priority\nSSO,Urgent\nAudit,Must\n");
    REQUIRE(preview.refused.empty());
    CHECK(preview.columns == 2);
    REQUIRE(preview.problem_lines == std::vector<std::string>{"B2: “Urgent” is not a priority: write Must, Should or Nice to have"});
    apply_sheet(app, preview); // refused while a cell cannot be read
    CHECK(app.workspace.deals[0].requirements.size() == 1);

    preview.mapping.columns[1] = SheetField::Ignore;
    remap_sheet(app, preview);
    CHECK(preview.rows.problems.empty());
    apply_sheet(app, preview);
    const std::vector<Requirement>& added = app.workspace.deals[0].requirements;
    REQUIRE(added.size() == 3);
    CHECK(added[1].id == "r-2");
    CHECK(added[2].id == "r-3");
    CHECK(added[2].text == "Audit");
    undo(app);
    CHECK(app.workspace.deals[0].requirements.size() == 1);
}

TEST_CASE("sheet preview: a sheet file by its name") {
    CHECK(is_sheet_file("RFP.CSV"));
    CHECK(is_sheet_file("cells.tsv"));
    CHECK(is_sheet_file("export.txt"));
    CHECK_FALSE(is_sheet_file("deal.json"));
    CHECK(column_letters(27) == "AB");
}

TEST_CASE("sheet preview: a workbook waits for its cells, then shows them, and drops them once closed meanwhile") {
    set_language(Language::Ru);
    App none;
    CHECK(is_workbook(std::string("PK\x03\x04", 4)));
    CHECK_FALSE(is_workbook("Requirement,Priority\n"));
    CHECK_FALSE(workbook_being_read(none, "rfp.xlsx").reading);
    CHECK(workbook_being_read(none, "rfp.xlsx").refused ==
          "Откройте сделку, к которой относятся требования, и затем импортируйте таблицу.");

    App app = app_with_deal();
    app.pending_sheet = workbook_being_read(app, "rfp.xlsx");
    CHECK(app.pending_sheet->reading);
    CHECK(app.pending_sheet->deal == "d-1");
    workbook_read(app, "other.xlsx", SheetTextResult{SheetGrid{{{"Requirement"}, {"SSO"}}, ','}, std::nullopt}); // not the one waiting
    CHECK(app.pending_sheet->reading);
    workbook_read(app, "rfp.xlsx", SheetTextResult{SheetGrid{{{"Requirement"}, {"SSO"}}, ','}, std::nullopt});
    REQUIRE(app.pending_sheet);
    CHECK_FALSE(app.pending_sheet->reading);
    REQUIRE(app.pending_sheet->rows.requirements.size() == 1);
    CHECK(app.pending_sheet->rows.requirements[0].text == "SSO");

    // The reader could not be fetched: said in the UI language, with the file.
    app.pending_sheet = workbook_being_read(app, "rfp.xlsx");
    SheetTextResult unavailable;
    unavailable.error = SheetTextError{"", "offline", SheetTextError::Kind::ReaderUnavailable};
    workbook_read(app, "rfp.xlsx", unavailable);
    CHECK(app.pending_sheet->refused.find("модуль чтения книг") != std::string::npos);
    CHECK(app.pending_sheet->refused.find("rfp.xlsx") != std::string::npos);

    // Cancelled while it was read: the cells arriving later change nothing.
    app.pending_sheet = workbook_being_read(app, "rfp.xlsx");
    app.pending_sheet.reset();
    workbook_read(app, "rfp.xlsx", SheetTextResult{SheetGrid{{{"Requirement"}, {"SSO"}}, ','}, std::nullopt});
    CHECK_FALSE(app.pending_sheet);
    set_language(Language::En);
}
