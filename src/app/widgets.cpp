// widgets.cpp — see widgets.hpp.
#include "widgets.hpp"

#include "item_registry.hpp"

#include <array>
#include <string>

namespace setright::ui {

using app::ItemKind;
using app::NextItemKind;

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

bool checkbox(const char* text, const char* id, bool* value) {
    NextItemKind kind(ItemKind::Checkbox);
    return ImGui::Checkbox(label(text, id), value);
}

bool begin_combo(const char* text, const char* id, const char* preview) {
    NextItemKind kind(ItemKind::Combo);
    return ImGui::BeginCombo(label(text, id), preview);
}

bool selectable(const char* text, const char* id, bool selected, ImGuiSelectableFlags flags) {
    NextItemKind kind(ItemKind::Selectable);
    const bool clicked = ImGui::Selectable(label(text, id), selected, flags);
    if (selected) app::mark_last_item_selected();
    return clicked;
}

bool row(const char* text, const char* id, bool selected) {
    NextItemKind kind(ItemKind::Row);
    const bool clicked = ImGui::Selectable(label(text, id), selected, ImGuiSelectableFlags_SpanAllColumns);
    if (selected) app::mark_last_item_selected();
    return clicked;
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
