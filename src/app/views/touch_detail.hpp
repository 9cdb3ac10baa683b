// touch_detail.hpp — the selected touch of the timeline, every field
// editable, with its offer (expiry and terms) when it carries one.
#pragma once

#include "core/model/model.hpp"

#include <string>

namespace setright::app {
struct App;
// `selected` is the touch id; cleared when the touch is deleted.
void draw_touch_detail(App& app, Deal& deal, std::string& selected);
} // namespace setright::app
