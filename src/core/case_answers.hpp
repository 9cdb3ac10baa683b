// case_answers.hpp — what one workshop participant answered to a case.
//
// A participant steps through a case (model.hpp CaseKey) and at each step
// marks the flags they see, writes what they would ask and decides. The sheet
// travels to the trainer as its own file (case_json.hpp).
#pragma once

#include "model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace setright {

struct StepAnswer {
    std::string step;                // CaseStep id
    std::vector<std::string> flags;  // red-flag or sign codes marked at this step
    std::string question;            // what they would ask now
    std::optional<CaseDecision> decision;
    Json extra;
};

struct AnswerSheet {
    std::string deal;        // the id of the deal that is the case
    std::string case_title;  // for people reading the file
    std::string participant; // a name or a seat number
    std::optional<Moment> saved;
    std::vector<StepAnswer> answers; // at most one per step
    Json extra;
};

// The participant's answer at `step`, or null.
const StepAnswer* answer_at(const AnswerSheet& sheet, const std::string& step);
StepAnswer& answer_at(AnswerSheet& sheet, const std::string& step); // added when missing

} // namespace setright
