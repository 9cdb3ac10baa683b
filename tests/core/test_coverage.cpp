// Weighted coverage: Σ weight × strength / Σ weight, per vendor.
#include "core/judging/coverage.hpp"

#include "sms_case_fixture.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace setright;
using setright::test::sms_case_deal;

namespace {

Claim claim(const std::string& vendor, ClaimStatus status, bool answering_evidence = false) {
    Claim c;
    c.vendor = vendor;
    c.status = status;
    if (answering_evidence) {
        Evidence e;
        e.answers = true;
        c.evidence.push_back(e);
    }
    return c;
}

} // namespace

TEST_CASE("coverage: the SMS case, weighted by requirement weight") {
    // must-haves 3 × 3 × 0.25, should 1 × 0.25, nice (verified) 1 × 1, over a total weight of 11.
    CHECK(weighted_coverage(sms_case_deal(), "sms-vendor") == doctest::Approx(3.5 / 11).epsilon(1e-12));
    CHECK(weighted_coverage(sms_case_deal(), "nobody") == 0);
}

TEST_CASE("coverage: compare vendors side by side") {
    Deal d = sms_case_deal();
    d.vendors.push_back({"rival", "", Json::object()});
    d.requirements[0].claims.push_back(claim("rival", ClaimStatus::Verified, true));
    d.requirements[1].claims.push_back(claim("rival", ClaimStatus::Demonstrated));
    d.requirements[2].claims.push_back(claim("rival", ClaimStatus::Verified)); // no evidence: only claimed
    const std::vector<VendorCoverage> rows = compare_vendors(d);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].vendor == "sms-vendor");
    CHECK(rows[0].name == "SMS vendor");
    CHECK(rows[0].coverage == doctest::Approx(3.5 / 11).epsilon(1e-12));
    CHECK(rows[0].must_coverage == 0.25);
    CHECK(rows[0].must_total == 3);
    CHECK(rows[0].must_verified == 0);
    CHECK(rows[1].vendor == "rival");
    CHECK(rows[1].name == "rival"); // no name: the id
    CHECK(rows[1].coverage == doctest::Approx((3 * 1 + 3 * 0.6 + 3 * 0.25) / 11).epsilon(1e-12));
    CHECK(rows[1].must_coverage == doctest::Approx((3 * 1 + 3 * 0.6 + 3 * 0.25) / 9).epsilon(1e-12));
    CHECK(rows[1].must_total == 3);
    CHECK(rows[1].must_verified == 1);
}

TEST_CASE("coverage: accepted risk unblocks but covers nothing") {
    Deal d;
    d.vendors = {{"v", "V", Json::object()}};
    Requirement r;
    r.priority = Priority::Must;
    r.claims = {claim("v", ClaimStatus::AcceptedRisk)};
    d.requirements = {r};
    CHECK(weighted_coverage(d, "v") == 0);
    CHECK(compare_vendors(d)[0].must_verified == 0);
}

TEST_CASE("coverage: zero, negative and NaN weights, and no requirements") {
    Deal d;
    d.vendors = {{"v", "V", Json::object()}};
    CHECK(weighted_coverage(d, "v") == 0); // nothing to cover
    const std::vector<VendorCoverage> empty = compare_vendors(d);
    REQUIRE(empty.size() == 1);
    CHECK(empty[0].coverage == 0);
    CHECK(empty[0].must_coverage == 0);
    CHECK(empty[0].must_total == 0);

    Requirement a, b, c;
    a.weight = 0;
    a.claims = {claim("v", ClaimStatus::Verified, true)};
    d.requirements = {a};
    CHECK(weighted_coverage(d, "v") == 0); // Σ weight is 0: 0, not NaN

    b.weight = -5;
    b.claims = {claim("v", ClaimStatus::Claimed)};
    c.weight = NAN;
    c.claims = {claim("v", ClaimStatus::Claimed)};
    Requirement counted;
    counted.weight = 2;
    counted.claims = {claim("v", ClaimStatus::Partial)};
    d.requirements = {a, b, c, counted};
    CHECK(weighted_coverage(d, "v") == 0.5); // only the weight-2 partial counts
}
