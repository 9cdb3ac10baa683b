// fonts.cpp — see fonts.hpp.
#include "ui/fonts.hpp"

#include "platform/platform.hpp"
#include "ui/lazy_font_loader.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <vector>

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

int count_missing_glyphs(const ImDrawData* draw_data) {
    if (!draw_data) return 0;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (!atlas->Builder) return 0;

    // The top-left texture coordinate of the fallback glyph at every size baked.
    std::vector<ImVec2> fallback_uvs;
    for (int i = 0; i < atlas->Builder->BakedPool.Size; ++i) {
        const ImFontBaked& baked = atlas->Builder->BakedPool[i];
        if (baked.FallbackGlyphIndex < 0 || baked.FallbackGlyphIndex >= baked.Glyphs.Size) continue;
        const ImFontGlyph& glyph = baked.Glyphs[baked.FallbackGlyphIndex];
        if (glyph.Visible) fallback_uvs.push_back(ImVec2(glyph.U0, glyph.V0));
    }
    if (fallback_uvs.empty()) return 0;

    // Each glyph quad has exactly one vertex at its (U0, V0).
    int missing = 0;
    for (const ImDrawList* list : draw_data->CmdLists) {
        for (const ImDrawVert& vertex : list->VtxBuffer) {
            for (const ImVec2& uv : fallback_uvs) {
                if (vertex.uv.x == uv.x && vertex.uv.y == uv.y) ++missing;
            }
        }
    }
    return missing;
}

} // namespace setright::app
