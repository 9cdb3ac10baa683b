// shortcuts_help.cpp — see shortcuts_help.hpp.
#include "views/shortcuts_help.hpp"

#include "logic/i18n.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace setright::app {
namespace {

bool g_open_requested = false;

struct Shortcut {
    const char* keys; // the same on every keyboard layout: not translated
    const char* what; // key in the tables
};

constexpr Shortcut kShortcuts[] = {
        {"Tab / Shift+Tab", "shortcuts.tab"},
        {"\xe2\x86\x91 \xe2\x86\x93 \xe2\x86\x90 \xe2\x86\x92", "shortcuts.arrows"},
        {"Enter / Space", "shortcuts.enter"},
        {"Esc", "shortcuts.escape"},
        {"1 \xe2\x80\xa6 9", "shortcuts.digits"},
        {"Ctrl+V", "shortcuts.paste_lines"},
        {"Ctrl+Z", "shortcuts.undo"},
        {"Ctrl+Shift+Z", "shortcuts.redo"},
        {"F1", "shortcuts.help"},
        {"Ctrl+F, Ctrl+P, Ctrl+L, Ctrl +/-", "shortcuts.browser"},
};

} // namespace

void open_shortcuts_help() { g_open_requested = true; }

void draw_shortcuts_help(App&) {
    if (ImGui::IsKeyPressed(ImGuiKey_F1, false)) g_open_requested = true;
    if (g_open_requested) {
        ImGui::OpenPopup("##shortcuts");
        g_open_requested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(viewport->WorkSize.x * 0.95f, viewport->WorkSize.y * 0.9f));
    if (!ImGui::BeginPopupModal("##shortcuts", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) return;
    ui::heading(tr("shortcuts.title"));
    const float width = std::min(viewport->WorkSize.x * 0.9f, ImGui::GetFontSize() * 40.0f);
    if (ImGui::BeginTable("##shortcut_list", 2, ImGuiTableFlags_SizingFixedFit, ImVec2(width, 0))) {
        mark_data_table(tr("shortcuts.title"));
        ImGui::TableSetupColumn("##keys", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch);
        for (const Shortcut& s : kShortcuts) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ui::text(s.keys);
            ImGui::TableNextColumn();
            ui::text_wrapped(tr(s.what));
        }
        ImGui::EndTable();
    }
    if (ui::button(tr("shortcuts.close"), "shortcuts_close") || ui::escape_cancels()) ImGui::CloseCurrentPopup();
    ImGui::SetItemDefaultFocus();
    ImGui::EndPopup();
}

} // namespace setright::app
