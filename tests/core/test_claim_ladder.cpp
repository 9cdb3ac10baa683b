// The claim ladder: strengths and "evidence must answer the requirement".
#include "core/judging/claim_ladder.hpp"

#include <doctest/doctest.h>

using namespace setright;

namespace {

Evidence evidence(bool answers) {
    Evidence e;
    e.kind = EvidenceKind::Reference;
    e.answers = answers;
    return e;
}

} // namespace

TEST_CASE("claim ladder: strength of every status") {
    CHECK(claim_strength(ClaimStatus::Unknown) == 0);
    CHECK(claim_strength(ClaimStatus::Claimed) == 0.25);
    CHECK(claim_strength(ClaimStatus::Demonstrated) == 0.6);
    CHECK(claim_strength(ClaimStatus::Verified) == 1);
    CHECK(claim_strength(ClaimStatus::Partial) == 0.5);
    CHECK(claim_strength(ClaimStatus::NotSupported) == 0);
    CHECK(claim_strength(ClaimStatus::AcceptedRisk) == 0);
}

TEST_CASE("claim ladder: verified needs evidence that answers") {
    Claim c;
    c.status = ClaimStatus::Verified;
    CHECK(effective_status(c) == ClaimStatus::Claimed); // no evidence at all

    c.evidence = {evidence(false)}; // a reference customer who does not answer the question
    CHECK(effective_status(c) == ClaimStatus::Demonstrated);

    c.evidence.push_back(evidence(true));
    CHECK(effective_status(c) == ClaimStatus::Verified);
}

TEST_CASE("claim ladder: other statuses are taken as written") {
    Claim c;
    for (ClaimStatus s : {ClaimStatus::Unknown, ClaimStatus::Claimed, ClaimStatus::Demonstrated, ClaimStatus::Partial,
                          ClaimStatus::NotSupported, ClaimStatus::AcceptedRisk}) {
        c.status = s;
        CHECK(effective_status(c) == s);
    }
}

TEST_CASE("claim ladder: find_claim by vendor") {
    Requirement r;
    Claim a, b;
    a.vendor = "a";
    a.status = ClaimStatus::Claimed;
    b.vendor = "b";
    b.status = ClaimStatus::Verified;
    r.claims = {a, b};
    REQUIRE(find_claim(r, "b") != nullptr);
    CHECK(find_claim(r, "b")->status == ClaimStatus::Verified);
    CHECK(find_claim(r, "a")->status == ClaimStatus::Claimed);
    CHECK(find_claim(r, "c") == nullptr);
    CHECK(find_claim(r, "") == nullptr);
}
