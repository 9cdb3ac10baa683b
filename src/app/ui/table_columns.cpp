// table_columns.cpp — see table_columns.hpp.
#include "ui/table_columns.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace setright::ui {

namespace {

// A fixed column's width with its header and the room ImGui keeps beside it
// for the sort arrow: the header may widen it by up to three letters (a
// longer header ends in "…", its whole text a hover away).
float with_header(const TableColumn& column) {
    const float em = ImGui::GetFontSize();
    const float header = ImGui::CalcTextSize(column.header, nullptr, true).x + em;
    return std::max(column.width, std::min(header, column.width + 3.0f * em));
}

} // namespace

void setup_columns(const std::vector<TableColumn>& columns, float table_width) {
    const float padding = ImGui::GetStyle().CellPadding.x * 2.0f + 1.0f; // each side, and the border between
    std::vector<bool> shown(columns.size(), true);
    auto needed = [&] {
        float sum = 0.0f;
        for (size_t i = 0; i < columns.size(); ++i)
            if (shown[i]) sum += (columns[i].width > 0.0f ? with_header(columns[i]) : columns[i].min_width) + padding;
        return sum;
    };
    // Hide the least used columns, one at a time, until the rest fit.
    while (needed() > table_width) {
        int drop = -1;
        for (size_t i = 0; i < columns.size(); ++i)
            if (shown[i] && columns[i].drop > 0 && (drop < 0 || columns[i].drop > columns[size_t(drop)].drop)) drop = int(i);
        if (drop < 0) break;
        shown[size_t(drop)] = false;
    }
    for (size_t i = 0; i < columns.size(); ++i) {
        const TableColumn& column = columns[i];
        ImGuiTableColumnFlags flags = column.flags;
        if (!shown[i]) flags |= ImGuiTableColumnFlags_Disabled;
        if (column.width > 0.0f)
            // NoResize: ImGui then takes the width given every frame, not only the first.
            ImGui::TableSetupColumn(label(column.header, column.id),
                                    flags | ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize, with_header(column));
        else
            ImGui::TableSetupColumn(label(column.header, column.id), flags | ImGuiTableColumnFlags_WidthStretch, column.weight);
    }
}

float text_width(const std::vector<std::string_view>& texts) {
    float widest = 0.0f;
    for (std::string_view text : texts) widest = std::max(widest, ImGui::CalcTextSize(text.data(), text.data() + text.size()).x);
    return widest;
}

float combo_width(const std::vector<std::string_view>& choices) {
    return text_width(choices) + ImGui::GetStyle().FramePadding.x * 2.0f + ImGui::GetFrameHeight();
}

float buttons_width(const std::vector<const char*>& texts) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = 0.0f;
    for (const char* text : texts)
        width += std::max(ImGui::CalcTextSize(text).x + style.FramePadding.x * 2.0f, min_target()) + style.ItemSpacing.x;
    return texts.empty() ? 0.0f : width - style.ItemSpacing.x;
}

} // namespace setright::ui
