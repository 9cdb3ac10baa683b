// vendors_tab.hpp — the deal's "vendors" tab.
#pragma once

#include "core/model.hpp"

namespace setright::app {
struct App;
void draw_vendors_tab(App& app, Deal& deal);
} // namespace setright::app
