// The Overview's sentences and order, on the SMS vendor case (DOMAIN.md):
// blockers and flags in the user's language, the questions to chase first.
#include "deal_words.hpp"
#include "question_queue.hpp"

#include "i18n.hpp"

#include "../core/sms_case_fixture.hpp"

#include "core/readiness.hpp"
#include "core/red_flags.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace setright;
using namespace setright::app;
using setright::test::sms_case_deal;
using setright::test::when;

TEST_CASE("deal words: every red flag code has a title and an explanation in every language") {
    for (const std::string& code : red_flag_codes()) {
        for (const char* part : {".title", ".why"}) {
            const std::string key = "flag." + code + part;
            for (Language language : {Language::En, Language::Ko, Language::Nb, Language::Ru})
                CHECK_MESSAGE(std::string(tr(key.c_str(), language)) != key, key);
        }
    }
}

TEST_CASE("deal words: the SMS case's verdict and blockers, in Norwegian") {
    const Deal deal = sms_case_deal();
    const Moment at = when("2019-12-21");
    const ReadinessVerdict verdict = assess_readiness(deal, at);
    set_language(Language::Nb);
    CHECK(verdict_text(deal, verdict) == "IKKE KLAR til å signere med SMS vendor");
    REQUIRE(verdict.blockers.size() >= 3);
    CHECK(blocker_text(deal, verdict.blockers[0], at) == "Må-kravet “Recharge integration” er bare «Påstått», ikke bekreftet");
    set_language(Language::En);
}

TEST_CASE("deal words: a flag's subject is the text of what it is about") {
    const Deal deal = sms_case_deal();
    const Moment at = when("2019-12-21");
    bool saw_tabled = false;
    for (const RedFlag& flag : find_red_flags(deal, at)) {
        if (flag.code != "question_tabled_again") continue;
        saw_tabled = true;
        CHECK(flag_subject(deal, flag).find("“") == 0);
        CHECK(flag_title(flag) == "Question tabled again");
    }
    CHECK(saw_tabled);
}

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
