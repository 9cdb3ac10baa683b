// case_answers.hpp — what one workshop participant answered to a case.
//
// A participant steps through a case (model.hpp CaseKey) and at each step
// marks the flags they see, writes what they would ask and decides. The sheet
// travels to the trainer as its own file (case_json.hpp), whose fields are
// listed here as model.hpp lists the model's.
#pragma once

#include "core/model/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace setright {

struct StepAnswer {
    std::string step;               // CaseStep id
    std::vector<std::string> flags; // red-flag or sign codes marked at this step
    std::string question;           // what they would ask now
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

// The fields of an answer file, as model.hpp lists the model's (the envelope,
// format and version, is case_json.cpp's).
template <class R, class V> field::Of<R, StepAnswer> fields(R& a, V& v) {
    v.id("step", a.step);
    v.strings("flags", a.flags, field::always);
    v.text("question", a.question);
    v.choice("decision", a.decision);
}

template <class R, class V> field::Of<R, AnswerSheet> fields(R& s, V& v) {
    v.id("deal", s.deal);
    v.text("case_title", s.case_title);
    v.text("participant", s.participant);
    v.moment("saved", s.saved);
    v.list("answers", s.answers, field::always, field::unique_by("step", &StepAnswer::step)); // at most one per step
}

// The participant's answer at `step`, or null.
const StepAnswer* answer_at(const AnswerSheet& sheet, const std::string& step);
StepAnswer& answer_at(AnswerSheet& sheet, const std::string& step); // added when missing

} // namespace setright
