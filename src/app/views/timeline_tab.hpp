// timeline_tab.hpp — the deal's "timeline" tab.
#pragma once

#include "core/model/model.hpp"
#include "logic/view_state.hpp"

namespace setright::app {
struct App;
// `view`: what the tab remembers about this deal (view_state.hpp).
void draw_timeline_tab(App& app, Deal& deal, TimelineView& view);
} // namespace setright::app
