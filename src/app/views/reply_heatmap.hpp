// reply_heatmap.hpp — replies by weekday × hour, drawn by the small WebGL2 /
// OpenGL ES 3 shader in shaders/heatmap.*.glsl through an ImGui draw
// callback: the counts go to the GPU as a 24×7 texture and the fragment
// shader colours every cell in one draw call.
#pragma once

#include <imgui.h>

#include <array>

namespace setright::app {

using WeekdayHourCounts = std::array<std::array<int, 24>, 7>; // [weekday, Monday first][hour, UTC]

// Queues the heatmap into the current window's draw list over [min, max].
// A shader that fails to build is reported on stderr (the browser console).
void draw_reply_heatmap(const ImVec2& min, const ImVec2& max, const WeekdayHourCounts& counts);

} // namespace setright::app
