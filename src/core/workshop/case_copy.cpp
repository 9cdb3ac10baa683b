// case_copy.cpp — see case_copy.hpp.
#include "core/workshop/case_copy.hpp"

namespace setright {

Deal participant_copy(const Deal& deal) {
    Deal copy = deal;
    if (!copy.case_key) return copy;
    CaseKey& key = *copy.case_key;
    key.participant_copy = true;
    for (CaseStep& step : key.steps) {
        step.expected_flags.clear();
        step.expected_decision.reset();
        step.debrief.clear();
        // Unknown fields may be a newer key's answers: they stay with the trainer.
        step.extra = Json();
    }
    return copy;
}

bool is_participant_copy(const Deal& deal) { return deal.case_key && deal.case_key->participant_copy; }

} // namespace setright
