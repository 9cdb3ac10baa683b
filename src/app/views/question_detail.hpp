// question_detail.hpp — the selected vendor question, every field editable,
// with its history: below the Questions tab's table.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright::app {
struct App;
// `selected` is the question id; cleared when the question is deleted.
void draw_question_detail(App& app, Deal& deal, std::string& selected);
} // namespace setright::app
