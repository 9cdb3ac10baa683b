// timeline_tab.hpp — the deal's "timeline" tab.
#pragma once

#include "core/model.hpp"

namespace setright::app {
struct App;
void draw_timeline_tab(App& app, Deal& deal);
} // namespace setright::app
