// layout_mode.hpp — which of four layouts the app draws, chosen from the
// viewport's width in CSS pixels, chosen again every frame, so a resize, a
// phone turned on its side or a browser zoom (which changes the CSS width)
// re-lays the app out at once. Nothing is kept per layout: switching loses
// no selection, draft or open tab (they live in view_state.hpp).
#pragma once

namespace setright::app {

enum class LayoutMode {
    Phone,   // < 600 px: one column; the deals list is its own screen; stacked forms
    Tablet,  // < 1000 px (a 1280-px window at 200% zoom is 640): deals list collapsed by default
    Desktop, // < 1600 px: deals list beside the deal
    Wide,    // the rest: more room for tables
};

LayoutMode layout_for_width(float css_width);
const char* layout_mode_name(LayoutMode mode); // "phone", "tablet", "desktop", "wide"

// Whether the deals list is drawn beside the deal by default (the user can
// show or hide it on any size; on a phone it is a screen of its own).
bool deals_list_beside_by_default(LayoutMode mode);

} // namespace setright::app
