// case_ticks.hpp — which signs a participant has ticked at each step.
//
// A tick stays: a sign ticked at one step is still ticked at the later ones
// until the participant unticks it, which withdraws it from that step on. An
// answer file lists, per step answered, the signs ticked there (the player
// writes every step it shows); a step left out between two answered ones
// carries the ticks of the step before it, and steps after the last answered
// one were not reached. Scoring (case_score.hpp) reads the ticks from here.
#pragma once

#include "core/model/model.hpp"
#include "core/workshop/case_answers.hpp"

#include <string>
#include <vector>

namespace setright {

// Per step of `key`: the codes ticked there (empty past the last answered step).
std::vector<std::vector<std::string>> ticks_by_step(const CaseKey& key, const AnswerSheet& sheet);

// The answer at step index `step`, made when missing with the ticks carried
// from the steps before.
StepAnswer& answer_for_step(AnswerSheet& sheet, const CaseKey& key, int step);

// Ticks (`on`) or unticks `code` at step index `step` and at every later step
// already answered, so the change holds from that step on.
void set_tick(AnswerSheet& sheet, const CaseKey& key, int step, const std::string& code, bool on);

} // namespace setright
