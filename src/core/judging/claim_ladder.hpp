// claim_ladder.hpp — how much a vendor's claim is worth.
//
// unknown → claimed → demonstrated → verified, plus partial, not_supported and
// accepted_risk. A claim is only as strong as the evidence that answers the
// requirement: "a reference customer who does not answer the question does
// not count" (DOMAIN.md, the SMS vendor case).
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright {

// 0..1: unknown 0, claimed 0.25, partial 0.5, demonstrated 0.6, verified 1,
// not_supported 0, accepted_risk 0 (accepting a risk unblocks signing but
// covers nothing).
double claim_strength(ClaimStatus status);

// The status the claim has earned: "verified" without any evidence that
// answers (answers = true) drops to demonstrated when there is some evidence,
// else to claimed. Every other status is taken as written.
ClaimStatus effective_status(const Claim& claim);

// The requirement's claim for this vendor (Organisation id), or nullptr.
const Claim* find_claim(const Requirement& requirement, const std::string& vendor);

} // namespace setright
