// Spreadsheets saved as text (sheet_text.hpp), as Excel, LibreOffice and
// Google Sheets write them: commas, semicolons (Norwegian and Russian Excel),
// tabs (cells copied to the clipboard), quoted separators, quotes and line
// breaks, a byte order mark, CR LF; rows numbered as the sheet had them.
#include "core/format/sheet_text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace setright;

using Rows = std::vector<std::vector<std::string>>;

namespace {
Rows rows_of(const std::string& text) {
    const SheetTextResult read = read_sheet_text(text);
    REQUIRE(read.grid);
    return read.grid->rows;
}
} // namespace

TEST_CASE("sheet text: comma, semicolon and tab separated, chosen from the first row") {
    CHECK(rows_of("Requirement,Priority\nSSO,Must\n") == Rows{{"Requirement", "Priority"}, {"SSO", "Must"}});
    CHECK(rows_of("Krav;Prioritet;Vekt\nSSO;Må;1,5\n") == Rows{{"Krav", "Prioritet", "Vekt"}, {"SSO", "Må", "1,5"}});
    CHECK(rows_of("요구 사항\t우선순위\nSSO, SAML\t필수") == Rows{{"요구 사항", "우선순위"}, {"SSO, SAML", "필수"}});
    CHECK(guess_separator("\"a;b;c\",d\n") == ',');
}

TEST_CASE("sheet text: quoted cells keep separators, doubled quotes and line breaks") {
    CHECK(rows_of("Text,Notes\r\n\"SSO, with Okta\",\"He said \"\"yes\"\"\r\nthen no\"\r\n") ==
          Rows{{"Text", "Notes"}, {"SSO, with Okta", "He said \"yes\"\r\nthen no"}});
}

TEST_CASE("sheet text: a byte order mark is skipped, blank lines keep the row numbers, CR LF is one break") {
    const Rows rows = rows_of("\xEF\xBB\xBFТребование;Приоритет\r\n\r\nЭкспорт;Обязательно\r\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][0] == "Требование");
    CHECK(rows[1].empty());
    CHECK(rows[2] == std::vector<std::string>{"Экспорт", "Обязательно"});
}

TEST_CASE("sheet text: a quote left open or out of place, and text that is not UTF-8 are refused with their cell") {
    SheetTextResult open = read_sheet_text("Text,Notes\nSSO,\"never closed\n");
    REQUIRE(open.error);
    CHECK(open.error->cell == "B2");
    CHECK(open.error->what == "a quote opened in B2 is never closed");
    SheetTextResult stray = read_sheet_text("Text,Size\nScreen,5\" wide\n");
    REQUIRE(stray.error);
    CHECK(stray.error->cell == "B2");
    CHECK(stray.error->kind == SheetTextError::Kind::StrayQuote);
    SheetTextResult cp1251 = read_sheet_text("Text;Notes\nSSO;\xD2\xE5\xF1\xF2\n");
    REQUIRE(cp1251.error);
    CHECK(cp1251.error->cell == "B2");
    CHECK(cp1251.error->kind == SheetTextError::Kind::NotUtf8);
}

TEST_CASE("cell references as a spreadsheet shows them") {
    CHECK(cell_reference(0, 0) == "A1");
    CHECK(cell_reference(6, 2) == "C7");
    CHECK(cell_reference(9, 25) == "Z10");
    CHECK(cell_reference(9, 26) == "AA10");
    CHECK(cell_reference(0, 701) == "ZZ1");
    CHECK(cell_reference(0, 702) == "AAA1");
}
