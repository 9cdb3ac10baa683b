// question_actions.hpp — what the Questions tab's one-click buttons do to a
// vendor question, each recorded in its history at the date the deal is
// judged at (the as-of date), so the red flags and the verdict follow.
// ImGui-free: the unit tests call exactly what the buttons call. The caller
// stamps `modified` with the real time (merges compare it), not the as-of date.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright::app {

// A new open question to the deal's primary vendor, asked at `at`.
Question& add_question(Deal& deal, const std::string& text, const Moment& at);

// The vendor answered (the answer text is typed afterwards, or kept).
void mark_answered(Question& question, const Moment& at);
// The vendor promised an answer by `due`; `by_whom` may be empty.
void mark_promised(Question& question, const Moment& at, const Moment& due, const std::string& by_whom);
// Raised again and put off once more without an answer: the history entry the
// "tabled again" red flag counts (one per day).
void mark_tabled_again(Question& question, const Moment& at);

} // namespace setright::app
