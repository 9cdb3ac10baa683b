// questions_tab.hpp — the deal's "questions" tab.
#pragma once

#include "core/model.hpp"

namespace setright::app {
struct App;
void draw_questions_tab(App& app, Deal& deal);
} // namespace setright::app
