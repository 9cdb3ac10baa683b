// clv.cpp — customer lifetime value; see clv.hpp and docs/formulas.md.
#include "core/judging/clv.hpp"

#include <algorithm>
#include <cmath>

namespace setright {

namespace {

double finite_or_zero(double v) { return std::isfinite(v) ? v : 0.0; }

double lifetime_periods(double retention) {
    // At the cap exactly, not 1 / (1 - 0.999), which rounds to 999.9999999999991.
    if (retention >= kMaxRetention - 1e-12) return kMaxLifetimePeriods;
    return std::min(1 / (1 - retention), kMaxLifetimePeriods);
}

} // namespace

ClvResult compute_clv(const ClvInputs& in) {
    const double revenue = finite_or_zero(in.revenue_per_period);
    const double upsell = finite_or_zero(in.upsell_per_period);
    const double margin = std::clamp(finite_or_zero(in.gross_margin), 0.0, 1.0);
    const double retention = std::clamp(finite_or_zero(in.retention), 0.0, 1.0);
    const double cac = finite_or_zero(in.acquisition_cost);
    const double keep_cost = finite_or_zero(in.retention_cost_per_period);

    ClvResult r;
    r.margin_per_period = (revenue + upsell) * margin - keep_cost;
    r.expected_lifetime_periods = lifetime_periods(retention);
    r.clv = r.margin_per_period * r.expected_lifetime_periods;
    r.clv_to_cac = cac > 0 ? r.clv / cac : 0.0;
    if (r.margin_per_period > 0) r.payback_periods = std::max(cac, 0.0) / r.margin_per_period;
    r.clv_plus_5_retention = r.margin_per_period * lifetime_periods(std::min(retention + 0.05, kMaxRetention));
    r.clv_gain_plus_5_retention = r.clv_plus_5_retention - r.clv;
    return r;
}

} // namespace setright
