// XLSX workbooks (sheet_xlsx.hpp): the pieces that decide what a cell says.
// Whole workbooks written by openpyxl are read through the CLI
// (tests/cli/import_xlsx.test.mjs) and the browser (tests/e2e/sheet_import.test.mjs).
#include "core/format/sheet_xlsx.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;

TEST_CASE("sheet xlsx: Excel serial numbers as the dates they show") {
    CHECK(excel_serial_date(46366) == "2026-12-10");
    CHECK(excel_serial_date(1) == "1900-01-01");
    CHECK(excel_serial_date(61) == "1900-03-01"); // after the 29 February 1900 Excel counts
    CHECK(excel_serial_date(45658.75) == "2025-01-01 18:00");
    CHECK(excel_serial_date(0.5) == "12:00");              // a time of day alone
    CHECK(excel_serial_date(44904, true) == "2026-12-10"); // the 1904 date system of old Mac workbooks
    CHECK(excel_serial_date(-1).empty());
    CHECK(excel_serial_date(3e6).empty());
}

TEST_CASE("sheet xlsx: which number formats show dates") {
    CHECK(is_date_format(14, ""));      // built-in m/d/yyyy
    CHECK(is_date_format(31, ""));      // built-in East Asian yyyy"年"m"月"d"日"
    CHECK_FALSE(is_date_format(0, "")); // General
    CHECK_FALSE(is_date_format(9, "")); // 0%
    CHECK(is_date_format(164, "yyyy-mm-dd"));
    CHECK(is_date_format(165, "d. mmm yyyy"));
    CHECK(is_date_format(166, "[$-ko-KR]yyyy\"년\" m\"월\" d\"일\""));
    CHECK(is_date_format(167, "[h]:mm"));
    CHECK_FALSE(is_date_format(168, "#,##0.00 [Red]"));
    CHECK_FALSE(is_date_format(169, "0 \"days\""));
    CHECK_FALSE(is_date_format(170, "\\d0"));
    CHECK_FALSE(is_date_format(171, "General"));
}

TEST_CASE("sheet xlsx: a file is read by what it is, not by its name") {
    CHECK(looks_like_zip(std::string("PK\x03\x04rest", 8)));
    CHECK(looks_like_ole(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)));
    CHECK_FALSE(looks_like_zip("Requirement,Priority\n"));

    const SheetTextResult text = read_sheet_file("Requirement,Priority\nSSO,Must\n");
    REQUIRE(text.grid);
    CHECK(text.grid->rows.size() == 2);

    const SheetTextResult old = read_sheet_file(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'));
    REQUIRE(old.error);
    CHECK(old.error->kind == SheetTextError::Kind::OldOrProtected);

    const SheetTextResult not_zip = read_sheet_xlsx(std::string("PK\x03\x04") + " and nothing a ZIP needs");
    REQUIRE(not_zip.error);
    CHECK(not_zip.error->kind == SheetTextError::Kind::NotWorkbook);
    CHECK(not_zip.error->what.find("not an XLSX workbook") == 0);
}
