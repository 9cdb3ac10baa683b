// claim_ladder.cpp — claim strength and the evidence rule; see claim_ladder.hpp.
#include "core/judging/claim_ladder.hpp"

#include <algorithm>

namespace setright {

double claim_strength(ClaimStatus status) {
    switch (status) {
    case ClaimStatus::Unknown: return 0.0;
    case ClaimStatus::Claimed: return 0.25;
    case ClaimStatus::Demonstrated: return 0.6;
    case ClaimStatus::Verified: return 1.0;
    case ClaimStatus::Partial: return 0.5;
    case ClaimStatus::NotSupported: return 0.0;
    case ClaimStatus::AcceptedRisk: return 0.0;
    }
    return 0.0;
}

ClaimStatus effective_status(const Claim& claim) {
    if (claim.status != ClaimStatus::Verified) return claim.status;
    const bool answered = std::any_of(claim.evidence.begin(), claim.evidence.end(), [](const Evidence& e) { return e.answers; });
    if (answered) return ClaimStatus::Verified;
    return claim.evidence.empty() ? ClaimStatus::Claimed : ClaimStatus::Demonstrated;
}

const Claim* find_claim(const Requirement& requirement, const std::string& vendor) {
    for (const Claim& claim : requirement.claims)
        if (claim.vendor == vendor) return &claim;
    return nullptr;
}

} // namespace setright
