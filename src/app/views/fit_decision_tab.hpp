// fit_decision_tab.hpp — the deal's "fit_decision" tab.
#pragma once

#include "core/model.hpp"

namespace setright::app {
struct App;
void draw_fit_decision_tab(App& app, Deal& deal);
} // namespace setright::app
