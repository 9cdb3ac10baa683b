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
#include <utility>

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
// Where each item added this frame is, and what the layout check needs of its window.
struct AddedItem {
    ImRect visible; // clipped to its window
    ImRect whole;
    unsigned layer = 0;
    bool scrolls_x = false, scrolls_y = false;
    // Its cell in a data table (DrawnItem's grid fields).
    unsigned grid = 0;
    int grid_row = 0, grid_column = 0;
    bool grid_header = false;
    unsigned region = 0; // DrawnItem::region
};
std::unordered_map<ImGuiID, AddedItem> g_rects;
std::vector<DrawnItem> g_last_frame;
std::vector<DrawnItem> g_last_everything;
std::vector<DrawnGrid> g_grids_building; // mark_data_table(), this frame
std::vector<DrawnGrid> g_last_grids;
std::vector<DrawnRegion> g_regions_building; // mark_landmark(), this frame
std::vector<DrawnRegion> g_last_regions;
// Plain text has no id of its own: its key is its text and id scope, and how
// often the same text came before in that scope this frame.
std::unordered_map<ImGuiID, int> g_text_seen;
std::unordered_map<ImGuiID, ItemKind> g_last_kinds;
// The names the combos and menus (items that open a list) had in the last
// frame: an open combo is submitted from inside its popup, where the words
// and the column that named it are out of reach.
std::unordered_map<ImGuiID, std::string> g_last_names;
std::optional<ItemKind> g_next_kind;
ImGuiID g_focus_request = 0;
bool g_focus_request_seen_frame = false; // the request has lived through a frame: it goes at the end of the next
std::optional<std::string_view> g_next_label;
// The last words drawn that may label the field after them (a field's label,
// "As of" before its date): forgotten once an interactive item follows.
struct FieldLabel {
    std::string text;
    ImRect rect;
    ImGuiID window = 0;
    ImGuiID table = 0; // the table and column it is in: another cell's words name nothing in this one
    int column = -1;
};
FieldLabel g_field_label; // `text` kept between frames: its buffer is reused
bool g_has_field_label = false;
std::string g_next_name; // name_next_item(): for the next item that draws no label

void note_field_label(std::string_view text) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g.CurrentWindow || text.empty()) return;
    g_field_label.text.assign(text.data(), text.size());
    g_field_label.rect = g.LastItemData.Rect;
    g_field_label.window = g.CurrentWindow->ID;
    g_field_label.table = g.CurrentTable ? g.CurrentTable->ID : 0;
    g_field_label.column = g.CurrentTable ? g.CurrentTable->CurrentColumn : -1;
    g_has_field_label = true;
}

// Whether `label` is only icons (the icon font's private-use code points) and
// spaces: words for the eye, none for a screen reader.
bool only_icons(std::string_view label) {
    const char* at = label.data();
    const char* end = at + label.size();
    while (at < end) {
        unsigned int c = 0;
        at += ImTextCharFromUtf8(&c, at, end);
        if (c != ' ' && (c < 0xE000 || c > 0xF8FF)) return false;
    }
    return true;
}

// Whether table `table` was marked a data table this frame (mark_data_table()).
bool is_data_table(ImGuiID table) {
    for (const DrawnGrid& grid : g_grids_building)
        if (grid.key == table) return true;
    return false;
}

// What a screen reader should call the item just submitted, which draws no
// label: the words on its line before it or right above it, else its column's header.
std::string name_of_unlabelled(const ImGuiContext& g) {
    const ImRect& item = g.LastItemData.Rect;
    const ImGuiTable* table = g.CurrentTable;
    // In a data table, the words of another cell name nothing in this one (a
    // category is no label for the priority after it); in a table laying out a
    // form, a label's column may well be before its field's.
    const bool other_cell =
            table && is_data_table(table->ID) && (g_field_label.table != table->ID || g_field_label.column != table->CurrentColumn);
    if (g_has_field_label && !other_cell && g.CurrentWindow && g_field_label.window == g.CurrentWindow->ID) {
        const ImRect& words = g_field_label.rect;
        const bool before_on_line = words.Max.x <= item.Min.x + 1.0f && words.Min.y < item.Max.y && words.Max.y > item.Min.y;
        const bool above = words.Max.y <= item.Min.y + 1.0f && item.Min.y - words.Max.y <= g.FontSize;
        if (before_on_line || above) return g_field_label.text;
    }
    if (table && table->CurrentColumn >= 0) {
        const char* header = ImGui::TableGetColumnName(table, table->CurrentColumn);
        if (header) return std::string(header, ImGui::FindRenderedTextEnd(header));
    }
    return {};
}

