// font_metrics.hpp — the one measure of a font file the app needs: how tall
// its line is for its em. Dear ImGui sizes a font by its line (ascent to
// descent, as stb_truetype's ScaleForPixelHeight does), and fonts differ:
// Noto Sans CJK's line is 1.448 em, Nanum Gothic's 1.15, so at one size
// the ideographs of the one are 80% of the other's beside them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace setright::app {

// (hhea ascender − descender) ÷ unitsPerEm of an OpenType or TrueType font
// (of the first font of a collection); none when `font` is no such font.
std::optional<float> line_per_em(std::string_view font);

// The lines per em of the app's own fonts, which fonts fetched later match.
struct FontLines {
    float latin = 0;  // Noto Sans
    float hangul = 0; // Nanum Gothic, which also draws the commonest Hanja and kana
};

// The size at which to merge lazily fetched font `file` (logic/lazy_fonts.hpp)
// into the app's font of `size` pixels a line, so its em is the em of the
// script it sits beside: Han and kana as large as Nanum's Hangul and Hanja,
// anything else (Hebrew, Arabic, Symbola) as large as Noto Sans's letters.
// `size` itself when either line is unknown.
float lazy_font_size(const std::string& file, std::string_view font, float size, const FontLines& app_fonts);

} // namespace setright::app
