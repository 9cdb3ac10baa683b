// coverage_gauge.hpp — a half-circle gauge of a share (weighted coverage),
// the percentage written in its middle.
#pragma once

#include <imgui.h>

namespace setright::ui {

void coverage_gauge(float share, float radius, const ImVec4& color);

} // namespace setright::ui
