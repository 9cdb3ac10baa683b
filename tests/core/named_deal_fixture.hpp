// named_deal_fixture.hpp — a deal whose every item has a name or a text and
// an id unlike any of them ("r-1", "v-1"), for the tests that reports speak
// in names: any id or code in a report shows up as a substring.
#pragma once

#include "core/model/model.hpp"
#include "core/model/moment.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace setright::test {

inline Claim named_claim(const std::string& vendor, ClaimStatus status) {
    Claim c;
    c.vendor = vendor;
    c.status = status;
    return c;
}

// Two vendors; a must-have only claimed by the judged vendor and not
// supported by the other (a blocker and a must_have_only_claimed flag); a
// "should" verified without evidence; a question promised by a person of
// the vendor and overdue at 2024-03-20 (a promised_answer_overdue flag).
inline Workspace named_workspace() {
    Deal deal;
    deal.id = "d-1";
    deal.title = "CRM for the sales team";
    deal.stage = Stage::Negotiation;
    deal.vendors = {{"v-1", "Acme CRM", {}}, {"v-2", "Bolt Systems", {}}};
    deal.primary_vendor = "v-1";
    Person rep;
    rep.id = "p-1";
    rep.name = "Dana Rep";
    rep.side = Side::Vendor;
    rep.organisation = "v-1";
    deal.people.push_back(rep);
    Requirement sso;
    sso.id = "r-1";
    sso.text = "Single sign-on with Okta";
    sso.priority = Priority::Must;
    sso.weight = 3;
    sso.claims = {named_claim("v-1", ClaimStatus::Claimed), named_claim("v-2", ClaimStatus::NotSupported)};
    Requirement audit;
    audit.id = "r-2";
    audit.text = "Audit log export";
    audit.priority = Priority::Should;
    audit.weight = 1;
    audit.claims = {named_claim("v-1", ClaimStatus::Verified)};
    deal.requirements = {sso, audit};
    Question q;
    q.id = "q-1";
    q.text = "Does Okta sync groups both ways?";
    q.requirement = "r-1";
    q.vendor = "v-1";
    q.asked_at = parse_moment("2024-03-01");
    q.asked_to = "p-1";
    q.status = QuestionStatus::Promised;
    q.promised_by = parse_moment("2024-03-10");
    q.promised_by_whom = "p-1";
    deal.questions.push_back(q);
    Workspace ws;
    ws.deals.push_back(deal);
    return ws;
}

inline Moment named_at() { return parse_moment("2024-03-20").value(); }

// What a report must not show for named_workspace(): its ids and the JSON
// names of the codes in it (claim statuses, priorities, stage, flags).
inline const std::vector<std::string>& named_ids_and_codes() {
    static const std::vector<std::string> all = {"d-1",
                                                 "v-1",
                                                 "v-2",
                                                 "r-1",
                                                 "r-2",
                                                 "p-1",
                                                 "q-1",
                                                 "not_supported",
                                                 "must_have_only_claimed",
                                                 "promised_answer_overdue",
                                                 "no_no_decision_option",
                                                 "`"};
    return all;
}

// Fails the test for each id or code of named_ids_and_codes() found in `report`.
inline void check_no_ids_or_codes(const std::string& report) {
    for (const std::string& forbidden : named_ids_and_codes()) {
        INFO("found: " << forbidden << "\n" << report);
        CHECK(report.find(forbidden) == std::string::npos);
    }
}

inline bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace setright::test
