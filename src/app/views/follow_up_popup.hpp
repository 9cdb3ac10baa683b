// follow_up_popup.hpp — the follow-up draft to one vendor, in a popup: its
// subject and body (follow_up.hpp), "Open in mail program" and "Copy".
// Setright sends nothing itself.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright::app {
struct App;
// The popup opens on the next frame with the draft to `vendor` of `deal`.
void open_follow_up(App& app, const Deal& deal, const std::string& vendor);
// Call every frame, outside any tab (as the import preview): draws the popup while it is open.
void draw_follow_up_popup(App& app);
} // namespace setright::app
