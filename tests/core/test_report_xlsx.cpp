// The checklist as a workbook (report_xlsx.hpp), read back by Setright's
// own XLSX reader (sheet_xlsx.hpp): libxlsxwriter keeps strings shared, as
// Excel does, so the reader meets them here. Formulas and their arithmetic are
// checked by openpyxl in tests/cli/report_xlsx.test.mjs.
#include "core/format/sheet_xlsx.hpp"
#include "core/judging/coverage.hpp"
#include "core/reports/report_xlsx.hpp"
#include "core/words/words.hpp"

#include "named_deal_fixture.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

using namespace setright;

TEST_CASE("report xlsx: the checklist reads back with names, statuses and the coverage each formula saved") {
    const Workspace ws = test::named_workspace();
    const Deal& deal = ws.deals[0];
    const std::string bytes = checklist_xlsx(deal, Words());
    REQUIRE(looks_like_zip(bytes));
    const SheetTextResult read = read_sheet_xlsx(bytes);
    REQUIRE(read.grid);
    const auto& rows = read.grid->rows;
    REQUIRE(rows.size() >= 6 + deal.requirements.size());
    CHECK(rows[0][0] == deal.title);
    CHECK(rows[3][0] == "Requirement");
    CHECK(rows[3][4] == "Acme CRM: status");
    CHECK(rows[3][6] == "Bolt Systems: status");
    for (std::size_t i = 0; i < deal.requirements.size(); ++i) CHECK(rows[4 + i][0] == deal.requirements[i].text);

    const std::vector<VendorCoverage> coverage = compare_vendors(deal);
    const auto& total = rows[4 + deal.requirements.size()];
    CHECK(total[0] == "Weighted coverage");
    for (std::size_t v = 0; v < coverage.size(); ++v) {
        const std::string& saved = total[5 + 2 * v];
        CHECK(std::abs(std::strtod(saved.c_str(), nullptr) / 100 - coverage[v].coverage) < 1e-3); // shown as a percentage
    }
    // Nothing anywhere is an id.
    for (const auto& row : rows)
        for (const std::string& cell : row) {
            CHECK(cell != "v-1");
            CHECK(cell != "r-1");
        }
}
