// Readiness: not ready to sign while a must-have is unverified or a promised answer is overdue.
#include "core/judging/readiness.hpp"
#include "core/words/verdict_words.hpp"

#include "sms_case_fixture.hpp"

#include <doctest/doctest.h>

using namespace setright;

namespace {
// What a result says, in English (as the CLI prints it).
template <class Result> std::string said(const Result& r) { return Words().say(r.says); }
std::string said_verdict(const Deal& deal, const ReadinessVerdict& v) { return verdict_words(deal, v, Words()); }
} // namespace
using setright::test::sms_case_deal;
using setright::test::when;

namespace {

Evidence answering_evidence() {
    Evidence e;
    e.kind = EvidenceKind::SandboxTest;
    e.answers = true;
    return e;
}

void verify_all_must_haves(Deal& d) {
    for (Requirement& r : d.requirements)
        if (r.priority == Priority::Must) {
            r.claims[0].status = ClaimStatus::Verified;
            r.claims[0].evidence.push_back(answering_evidence());
        }
}

} // namespace

TEST_CASE("readiness: the SMS case at signing is NOT READY, naming all three must-haves") {
    const ReadinessVerdict v = assess_readiness(sms_case_deal(), when("2019-12-21"));
    CHECK_FALSE(v.ready);
    CHECK(v.vendor == "sms-vendor");
    CHECK(v.at == when("2019-12-21"));
    REQUIRE(v.blockers.size() == 3);
    CHECK(v.blockers[0].kind == BlockerKind::MustHaveNotVerified);
    CHECK(v.blockers[0].requirement == "r-recharge");
    CHECK(v.blockers[0].subject.kind == SubjectKind::Requirement);
    CHECK(said(v.blockers[0]) == "Must-have “Recharge integration” is only “claimed”, not verified");
    CHECK(v.blockers[1].requirement == "r-gorgias");
    CHECK(said(v.blockers[1]).find("Gorgias") != std::string::npos);
    CHECK(v.blockers[2].requirement == "r-segmentation");
    CHECK(said(v.blockers[2]).find("egmentation") != std::string::npos);
}

TEST_CASE("readiness: verified or accepted-risk must-haves make it ready, should-haves never block") {
    Deal d = sms_case_deal();
    verify_all_must_haves(d);
    CHECK(assess_readiness(d, when("2019-12-21")).ready); // r-roi (should) is still only claimed

    d.requirements[2].claims[0].status = ClaimStatus::AcceptedRisk;
    d.requirements[2].claims[0].accepted_by = "buyer-ops";
    const ReadinessVerdict v = assess_readiness(d, when("2019-12-21"));
    CHECK(v.ready);
    CHECK(v.blockers.empty());
}

TEST_CASE("readiness: every kind of must-have blocker, with its explanation") {
    Deal d = sms_case_deal();
    d.requirements[0].claims[0].status = ClaimStatus::Verified; // evidence present, none answers
    d.requirements[1].claims[0].status = ClaimStatus::NotSupported;
    d.requirements[2].claims.clear();
    d.requirements[4].priority = Priority::Must; // shopify: verified with answering evidence
    const ReadinessVerdict v = assess_readiness(d, when("2019-12-21"));
    REQUIRE(v.blockers.size() == 3);
    CHECK(v.blockers[0].kind == BlockerKind::MustHaveNotVerified);
    CHECK(said(v.blockers[0]) ==
          "Must-have “Recharge integration” is marked verified, but no evidence answers it: it counts as only “demonstrated”");
    CHECK(v.blockers[1].kind == BlockerKind::MustHaveNotSupported);
    CHECK(said(v.blockers[1]) == "Must-have “Gorgias integration” is not supported by SMS vendor");
    CHECK(v.blockers[2].kind == BlockerKind::MustHaveNoClaim);
    CHECK(said(v.blockers[2]) == "Must-have “Segmentation by subscriber status” has no claim from SMS vendor");

    d.requirements[0].claims[0].status = ClaimStatus::Partial;
    d.requirements[2].claims = {Claim{"sms-vendor", ClaimStatus::Unknown, "", "", {}, std::nullopt, Json::object()}};
    const ReadinessVerdict w = assess_readiness(d, when("2019-12-21"));
    CHECK(said(w.blockers[0]) == "Must-have “Recharge integration” is only “partial”, not verified");
    CHECK(w.blockers[2].kind == BlockerKind::MustHaveNoClaim);
}

TEST_CASE("readiness: a promised answer is overdue after the end of its day, listed after its requirement") {
    Deal d = sms_case_deal();
    verify_all_must_haves(d);
    d.requirements[1].claims[0].status = ClaimStatus::Claimed;
    Question& q = d.questions[0]; // on r-recharge
    q.status = QuestionStatus::Promised;
    q.promised_by = when("2019-10-30");

    CHECK(assess_readiness(d, when("2019-10-30")).blockers.size() == 1); // only r-gorgias
    CHECK(assess_readiness(d, when("2019-10-30T23:59Z")).blockers.size() == 1);
    const ReadinessVerdict late = assess_readiness(d, when("2019-10-31T00:00Z"));
    REQUIRE(late.blockers.size() == 2);
    CHECK(late.blockers[0].kind == BlockerKind::PromisedAnswerOverdue);
    CHECK(late.blockers[0].requirement == "r-recharge");
    CHECK(late.blockers[0].subject == Subject::question("q-recharge"));
    CHECK(late.blockers[1].requirement == "r-gorgias");

    // Blockers in requirement order, each requirement's overdue questions right after it.
    d.requirements[0].claims[0].status = ClaimStatus::Claimed;
    const ReadinessVerdict v = assess_readiness(d, when("2019-12-21"));
    REQUIRE(v.blockers.size() == 3);
    CHECK(v.blockers[0].kind == BlockerKind::MustHaveNotVerified);
    CHECK(v.blockers[1].kind == BlockerKind::PromisedAnswerOverdue);
    CHECK(said(v.blockers[1]) ==
          "The answer to “Does the Recharge integration know whether a person is an active subscriber?” (must-have “Recharge integration”) "
          "was promised by 2019-10-30; 52 days later it is still not answered");
    CHECK(v.blockers[2].requirement == "r-gorgias");

    // Answered after `at`: still overdue at `at`; answered before: not.
    q.status = QuestionStatus::Answered;
    q.answered_at = when("2019-11-05");
    CHECK(assess_readiness(d, when("2019-11-04")).blockers.size() == 3);
    CHECK(assess_readiness(d, when("2019-11-05")).blockers.size() == 2);
}

