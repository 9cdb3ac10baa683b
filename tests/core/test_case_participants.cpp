// The workshop case as participants get it: the copy without the answer key,
// and ticks that stay from step to step (and how that scores).
#include "core/format/json_format.hpp"
#include "core/workshop/case_copy.hpp"
#include "core/workshop/case_score.hpp"
#include "core/workshop/case_ticks.hpp"

#include "sms_case_fixture.hpp"

#include <doctest/doctest.h>

using namespace setright;
using setright::test::when;

namespace {

// Three steps: a must-have claimed (step 1), the question tabled again
// (step 2), the offer (step 3); a sign of the case's own.
CaseKey key_of_three() {
    CaseKey key;
    key.intro = "You are the buyer.";
    key.signs.push_back(CaseSign{"pitch_not_qualify", "More pitching than qualifying", Json::object()});
    key.steps.push_back(CaseStep{"s1",
                                 when("2019-10-16"),
                                 "Demo",
                                 "The demo.",
                                 {"must_have_only_claimed"},
                                 CaseDecision::Wait,
                                 "Ask for a sandbox.",
                                 Json::object()});
    key.steps.push_back(CaseStep{"s2",
                                 when("2019-10-24"),
                                 "Follow-up",
                                 "",
                                 {"question_tabled_again"},
                                 CaseDecision::Wait,
                                 "",
                                 Json{{"future_note", "kept from a newer key"}}});
    key.steps.push_back(CaseStep{
            "s3", when("2019-12-17"), "Offer", "", {"offer_expiring_unverified"}, CaseDecision::WalkAway, "Walk.", Json::object()});
    return key;
}

StepAnswer at(const std::string& step, std::vector<std::string> flags, std::optional<CaseDecision> decision = std::nullopt) {
    return StepAnswer{step, std::move(flags), "", decision, Json::object()};
}

AnswerSheet sheet_of(std::vector<StepAnswer> answers) {
    AnswerSheet s;
    s.deal = "sms";
    s.participant = "Ana";
    s.answers = std::move(answers);
    return s;
}

} // namespace

TEST_CASE("participant copy: the steps keep what the player shows and lose the key") {
    Deal deal = setright::test::sms_case_deal();
    deal.case_key = key_of_three();
    const Deal copy = participant_copy(deal);
    REQUIRE(copy.case_key);
    CHECK(is_participant_copy(copy));
    CHECK_FALSE(is_participant_copy(deal));
    const CaseKey& key = *copy.case_key;
    CHECK(key.intro == "You are the buyer.");
    REQUIRE(key.signs.size() == 1); // participants tick from these
    REQUIRE(key.steps.size() == 3);
    for (size_t i = 0; i < key.steps.size(); ++i) {
        CHECK(key.steps[i].id == deal.case_key->steps[i].id);
        CHECK(key.steps[i].at == deal.case_key->steps[i].at);
        CHECK(key.steps[i].title == deal.case_key->steps[i].title);
        CHECK(key.steps[i].text == deal.case_key->steps[i].text);
        CHECK(key.steps[i].expected_flags.empty());
        CHECK_FALSE(key.steps[i].expected_decision);
        CHECK(key.steps[i].debrief.empty());
    }
    CHECK(copy.timeline.size() == deal.timeline.size()); // the story itself, revealed step by step
    CHECK(copy.id == deal.id);                           // answers go to the trainer's case

    // In the file: marked, and nothing of the key left.
    Workspace ws;
    ws.deals.push_back(copy);
    const std::string text = export_workspace(ws);
    CHECK(text.find("\"participant_copy\": true") != std::string::npos);
    for (const char* gone : {"expected_flags", "expected_decision", "debrief", "future_note", "Ask for a sandbox"})
        CHECK_MESSAGE(text.find(gone) == std::string::npos, gone);
    const ImportResult back = import_workspace(text);
    REQUIRE(back.ok());
    CHECK(is_participant_copy(back.workspace->deals[0]));
}

TEST_CASE("participant copy: the trainer's own file does not carry the mark") {
    Workspace ws;
    ws.deals.push_back(setright::test::sms_case_deal());
    ws.deals[0].case_key = key_of_three();
    CHECK(export_workspace(ws).find("participant_copy") == std::string::npos);
}

