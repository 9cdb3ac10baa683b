// The workshop case: the answer key in a deal, answer files, scoring and the room.
#include "core/format/case_json.hpp"
#include "core/format/json_format.hpp"
#include "core/judging/red_flags.hpp"
#include "core/words/words.hpp"
#include "core/workshop/case_making.hpp"
#include "core/workshop/case_room.hpp"
#include "core/workshop/case_score.hpp"

#include "sms_case_fixture.hpp"

#include <doctest/doctest.h>

using namespace setright;
using setright::test::when;

namespace {

// Three steps: a must-have claimed at the demo (step 1), the question tabled
// again (step 2), the offer (step 3, expecting "walk away").
CaseKey three_step_key() {
    CaseKey key;
    key.signs.push_back(CaseSign{"pitch_not_qualify", "More pitching than qualifying", Json::object()});
    key.steps.push_back(CaseStep{
            "s1", when("2019-10-16"), "Demo", "", {"must_have_only_claimed", "pitch_not_qualify"}, CaseDecision::Wait, "", Json::object()});
    key.steps.push_back(
            CaseStep{"s2", when("2019-10-24"), "Follow-up", "", {"question_tabled_again"}, CaseDecision::Wait, "", Json::object()});
    key.steps.push_back(
            CaseStep{"s3", when("2019-12-17"), "Offer", "", {"offer_expiring_unverified"}, CaseDecision::WalkAway, "", Json::object()});
    return key;
}

AnswerSheet sheet(const std::string& who, std::vector<StepAnswer> answers) {
    AnswerSheet s;
    s.deal = "sms";
    s.participant = who;
    s.answers = std::move(answers);
    return s;
}

StepAnswer at(const std::string& step, std::vector<std::string> flags, std::optional<CaseDecision> decision) {
    return StepAnswer{step, std::move(flags), "", decision, Json::object()};
}

std::string workspace_with_case(const std::string& case_json) {
    return R"({"format":"setright","version":1,"deals":[{"id":"d","title":"T","currency":"USD","case":)" + case_json + "}]}";
}

} // namespace

TEST_CASE("case: the key travels in the deal as \"case\" and reads back the same") {
    Workspace ws;
    ws.deals.push_back(setright::test::sms_case_deal());
    ws.deals[0].case_key = three_step_key();
    ws.deals[0].case_key->steps[0].debrief = "Ask for the sandbox.";
    const std::string text = export_workspace(ws);
    CHECK(text.find("\"case\": {") != std::string::npos);
    const ImportResult back = import_workspace(text);
    REQUIRE(back.ok());
    REQUIRE(back.workspace->deals[0].case_key);
    const CaseKey& key = *back.workspace->deals[0].case_key;
    CHECK(key.steps.size() == 3);
    CHECK(key.steps[2].expected_decision == CaseDecision::WalkAway);
    CHECK(key.steps[0].expected_flags == std::vector<std::string>{"must_have_only_claimed", "pitch_not_qualify"});
    CHECK(key.steps[0].debrief == "Ask for the sandbox.");
    CHECK(export_workspace(*back.workspace) == text);
}

TEST_CASE("case: a bad key is refused with the JSON path of each problem") {
    const ImportResult r = import_workspace(workspace_with_case(R"({
        "signs": [{"code": "slow_first_response", "label": "taken"}],
        "steps": [{"id": "a", "at": "2019-10-16", "expected_flags": ["no_such_flag"]},
                  {"id": "a", "at": "2019-10-01", "expected_decision": "maybe"},
                  {"id": "c", "at": "2019-02-30"}]})"));
    REQUIRE_FALSE(r.ok());
    std::vector<std::string> where;
    for (const ImportProblem& p : r.problems) where.push_back(p.pointer + " " + p.code);
    CHECK(where == std::vector<std::string>{
                           "/deals/0/case/steps/1/expected_decision expected_one_of",
                           "/deals/0/case/steps/2/at invalid_date",
                           "/deals/0/case/signs/0/code flag_code_taken",
                           "/deals/0/case/steps/1/id duplicate_id",
                           "/deals/0/case/steps/0/expected_flags/0 unknown_flag",
                           "/deals/0/case/steps/1/at step_out_of_order",
                   });
}

