// relationship_tab.hpp — the deal's "relationship" tab.
#pragma once

#include "core/model.hpp"

namespace setright::app {
struct App;
void draw_relationship_tab(App& app, Deal& deal);
} // namespace setright::app
