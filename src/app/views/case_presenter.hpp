// case_presenter.hpp — the presenter view: one step of a case per screen, in
// type large enough for the back of a room; → and ← move, R reveals the key
// and the room's answers for the step, Esc leaves.
#pragma once

#include "logic/app_state.hpp"

namespace setright::app {

// Draws over everything while app.workshop.presenting names a case; true then.
bool draw_case_presenter(App& app);

} // namespace setright::app
