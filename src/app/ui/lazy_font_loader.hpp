// lazy_font_loader.hpp — characters the app's own fonts lack (Hanja,
// Chinese, Japanese, emoji) drawn from fonts fetched the first time a frame
// needs one of them (logic/lazy_fonts.hpp says which file has which).
//
// A last font source that draws nothing notes each character no earlier
// source had. After the frame the font holding it is asked for
// (platform::read_lazy_font); once it arrives it is merged in before the
// next frame and the glyphs baked so far are dropped (ImGui sizes each
// baked font's data by its sources), so that frame draws the real glyph
// where there was a box. Nothing is fetched for text the app's fonts draw.
//
// Emoji are tried in colour first (ui/colour_glyph_source.hpp, a source
// ahead of the watch that draws the PNGs of the blocks fetched so far), then
// from Symbola, in one colour, for what their block lacks.
#pragma once

#include "logic/font_metrics.hpp"

#include <string>

namespace setright::ui {

// After the app's fonts are loaded (same size; `app_fonts` their lines per
// em, which fonts fetched later are sized to match): adds the colour emoji
// source and starts noting what is missing.
bool watch_for_missing_glyphs(float size_pixels, const app::FontLines& app_fonts);

// After a frame is drawn: asks for the fonts its missing characters need.
void request_fonts_for_missing_glyphs();

// Asks for the fonts of every character of `utf8` the app's fonts lack, drawn
// or not (the print page: rows the screen never showed).
void request_fonts_for_text(const std::string& utf8);

struct ArrivedFonts {
    bool first_unavailable = false; // the first font that could not be had (say so once)
};
// Before a frame, outside NewFrame/Render: merges the fonts that arrived.
ArrivedFonts merge_arrived_fonts();

} // namespace setright::ui
