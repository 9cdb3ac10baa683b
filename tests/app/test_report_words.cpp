// The reports the app downloads, through its LocalWords: in the UI's
// language, with the deal's names and texts and the translated labels and
// headlines, never an id or a code (report_markdown.hpp, report_csv.hpp).
#include "logic/local_words.hpp"

#include "../core/named_deal_fixture.hpp"

#include "core/reports/report_csv.hpp"
#include "core/reports/report_markdown.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;
using namespace setright::app;
using setright::test::check_no_ids_or_codes;
using setright::test::has;
using setright::test::named_at;
using setright::test::named_ids_and_codes;
using setright::test::named_workspace;

TEST_CASE("report words: in Norwegian, both reports show names and Norwegian labels, never ids or codes") {
    const LocalWords words(Language::Nb);
    const std::string md = markdown_report(named_workspace(), named_at(), words);
    check_no_ids_or_codes(md);
    CHECK(md.rfind("# Setright-rapport: CRM for the sales team\n\nVurdert per ", 0) == 0);
    CHECK(has(md, "Fase: Forhandling · sett fra: Kjøper\n"));
    CHECK(has(md, "| Krav | Prioritet | Vekt | Acme CRM | Bolt Systems |\n"));
    CHECK(has(md, "| Single sign-on with Okta | Må | 3 | Påstått | Ikke støttet |\n"));
    CHECK(has(md, "| Does Okta sync groups both ways? | Acme CRM | Dana Rep |"));
    CHECK(has(md, "- **Kritisk** Må-krav bare påstått: "));
    CHECK(has(md, "Lovet svar er forfalt: "));

    const std::string csv = csv_report(named_workspace(), words);
    check_no_ids_or_codes(csv);
    CHECK(csv.rfind("Avtale,Krav,Prioritet,Vekt,Leverandør,Status\r\n", 0) == 0);
    CHECK(has(csv, "\r\nCRM for the sales team,Single sign-on with Okta,Må,3,Bolt Systems,Ikke støttet\r\n"));
    CHECK(has(csv, "\r\nCRM for the sales team,Audit log export,Bør,1,Acme CRM,Bekreftet\r\n"));
}

TEST_CASE("report words: in Korean, both reports show names and Korean labels, never ids or codes") {
    const LocalWords words(Language::Ko);
    const std::string md = markdown_report(named_workspace(), named_at(), words);
    check_no_ids_or_codes(md);
    CHECK(md.rfind("# Setright 보고서: CRM for the sales team\n\n기준일: ", 0) == 0);
    CHECK(has(md, "| Single sign-on with Okta | 필수 | 3 | 주장됨 | 지원 안 함 |\n"));
    CHECK(has(md, "- **심각** 필수 항목이 주장만 됨: "));

    const std::string csv = csv_report(named_workspace(), words);
    check_no_ids_or_codes(csv);
    CHECK(csv.rfind("거래,요구 사항,우선순위,가중치,공급업체,상태\r\n", 0) == 0);
    CHECK(has(csv, "\r\nCRM for the sales team,Single sign-on with Okta,필수,3,Bolt Systems,지원 안 함\r\n"));
}