TEST_CASE("case: make_case drafts one step per touch with the flags the rules first raise then") {
    const Deal deal = setright::test::sms_case_deal();
    const CaseKey key = make_case(deal);
    REQUIRE(key.steps.size() == deal.timeline.size());
    for (size_t i = 1; i < key.steps.size(); ++i) CHECK_FALSE(key.steps[i].at < key.steps[i - 1].at);
    // Every flag the rules raise at some step is expected exactly once, at the first.
    std::vector<std::string> expected;
    for (const CaseStep& s : key.steps) expected.insert(expected.end(), s.expected_flags.begin(), s.expected_flags.end());
    std::vector<std::string> raised;
    for (const CaseStep& s : key.steps)
        for (const RedFlag& f : find_red_flags(deal, s.at))
            if (std::find(raised.begin(), raised.end(), f.code) == raised.end()) raised.push_back(f.code);
    std::sort(expected.begin(), expected.end());
    std::sort(raised.begin(), raised.end());
    CHECK(expected == raised);
    // The offer of 2019-12-17 is the step that first shows the expiring offer.
    const auto offer = std::find_if(key.steps.begin(), key.steps.end(), [](const CaseStep& s) { return s.id == "step-t-offer"; });
    REQUIRE(offer != key.steps.end());
    const auto& offer_flags = offer->expected_flags;
    CHECK(std::find(offer_flags.begin(), offer_flags.end(), "offer_expiring_unverified") != offer_flags.end());
    CHECK(key.steps[0].expected_decision == CaseDecision::Wait); // never ready: must-haves only claimed
}

TEST_CASE("case: a long timeline is drafted as at most 40 steps of whole days, revealing everything by the last") {
    Deal deal = setright::test::sms_case_deal();
    const Touch model = deal.timeline.front();
    deal.timeline.clear();
    for (int i = 0; i < 300; ++i) { // every 5 hours for 62 days
        Touch t = model;
        t.id = "t" + std::to_string(i);
        t.at = Moment{when("2019-10-01").minutes + i * 5 * 60, true};
        deal.timeline.push_back(t);
    }
    const CaseKey key = make_case(deal);
    CHECK(key.steps.size() <= kMaxDraftSteps);
    CHECK(key.steps.size() >= kMaxDraftSteps / 2);
    for (size_t i = 0; i < key.steps.size(); ++i) {
        CHECK_FALSE(key.steps[i].at.has_time); // a whole day
        if (i > 0) CHECK(key.steps[i - 1].at < key.steps[i].at);
    }
    CHECK(revealed_by(deal.timeline.back().at, key.steps.back().at));
    // Every touch is in exactly one step's text.
    size_t lines = 0;
    for (const CaseStep& s : key.steps) lines += size_t(std::count(s.text.begin(), s.text.end(), '\n')) + 1;
    CHECK(lines == deal.timeline.size());
}

TEST_CASE("case: scoring counts spotted (with the step), missed, false alarms and decisions") {
    const CaseKey key = three_step_key();
    const AnswerScore s = score_answers(
            key, sheet("Ana",
                       {
                               at("s1", {"pitch_not_qualify", "offer_expiring_unverified"}, CaseDecision::Wait), // the offer flag too early
                               at("s2", {"must_have_only_claimed"}, CaseDecision::Sign),                         // one step late
                               at("s3", {"offer_expiring_unverified", "plan_too_long"}, CaseDecision::WalkAway),
                       }));
    REQUIRE(s.spotted.size() == 3);
    CHECK(s.spotted[0].code == "must_have_only_claimed");
    CHECK(s.spotted[0].expected_step == 0);
    CHECK(s.spotted[0].spotted_step == 1);
    CHECK(s.spotted[2].code == "offer_expiring_unverified");
    CHECK(s.spotted[2].spotted_step == 2);
    REQUIRE(s.missed.size() == 1);
    CHECK(s.missed[0].code == "question_tabled_again");
    CHECK(s.missed[0].step == 1);
    REQUIRE(s.false_alarms.size() == 2);
    CHECK(s.false_alarms[0].code == "offer_expiring_unverified");
    CHECK(s.false_alarms[0].step == 0);
    CHECK(s.false_alarms[1].code == "plan_too_long");
    CHECK(s.decisions_expected == 3);
    CHECK(s.decisions_matched == 2);
    CHECK(s.final_decision == CaseDecision::WalkAway);
    CHECK(s.expected_flags() == 4);
}

