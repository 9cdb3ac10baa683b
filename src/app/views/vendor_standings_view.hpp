// vendor_standings_view.hpp — the Overview's vendors side by side: each
// one's verdict as if it were chosen, its weighted coverage as a bar and its
// must-haves verified, the leader marked, and a button to judge another
// one above. Shown when a deal has two vendors or more.
#pragma once

#include "logic/app_state.hpp"
#include "logic/vendor_standing.hpp"

#include <vector>

namespace setright::app {

void draw_vendor_standings(App& app, Deal& deal, const std::vector<VendorStanding>& standings);

} // namespace setright::app
