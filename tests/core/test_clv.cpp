// Customer lifetime value: margin per period over churn, and its edge cases.
#include "core/judging/clv.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace setright;

namespace {

ClvInputs example() {
    ClvInputs in;
    in.revenue_per_period = 100;
    in.upsell_per_period = 20;
    in.gross_margin = 0.5;
    in.retention_cost_per_period = 10;
    in.retention = 0.8;
    in.acquisition_cost = 100;
    return in;
}

} // namespace

TEST_CASE("clv: the worked example") {
    const ClvResult r = compute_clv(example());
    CHECK(r.margin_per_period == 50); // (100 + 20) × 0.5 − 10
    CHECK(r.expected_lifetime_periods == doctest::Approx(5).epsilon(1e-12));
    CHECK(r.clv == doctest::Approx(250).epsilon(1e-12));
    CHECK(r.clv_to_cac == doctest::Approx(2.5).epsilon(1e-12));
    REQUIRE(r.payback_periods.has_value());
    CHECK(*r.payback_periods == 2);
    CHECK(r.clv_plus_5_retention == doctest::Approx(50 / 0.15).epsilon(1e-12)); // retention 0.85
    CHECK(r.clv_gain_plus_5_retention == doctest::Approx(50 / 0.15 - 250).epsilon(1e-12));
}

TEST_CASE("clv: retention 1 is capped at 1000 periods") {
    ClvInputs in = example();
    in.retention = 1;
    const ClvResult r = compute_clv(in);
    CHECK(r.expected_lifetime_periods == 1000);
    CHECK(r.clv == 50000);
    CHECK(r.clv_plus_5_retention == 50000);
    CHECK(r.clv_gain_plus_5_retention == 0);

    in.retention = 0.97; // +5 points would pass 1: capped at 0.999
    const ClvResult near = compute_clv(in);
    CHECK(near.expected_lifetime_periods == doctest::Approx(1 / 0.03).epsilon(1e-12));
    CHECK(near.clv_plus_5_retention == 50000);
    CHECK(kMaxRetention == doctest::Approx(0.999).epsilon(1e-15));
}

TEST_CASE("clv: retention 0 keeps a customer for exactly one period") {
    ClvInputs in = example();
    in.retention = 0;
    const ClvResult r = compute_clv(in);
    CHECK(r.expected_lifetime_periods == 1);
    CHECK(r.clv == 50);
    CHECK(r.clv_plus_5_retention == doctest::Approx(50 / 0.95).epsilon(1e-12));
}

TEST_CASE("clv: acquisition cost 0 gives no ratio and immediate payback") {
    ClvInputs in = example();
    in.acquisition_cost = 0;
    const ClvResult r = compute_clv(in);
    CHECK(r.clv_to_cac == 0);
    REQUIRE(r.payback_periods.has_value());
    CHECK(*r.payback_periods == 0);
}

TEST_CASE("clv: no margin means no payback, and a losing customer has a negative value") {
    ClvInputs in = example();
    in.retention_cost_per_period = 60; // 60 − 60 = 0
    CHECK_FALSE(compute_clv(in).payback_periods.has_value());
    in.retention_cost_per_period = 70;
    const ClvResult r = compute_clv(in);
    CHECK(r.margin_per_period == -10);
    CHECK(r.clv == doctest::Approx(-50).epsilon(1e-12));
    CHECK(r.clv_to_cac == doctest::Approx(-0.5).epsilon(1e-12));
    CHECK_FALSE(r.payback_periods.has_value());
}

TEST_CASE("clv: out-of-range and NaN inputs never leak NaN or infinity") {
    ClvInputs in = example();
    in.retention = 1.5; // clamped to 1
    CHECK(compute_clv(in).expected_lifetime_periods == 1000);
    in.retention = -0.3; // clamped to 0
    CHECK(compute_clv(in).expected_lifetime_periods == 1);

    in = example();
    in.revenue_per_period = NAN;
    in.acquisition_cost = INFINITY;
    in.retention = NAN;
    const ClvResult r = compute_clv(in);
    CHECK(r.margin_per_period == 0); // (0 + 20) × 0.5 − 10
    CHECK(r.expected_lifetime_periods == 1);
    CHECK(r.clv == 0);
    CHECK(r.clv_to_cac == 0);
    CHECK_FALSE(r.payback_periods.has_value());
    CHECK(std::isfinite(r.clv_plus_5_retention));

    const ClvResult empty = compute_clv(ClvInputs{});
    CHECK(empty.margin_per_period == 0);
    CHECK(empty.clv == 0);
    CHECK(empty.clv_to_cac == 0);
    CHECK(empty.clv_gain_plus_5_retention == 0);
}
