// item_registry.cpp — implements Dear ImGui's test-engine hooks
// (IMGUI_ENABLE_TEST_ENGINE in setright_imconfig.h) to record every item a
// frame submits: its id, visible label, kind and on-screen rectangle.
// ImGui reports only items that are not clipped away, so the list is what a
// user could click.
#include "ui/item_registry.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <unordered_map>

namespace setright::app {
namespace {

// ImGui reports an item twice: its rectangle (ItemAdd) and its label and flags
// (ItemInfo), in either order depending on the widget. Both are gathered over
// the frame and joined when it is done.
struct PendingItem {
    ImGuiID imgui_id;
    DrawnItem item;
};
std::vector<PendingItem> g_building;
std::unordered_map<ImGuiID, ImRect> g_rects; // visible part of each item added this frame
std::vector<DrawnItem> g_last_frame;
std::optional<ItemKind> g_next_kind;
std::optional<std::string_view> g_next_label;

ItemKind infer_kind(ImGuiItemStatusFlags flags) {
    if (flags & ImGuiItemStatusFlags_Inputable) return ItemKind::Input;
    if (flags & ImGuiItemStatusFlags_Checkable) return ItemKind::Checkbox;
    if (flags & ImGuiItemStatusFlags_Openable) return ItemKind::Menu;
    return ItemKind::Button;
}

} // namespace

const char* item_kind_name(ItemKind kind) {
    switch (kind) {
    case ItemKind::Button: return "button";
    case ItemKind::Input: return "input";
    case ItemKind::Checkbox: return "checkbox";
    case ItemKind::Combo: return "combo";
    case ItemKind::Tab: return "tab";
    case ItemKind::Menu: return "menu";
    case ItemKind::MenuItem: return "menuitem";
    case ItemKind::Selectable: return "selectable";
    case ItemKind::Row: return "row";
    }
    return "button";
}

NextItemKind::NextItemKind(ItemKind kind) { g_next_kind = kind; }
NextItemKind::~NextItemKind() { g_next_kind.reset(); }
NextItemLabel::NextItemLabel(std::string_view label) { g_next_label = label; }
NextItemLabel::~NextItemLabel() { g_next_label.reset(); }

void item_registry_frame_done() {
    g_last_frame.clear();
    for (PendingItem& pending : g_building) {
        auto rect = g_rects.find(pending.imgui_id);
        if (rect == g_rects.end() || rect->second.GetWidth() <= 0 || rect->second.GetHeight() <= 0) continue;
        DrawnItem& item = pending.item;
        item.x = rect->second.Min.x;
        item.y = rect->second.Min.y;
        item.w = rect->second.GetWidth();
        item.h = rect->second.GetHeight();
        g_last_frame.push_back(std::move(item));
    }
    g_building.clear();
    g_rects.clear();
}

const std::vector<DrawnItem>& items_drawn_last_frame() { return g_last_frame; }

void mark_last_item_selected() {
    const ImGuiID id = ImGui::GetItemID();
    for (auto it = g_building.rbegin(); it != g_building.rend(); ++it) {
        if (it->imgui_id != id) continue;
        it->item.selected = true;
        return;
    }
}

void set_last_item_value(std::string_view value) {
    const ImGuiID id = ImGui::GetItemID();
    for (auto it = g_building.rbegin(); it != g_building.rend(); ++it) {
        if (it->imgui_id != id) continue;
        it->item.value = std::string(value);
        return;
    }
}

std::string items_to_json(const std::vector<DrawnItem>& items) {
    nlohmann::json out = nlohmann::json::array();
    for (const DrawnItem& item : items) {
        nlohmann::json entry = {{"id", item.id},
                                {"label", item.label},
                                {"kind", item_kind_name(item.kind)},
                                {"selected", item.selected},
                                {"rect", {{"x", item.x}, {"y", item.y}, {"w", item.w}, {"h", item.h}}}};
        if (item.value) entry["value"] = *item.value;
        out.push_back(std::move(entry));
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace setright::app

using setright::app::DrawnItem;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    if (id == 0 || !ctx->CurrentWindow) return;
    // A window appearing is laid out during a hidden first frame: its items
    // are not on screen yet and not clickable where they will be.
    const ImGuiWindow* window = ctx->CurrentWindow;
    if (window->HiddenFramesCannotSkipItems > 0 || window->HiddenFramesCanSkipItems > 0) return;
    ImRect visible = bb; // for inputs: the frame, not the label beside it
    visible.ClipWith(ctx->CurrentWindow->ClipRect);
    setright::app::g_rects[id] = visible;
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    if (!label || id == 0) return;
    if (ImGui::FindWindowByID(id)) return; // Begin() reports windows too; they are not items
    const char* end = label + std::char_traits<char>::length(label);
    const char* hashes = ImGui::FindRenderedTextEnd(label, end);
    DrawnItem item;
    item.label.assign(label, hashes);
    if (hashes != end) {
        const char* id_start = hashes;
        while (*id_start == '#') ++id_start;
        item.id.assign(id_start, end);
    } else {
        item.id = item.label;
    }
    // Widgets built from other widgets (a menu is a Selectable("") plus its
    // label) report the unnamed inner part too; it is not an item of its own.
    if (item.id.empty() && item.label.empty()) return;
    if (setright::app::g_next_label) item.label.assign(*setright::app::g_next_label);
    item.kind = setright::app::g_next_kind.value_or(setright::app::infer_kind(flags));
    item.selected = (flags & ImGuiItemStatusFlags_Checked) != 0;
    setright::app::g_building.push_back({id, std::move(item)});
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
