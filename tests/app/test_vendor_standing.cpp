// Vendors side by side on the Overview: each judged as if chosen, and a
// leader only when one is ahead of every other.
#include "logic/vendor_standing.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

namespace {

Deal two_vendors_two_must_haves() {
    Deal d;
    d.id = "d";
    d.vendors.push_back({"north", "Northwind CRM", {}});
    d.vendors.push_back({"contoso", "Contoso Sales Cloud", {}});
    for (const char* id : {"r-sso", "r-sync"}) {
        Requirement r;
        r.id = id;
        r.text = id;
        r.priority = Priority::Must;
        d.requirements.push_back(r);
    }
    return d;
}

Claim verified(const char* vendor) {
    Claim c;
    c.vendor = vendor;
    c.status = ClaimStatus::Verified;
    Evidence e;
    e.kind = EvidenceKind::SandboxTest;
    e.answers = true;
    c.evidence.push_back(e);
    return c;
}

Claim claimed(const char* vendor) {
    Claim c;
    c.vendor = vendor;
    c.status = ClaimStatus::Claimed;
    return c;
}

const Moment kAt{days_from_civil(2026, 12, 2) * 24 * 60, false};

} // namespace

TEST_CASE("vendor standing: each vendor judged as if chosen, whichever is judged above") {
    Deal d = two_vendors_two_must_haves();
    d.primary_vendor = "north";
    for (Requirement& r : d.requirements) {
        r.claims.push_back(claimed("north"));
        r.claims.push_back(verified("contoso"));
    }
    const std::vector<VendorStanding> standings = vendor_standings(d, kAt, compare_vendors(d));
    REQUIRE(standings.size() == 2);
    CHECK(standings[0].coverage.vendor == "north");
    CHECK_FALSE(standings[0].verdict.ready);
    CHECK(standings[0].verdict.blockers.size() == 2);
    CHECK(standings[1].verdict.ready);
    CHECK(standings[1].coverage.must_verified == 2);
    CHECK(leading_vendor(standings) == size_t(1)); // ready beats not ready, whoever is judged
}

TEST_CASE("vendor standing: fewer blockers lead, level vendors have no leader") {
    Deal d = two_vendors_two_must_haves();
    d.requirements[0].claims = {verified("north"), claimed("contoso")};
    d.requirements[1].claims = {claimed("north"), claimed("contoso")};
    std::vector<VendorStanding> standings = vendor_standings(d, kAt, compare_vendors(d));
    CHECK(leading_vendor(standings) == size_t(0)); // one blocker against two

    d.requirements[0].claims = {claimed("north"), claimed("contoso")};
    standings = vendor_standings(d, kAt, compare_vendors(d));
    CHECK_FALSE(leading_vendor(standings).has_value());

    d.vendors.pop_back(); // one vendor: nothing to lead
    CHECK_FALSE(leading_vendor(vendor_standings(d, kAt, compare_vendors(d))).has_value());
}
