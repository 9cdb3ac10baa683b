// case_score.cpp — see case_score.hpp.
#include "core/workshop/case_score.hpp"

#include "core/workshop/case_ticks.hpp"

#include <algorithm>
#include <set>

namespace setright {

namespace {

bool has(const std::vector<std::string>& codes, const std::string& code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

} // namespace

std::vector<FlagAtStep> expected_flag_steps(const CaseKey& key) {
    std::vector<FlagAtStep> out;
    std::set<std::string> seen;
    for (size_t i = 0; i < key.steps.size(); ++i)
        for (const std::string& code : key.steps[i].expected_flags)
            if (seen.insert(code).second) out.push_back({code, int(i)});
    return out;
}

AnswerScore score_answers(const CaseKey& key, const AnswerSheet& sheet) {
    AnswerScore score;
    score.participant = sheet.participant;
    std::vector<const StepAnswer*> answers(key.steps.size(), nullptr);
    for (size_t i = 0; i < key.steps.size(); ++i) answers[i] = answer_at(sheet, key.steps[i].id);
    const std::vector<std::vector<std::string>> ticks = ticks_by_step(key, sheet); // a tick stays until unticked

    const std::vector<FlagAtStep> expected = expected_flag_steps(key);
    for (const FlagAtStep& e : expected) {
        int spotted = -1;
        for (size_t i = size_t(e.step); i < ticks.size() && spotted < 0; ++i)
            if (has(ticks[i], e.code)) spotted = int(i);
        if (spotted >= 0)
            score.spotted.push_back({e.code, e.step, spotted});
        else
            score.missed.push_back(e);
    }

    std::set<std::string> alarmed;
    for (size_t i = 0; i < ticks.size(); ++i) {
        for (const std::string& code : ticks[i]) {
            const auto it = std::find_if(expected.begin(), expected.end(), [&](const FlagAtStep& e) { return e.code == code; });
            const bool expected_by_now = it != expected.end() && it->step <= int(i);
            if (!expected_by_now && alarmed.insert(code).second) score.false_alarms.push_back({code, int(i)});
        }
    }

    for (size_t i = 0; i < key.steps.size(); ++i) {
        const std::optional<CaseDecision>& want = key.steps[i].expected_decision;
        const std::optional<CaseDecision> got = answers[i] ? answers[i]->decision : std::nullopt;
        if (want) {
            ++score.decisions_expected;
            if (got == want) ++score.decisions_matched;
        }
        if (got) score.final_decision = got;
    }
    return score;
}

} // namespace setright
