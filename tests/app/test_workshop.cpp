// The workshop state: saved and read back, answer files routed into rooms.
#include "logic/workshop.hpp"

#include "core/format/case_json.hpp"
#include "core/workshop/case_copy.hpp"

#include <doctest/doctest.h>

using namespace setright;
using namespace setright::app;

namespace {

Workspace workspace_with_case() {
    Workspace ws;
    Deal deal;
    deal.id = "sms";
    deal.title = "SMS";
    CaseKey key;
    key.steps.push_back(CaseStep{
            "s1", parse_moment("2019-10-16").value(), "Demo", "", {"must_have_only_claimed"}, CaseDecision::Wait, "", Json::object()});
    deal.case_key = key;
    ws.deals.push_back(deal);
    return ws;
}

std::string answer_file(const std::string& who, const std::string& deal, const std::string& step, const std::string& flag) {
    AnswerSheet sheet;
    sheet.deal = deal;
    sheet.participant = who;
    sheet.answers.push_back(StepAnswer{step, {flag}, "", CaseDecision::Wait, Json::object()});
    return export_answer_sheet(sheet);
}

} // namespace

namespace {

// Plans the file against the room as it stands and takes it when it reads; "" when refused.
std::string receive(Workshop& w, const Workspace& ws, const std::string& name, const std::string& text) {
    std::optional<PlannedAnswers> planned = plan_answer_file(w, ws, name, text, {}, w.refused);
    if (!planned) return "";
    take_answers(w, *planned);
    return planned->deal;
}

} // namespace

TEST_CASE("workshop: answer files go to the room of their case, a second file from someone replaces the first") {
    const Workspace ws = workspace_with_case();
    Workshop w;
    CHECK(looks_like_answer_file(answer_file("Ana", "sms", "s1", "must_have_only_claimed")));
    CHECK_FALSE(looks_like_answer_file(R"({"format": "setright", "version": 1, "deals": []})"));

    CHECK(receive(w, ws, "ana.json", answer_file("Ana", "sms", "s1", "must_have_only_claimed")) == "sms");
    CHECK(receive(w, ws, "bo.json", answer_file("Bo", "sms", "s1", "plan_too_long")) == "sms");
    CHECK(receive(w, ws, "ana2.json", answer_file("Ana", "sms", "s1", "plan_too_long")) == "sms");
    REQUIRE(w.rooms["sms"].size() == 2);
    CHECK(w.rooms["sms"][0].answers[0].flags == std::vector<std::string>{"plan_too_long"});
    CHECK(w.refused.empty());

    CHECK(receive(w, ws, "other.json", answer_file("Cy", "elsewhere", "s1", "plan_too_long")).empty());
    CHECK(receive(w, ws, "bad.json", answer_file("Di", "sms", "s9", "plan_too_long")).empty());
    CHECK(receive(w, ws, "cut.json", "{\"format\": \"setright-answers\",\n\"version\": 1,").empty());
    REQUIRE(w.refused.size() == 3);
    CHECK(w.refused[0].find("other.json") == 0);
    CHECK(w.refused[0].find("'elsewhere'") != std::string::npos);
    CHECK(w.refused[1].find("bad.json: /answers/0/step") == 0);
    CHECK(w.refused[2].find("cut.json:2:") == 0);
    CHECK(w.rooms["sms"].size() == 2); // nothing half-added
}

TEST_CASE("workshop: planning an answer file changes nothing and says whose answers it would replace") {
    const Workspace ws = workspace_with_case();
    Workshop w;
    receive(w, ws, "ana.json", answer_file("Ana", "sms", "s1", "must_have_only_claimed"));
    const std::string before = workshop_json(w);
    std::vector<std::string> refused;

    const std::optional<PlannedAnswers> forged =
            plan_answer_file(w, ws, "shared-link.json", answer_file("Ana", "sms", "s1", "plan_too_long"), {}, refused);
    REQUIRE(forged);
    CHECK(forged->replaces);
    CHECK(forged->deal == "sms");
    CHECK(forged->case_title == "SMS");
    CHECK(forged->sheet.participant == "Ana");
    const std::optional<PlannedAnswers> bo =
            plan_answer_file(w, ws, "bo.json", answer_file("Bo", "sms", "s1", "plan_too_long"), {}, refused);
    REQUIRE(bo);
    CHECK_FALSE(bo->replaces);
    // A second file from Bo in the same batch replaces the first.
    const std::optional<PlannedAnswers> bo_again =
            plan_answer_file(w, ws, "bo2.json", answer_file("Bo", "sms", "s1", "plan_too_long"), {*bo}, refused);
    REQUIRE(bo_again);
    CHECK(bo_again->replaces);
    CHECK(refused.empty());
    CHECK(workshop_json(w) == before);
    CHECK(w.changes == 1);

    take_answers(w, *forged);
    REQUIRE(w.rooms["sms"].size() == 1);
    CHECK(w.rooms["sms"][0].answers[0].flags == std::vector<std::string>{"plan_too_long"});
    CHECK(w.changes == 2);
}

TEST_CASE("workshop: saved state reads back, and an unreadable copy changes nothing") {
    const Workspace ws = workspace_with_case();
    Workshop w;
    w.participant = "Ana Ø 김";
    AnswerSheet& mine = my_answers(w, ws.deals[0]);
    answer_at(mine, "s1").question = "Sandbox?";
    receive(w, ws, "bo.json", answer_file("Bo", "sms", "s1", "plan_too_long"));

    Workshop back;
    REQUIRE(read_workshop_json(workshop_json(w), back));
    CHECK(back.participant == "Ana Ø 김");
    CHECK(back.answers["sms"].answers[0].question == "Sandbox?");
    CHECK(back.rooms["sms"][0].participant == "Bo");
    CHECK(workshop_json(back) == workshop_json(w));

    Workshop untouched = back;
    CHECK_FALSE(read_workshop_json("{\"format\": \"setright-workshop\", \"answers\": [{\"deal\": 3}]}", untouched));
    CHECK_FALSE(read_workshop_json("not json", untouched));
    CHECK(workshop_json(untouched) == workshop_json(back));
}

TEST_CASE("workshop: answer file names keep letters of any script and nothing a file system refuses") {
    AnswerSheet sheet;
    sheet.deal = "deal-sms";
    sheet.participant = "Анна / Kim: 김";
    CHECK(answers_file_name(sheet) == "answers-deal-sms-Анна-Kim-김.json");
    sheet.participant = std::string(40, 'x') + "Ж";
    const std::string name = answers_file_name(sheet);
    CHECK(name.size() < 80);
    sheet.participant = "";
    CHECK(answers_file_name(sheet) == "answers-deal-sms.json");
}

TEST_CASE("workshop: a participant copy, or a trainer's case in participant view, shows only what the case reveals") {
    const Deal trainers = workspace_with_case().deals[0];
    CaseView view;
    CHECK_FALSE(participant_mode(trainers, view));
    view.participant_view = true;
    CHECK(participant_mode(trainers, view));
    CHECK(participant_mode(participant_copy(trainers), CaseView{}));
    CHECK_FALSE(participant_mode(Deal{}, view)); // not a case: nothing to hide behind
}
