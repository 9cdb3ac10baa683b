// item_actions.hpp — adding items to a deal from the tabs' "Add" buttons: each
// gets a fresh id (item_ids.hpp) and the defaults a user would expect.
// ImGui-free: tested natively (tests/app/test_item_actions.cpp). The caller
// stamps `modified` and records the undo step.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright::app {

// A "should" with weight 1; the caller fills in the rest.
Requirement& add_requirement(Deal& deal, const std::string& text);
// The requirement's claim for `vendor`, made (unknown) when there is none.
Claim& claim_for(Requirement& requirement, const std::string& vendor);
// Evidence that does not answer the requirement until the user says it does;
// its id is random ("e-k3x9q2"), so evidence added to the same claim in two
// copies of a deal stays two pieces when the copies are merged.
Evidence& add_evidence(Claim& claim, const Moment& at);

// A vendor; the first one becomes the vendor readiness is judged for.
Organisation& add_vendor(Deal& deal, const std::string& name);
Touch& add_touch(Deal& deal, const Moment& at);
FitStatement& add_fit_statement(Deal& deal, const std::string& text);
DecisionOption& add_option(Deal& deal, const std::string& title);
// The "no decision / keep what we have" option, unless the deal has one.
void ensure_no_decision_option(Deal& deal, const std::string& title);
ChecklistItem& add_checklist_item(Deal& deal, const std::string& text);
StudyRequest& add_study_request(Deal& deal, const std::string& vendor);

} // namespace setright::app
