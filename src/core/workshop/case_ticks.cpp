// case_ticks.cpp — see case_ticks.hpp.
#include "core/workshop/case_ticks.hpp"

#include <algorithm>

namespace setright {

namespace {

// The answer at `id` when there is one (answer_at() would add it).
StepAnswer* find_answer(AnswerSheet& sheet, const std::string& id) {
    for (StepAnswer& a : sheet.answers)
        if (a.step == id) return &a;
    return nullptr;
}

void tick(std::vector<std::string>& codes, const std::string& code, bool on) {
    const auto it = std::find(codes.begin(), codes.end(), code);
    if (on && it == codes.end()) codes.push_back(code);
    if (!on && it != codes.end()) codes.erase(it);
}

} // namespace

std::vector<std::vector<std::string>> ticks_by_step(const CaseKey& key, const AnswerSheet& sheet) {
    std::vector<std::vector<std::string>> out(key.steps.size());
    int last = -1;
    for (size_t i = 0; i < key.steps.size(); ++i)
        if (answer_at(sheet, key.steps[i].id)) last = int(i);
    for (int i = 0; i <= last; ++i) {
        if (const StepAnswer* answer = answer_at(sheet, key.steps[size_t(i)].id))
            out[size_t(i)] = answer->flags;
        else if (i > 0)
            out[size_t(i)] = out[size_t(i) - 1];
    }
    return out;
}

StepAnswer& answer_for_step(AnswerSheet& sheet, const CaseKey& key, int step) {
    const std::string& id = key.steps.at(size_t(step)).id;
    if (StepAnswer* answer = find_answer(sheet, id)) return *answer;
    // Carried from the nearest step before that has an answer.
    std::vector<std::string> carried;
    for (int i = step - 1; i >= 0; --i)
        if (const StepAnswer* before = find_answer(sheet, key.steps[size_t(i)].id)) {
            carried = before->flags;
            break;
        }
    StepAnswer& answer = answer_at(sheet, id);
    answer.flags = std::move(carried);
    return answer;
}

void set_tick(AnswerSheet& sheet, const CaseKey& key, int step, const std::string& code, bool on) {
    tick(answer_for_step(sheet, key, step).flags, code, on);
    for (size_t i = size_t(step) + 1; i < key.steps.size(); ++i)
        if (StepAnswer* later = find_answer(sheet, key.steps[i].id)) tick(later->flags, code, on);
}

} // namespace setright
