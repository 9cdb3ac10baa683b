// case_tab.hpp — the Case tab: turn the deal into a workshop case, play it as
// a participant, edit its answer key, or see the room's answers.
#pragma once

#include "logic/app_state.hpp"

namespace setright::app {

// `view`: what the tab remembers about this deal (view_state.hpp).
void draw_case_tab(App& app, Deal& deal, CaseView& view);

} // namespace setright::app
