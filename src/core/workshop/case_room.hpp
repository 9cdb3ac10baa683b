// case_room.hpp — the whole room's answers to one case, for the debrief.
//
// From every participant's sheet: per step, how many marked each flag (the
// heatmap) and how the decisions spread; per flag, how many missed it or
// raised it too early or wrongly; per participant, their score. Exported as
// CSV (machine English, one fact per row) and Markdown (in the reader's words).
#pragma once

#include "core/model/model.hpp"
#include "core/workshop/case_answers.hpp"
#include "core/workshop/case_score.hpp"

#include <array>
#include <string>
#include <vector>

namespace setright {

constexpr size_t kCaseDecisions = 3; // sign, wait, walk_away

struct RoomStep {
    std::vector<int> marked;                     // per Room::codes: participants who marked it here
    std::array<int, kCaseDecisions> decisions{}; // by CaseDecision
    int undecided = 0;
};

struct Room {
    // The heatmap's rows: the flags the key expects (in the order it expects
    // them), then any other flag someone marked (in catalogue order).
    std::vector<std::string> codes;
    std::vector<int> expected_step; // per code: step index, -1 when the key never expects it
    std::vector<int> missed_by;     // per code
    std::vector<int> false_alarms_by;
    std::vector<RoomStep> steps;           // per key step
    std::vector<AnswerScore> participants; // in the order given
    std::vector<size_t> most_missed;       // indices into codes, missed by someone, most missed first
    int spotted = 0, missed = 0, false_alarms = 0, decisions_matched = 0, decisions_expected = 0;
};

Room summarise_room(const CaseKey& key, const std::vector<AnswerSheet>& sheets);

// Columns what,step,item,count,out_of; `what` is marked, decision, missed,
// false_alarm, or one of spotted/missed/false_alarms/decisions_matched per
// participant (item: the participant). Cells are written by safe_text.hpp:
// count and out_of as numbers, the rest as text guarded against formulas.
std::string room_csv(const CaseKey& key, const Room& room);

class Words;
// A debrief handout: totals, each step with its heatmap row and decisions,
// the most-missed flags and each participant's score.
std::string room_markdown(const Deal& case_deal, const Room& room, const Words& words);

} // namespace setright