// Where in a data table an item being added to `window` is: the row ImGui
// is in (a clipper skipping rows counts them), and the column's place among
// the columns shown. Items of the table's popups or of a table nested in a
// cell are in no cell of it.
void note_grid_cell(const ImGuiWindow* window, AddedItem& added) {
    const ImGuiTable* table = ImGui::GetCurrentTable();
    if (!table || !table->IsInsideRow || table->InnerWindow != window || table->CurrentColumn < 0) return;
    if (!is_data_table(table->ID)) return;
    added.grid = table->ID;
    added.grid_row = table->CurrentRow + 1;
    added.grid_header = (table->RowFlags & ImGuiTableRowFlags_Headers) != 0;
    const ImGuiTableColumn& column = table->Columns[table->CurrentColumn];
    added.grid_column = 1;
    for (int other = 0; other < table->ColumnsCount; ++other)
        if (table->Columns[other].IsEnabled && table->Columns[other].DisplayOrder < column.DisplayOrder) ++added.grid_column;
}

// The landmark `window` is in: the nearest marked window from it out to its root.
unsigned landmark_of(const ImGuiWindow* window) {
    if (g_regions_building.empty()) return 0;
    for (; window; window = window->ParentWindow) {
        for (const DrawnRegion& region : g_regions_building)
            if (region.key == window->ID) return region.key;
        if (!(window->Flags & ImGuiWindowFlags_ChildWindow)) break;
    }
    return 0;
}

// Keeps where item `id` is; false when its window is still being laid out
// (a window appearing is laid out during a hidden first frame: its items are
// not on screen yet and not clickable where they will be).
bool add_rect(const ImGuiWindow* window, ImGuiID id, const ImRect& bb) {
    if (window->HiddenFramesCannotSkipItems > 0 || window->HiddenFramesCanSkipItems > 0) return false;
    AddedItem added;
    added.whole = bb;
    added.visible = bb;
    added.visible.ClipWith(window->ClipRect);
    added.layer = window->RootWindow ? window->RootWindow->ID : window->ID;
    // Scrolled out of sight in a window that scrolls is not off the page.
    for (const ImGuiWindow* holder = window; holder; holder = holder->ParentWindow) {
        added.scrolls_x = added.scrolls_x || holder->ScrollMax.x > 0.0f;
        added.scrolls_y = added.scrolls_y || holder->ScrollMax.y > 0.0f;
        if (!(holder->Flags & ImGuiWindowFlags_ChildWindow)) break;
    }
    note_grid_cell(window, added);
    added.region = landmark_of(window);
    g_rects[id] = added;
    return true;
}

ItemKind infer_kind(ImGuiItemStatusFlags flags) {
    if (flags & ImGuiItemStatusFlags_Inputable) return ItemKind::Input;
    if (flags & ImGuiItemStatusFlags_Checkable) return ItemKind::Checkbox;
    if (flags & ImGuiItemStatusFlags_Openable) return ItemKind::Menu;
    return ItemKind::Button;
}

} // namespace

NextItemKind::NextItemKind(ItemKind kind) { g_next_kind = kind; }
NextItemKind::~NextItemKind() { g_next_kind.reset(); }
NextItemLabel::NextItemLabel(std::string_view label) { g_next_label = label; }
NextItemLabel::~NextItemLabel() { g_next_label.reset(); }

