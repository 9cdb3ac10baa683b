// The questions to chase first, on the SMS vendor case (DOMAIN.md).
#include "logic/question_queue.hpp"

#include "../core/sms_case_fixture.hpp"

#include "core/judging/red_flags.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;
using setright::test::sms_case_deal;
using setright::test::when;

TEST_CASE("question queue: overdue first, then must-haves, then the most often raised") {
    Deal deal = sms_case_deal();
    const Moment at = when("2019-12-21");
    // A promise on the should-have ROI question, overdue by the 21st.
    deal.questions[2].status = QuestionStatus::Promised;
    deal.questions[2].promised_by = when("2019-12-01");
    const std::vector<const Question*> next = next_questions(deal, at);
    REQUIRE(next.size() == 3);
    CHECK(next[0]->id == "q-roi");
    CHECK(next[1]->id == "q-recharge");
    CHECK(next[2]->id == "q-gorgias");

    const std::vector<const Question*> due = promises_due(deal, at, 7);
    REQUIRE(due.size() == 1);
    CHECK(due[0]->id == "q-roi");
    CHECK(promises_due(deal, when("2019-11-20"), 7).empty());
    CHECK(promises_due(deal, when("2019-11-25"), 7).size() == 1);

    CHECK(age_days(deal.questions[0], at) == 66);
    CHECK(times_raised(deal.questions[0], at) == 2);
}
