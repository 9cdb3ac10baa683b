// case_making.hpp — turning a deal into a workshop case, and what a case
// offers its participants.
//
// make_case() drafts an answer key the trainer then edits: one step per
// touch of the timeline, or for more than kMaxDraftSteps touches about that
// many steps, each a run of touches ending with a whole day (a study without
// a timeline gets steps at 1 hour, 1 day, 3 days, 1 and 2 weeks after the
// first request), each expecting the red flags the rules first raise by then
// and, as its decision, "sign" when the deal is ready to sign then and "wait"
// otherwise.
#pragma once

#include "core/model/model.hpp"

#include <string>
#include <vector>

namespace setright {

constexpr size_t kMaxDraftSteps = 40; // a workshop's worth; the room's heatmap has a column per step
CaseKey make_case(const Deal& deal);

// Every code a participant can mark: the red-flag codes, then the case's signs.
std::vector<std::string> case_flag_codes(const CaseKey& key);

// Has `m` happened by the step at `step_at`? A date-only step reveals its whole day.
bool revealed_by(const Moment& m, const Moment& step_at);

} // namespace setright
