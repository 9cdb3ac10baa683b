// case_room_view.hpp — the trainer's room: answer files collected (picker or
// drop), a per-step heatmap of who spotted what, the spread of decisions, the
// most-missed flags and each participant's score; exported as CSV and Markdown.
#pragma once

#include "logic/app_state.hpp"

namespace setright::app {

void draw_case_room(App& app, Deal& deal);

// One row of the heatmap for the presenter view: how many marked each flag at `step`.
void draw_room_step_summary(App& app, const Deal& deal, int step);

} // namespace setright::app