void item_registry_frame_done() {
    if (g_focus_request && std::exchange(g_focus_request_seen_frame, true)) g_focus_request = 0;
    g_last_frame.clear();
    g_last_everything.clear();
    // A table's last row index is its row count less one once it has ended
    // (a clipper seeks past the rows it skipped at the end).
    g_last_grids.clear();
    for (DrawnGrid& grid : g_grids_building) {
        if (const ImGuiTable* table = ImGui::TableFindByID(grid.key)) grid.rows = table->CurrentRow + 1;
        g_last_grids.push_back(std::move(grid));
    }
    g_grids_building.clear();
    g_last_regions = std::move(g_regions_building);
    g_regions_building.clear();
    g_last_kinds.clear();
    g_last_names.clear();
    g_text_seen.clear();
    for (PendingItem& pending : g_building) {
        auto added = g_rects.find(pending.imgui_id);
        if (added == g_rects.end()) continue;
        const ImRect& visible = added->second.visible;
        if (visible.GetWidth() <= 0 || visible.GetHeight() <= 0) continue;
        DrawnItem& item = pending.item;
        item.key = pending.imgui_id;
        item.x = visible.Min.x;
        item.y = visible.Min.y;
        item.w = visible.GetWidth();
        item.h = visible.GetHeight();
        const ImRect& whole = added->second.whole;
        item.full_x = whole.Min.x;
        item.full_y = whole.Min.y;
        item.full_w = whole.GetWidth();
        item.full_h = whole.GetHeight();
        item.layer = added->second.layer;
        item.scrolls_x = added->second.scrolls_x;
        item.scrolls_y = added->second.scrolls_y;
        item.grid = added->second.grid;
        item.grid_row = added->second.grid_row;
        item.grid_column = added->second.grid_column;
        item.grid_header = added->second.grid_header;
        item.region = added->second.region;
        item.hovered = pending.imgui_id == ImGui::GetCurrentContext()->HoveredId;
        if (!item.plain_text) {
            g_last_kinds[pending.imgui_id] = item.kind;
            if (item.expanded && !item.name.empty()) g_last_names[pending.imgui_id] = item.name;
            g_last_frame.push_back(item);
        }
        g_last_everything.push_back(std::move(item));
    }
    g_building.clear();
    g_rects.clear();
    g_has_field_label = false;
    g_next_name.clear();
}

const std::vector<DrawnItem>& items_drawn_last_frame() { return g_last_frame; }
const std::vector<DrawnItem>& everything_drawn_last_frame() { return g_last_everything; }
const std::vector<DrawnGrid>& grids_drawn_last_frame() { return g_last_grids; }
const std::vector<DrawnRegion>& regions_drawn_last_frame() { return g_last_regions; }

void mark_landmark(Landmark landmark, std::string_view name) {
    const ImGuiWindow* window = ImGui::GetCurrentContext()->CurrentWindow;
    if (!window) return;
    DrawnRegion region;
    region.key = window->ID;
    region.landmark = landmark;
    region.name.assign(name);
    g_regions_building.push_back(std::move(region));
}

void mark_data_table(std::string_view name) {
    const ImGuiTable* table = ImGui::GetCurrentTable();
    if (!table) return;
    DrawnGrid grid;
    grid.key = table->ID;
    grid.name.assign(name);
    g_grids_building.push_back(std::move(grid));
}

void request_item_focus(unsigned imgui_id) {
    g_focus_request = imgui_id;
    g_focus_request_seen_frame = false;
}

void record_last_text(std::string_view text, ItemKind kind) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* window = g.CurrentWindow;
    // A window that skips its items drew nothing: the last item is an earlier one.
    if (!window || window->SkipItems || text.empty()) return;
    // A tooltip repeats what its item says, for the eye: the item's element already holds the words.
    if (window->RootWindow && (window->RootWindow->Flags & ImGuiWindowFlags_Tooltip)) return;
    // Seeded by the id scope it is drawn in, not only its window: a table's
    // row pushes its record's id, so "Area 3" in a requirement's row keeps its
    // key while the table scrolls, rather than being the first "Area 3" on
    // screen, a different row's after every scroll.
    ImGuiID key = ImHashData(text.data(), text.size(), window->IDStack.back());
    const int seen = g_text_seen[key]++;
    if (seen > 0) key = ImHashData(&seen, sizeof seen, key);
    if (key == 0) key = 1;
    if (!add_rect(window, key, g.LastItemData.Rect)) return;
    DrawnItem item;
    // No id: plain text is not an item a test or the layout check looks for.
    item.label.assign(text);
    item.kind = kind;
    item.plain_text = true;
    g_building.push_back({key, std::move(item)});
    if (kind == ItemKind::Text) note_field_label(text);
}

