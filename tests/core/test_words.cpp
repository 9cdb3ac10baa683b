// Words (core/words/words.hpp): the one way from a result to a sentence. Facts stay
// typed until the words are chosen; plural forms agree with their number.
#include "core/judging/readiness.hpp"
#include "core/judging/red_flags.hpp"
#include "core/words/verdict_words.hpp"
#include "core/words/words.hpp"

#include "sms_case_fixture.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace setright;
using setright::test::sms_case_deal;
using setright::test::when;

TEST_CASE("words: facts fill in order, dates and numbers written, plural forms agree with their number") {
    const Words english;
    CHECK(english.fill("{1} {1:day|days} later", {Fact::count(1)}) == "1 day later");
    CHECK(english.fill("{1} {1:day|days} later", {Fact::count(0)}) == "0 days later");
    CHECK(english.fill("{1} {1:day|days} later", {Fact::count(12)}) == "12 days later");
    CHECK(english.fill("took {1} {1:hour|hours}", {Fact::hours(1.0)}) == "took 1 hour");
    CHECK(english.fill("took {1} {1:hour|hours}", {Fact::hours(26.5)}) == "took 26.5 hours");
    CHECK(english.fill("on {1}", {Fact::on(when("2019-12-21"))}) == "on 2019-12-21");
    CHECK(english.fill("only {1}", {Fact::choice("claim_status", "not_supported")}) == "only not supported");
    // A placeholder without its fact stays as written; a broken one is text.
    CHECK(english.fill("{2} and {2:x|y}", {Fact("a")}) == "{2} and {2:x|y}");
    CHECK(english.fill("{1:one", {Fact::count(1)}) == "{1:one");
    CHECK(english.phrase("no.such.key") == "no.such.key");
}

TEST_CASE("words: every English sentence has a unique key") {
    std::set<std::string> keys;
    for (const auto* table : {&report_english(), &result_english()})
        for (const EnglishWords& w : *table) CHECK_MESSAGE(keys.insert(w.key).second, w.key);
}

TEST_CASE("words: every red flag code has a title, why it matters and what it says, in English") {
    for (const std::string& code : red_flag_codes()) {
        CAPTURE(code);
        CHECK(flag_title(code, Words()) != code);
        CHECK(!flag_why(code, Words()).empty());
        CHECK(english_sentence("flag." + code + ".says") != nullptr);
    }
}

TEST_CASE("words: every result the SMS case produces has its sentence, with no placeholder left") {
    const Deal deal = sms_case_deal();
    const Words english;
    for (const char* day : {"2019-11-20", "2019-12-21", "2020-03-01"}) {
        const ReadinessVerdict verdict = assess_readiness(deal, when(day));
        for (const Blocker& b : verdict.blockers) {
            CAPTURE(b.says.key);
            REQUIRE(english_sentence(b.says.key) != nullptr);
            CHECK(english.say(b.says).find('{') == std::string::npos);
        }
        for (const RedFlag& f : find_red_flags(deal, when(day))) {
            CAPTURE(f.says.key);
            REQUIRE(english_sentence(f.says.key) != nullptr);
            CHECK(english.say(f.says).find('{') == std::string::npos);
        }
    }
}

TEST_CASE("words: a flag's subject is typed, so an id shared by a requirement and a question is never confused") {
    Deal deal = sms_case_deal();
    // The question takes the id of a requirement: the subject still names the question.
    const std::string shared = "r-recharge";
    for (Question& q : deal.questions)
        if (q.id == "q-recharge") q.id = shared;
    bool saw = false;
    for (const RedFlag& f : find_red_flags(deal, when("2019-12-21"))) {
        if (f.subject.kind != SubjectKind::Question || f.subject.id != shared) continue;
        saw = true;
        const Question* q = nullptr;
        for (const Question& each : deal.questions)
            if (each.id == shared) q = &each;
        REQUIRE(q);
        CHECK(subject_words(deal, f.subject, Words()) == "“" + q->text + "”");
    }
    CHECK(saw);
}
