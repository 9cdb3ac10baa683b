// deal_view.hpp — one deal: its title line and its tabs.
#pragma once

#include "core/model/model.hpp"

namespace setright::app {
struct App;
void draw_deal_view(App& app, Deal& deal);
} // namespace setright::app
