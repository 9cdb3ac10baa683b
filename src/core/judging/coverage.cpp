// coverage.cpp — weighted coverage per vendor; see coverage.hpp.
#include "core/judging/coverage.hpp"

#include "core/judging/claim_ladder.hpp"

#include <cmath>

namespace setright {

namespace {

double claim_strength_for(const Requirement& r, const std::string& vendor) {
    const Claim* claim = find_claim(r, vendor);
    return claim ? claim_strength(effective_status(*claim)) : 0.0;
}

double coverage_of(const Deal& deal, const std::string& vendor, bool musts_only) {
    double weighted = 0, total = 0;
    for (const Requirement& r : deal.requirements) {
        if (musts_only && r.priority != Priority::Must) continue;
        const double w = usable_weight(r.weight);
        weighted += w * claim_strength_for(r, vendor);
        total += w;
    }
    return total > 0 ? weighted / total : 0.0;
}

} // namespace

double usable_weight(double weight) { return std::isnan(weight) || weight < 0 ? 0.0 : weight; }

double weighted_coverage(const Deal& deal, const std::string& vendor) { return coverage_of(deal, vendor, false); }

std::vector<VendorCoverage> compare_vendors(const Deal& deal) {
    std::vector<VendorCoverage> rows;
    for (const Organisation& v : deal.vendors) {
        VendorCoverage row;
        row.vendor = v.id;
        row.name = v.name.empty() ? v.id : v.name;
        row.coverage = coverage_of(deal, v.id, false);
        row.must_coverage = coverage_of(deal, v.id, true);
        for (const Requirement& r : deal.requirements) {
            if (r.priority != Priority::Must) continue;
            ++row.must_total;
            const Claim* claim = find_claim(r, v.id);
            if (claim && effective_status(*claim) == ClaimStatus::Verified) ++row.must_verified;
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace setright
