// overview_tab.hpp — the deal's "overview" tab.
#pragma once

#include "core/model/model.hpp"
#include "logic/view_state.hpp"

namespace setright::app {
struct App;
// `facts`: this deal's cache of what the tab shows (view_state.hpp).
void draw_overview_tab(App& app, Deal& deal, OverviewFacts& facts);
} // namespace setright::app
