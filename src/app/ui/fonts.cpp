// fonts.cpp — see fonts.hpp.
#include "ui/fonts.hpp"

#include "platform/platform.hpp"
#include "ui/lazy_font_loader.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <set>
#include <utility>

namespace setright::app {

bool load_fonts(float size_pixels) {
    ImGuiIO& io = ImGui::GetIO();
    ImFont* base = io.Fonts->AddFontFromFileTTF(platform::font_path("NotoSans-Regular.ttf").c_str(), size_pixels);
    ImFontConfig merge;
    merge.MergeMode = true;
    ImFont* hangul = io.Fonts->AddFontFromFileTTF(platform::font_path("NanumGothic.ttf").c_str(), size_pixels, &merge);
    // Icons sit in labels like letters, one em wide, centred on the text's line.
    ImFontConfig icons = merge;
    icons.GlyphMinAdvanceX = size_pixels;
    icons.GlyphOffset.y = size_pixels * 0.05f;
    ImFont* icon_font = io.Fonts->AddFontFromFileTTF(platform::font_path("Icons.ttf").c_str(), size_pixels * 0.9f, &icons);
    // Last: what none of these draws is noted, and its font fetched (Hanja, kana, emoji).
    return base && hangul && icon_font && ui::watch_for_missing_glyphs(size_pixels);
}

namespace {

// Each glyph quad has exactly one vertex at its (U0, V0): counts the quads
// drawn from glyphs `wanted` picks, across every size baked.
template <typename Wanted> int count_glyph_quads(const ImDrawData* draw_data, Wanted wanted) {
    if (!draw_data) return 0;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (!atlas->Builder) return 0;
    std::set<std::pair<float, float>> uvs;
    for (int i = 0; i < atlas->Builder->BakedPool.Size; ++i) {
        const ImFontBaked& baked = atlas->Builder->BakedPool[i];
        for (int g = 0; g < baked.Glyphs.Size; ++g)
            if (baked.Glyphs[g].Visible && wanted(baked, g)) uvs.emplace(baked.Glyphs[g].U0, baked.Glyphs[g].V0);
    }
    if (uvs.empty()) return 0;
    int count = 0;
    for (const ImDrawList* list : draw_data->CmdLists)
        for (const ImDrawVert& vertex : list->VtxBuffer) count += int(uvs.count({vertex.uv.x, vertex.uv.y}));
    return count;
}

} // namespace

int count_missing_glyphs(const ImDrawData* draw_data) {
    return count_glyph_quads(draw_data, [](const ImFontBaked& baked, int g) { return g == baked.FallbackGlyphIndex; });
}

int count_coloured_glyphs(const ImDrawData* draw_data) {
    return count_glyph_quads(draw_data, [](const ImFontBaked& baked, int g) { return baked.Glyphs[g].Colored != 0; });
}

} // namespace setright::app
