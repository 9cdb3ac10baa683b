// requirements_tab.hpp — the deal's "requirements" tab.
#pragma once

#include "core/model.hpp"

namespace setright::app {
struct App;
void draw_requirements_tab(App& app, Deal& deal);
} // namespace setright::app
