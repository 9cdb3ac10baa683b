// case_score.hpp — one participant's answers scored against the answer key.
//
// A flag counts from the first step whose key expects it. It is *spotted* at
// the first step at or after that where the participant has it ticked (lag:
// how many steps later); never ticked from then on, it is *missed*. A tick
// stays from step to step until unticked (case_ticks.hpp). Having a flag
// ticked at a step where the key does not expect it yet (or at all) is a
// *false alarm*, counted once per flag at its first such step; a tick made
// early and kept also counts as spotted where the key expects it. A decision
// counts where the key expects one. docs/workshops.md says the same for trainers.
#pragma once

#include "core/model/model.hpp"
#include "core/workshop/case_answers.hpp"

#include <optional>
#include <string>
#include <vector>

namespace setright {

struct SpottedFlag {
    std::string code;
    int expected_step = 0; // step index
    int spotted_step = 0;  // step index, >= expected_step
};

struct FlagAtStep {
    std::string code;
    int step = 0;
};

struct AnswerScore {
    std::string participant;
    std::vector<SpottedFlag> spotted; // in the order the key expects them
    std::vector<FlagAtStep> missed;   // step: where it was expected
    std::vector<FlagAtStep> false_alarms;
    int decisions_expected = 0;
    int decisions_matched = 0;
    std::optional<CaseDecision> final_decision; // at the last step answered
    int expected_flags() const { return int(spotted.size() + missed.size()); }
};

AnswerScore score_answers(const CaseKey& key, const AnswerSheet& sheet);

// Where each expected flag first appears in the key: code -> step index.
std::vector<FlagAtStep> expected_flag_steps(const CaseKey& key);

} // namespace setright
