// case_player.hpp — a participant plays a case: step by step, marking the
// flags they see, writing what they would ask and deciding; then exports
// their answers as a file for the trainer.
#pragma once

#include "logic/app_state.hpp"

namespace setright::app {

// `with_key`: the score against the key after the last step; without (a
// participant copy, or participant view), a note that the trainer scores.
void draw_case_player(App& app, Deal& deal, bool with_key);

} // namespace setright::app
