// coverage.hpp — how much of the checklist a vendor covers, weighted.
//
// Coverage is Σ weight × claim strength / Σ weight over the requirements,
// with the strength of the claim's effective status (claim_ladder.hpp).
// Formulas and edge cases: docs/formulas.md.
#pragma once

#include "core/model/model.hpp"

#include <string>
#include <vector>

namespace setright {

// A requirement's weight as coverage counts it: negative or NaN is 0.
double usable_weight(double weight);

// 0..1; 0 when the weights sum to 0 (no requirements, or all weights 0).
// Negative or NaN weights count as 0. A requirement without a claim from this
// vendor counts with strength 0.
double weighted_coverage(const Deal& deal, const std::string& vendor);

struct VendorCoverage {
    std::string vendor;       // Organisation id
    std::string name;         // its name
    double coverage = 0;      // weighted_coverage over every requirement
    double must_coverage = 0; // the same over the must-haves only (0 when there are none)
    int must_total = 0;       // must-have requirements
    int must_verified = 0;    // ... whose effective status is verified (accepted risks are not)
};

// One row per vendor, in the deal's vendor order.
std::vector<VendorCoverage> compare_vendors(const Deal& deal);

} // namespace setright
