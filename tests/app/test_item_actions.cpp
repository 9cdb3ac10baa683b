// Adding items from the tabs: fresh ids, sensible defaults, one claim per vendor.
#include "logic/item_actions.hpp"

#include "core/judging/claim_ladder.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

TEST_CASE("item actions: the first vendor is the one judged, ids skip those taken") {
    Deal deal;
    CHECK(add_vendor(deal, "Acme").id == "v-1");
    CHECK(deal.primary_vendor == "v-1");
    deal.vendors[0].id = "v-2";
    deal.primary_vendor = "v-2";
    CHECK(add_vendor(deal, "Beta").id == "v-3");
    CHECK(deal.primary_vendor == "v-2");
}

TEST_CASE("item actions: a requirement is a should with weight 1, claims are made once per vendor") {
    Deal deal;
    Requirement& r = add_requirement(deal, "EU data residency");
    CHECK(r.id == "r-1");
    CHECK(r.priority == Priority::Should);
    CHECK(r.weight == 1.0);
    Claim& claim = claim_for(r, "v-1");
    claim.status = ClaimStatus::Verified;
    CHECK(&claim_for(r, "v-1") == &claim);
    CHECK(r.claims.size() == 1);
    CHECK(effective_status(claim) == ClaimStatus::Claimed); // verified with no evidence counts as claimed
    Evidence& e = add_evidence(claim, make_date(2026, 1, 5));
    CHECK(e.id.size() == 8);
    CHECK(e.id.rfind("e-", 0) == 0);
    CHECK_FALSE(e.answers);
    e.answers = true;
    CHECK(effective_status(claim) == ClaimStatus::Verified);
    // Random, not "e-2": a colleague adding to the same claim in their copy makes another id.
    const std::string first = e.id;
    CHECK(add_evidence(claim, make_date(2026, 1, 6)).id != first);
}

TEST_CASE("item actions: one no-decision option, however often asked") {
    Deal deal;
    add_option(deal, "Acme");
    ensure_no_decision_option(deal, "Keep what we have");
    ensure_no_decision_option(deal, "Keep what we have");
    REQUIRE(deal.options.size() == 2);
    CHECK(deal.options[1].no_decision);
    CHECK(deal.options[1].id == "opt-2");
}

TEST_CASE("item actions: a study request makes the study when there is none") {
    Deal deal;
    CHECK(add_study_request(deal, "Agency A").id == "req-1");
    REQUIRE(deal.study.has_value());
    CHECK(add_study_request(deal, "Agency B").id == "req-2");
    CHECK(add_checklist_item(deal, "Kick-off").id == "ps-1");
    CHECK(add_fit_statement(deal, "No on-premise").id == "fit-1");
    CHECK(add_touch(deal, make_date(2026, 1, 1)).id == "t-1");
}