TEST_CASE("case: the room adds up five participants") {
    const CaseKey key = three_step_key();
    const std::vector<AnswerSheet> sheets = {
            sheet("Ana", {at("s1", {"must_have_only_claimed", "pitch_not_qualify"}, CaseDecision::Wait),
                          at("s2", {"question_tabled_again"}, CaseDecision::Wait),
                          at("s3", {"offer_expiring_unverified"}, CaseDecision::WalkAway)}),
            sheet("Bo", {at("s1", {}, CaseDecision::Sign), at("s2", {}, CaseDecision::Sign), at("s3", {}, CaseDecision::Sign)}),
            sheet("Chen", {at("s1", {"must_have_only_claimed"}, CaseDecision::Wait), at("s3", {"plan_too_long"}, CaseDecision::Wait)}),
            sheet("Dina", {at("s2", {"must_have_only_claimed", "question_tabled_again"}, CaseDecision::Wait)}),
            sheet("Emil", {at("s1", {"must_have_only_claimed", "must_have_only_claimed"}, std::nullopt)}),
    };
    const Room room = summarise_room(key, sheets);
    CHECK(room.codes == std::vector<std::string>{"must_have_only_claimed", "pitch_not_qualify", "question_tabled_again",
                                                 "offer_expiring_unverified", "plan_too_long"});
    CHECK(room.expected_step == std::vector<int>{0, 0, 1, 2, -1});
    CHECK(room.steps[0].marked == std::vector<int>{3, 1, 0, 0, 0}); // Emil's double mark counts once
    CHECK(room.steps[1].marked == std::vector<int>{1, 0, 2, 0, 0});
    CHECK(room.steps[2].marked == std::vector<int>{0, 0, 0, 1, 1});
    CHECK(room.steps[0].decisions == std::array<int, 3>{1, 2, 0});
    CHECK(room.steps[0].undecided == 2);
    CHECK(room.steps[2].decisions == std::array<int, 3>{1, 1, 1});
    CHECK(room.missed_by == std::vector<int>{1, 4, 3, 4, 0});
    CHECK(room.false_alarms_by == std::vector<int>{0, 0, 0, 0, 1});
    CHECK(room.most_missed == std::vector<size_t>{1, 3, 2, 0});
    CHECK(room.spotted == 4 + 0 + 1 + 2 + 1);
    CHECK(room.missed == 0 + 4 + 3 + 2 + 3);
    CHECK(room.false_alarms == 1);
    CHECK(room.decisions_matched == 3 + 0 + 1 + 1 + 0);
    CHECK(room.decisions_expected == 15);

    const std::string csv = room_csv(key, room);
    CHECK(csv.rfind("what,step,item,count,out_of\r\n", 0) == 0);
    CHECK(csv.find("marked,s1,must_have_only_claimed,3,5\r\n") != std::string::npos);
    CHECK(csv.find("decision,s3,walk_away,1,5\r\n") != std::string::npos);
    CHECK(csv.find("missed,,pitch_not_qualify,4,5\r\n") != std::string::npos);
    CHECK(csv.find("spotted,,Ana,4,4\r\n") != std::string::npos);
    CHECK(csv.find("decisions_matched,,Chen,1,3\r\n") != std::string::npos);

    Deal deal;
    deal.id = "sms";
    deal.title = "SMS vendor";
    deal.case_key = key;
    const std::string md = room_markdown(deal, room, Words{});
    CHECK(md.rfind("# Workshop debrief: SMS vendor\n", 0) == 0);
    CHECK(md.find("Flags spotted: 8 of 20. Missed: 12. False alarms: 1. Decisions as in the key: 5 of 15.") != std::string::npos);
    CHECK(md.find("| More pitching than qualifying (expected here) | 1 of 5 |") != std::string::npos);
    CHECK(md.find("- pitch\\_not\\_qualify") == std::string::npos); // signs go by their label
    CHECK(md.find("- More pitching than qualifying: missed by 4 of 5") != std::string::npos);
    CHECK(md.find("| Ana | 4 of 4 | 0 | 0 | 3 of 3 | walk away |") != std::string::npos);
}

TEST_CASE("case: answer files read back, and bad ones say what and where") {
    AnswerSheet s = sheet("Ana Ø 김", {at("s1", {"must_have_only_claimed"}, CaseDecision::Wait)});
    s.answers[0].question = "Can we test Recharge in a sandbox?";
    const std::string text = export_answer_sheet(s);
    const AnswersImport back = import_answer_sheet(text);
    REQUIRE(back.sheet);
    CHECK(back.sheet->participant == "Ana Ø 김");
    CHECK(back.sheet->answers[0].question == "Can we test Recharge in a sandbox?");
    CHECK(export_answer_sheet(*back.sheet) == text);

    const AnswersImport syntax = import_answer_sheet("{\"format\": \"setright-answers\",\n \"version\": 1,\n \"deal\": }");
    REQUIRE(syntax.problems.size() == 1);
    CHECK(syntax.problems[0].line == 3);

    CHECK(import_answer_sheet(R"({"format":"setright","version":1,"deals":[]})").problems[0].code == "not_answers");
    CHECK(import_answer_sheet(R"({"format":"setright-answers","version":2,"deal":"x"})").problems[0].code == "version_newer");
    const AnswersImport dup = import_answer_sheet(
            R"({"format":"setright-answers","version":1,"deal":"x","answers":[{"step":"a"},{"step":"a","decision":"run"}]})");
    REQUIRE(dup.problems.size() == 2);
    CHECK(dup.problems[0].pointer == "/answers/1/decision");
    CHECK(dup.problems[1].pointer == "/answers/1/step");

    Deal deal;
    deal.id = "sms";
    deal.case_key = three_step_key();
    CHECK(answer_sheet_problems(deal, s).empty());
    AnswerSheet other = s;
    other.deal = "another";
    CHECK(answer_sheet_problems(deal, other)[0].code == "answers_for_other_case");
    AnswerSheet wrong = sheet("B", {at("s9", {"made_up"}, std::nullopt)});
    const auto problems = answer_sheet_problems(deal, wrong);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].pointer == "/answers/0/step");
    CHECK(problems[1].pointer == "/answers/0/flags/0");
}
