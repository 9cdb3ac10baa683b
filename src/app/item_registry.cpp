// item_registry.cpp — implements Dear ImGui's test-engine hooks
// (IMGUI_ENABLE_TEST_ENGINE in setright_imconfig.h) to record every item a
// frame submits: its id, visible label, kind and on-screen rectangle.
// ImGui reports only items that are not clipped away, so the list is what a
// user could click.
#include "item_registry.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <optional>

namespace setright::app {
namespace {

std::vector<DrawnItem> g_building;
std::vector<DrawnItem> g_last_frame;
std::optional<ItemKind> g_next_kind;

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

void item_registry_frame_done() {
    g_last_frame.swap(g_building);
    g_building.clear();
}

const std::vector<DrawnItem>& items_drawn_last_frame() { return g_last_frame; }

std::string items_to_json(const std::vector<DrawnItem>& items) {
    nlohmann::json out = nlohmann::json::array();
    for (const DrawnItem& item : items) {
        out.push_back({{"id", item.id},
                       {"label", item.label},
                       {"kind", item_kind_name(item.kind)},
                       {"rect", {{"x", item.x}, {"y", item.y}, {"w", item.w}, {"h", item.h}}}});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace setright::app

using setright::app::DrawnItem;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    if (!label || ctx->LastItemData.ID != id || !ctx->CurrentWindow) return;
    ImRect rect = ctx->LastItemData.Rect;
    rect.ClipWith(ctx->CurrentWindow->ClipRect);
    if (rect.GetWidth() <= 0 || rect.GetHeight() <= 0) return;

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
    item.kind = setright::app::g_next_kind.value_or(setright::app::infer_kind(flags));
    item.x = rect.Min.x;
    item.y = rect.Min.y;
    item.w = rect.GetWidth();
    item.h = rect.GetHeight();
    setright::app::g_building.push_back(std::move(item));
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
