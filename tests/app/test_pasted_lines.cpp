// test_pasted_lines.cpp — lines pasted into a "new …" field, one item each.
#include "logic/pasted_lines.hpp"

#include <doctest/doctest.h>

using setright::app::non_blank_lines;
using Lines = std::vector<std::string>;

TEST_CASE("pasted lines: each line that holds something is one item, whatever ends the lines") {
    CHECK(non_blank_lines("Single sign-on\nExport to CSV\n") == Lines{"Single sign-on", "Export to CSV"});
    CHECK(non_blank_lines("Audit log\r\nMobile app\r\n") == Lines{"Audit log", "Mobile app"});
    CHECK(non_blank_lines("Old Mac\rline") == Lines{"Old Mac", "line"});
}

TEST_CASE("pasted lines: blank lines and the spaces around a line are left out") {
    CHECK(non_blank_lines("\n  \n  Padded  \n\t\n") == Lines{"Padded"});
    CHECK(non_blank_lines("").empty());
    CHECK(non_blank_lines(" \r\n ").empty());
}

TEST_CASE("pasted lines: a copied spreadsheet row reads as one line, its cells one space apart") {
    CHECK(non_blank_lines("SSO\tMust\t\t3\nExport\tNice") == Lines{"SSO Must 3", "Export Nice"});
}

TEST_CASE("pasted lines: text in any script passes through unchanged") {
    CHECK(non_blank_lines("단일 로그인\nЭкспорт в CSV\nEksport til Excel") == Lines{"단일 로그인", "Экспорт в CSV", "Eksport til Excel"});
}
