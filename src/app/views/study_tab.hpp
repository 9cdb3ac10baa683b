// study_tab.hpp — the deal's "study" tab.
#pragma once

#include "core/model.hpp"

namespace setright::app {
struct App;
void draw_study_tab(App& app, Deal& deal);
} // namespace setright::app
