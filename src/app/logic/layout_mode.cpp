// layout_mode.cpp — see layout_mode.hpp.
#include "logic/layout_mode.hpp"

namespace setright::app {

LayoutMode layout_for_width(float css_width) {
    if (css_width < 600.0f) return LayoutMode::Phone;
    if (css_width < 1000.0f) return LayoutMode::Tablet;
    if (css_width < 1600.0f) return LayoutMode::Desktop;
    return LayoutMode::Wide;
}

const char* layout_mode_name(LayoutMode mode) {
    switch (mode) {
    case LayoutMode::Phone: return "phone";
    case LayoutMode::Tablet: return "tablet";
    case LayoutMode::Desktop: return "desktop";
    case LayoutMode::Wide: return "wide";
    }
    return "desktop";
}

bool deals_list_beside_by_default(LayoutMode mode) { return mode == LayoutMode::Desktop || mode == LayoutMode::Wide; }

} // namespace setright::app
