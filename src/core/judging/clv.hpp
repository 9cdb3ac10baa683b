// clv.hpp — customer lifetime value, the "marriage" after the wedding.
//
// Simple, undiscounted CLV per period (month or year, as the inputs say):
// margin per period over churn. Every output is a finite number; the edge
// cases (retention 1, CAC 0, margin <= 0) are documented in docs/formulas.md.
#pragma once

#include "core/model/model.hpp"

#include <optional>

namespace setright {

// Longest expected lifetime, in periods, so retention 1 gives a number, not infinity.
constexpr double kMaxLifetimePeriods = 1000;
// Highest retention used: 1 - 1/kMaxLifetimePeriods, so both caps agree.
constexpr double kMaxRetention = 1 - 1 / kMaxLifetimePeriods;

struct ClvResult {
    double margin_per_period = 0;          // m = (revenue + upsell) × gross_margin − retention cost
    double expected_lifetime_periods = 0;  // 1 / churn, at most kMaxLifetimePeriods
    double clv = 0;                        // m × expected lifetime
    double clv_to_cac = 0;                 // clv / acquisition cost; 0 when the cost is 0 (no ratio)
    std::optional<double> payback_periods; // acquisition cost / m; nullopt when m <= 0
    double clv_plus_5_retention = 0;       // clv with retention + 0.05 (5 points), at most kMaxRetention
    double clv_gain_plus_5_retention = 0;  // clv_plus_5_retention − clv
};

// Non-finite inputs count as 0; retention and gross margin are clamped to 0..1.
ClvResult compute_clv(const ClvInputs& inputs);

} // namespace setright