TEST_CASE("ticks: a sign ticked at one step stays ticked at the later ones until unticked") {
    const CaseKey key = key_of_three();
    AnswerSheet sheet = sheet_of({});
    set_tick(sheet, key, 0, "pitch_not_qualify", true);
    // Shown at step 2 for the first time: the tick is carried.
    CHECK(answer_for_step(sheet, key, 1).flags == std::vector<std::string>{"pitch_not_qualify"});
    set_tick(sheet, key, 1, "question_tabled_again", true);
    CHECK(answer_for_step(sheet, key, 2).flags == std::vector<std::string>{"pitch_not_qualify", "question_tabled_again"});
    // Unticked at step 2: withdrawn from step 2 on, still there at step 1.
    set_tick(sheet, key, 1, "pitch_not_qualify", false);
    CHECK(answer_for_step(sheet, key, 0).flags == std::vector<std::string>{"pitch_not_qualify"});
    CHECK(answer_for_step(sheet, key, 1).flags == std::vector<std::string>{"question_tabled_again"});
    CHECK(answer_for_step(sheet, key, 2).flags == std::vector<std::string>{"question_tabled_again"});
    // Going back and ticking at step 1 reaches the steps already shown.
    set_tick(sheet, key, 0, "must_have_only_claimed", true);
    CHECK(answer_for_step(sheet, key, 2).flags == std::vector<std::string>{"question_tabled_again", "must_have_only_claimed"});
}

TEST_CASE("ticks: a step left out between two answered ones carries, steps after the last answered were not reached") {
    const CaseKey key = key_of_three();
    const auto ticks = ticks_by_step(key, sheet_of({at("s1", {"pitch_not_qualify"}), at("s3", {})}));
    CHECK(ticks[1] == std::vector<std::string>{"pitch_not_qualify"});
    CHECK(ticks[2].empty());
    CHECK(ticks_by_step(key, sheet_of({at("s1", {"pitch_not_qualify"})}))[2].empty());
}

TEST_CASE("scoring with ticks that stay: spotted from the step a sign appears, an early tick a false alarm") {
    const CaseKey key = key_of_three();
    AnswerSheet sheet = sheet_of({});
    set_tick(sheet, key, 0, "must_have_only_claimed", true);    // on time, kept to the end
    set_tick(sheet, key, 0, "offer_expiring_unverified", true); // two steps early
    answer_for_step(sheet, key, 1);
    answer_for_step(sheet, key, 2);
    const AnswerScore s = score_answers(key, sheet);
    REQUIRE(s.spotted.size() == 2);
    CHECK(s.spotted[0].code == "must_have_only_claimed");
    CHECK(s.spotted[0].spotted_step == 0);
    CHECK(s.spotted[1].code == "offer_expiring_unverified"); // still ticked when it appears
    CHECK(s.spotted[1].spotted_step == 2);
    REQUIRE(s.false_alarms.size() == 1); // once, at its first early step
    CHECK(s.false_alarms[0].code == "offer_expiring_unverified");
    CHECK(s.false_alarms[0].step == 0);
    REQUIRE(s.missed.size() == 1);
    CHECK(s.missed[0].code == "question_tabled_again");
}

TEST_CASE("scoring: an old answer file with every step answered scores as it did") {
    // The old player made a participant tick a sign again at each step; a
    // sign left unticked at a later step was not marked there, as now.
    const CaseKey key = key_of_three();
    const AnswerScore s =
            score_answers(key, sheet_of({at("s1", {"offer_expiring_unverified"}, CaseDecision::Wait),
                                         at("s2", {"must_have_only_claimed"}, CaseDecision::Wait), at("s3", {}, CaseDecision::Sign)}));
    REQUIRE(s.spotted.size() == 1);
    CHECK(s.spotted[0].code == "must_have_only_claimed");
    CHECK(s.spotted[0].spotted_step == 1);
    CHECK(s.missed.size() == 2);
    REQUIRE(s.false_alarms.size() == 1);
    CHECK(s.false_alarms[0].step == 0);
    CHECK(s.decisions_matched == 2);
}
