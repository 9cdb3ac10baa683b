// coverage_gauge.cpp — see coverage_gauge.hpp.
#include "coverage_gauge.hpp"

#include "logic/format.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace setright::ui {

void coverage_gauge(float share, float radius, const ImVec4& color) {
    const float thickness = radius * 0.28f;
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    const ImVec2 size(radius * 2.0f, radius + ImGui::GetTextLineHeight() * 0.5f);
    ImGui::Dummy(size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 center(top_left.x + radius, top_left.y + radius);
    const float pi = 3.14159265f;
    const float r = radius - thickness * 0.5f;
    draw->PathArcTo(center, r, pi, 2.0f * pi, 48);
    draw->PathStroke(ImGui::GetColorU32(ImGuiCol_FrameBg), ImDrawFlags_None, thickness);
    const float filled = std::clamp(std::isfinite(share) ? share : 0.0f, 0.0f, 1.0f);
    if (filled > 0.0f) {
        draw->PathArcTo(center, r, pi, pi + pi * filled, 48);
        draw->PathStroke(ImGui::GetColorU32(color), ImDrawFlags_None, thickness);
    }
    const std::string text = app::format_percent(filled);
    const ImVec2 text_size = ImGui::CalcTextSize(text.c_str());
    draw->AddText(ImVec2(center.x - text_size.x * 0.5f, center.y - text_size.y), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
}

} // namespace setright::ui
