// Reports speak in names (report_markdown.hpp, report_csv.hpp): a deal whose
// items all have names or texts shows none of its ids and none of the codes
// behind its statuses, flags and priorities, in either report; its names,
// texts and the red flags' headlines do appear.
#include "core/reports/report_csv.hpp"
#include "core/reports/report_markdown.hpp"

#include "named_deal_fixture.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;
using setright::test::check_no_ids_or_codes;
using setright::test::has;
using setright::test::named_at;
using setright::test::named_ids_and_codes;
using setright::test::named_workspace;

TEST_CASE("report names: the Markdown report is titled with the deal and shows names, texts and headlines, never ids or codes") {
    const std::string md = markdown_report(named_workspace(), named_at());
    check_no_ids_or_codes(md);
    CHECK(md.rfind("# Setright report: CRM for the sales team\n\nJudged as of 2024-03-20.\n\n", 0) == 0);
    CHECK(has(md, "Stage: negotiation · seen by: buyer\n"));
    CHECK(has(md, "| Requirement | Priority | Weight | Acme CRM | Bolt Systems |\n"));
    CHECK(has(md, "| Single sign-on with Okta | must | 3 | claimed | not supported |\n"));
    CHECK(has(md, "| Audit log export | should | 1 | verified (counts as claimed) | unknown |\n"));
    CHECK(has(md, "| Does Okta sync groups both ways? | Acme CRM | Dana Rep | 2024-03-10 **(overdue)** | promised |\n"));
    CHECK(has(md, "- **critical** Must-have only claimed: Must-have “Single sign-on with Okta” is only claimed by Acme CRM"));
    CHECK(has(md, "- **warning** Promised answer overdue: "));
}

TEST_CASE("report names: several deals are titled by their number") {
    Workspace ws = named_workspace();
    ws.deals.push_back(ws.deals[0]);
    ws.deals[1].id = "d-2";
    ws.deals[1].title = "Second look";
    const std::string md = markdown_report(ws, named_at());
    CHECK(md.rfind("# Setright report: 2 deals\n\n", 0) == 0);
    CHECK(has(md, "## Second look\n"));
    CHECK_FALSE(has(md, "d-2"));
}

TEST_CASE("report names: the CSV has people's headers, vendor names and status words, never ids or codes") {
    const std::string csv = csv_report(named_workspace());
    check_no_ids_or_codes(csv);
    CHECK(csv == "Deal,Requirement,Priority,Weight,Vendor,Status\r\n"
                 "CRM for the sales team,Single sign-on with Okta,must,3,Acme CRM,claimed\r\n"
                 "CRM for the sales team,Single sign-on with Okta,must,3,Bolt Systems,not supported\r\n"
                 "CRM for the sales team,Audit log export,should,1,Acme CRM,verified\r\n"
                 "CRM for the sales team,Audit log export,should,1,Bolt Systems,unknown\r\n");
}

TEST_CASE("report names: an item with nothing but its id is shown by its id") {
    Workspace ws = named_workspace();
    Deal& deal = ws.deals[0];
    deal.title.clear();
    deal.vendors[1].name.clear();
    deal.requirements[1].text.clear();
    const std::string csv = csv_report(ws);
    CHECK(has(csv, "d-1,r-2,should,1,v-2,unknown\r\n"));
    const std::string md = markdown_report(ws, named_at());
    CHECK(md.rfind("# Setright report: d-1\n", 0) == 0);
    CHECK(has(md, "| r-2 | should | 1 | verified (counts as claimed) | unknown |\n"));
}
