// deals_view.hpp — the list of deals and the selected deal's header.
#pragma once

namespace setright::app {
struct App;
void draw_deals_view(App& app);
} // namespace setright::app
