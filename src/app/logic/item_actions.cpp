// item_actions.cpp — see item_actions.hpp.
#include "logic/item_actions.hpp"

#include "logic/item_ids.hpp"

#include <algorithm>

namespace setright::app {

Requirement& add_requirement(Deal& deal, const std::string& text) {
    Requirement r;
    r.id = unused_item_id(deal.requirements, "r");
    r.text = text;
    deal.requirements.push_back(std::move(r));
    return deal.requirements.back();
}

Claim& claim_for(Requirement& requirement, const std::string& vendor) {
    for (Claim& claim : requirement.claims)
        if (claim.vendor == vendor) return claim;
    Claim claim;
    claim.vendor = vendor;
    requirement.claims.push_back(std::move(claim));
    return requirement.claims.back();
}

Evidence& add_evidence(Claim& claim, const Moment& at) {
    Evidence e;
    e.id = random_item_id(claim.evidence, "e"); // not "e-N": see random_item_id
    e.date = at;
    claim.evidence.push_back(std::move(e));
    return claim.evidence.back();
}

Organisation& add_vendor(Deal& deal, const std::string& name) {
    Organisation o;
    o.id = unused_item_id(deal.vendors, "v");
    o.name = name;
    if (deal.primary_vendor.empty()) deal.primary_vendor = o.id;
    deal.vendors.push_back(std::move(o));
    return deal.vendors.back();
}

Touch& add_touch(Deal& deal, const Moment& at) {
    Touch t;
    t.id = unused_item_id(deal.timeline, "t");
    t.at = at;
    t.vendor = deal.primary_vendor;
    deal.timeline.push_back(std::move(t));
    return deal.timeline.back();
}

FitStatement& add_fit_statement(Deal& deal, const std::string& text) {
    FitStatement f;
    f.id = unused_item_id(deal.not_a_fit, "fit");
    f.text = text;
    deal.not_a_fit.push_back(std::move(f));
    return deal.not_a_fit.back();
}

DecisionOption& add_option(Deal& deal, const std::string& title) {
    DecisionOption o;
    o.id = unused_item_id(deal.options, "opt");
    o.title = title;
    deal.options.push_back(std::move(o));
    return deal.options.back();
}

void ensure_no_decision_option(Deal& deal, const std::string& title) {
    if (std::any_of(deal.options.begin(), deal.options.end(), [](const DecisionOption& o) { return o.no_decision; })) return;
    add_option(deal, title).no_decision = true;
}

ChecklistItem& add_checklist_item(Deal& deal, const std::string& text) {
    ChecklistItem item;
    item.id = unused_item_id(deal.post_sale, "ps");
    item.text = text;
    deal.post_sale.push_back(std::move(item));
    return deal.post_sale.back();
}

StudyRequest& add_study_request(Deal& deal, const std::string& vendor) {
    if (!deal.study) deal.study = Study{};
    StudyRequest request;
    request.id = unused_item_id(deal.study->requests, "req");
    request.vendor = vendor;
    deal.study->requests.push_back(std::move(request));
    return deal.study->requests.back();
}

} // namespace setright::app
