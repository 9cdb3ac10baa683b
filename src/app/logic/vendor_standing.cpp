// vendor_standing.cpp — see vendor_standing.hpp.
#include "logic/vendor_standing.hpp"

#include <tuple>

namespace setright::app {

std::vector<VendorStanding> vendor_standings(const Deal& deal, const Moment& at, const std::vector<VendorCoverage>& coverage) {
    std::vector<VendorStanding> standings;
    for (const VendorCoverage& row : coverage) standings.push_back({row, assess_readiness(deal, at, row.vendor)});
    return standings;
}

namespace {
// Larger is better, compared in this order.
auto rank(const VendorStanding& s) {
    return std::make_tuple(s.verdict.ready, -int(s.verdict.blockers.size()), s.coverage.must_verified, s.coverage.coverage);
}
} // namespace

std::optional<size_t> leading_vendor(const std::vector<VendorStanding>& standings) {
    if (standings.size() < 2) return std::nullopt;
    size_t best = 0;
    bool tied = false;
    for (size_t i = 1; i < standings.size(); ++i) {
        if (rank(standings[i]) > rank(standings[best])) {
            best = i;
            tied = false;
        } else if (rank(standings[i]) == rank(standings[best])) {
            tied = true;
        }
    }
    if (tied) return std::nullopt;
    return best;
}

} // namespace setright::app
