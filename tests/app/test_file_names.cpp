// File names after a deal's title: any script kept, what file systems refuse removed.
#include "logic/file_names.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

TEST_CASE("file names: titles in any script, spaces as dashes") {
    CHECK(file_slug("SaaS 도입 평가", "deal-1") == "SaaS-도입-평가");
    CHECK(file_slug("Выбор CRM для отдела продаж", "deal-1") == "Выбор-CRM-для-отдела-продаж");
    CHECK(file_slug("Økonomisystem for Sør-Trøndelag – bærekraft", "deal-1") == "Økonomisystem-for-Sør-Trøndelag-–-bærekraft");
    CHECK(file_slug("  Acme   SMS \t renewal  ", "deal-1") == "Acme-SMS-renewal");
    CHECK(file_slug("A - B", "deal-1") == "A-B");
    CHECK(file_slug("Q3\xC2\xA0"
                    "2026",
                    "deal-1") == "Q3-2026");
}

TEST_CASE("file names: characters no file system takes and control characters are removed") {
    CHECK(file_slug("a/b\\c:d*e?f\"g<h>i|j", "deal-1") == "abcdefghij");
    CHECK(file_slug(std::string("tab\x01\x1F\x7F"
                                "end\0x",
                                11),
                    "deal-1") == "tabendx");
    CHECK(file_slug("C1\xC2\x85"
                    "next",
                    "deal-1") == "C1next");
    CHECK(file_slug("../../etc/passwd", "deal-1") == "etcpasswd");
    CHECK(file_slug(".hidden.", "deal-1") == "hidden");
}

TEST_CASE("file names: an empty title falls back to the id") {
    CHECK(file_slug("", "deal-7") == "deal-7");
    CHECK(file_slug("   ", "deal-7") == "deal-7");
    CHECK(file_slug("/:*?<>|", "deal-7") == "deal-7");
}

TEST_CASE("file names: long titles stop at 60 bytes, never inside a character") {
    const std::string latin(100, 'a');
    CHECK(file_slug(latin, "deal-1") == std::string(60, 'a'));
    std::string korean;
    for (int i = 0; i < 30; ++i) korean += "평"; // 3 bytes each: 60 bytes end exactly after the 20th
    CHECK(file_slug(korean + "가", "deal-1").size() == 60);
    std::string russian = "x"; // 1 + 2 bytes each: the 60th byte starts a letter
    for (int i = 0; i < 40; ++i) russian += "ж";
    const std::string cut = file_slug(russian, "deal-1");
    CHECK(cut.size() == 59);
    CHECK(cut.substr(cut.size() - 2) == "ж");
    CHECK(file_slug(std::string(59, 'a') + " b", "deal-1") == std::string(59, 'a')); // no dash left at the end
}

TEST_CASE("file names: a deal's files are named after its title, reports after the only deal") {
    Deal deal;
    deal.id = "deal-3";
    deal.title = "SaaS 도입 평가";
    CHECK(deal_file_name(deal, ".json") == "SaaS-도입-평가.json");
    CHECK(deal_file_name(deal, "-room.csv") == "SaaS-도입-평가-room.csv");
    deal.title = "";
    CHECK(deal_file_name(deal, ".json") == "deal-3.json");
    Workspace workspace;
    workspace.deals.push_back(deal);
    workspace.deals.back().title = "Выбор CRM";
    CHECK(report_file_name(workspace, ".md") == "Выбор-CRM-report.md");
    workspace.deals.push_back(deal);
    CHECK(report_file_name(workspace, ".csv") == "setright-report.csv");
}
