// readiness.cpp — the readiness verdict; see readiness.hpp.
#include "readiness.hpp"

#include "claim_ladder.hpp"
#include "deal_lookup.hpp"

#include <unordered_map>

namespace setright {

namespace {

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

// Why a must-have blocks signing, or nothing when it does not.
std::optional<Blocker> must_have_blocker(const Deal& deal, const Requirement& r, const std::string& vendor) {
    const Claim* claim = find_claim(r, vendor);
    const ClaimStatus status = claim ? effective_status(*claim) : ClaimStatus::Unknown;
    const std::string subject = "Must-have " + quoted(r.text);
    const std::string who = vendor.empty() ? std::string("the vendor") : vendor_name(deal, vendor);
    Blocker b;
    b.requirement = r.id;
    switch (status) {
    case ClaimStatus::Verified:
    case ClaimStatus::AcceptedRisk:
        return std::nullopt;
    case ClaimStatus::Unknown:
        b.kind = BlockerKind::MustHaveNoClaim;
        b.explanation = subject + " has no claim from " + who;
        return b;
    case ClaimStatus::NotSupported:
        b.kind = BlockerKind::MustHaveNotSupported;
        b.explanation = subject + " is not supported by " + who;
        return b;
    case ClaimStatus::Claimed:
    case ClaimStatus::Demonstrated:
    case ClaimStatus::Partial:
        break;
    }
    b.kind = BlockerKind::MustHaveNotVerified;
    const char* level = status == ClaimStatus::Claimed ? "claimed" : status == ClaimStatus::Demonstrated ? "demonstrated" : "partly supported";
    if (claim->status == ClaimStatus::Verified)
        b.explanation = subject + " is marked verified, but no evidence answers it: it counts as only " + level + ", not verified";
    else
        b.explanation = subject + " is only " + level + ", not verified";
    return b;
}

Blocker overdue_blocker(const Requirement& r, const Question& q, const Moment& at) {
    Blocker b;
    b.kind = BlockerKind::PromisedAnswerOverdue;
    b.requirement = r.id;
    b.question = q.id;
    b.explanation = "The answer to " + quoted(q.text) + " (must-have " + quoted(r.text) + ") was promised by " + format_moment(*q.promised_by);
    const int64_t days = days_between(*q.promised_by, at);
    b.explanation += days >= 1 ? "; " + std::to_string(days) + (days == 1 ? " day" : " days") + " later it is still not answered" : " and is still not answered";
    return b;
}

} // namespace

bool awaiting_answer(const Question& q, const Moment& at) {
    const int64_t now = judged_instant(at);
    if (q.asked_at && q.asked_at->minutes > now) return false; // not asked yet
    switch (q.status) {
    case QuestionStatus::Open:
    case QuestionStatus::Promised:
        return true;
    case QuestionStatus::Answered:
    case QuestionStatus::Verified:
    case QuestionStatus::Refuted:
        return q.answered_at && q.answered_at->minutes > now;
    case QuestionStatus::Withdrawn:
        return false;
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
    verdict.ready = verdict.blockers.empty();
    return verdict;
}

} // namespace setright
