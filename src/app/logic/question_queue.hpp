// question_queue.hpp — which vendor questions need chasing, in what order:
// the Overview's "next questions to ask" and "promises due", and the facts the
// Questions tab shows per row. ImGui-free, so tested natively.
#pragma once

#include "core/model/model.hpp"

#include <vector>

namespace setright::app {

// Questions still awaiting an answer at `at`, most urgent first: overdue
// promises, then those on must-haves, then the most often raised, then the
// oldest promise or question.
std::vector<const Question*> next_questions(const Deal& deal, const Moment& at);

// Promises still awaiting their answer that are overdue or due within `days`,
// earliest first.
std::vector<const Question*> promises_due(const Deal& deal, const Moment& at, int days);

// Whole days since the question was asked (0 when not asked yet or unknown).
int age_days(const Question& question, const Moment& at);

} // namespace setright::app