void record_field_label(std::string_view text) { note_field_label(text); }

namespace {
// The item of this frame with ImGui id `id`, the latest if it came twice; null if none.
DrawnItem* building(ImGuiID id) {
    for (auto it = g_building.rbegin(); it != g_building.rend(); ++it)
        if (it->imgui_id == id) return &it->item;
    return nullptr;
}
} // namespace

void mark_last_item_selected() {
    if (DrawnItem* item = building(ImGui::GetItemID())) item->selected = true;
}

void set_last_item_value(std::string_view value) { set_item_value(ImGui::GetItemID(), value); }

void set_item_expanded(unsigned id, bool open) {
    if (DrawnItem* item = building(id)) item->expanded = open;
}

void mark_last_item_invalid() {
    if (DrawnItem* item = building(ImGui::GetItemID())) item->invalid = true;
}

void set_item_value(unsigned id, std::string_view value) {
    if (DrawnItem* item = building(id)) item->value = std::string(value);
}

void set_item_text(unsigned imgui_id, std::string_view text, float room, bool ellipsis) {
    DrawnItem* item = building(imgui_id);
    if (!item) return;
    item->text_width = text.empty() ? 0.0f : ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    item->text_room = room;
    item->ellipsis = ellipsis;
}

void set_last_item_text(std::string_view text, float room, bool ellipsis) { set_item_text(ImGui::GetItemID(), text, room, ellipsis); }

void set_last_input_text(std::string_view value, const char* hint) {
    // The frame (NavRect: an input's rectangle without the label beside it).
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const float room = g.LastItemData.NavRect.GetWidth() - 2.0f * g.Style.FramePadding.x;
    set_last_item_text(value.empty() && hint ? std::string_view(hint) : value, room);
}

void name_next_item(std::string_view name) { g_next_name.assign(name); }

void name_last_item(std::string_view name) {
    // A hint's trailing "…" (and the space before it) is for the eye.
    const std::string_view dots = "\xE2\x80\xA6";
    if (name.size() >= dots.size() && name.substr(name.size() - dots.size()) == dots) name.remove_suffix(dots.size());
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    DrawnItem* item = building(ImGui::GetItemID());
    if (item && item->label.empty() && item->name.empty()) item->name.assign(name);
}

std::optional<ItemKind> item_kind_last_frame(unsigned imgui_id) {
    auto found = g_last_kinds.find(imgui_id);
    if (found == g_last_kinds.end()) return std::nullopt;
    return found->second;
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
        if (item.hovered) entry["hovered"] = true;
        out.push_back(std::move(entry));
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace setright::app

using setright::app::DrawnItem;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    if (id == 0 || !ctx->CurrentWindow) return;
    setright::app::add_rect(ctx->CurrentWindow, id, bb); // for inputs: the frame, not the label beside it
    if (id == setright::app::g_focus_request) {
        setright::app::g_focus_request = 0;
        ImGui::SetFocusID(id, ctx->CurrentWindow);
        ctx->NavCursorVisible = true; // the ring on the canvas, as after a keyboard move
        ctx->NavHighlightItemUnderNav = true;
    }
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
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
    item.disabled = (ctx->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
    if (setright::app::only_icons(item.label)) {
        item.name = !setright::app::g_next_name.empty() ? std::exchange(setright::app::g_next_name, {})
                                                        : setright::app::name_of_unlabelled(*ctx);
        if (item.name.empty()) {
            auto before = setright::app::g_last_names.find(id);
            if (before != setright::app::g_last_names.end()) item.name = before->second;
        }
    }
    setright::app::g_has_field_label = false;
    setright::app::g_building.push_back({id, std::move(item)});
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
