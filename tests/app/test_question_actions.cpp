// The Questions tab's one-click actions, and what the verdict and flags make of them.
#include "logic/question_actions.hpp"

#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace setright;
using namespace setright::app;

namespace {

Deal deal_with_must_have() {
    Deal deal;
    deal.vendors.push_back(Organisation{"v1", "Vendor", {}});
    deal.vendors.push_back(Organisation{"v2", "Other", {}});
    deal.primary_vendor = "v2";
    Requirement r;
    r.id = "r-1";
    r.text = "Single sign-on";
    r.priority = Priority::Must;
    r.claims.push_back(Claim{"v2", ClaimStatus::AcceptedRisk, "CFO", "phase 2", {}, {}, {}});
    deal.requirements.push_back(r);
    return deal;
}

bool has_flag(const Deal& deal, const Moment& at, const std::string& code) {
    const std::vector<RedFlag> flags = find_red_flags(deal, at);
    return std::any_of(flags.begin(), flags.end(), [&](const RedFlag& f) { return f.code == code; });
}

} // namespace

TEST_CASE("question actions: a new question goes to the primary vendor, open, asked at the as-of date, with a fresh id") {
    Deal deal = deal_with_must_have();
    const Moment day = make_date(2026, 3, 2);
    Question& q = add_question(deal, "Does SSO support SAML?", day);
    CHECK(q.id == "q-1");
    CHECK(q.vendor == "v2");
    CHECK(q.status == QuestionStatus::Open);
    CHECK(q.asked_at == day);
    deal.questions.front().id = "q-2";
    CHECK(add_question(deal, "Second", day).id == "q-3");
}

TEST_CASE("question actions: a promise past its date makes the deal not ready and raises the overdue flag") {
    Deal deal = deal_with_must_have();
    Question& q = add_question(deal, "SAML?", make_date(2026, 3, 2));
    q.requirement = "r-1";
    mark_promised(q, make_date(2026, 3, 2), make_date(2026, 3, 6), "Anna");
    CHECK(q.status == QuestionStatus::Promised);
    CHECK(q.promised_by_whom == "Anna");
    REQUIRE(q.history.size() == 1);
    CHECK(q.history[0].kind == QuestionEventKind::Promised);

    CHECK(assess_readiness(deal, make_date(2026, 3, 6)).ready);
    CHECK_FALSE(has_flag(deal, make_date(2026, 3, 6), "promised_answer_overdue"));
    CHECK_FALSE(assess_readiness(deal, make_date(2026, 3, 7)).ready);
    CHECK(has_flag(deal, make_date(2026, 3, 7), "promised_answer_overdue"));

    mark_answered(deal.questions[0], make_date(2026, 3, 8));
    CHECK(deal.questions[0].status == QuestionStatus::Answered);
    CHECK(deal.questions[0].answered_at == make_date(2026, 3, 8));
    CHECK(assess_readiness(deal, make_date(2026, 3, 9)).ready);
    CHECK_FALSE(has_flag(deal, make_date(2026, 3, 9), "promised_answer_overdue"));
}

TEST_CASE("question actions: tabled again counts once per day and raises the flag from the second day") {
    Deal deal = deal_with_must_have();
    Question& q = add_question(deal, "Price after year one?", make_date(2026, 3, 2));
    mark_tabled_again(q, make_date(2026, 3, 2));
    CHECK(times_raised(q, make_date(2026, 3, 2)) == 1);
    CHECK_FALSE(has_flag(deal, make_date(2026, 3, 2), "question_tabled_again"));
    mark_tabled_again(q, make_date(2026, 3, 9));
    CHECK(times_raised(q, make_date(2026, 3, 9)) == 2);
    CHECK(has_flag(deal, make_date(2026, 3, 9), "question_tabled_again"));
    CHECK(q.status == QuestionStatus::Open);
}
