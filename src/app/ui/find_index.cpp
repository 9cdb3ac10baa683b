// find_index.cpp — see find_index.hpp.
#include "ui/find_index.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <iterator>
#include <unordered_map>

namespace setright::ui {
namespace {

struct Tables {
    std::unordered_map<unsigned, app::FindTable> by_key; // kept across frames: the words are rebuilt only on a new version
    std::vector<const app::FindTable*> drawn;
    std::unordered_map<unsigned, float> scroll_to;
};

Tables& tables() {
    static Tables t;
    return t;
}

} // namespace

void findable_rows(uint64_t version, int count, float first_row_y, float row_height, const std::function<std::string(int)>& words,
                   float line_height) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    Tables& all = tables();
    if (auto target = all.scroll_to.find(window->ID); target != all.scroll_to.end()) {
        ImGui::SetScrollY(target->second);
        all.scroll_to.erase(target);
    }
    app::FindTable& table = all.by_key[window->ID];
    const bool fresh = table.key == 0;
    table.key = window->ID;
    const ImRect visible = window->InnerClipRect;
    table.x = visible.Min.x, table.y = visible.Min.y, table.w = visible.GetWidth(), table.h = visible.GetHeight();
    table.scroll = window->Scroll.y;
    table.rows_top = first_row_y + window->Scroll.y;
    table.row_height = row_height;
    table.line_height = line_height > 0 ? line_height : row_height;
    table.font_size = ImGui::GetFontSize();
    if (fresh || version != table.version || int(table.words.size()) != count) {
        table.version = version;
        table.words.resize(size_t(std::max(count, 0)));
        for (int i = 0; i < count; ++i) table.words[size_t(i)] = words(i);
    }
    all.drawn.push_back(&table);
}

std::vector<const app::FindTable*> take_find_tables() {
    Tables& all = tables();
    std::vector<const app::FindTable*> drawn = std::move(all.drawn);
    all.drawn.clear();
    // Tables not drawn this frame are forgotten (a deal closed, a tab left): their words with them.
    for (auto it = all.by_key.begin(); it != all.by_key.end();) {
        bool was_drawn = false;
        for (const app::FindTable* table : drawn) was_drawn = was_drawn || table == &it->second;
        it = was_drawn ? std::next(it) : all.by_key.erase(it);
    }
    return drawn;
}

void scroll_find_table(unsigned key, float scroll) { tables().scroll_to[key] = scroll; }

} // namespace setright::ui
