// case_player.hpp — a participant plays a case: step by step, marking the
// flags they see, writing what they would ask and deciding; then exports
// their answers as a file for the trainer.
#pragma once

#include "logic/app_state.hpp"

namespace setright::app {

void draw_case_player(App& app, Deal& deal);

} // namespace setright::app
