// readiness.cpp — the readiness verdict; see readiness.hpp.
#include "core/judging/readiness.hpp"

#include "core/judging/claim_ladder.hpp"
#include "core/model/deal_lookup.hpp"
#include "core/model/enum_names.hpp"

#include <algorithm>
#include <unordered_map>

namespace setright {

namespace {

// Why a must-have blocks signing, or nothing when it does not.
std::optional<Blocker> must_have_blocker(const Deal& deal, const Requirement& r, const std::string& vendor) {
    const Claim* claim = find_claim(r, vendor);
    const ClaimStatus status = claim ? effective_status(*claim) : ClaimStatus::Unknown;
    const std::string who = vendor_name(deal, vendor);
    Blocker b;
    b.requirement = r.id;
    b.subject = Subject::requirement(r.id);
    switch (status) {
    case ClaimStatus::Verified:
    case ClaimStatus::AcceptedRisk: return std::nullopt;
    case ClaimStatus::Unknown:
        b.kind = BlockerKind::MustHaveNoClaim;
        b.says = vendor.empty() ? Sentence{"blocker.no_claim_no_vendor", {r.text}} : Sentence{"blocker.no_claim", {r.text, who}};
        return b;
    case ClaimStatus::NotSupported:
        b.kind = BlockerKind::MustHaveNotSupported;
        b.says = {"blocker.not_supported", {r.text, who}};
        return b;
    case ClaimStatus::Claimed:
    case ClaimStatus::Demonstrated:
    case ClaimStatus::Partial: break;
    }
    b.kind = BlockerKind::MustHaveNotVerified;
    const Fact level = Fact::choice("claim_status", to_string(status));
    b.says = {claim->status == ClaimStatus::Verified ? "blocker.verified_without_evidence" : "blocker.not_verified", {r.text, level}};
    return b;
}

Blocker overdue_blocker(const Requirement& r, const Question& q, const Moment& at) {
    Blocker b;
    b.kind = BlockerKind::PromisedAnswerOverdue;
    b.requirement = r.id;
    b.subject = Subject::question(q.id);
    const int64_t days = days_between(*q.promised_by, at);
    b.says = days >= 1 ? Sentence{"blocker.overdue", {q.text, r.text, Fact::on(*q.promised_by), Fact::count(days)}}
                       : Sentence{"blocker.overdue_today", {q.text, r.text, Fact::on(*q.promised_by)}};
    return b;
}

} // namespace

bool awaiting_answer(const Question& q, const Moment& at) {
    const int64_t now = judged_instant(at);
    if (q.asked_at && q.asked_at->minutes > now) return false; // not asked yet
    switch (q.status) {
    case QuestionStatus::Open:
    case QuestionStatus::Promised: return true;
    case QuestionStatus::Answered:
    case QuestionStatus::Verified:
    case QuestionStatus::Refuted: return q.answered_at && q.answered_at->minutes > now;
    case QuestionStatus::Withdrawn: return false;
    }
    return false;
}

bool answer_overdue(const Question& q, const Moment& at) {
    return q.promised_by && awaiting_answer(q, at) && judged_instant(at) > deadline_minutes(*q.promised_by);
}

ReadinessVerdict assess_readiness(const Deal& deal, const Moment& at, const std::string& requested_vendor) {
    ReadinessVerdict verdict;
    verdict.vendor = judged_vendor(deal, requested_vendor);
    verdict.at = at;
    // Overdue questions by requirement, in deal order: one pass, not one per must-have.
    std::unordered_map<std::string, std::vector<const Question*>> overdue;
    for (const Question& q : deal.questions) {
        const bool for_vendor = q.vendor.empty() || q.vendor == verdict.vendor;
        if (!q.requirement.empty() && for_vendor && answer_overdue(q, at)) overdue[q.requirement].push_back(&q);
    }
    for (const Requirement& r : deal.requirements) {
        if (r.priority != Priority::Must) continue;
        if (auto b = must_have_blocker(deal, r, verdict.vendor)) verdict.blockers.push_back(*b);
        if (auto found = overdue.find(r.id); found != overdue.end())
            for (const Question* q : found->second) verdict.blockers.push_back(overdue_blocker(r, *q, at));
    }
    const bool any_must_have = std::any_of(deal.requirements.begin(), deal.requirements.end(),
                                           [](const Requirement& r) { return r.priority == Priority::Must; });
    if (verdict.vendor.empty())
        verdict.missing = deal.vendors.empty() ? NothingToJudge::NoVendor : NothingToJudge::NoVendorChosen;
    else if (!any_must_have)
        verdict.missing = NothingToJudge::NoMustHave;
    verdict.ready = verdict.missing == NothingToJudge::None && verdict.blockers.empty();
    return verdict;
}

} // namespace setright
