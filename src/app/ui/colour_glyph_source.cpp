// colour_glyph_source.cpp — see colour_glyph_source.hpp.
#include "ui/colour_glyph_source.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <utility>

namespace setright::ui {
namespace {

std::map<char32_t, app::RgbaImage>& images() {
    static std::map<char32_t, app::RgbaImage> all;
    return all;
}

bool has_image(ImFontAtlas*, ImFontConfig*, ImWchar c) { return images().count(char32_t(c)) != 0; }

// An emoji a little shorter than the line, sitting on the baseline as far
// down as text descends (Noto Color Emoji's own proportions), with a little
// space either side.
bool load_colour_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar c, ImFontGlyph* out_glyph,
                       float* out_advance_x) {
    auto found = images().find(char32_t(c));
    if (found == images().end()) return false;
    const app::RgbaImage& image = found->second;
    const float height = baked->Size * 0.92f;
    const float width = height * float(image.width) / float(image.height);
    const float side = baked->Size * 0.04f;
    if (out_advance_x) {
        *out_advance_x = width + 2 * side;
        return true;
    }
    const float density = src->RasterizerDensity * baked->RasterizerDensity;
    const int pixels_wide = ImMax(1, int(std::lround(width * density)));
    const int pixels_high = ImMax(1, int(std::lround(height * density)));
    ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, pixels_wide, pixels_high);
    if (pack_id == ImFontAtlasRectId_Invalid) return false;
    ImTextureRect* rect = ImFontAtlasPackGetRect(atlas, pack_id);
    const app::RgbaImage scaled = app::scale_image(image, pixels_wide, pixels_high);

    out_glyph->Codepoint = c;
    out_glyph->AdvanceX = width + 2 * side;
    out_glyph->X0 = side;
    out_glyph->X1 = side + float(pixels_wide) / density;
    out_glyph->Y0 = IM_ROUND(baked->Ascent) - height * 0.8f;
    out_glyph->Y1 = out_glyph->Y0 + float(pixels_high) / density;
    out_glyph->Visible = true;
    out_glyph->Colored = true;
    out_glyph->PackId = pack_id;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, rect, scaled.pixels.data(), ImTextureFormat_RGBA32, pixels_wide * 4);
    return true;
}

const ImFontLoader& colour_glyph_loader() {
    static const ImFontLoader loader = [] {
        ImFontLoader l;
        l.Name = "setright: colour glyphs";
        l.FontSrcContainsGlyph = has_image;
        l.FontBakedLoadGlyph = load_colour_glyph;
        return l;
    }();
    return loader;
}

} // namespace

bool is_colour_glyph_source(const ImFontConfig* source) { return source->FontLoader == &colour_glyph_loader(); }

void add_colour_glyphs(std::map<char32_t, app::RgbaImage> glyphs) {
    for (auto& [code, image] : glyphs) images()[code] = std::move(image);
}

bool add_colour_glyph_source(float size_pixels) {
    ImFontConfig source;
    source.MergeMode = true;
    source.SizePixels = size_pixels;
    source.FontLoader = &colour_glyph_loader();
    ImFormatString(source.Name, IM_ARRAYSIZE(source.Name), "colour emoji");
    return ImGui::GetIO().Fonts->AddFont(&source) != nullptr;
}

} // namespace setright::ui
