// overview_tab.hpp — the deal's "overview" tab.
#pragma once

#include "core/model.hpp"

namespace setright::app {
struct App;
void draw_overview_tab(App& app, Deal& deal);
} // namespace setright::app
