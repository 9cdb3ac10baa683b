// relationship_tab.hpp — the deal's "relationship" tab.
#pragma once

#include "core/model/model.hpp"
#include "logic/view_state.hpp"

namespace setright::app {
struct App;
// `view`: what the tab remembers about this deal (view_state.hpp).
void draw_relationship_tab(App& app, Deal& deal, RelationshipView& view);
} // namespace setright::app
