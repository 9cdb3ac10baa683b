// fit_decision_tab.hpp — the deal's "fit_decision" tab.
#pragma once

#include "core/model/model.hpp"
#include "logic/view_state.hpp"

namespace setright::app {
struct App;
// `view`: what the tab remembers about this deal (view_state.hpp).
void draw_fit_decision_tab(App& app, Deal& deal, FitDecisionView& view);
} // namespace setright::app
