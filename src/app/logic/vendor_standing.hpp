// vendor_standing.hpp — every vendor of a deal judged side by side, and
// which one leads: what the Overview shows a buyer comparing vendors. The
// decision stays the buyer's; this only says who is ahead on the evidence.
#pragma once

#include "core/judging/coverage.hpp"
#include "core/judging/readiness.hpp"
#include "core/model/model.hpp"

#include <optional>
#include <vector>

namespace setright::app {

struct VendorStanding {
    VendorCoverage coverage;
    ReadinessVerdict verdict; // as if this vendor were the one judged
};

// One per vendor, in the deal's order: `coverage` is compare_vendors(deal),
// which the caller has already worked out.
std::vector<VendorStanding> vendor_standings(const Deal& deal, const Moment& at, const std::vector<VendorCoverage>& coverage);

// The index of the vendor ahead of every other: ready before not ready,
// then fewer blockers, then more must-haves verified, then more weighted
// coverage. None when fewer than two vendors, or when the best two are level
// on all of these (a tie has no leader).
std::optional<size_t> leading_vendor(const std::vector<VendorStanding>& standings);

} // namespace setright::app
