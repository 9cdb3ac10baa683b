// fonts.cpp — see fonts.hpp.
#include "ui/fonts.hpp"

#include "platform/platform.hpp"
#include "ui/lazy_font_loader.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <set>
#include <utility>

namespace setright::app {

namespace {
// The line per em of the font just added to the atlas (0: unknown).
float last_added_line_per_em() {
    const ImVector<ImFontConfig*>& sources = ImGui::GetIO().Fonts->Fonts.back()->Sources;
    if (sources.empty() || !sources.back()->FontData) return 0.0f;
    const ImFontConfig& added = *sources.back();
    return line_per_em(std::string_view(static_cast<const char*>(added.FontData), size_t(added.FontDataSize))).value_or(0.0f);
}
} // namespace

bool load_fonts(float size_pixels) {
    ImGuiIO& io = ImGui::GetIO();
    FontLines lines;
    ImFont* base = io.Fonts->AddFontFromFileTTF(platform::font_path("NotoSans-Regular.ttf").c_str(), size_pixels);
    if (base) lines.latin = last_added_line_per_em();
    ImFontConfig merge;
    merge.MergeMode = true;
    ImFont* hangul = io.Fonts->AddFontFromFileTTF(platform::font_path("NanumGothic.ttf").c_str(), size_pixels, &merge);
    if (hangul) lines.hangul = last_added_line_per_em();
    // Icons sit in labels like letters, one em wide, centred on the text's line.
    ImFontConfig icons = merge;
    icons.GlyphMinAdvanceX = size_pixels;
    icons.GlyphOffset.y = size_pixels * 0.05f;
    ImFont* icon_font = io.Fonts->AddFontFromFileTTF(platform::font_path("Icons.ttf").c_str(), size_pixels * 0.9f, &icons);
    // Last: what none of these draws is noted, and its font fetched (Hanja, kana, emoji).
    return base && hangul && icon_font && ui::watch_for_missing_glyphs(size_pixels, lines);
}

void draw_latin_with_hangul_font(bool hangul_font_first) {
    // The atlas orders each font's sources by its own list (and rebuilds the
    // font's from it as fonts are merged later): Noto Sans and Nanum Gothic
    // are its first two, swapped here with their settings. Noto keeps
    // MergeMode off, so the line's ascent stays Noto's and the text sits where it did.
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (atlas->Sources.Size < 2) return;
    const bool nanum_first = atlas->Sources[0].MergeMode; // Noto Sans is the one source not merged
    if (nanum_first == hangul_font_first) return;
    std::swap(atlas->Sources[0], atlas->Sources[1]);
    ImFontAtlasBuildUpdatePointers(atlas);
    ImFontAtlasFontDiscardBakes(atlas, atlas->Fonts[0], 0); // glyphs baked from the other order
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

float glyph_height(unsigned codepoint) {
    ImFontBaked* baked = ImGui::GetIO().Fonts->Fonts[0]->GetFontBaked(ImGui::GetFontSize());
    if (!baked || !baked->IsGlyphLoaded(ImWchar(codepoint))) return 0.0f; // looked up only: never baked from here
    const ImFontGlyph* glyph = baked->FindGlyphNoFallback(ImWchar(codepoint));
    return glyph ? glyph->Y1 - glyph->Y0 : 0.0f;
}

int count_coloured_glyphs(const ImDrawData* draw_data) {
    return count_glyph_quads(draw_data, [](const ImFontBaked& baked, int g) { return baked.Glyphs[g].Colored != 0; });
}

} // namespace setright::app
