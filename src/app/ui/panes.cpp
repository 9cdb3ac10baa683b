// panes.cpp — see panes.hpp.
#include "ui/panes.hpp"

#include "ui/theme.hpp"

#include <imgui.h>

namespace setright::ui {

Panes::Panes(const char* id, int count) {
    if (!stacks(ImGui::GetContentRegionAvail().x))
        table_ = ImGui::BeginTable(id, count, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV);
    if (table_) ImGui::TableNextColumn();
}

Panes::~Panes() {
    if (table_) ImGui::EndTable();
}

void Panes::next() {
    if (table_) {
        ImGui::TableNextColumn();
        return;
    }
    ImGui::Dummy(ImVec2(0.0f, space(3))); // one under another: a gap says a new part begins
}

} // namespace setright::ui
