// widgets.cpp — see widgets.hpp.
#include "widgets.hpp"

#include "item_registry.hpp"

#include <imgui_internal.h>

#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <string>

namespace setright::ui {

using app::ItemKind;
using app::NextItemKind;
using app::NextItemLabel;

const char* label(const char* text, const char* id) {
    static std::array<std::string, 512> ring;
    static size_t next = 0;
    std::string& slot = ring[next++ % ring.size()];
    slot.assign(text);
    slot.append("##");
    slot.append(id);
    return slot.c_str();
}

bool button(const char* text, const char* id, const ImVec2& size) {
    NextItemKind kind(ItemKind::Button);
    return ImGui::Button(label(text, id), size);
}

bool input_text(const char* text, const char* id, char* buffer, size_t buffer_size, ImGuiInputTextFlags flags) {
    NextItemKind kind(ItemKind::Input);
    return ImGui::InputText(label(text, id), buffer, buffer_size, flags);
}

bool input_string(const char* text, const char* id, std::string& value, const char* hint, ImGuiInputTextFlags flags) {
    NextItemKind kind(ItemKind::Input);
    return ImGui::InputTextWithHint(label(text, id), hint ? hint : "", &value, flags);
}

bool invisible_button(const char* text, const char* id, const ImVec2& size) {
    NextItemKind kind(ItemKind::Button);
    NextItemLabel visible(text);
    return ImGui::InvisibleButton(label("", id), size);
}

std::optional<std::string> add_field(const char* id, const char* button_id, std::string& draft, const char* hint,
                                     const char* button_text, float width) {
    ImGui::SetNextItemWidth(width);
    bool submit = input_string("", id, draft, hint, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    ImGui::BeginDisabled(draft.empty());
    submit = button(button_text, button_id) || submit;
    ImGui::EndDisabled();
    if (!submit || draft.find_first_not_of(" \t") == std::string::npos) return std::nullopt;
    std::string text = std::move(draft);
    draft.clear();
    return text;
}

bool checkbox(const char* text, const char* id, bool* value) {
    NextItemKind kind(ItemKind::Checkbox);
    return ImGui::Checkbox(label(text, id), value);
}

bool radio(const char* text, const char* id, bool active) {
    NextItemKind kind(ItemKind::Checkbox);
    const bool pressed = ImGui::RadioButton(label(text, id), active);
    if (active) app::mark_last_item_selected(); // RadioButton reports no checked state
    return pressed;
}

bool input_multiline(const char* text, const char* id, std::string& value, const ImVec2& size) {
    NextItemKind kind(ItemKind::Input);
    return ImGui::InputTextMultiline(label(text, id), &value, size);
}

bool begin_combo(const char* text, const char* id, const char* preview) {
    NextItemKind kind(ItemKind::Combo);
    const char* full = label(text, id);
    const ImGuiID item = ImGui::GetID(full); // what BeginCombo uses, before its popup changes the ID stack
    const bool open = ImGui::BeginCombo(full, preview);
    // BeginCombo never reports its label to the test-engine hooks; do it here.
    ImGuiTestEngineHook_ItemInfo(ImGui::GetCurrentContext(), item, full, ImGuiItemStatusFlags_Openable);
    return open;
}

bool selectable(const char* text, const char* id, bool selected, ImGuiSelectableFlags flags) {
    NextItemKind kind(ItemKind::Selectable);
    const bool clicked = ImGui::Selectable(label(text, id), selected, flags);
    if (selected) app::mark_last_item_selected();
    return clicked;
}

bool row(const char* text, const char* id, bool selected, const ImVec4* color) {
    // The text is drawn, not parsed as a label: user text may hold "##".
    const ImVec2 at = ImGui::GetCursorScreenPos();
    bool clicked = false;
    {
        NextItemKind kind(ItemKind::Row);
        NextItemLabel visible(text);
        // AllowOverlap: buttons drawn later in the row (its actions) stay clickable.
        // As tall as a frame: rows hold buttons and combos, and the clipper
        // needs every row the same height.
        clicked = ImGui::Selectable(label("", id), selected,
                                    ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                                    ImVec2(0.0f, ImGui::GetFrameHeight()));
    }
    if (selected) app::mark_last_item_selected();
    const ImU32 text_color = ImGui::GetColorU32(color ? *color : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x, at.y + ImGui::GetStyle().FramePadding.y), text_color, text);
    return clicked;
}

bool text_item(const char* text, const char* id, const ImVec4* color) {
    const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize());
    const ImVec2 size = ImGui::CalcTextSize(text, nullptr, false, width);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    bool clicked = false;
    {
        NextItemKind kind(ItemKind::Selectable);
        NextItemLabel visible(text);
        clicked = ImGui::Selectable(label("", id), false, ImGuiSelectableFlags_None, ImVec2(width, size.y));
    }
    const ImU32 text_color = ImGui::GetColorU32(color ? *color : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, text_color, text, nullptr, width);
    if (clicked) ImGui::SetClipboardText(text);
    return clicked;
}

void table_headers() {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < ImGui::TableGetColumnCount(); ++column) {
        if (!ImGui::TableSetColumnIndex(column)) continue;
        NextItemKind kind(ItemKind::Button);
        const char* name = ImGui::TableGetColumnName(column);
        const ImGuiID item = ImGui::GetID(name);
        ImGui::TableHeader(name);
        // TableHeader never reports its label to the test-engine hooks; do it here.
        ImGuiTestEngineHook_ItemInfo(ImGui::GetCurrentContext(), item, name, ImGuiItemStatusFlags_None);
    }
}

bool begin_tab(const char* text, const char* id, ImGuiTabItemFlags flags) {
    NextItemKind kind(ItemKind::Tab);
    const bool open = ImGui::BeginTabItem(label(text, id), nullptr, flags);
    if (open) app::mark_last_item_selected();
    return open;
}

bool begin_menu(const char* text, const char* id) {
    NextItemKind kind(ItemKind::Menu);
    return ImGui::BeginMenu(label(text, id));
}

bool menu_item(const char* text, const char* id, bool selected) {
    NextItemKind kind(ItemKind::MenuItem);
    return ImGui::MenuItem(label(text, id), nullptr, selected);
}

} // namespace setright::ui
