// vendors_tab.hpp — the deal's "vendors" tab.
#pragma once

#include "core/model/model.hpp"
#include "logic/view_state.hpp"

namespace setright::app {
struct App;
// `view`: what the tab remembers about this deal (view_state.hpp).
void draw_vendors_tab(App& app, Deal& deal, VendorsView& view);
} // namespace setright::app