TEST_CASE("readiness: questions about should-haves or another vendor do not block") {
    Deal d = sms_case_deal();
    verify_all_must_haves(d);
    d.questions[2].status = QuestionStatus::Promised; // q-roi is about a should-have
    d.questions[2].promised_by = when("2019-10-20");
    d.questions[0].status = QuestionStatus::Promised;
    d.questions[0].promised_by = when("2019-10-20");
    d.questions[0].vendor = "other-vendor";
    CHECK(assess_readiness(d, when("2019-12-21")).ready);
}

TEST_CASE("readiness: which vendor is judged") {
    Deal d = sms_case_deal();
    d.primary_vendor.clear();
    CHECK(assess_readiness(d, when("2019-12-21")).vendor == "sms-vendor"); // the only vendor

    d.vendors.push_back({"rival", "Rival", Json::object()});
    const ReadinessVerdict none = assess_readiness(d, when("2019-12-21"));
    CHECK(none.vendor.empty()); // two vendors, none chosen: nobody has claims
    REQUIRE(none.blockers.size() == 3);
    CHECK(none.blockers[0].kind == BlockerKind::MustHaveNoClaim);
    CHECK(said(none.blockers[0]) == "Must-have “Recharge integration” has no claim: no vendor is chosen to judge");

    const ReadinessVerdict rival = assess_readiness(d, when("2019-12-21"), "rival");
    CHECK(rival.vendor == "rival");
    CHECK(said(rival.blockers[0]) == "Must-have “Recharge integration” has no claim from Rival");
}

TEST_CASE("readiness: a deal without must-haves has nothing blocking, and is not ready: nothing was judged") {
    Deal d;
    const ReadinessVerdict v = assess_readiness(d, when("2020-01-01"));
    CHECK(v.blockers.empty());
    CHECK_FALSE(v.ready);
}

TEST_CASE("readiness: awaiting_answer follows the question's life up to `at`") {
    Question q;
    q.asked_at = when("2019-10-16");
    q.status = QuestionStatus::Open;
    CHECK(awaiting_answer(q, when("2019-10-16")));
    CHECK_FALSE(awaiting_answer(q, when("2019-10-15"))); // not asked yet
    q.status = QuestionStatus::Withdrawn;
    CHECK_FALSE(awaiting_answer(q, when("2019-10-20")));
    q.status = QuestionStatus::Refuted;
    CHECK_FALSE(awaiting_answer(q, when("2019-10-20"))); // answered, date unknown: answered already
    q.answered_at = when("2019-10-25");
    CHECK(awaiting_answer(q, when("2019-10-20")));
    CHECK_FALSE(awaiting_answer(q, when("2019-10-25")));
    q.status = QuestionStatus::Open;
    CHECK_FALSE(answer_overdue(q, when("2030-01-01"))); // nothing was promised
}

TEST_CASE("readiness: a deal with nothing to judge is never ready, and says what is missing") {
    Deal empty;
    const ReadinessVerdict none = assess_readiness(empty, when("2026-12-02"));
    CHECK_FALSE(none.ready);
    CHECK(none.missing == NothingToJudge::NoVendor);
    CHECK(said_verdict(empty, none) == "Nothing to judge yet: add the vendors you are considering");

    Deal one_vendor;
    one_vendor.vendors.push_back({"acme", "Acme SMS", {}});
    Requirement should;
    should.id = "r1";
    should.text = "Delivery reports";
    should.priority = Priority::Should;
    one_vendor.requirements.push_back(should);
    const ReadinessVerdict no_must = assess_readiness(one_vendor, when("2026-12-02"));
    CHECK_FALSE(no_must.ready);
    CHECK(no_must.missing == NothingToJudge::NoMustHave);
    CHECK(said_verdict(one_vendor, no_must) ==
          "Nothing to judge yet for Acme SMS: mark the requirements you cannot sign without as must-haves");

    Deal two_vendors = one_vendor;
    two_vendors.vendors.push_back({"beta", "Beta Texts", {}});
    two_vendors.requirements[0].priority = Priority::Must;
    const ReadinessVerdict unchosen = assess_readiness(two_vendors, when("2026-12-02"));
    CHECK_FALSE(unchosen.ready);
    CHECK(unchosen.missing == NothingToJudge::NoVendorChosen);

    two_vendors.primary_vendor = "acme";
    two_vendors.requirements[0].claims.push_back({"acme", ClaimStatus::AcceptedRisk, "CFO", "manual workaround", {}, {}, {}});
    const ReadinessVerdict judged = assess_readiness(two_vendors, when("2026-12-02"));
    CHECK(judged.missing == NothingToJudge::None);
    CHECK(judged.ready);
    CHECK(said_verdict(two_vendors, judged) == "READY to sign with Acme SMS");
}
