// colour_glyph_source.hpp — colour emoji drawn from images rather than
// outlines: one font source, merged into the app's font, whose glyphs are
// the images the page decoded (logic/colour_glyphs.hpp), each scaled to the
// size and density a frame bakes it at and marked coloured so ImGui does not
// tint it with the text colour.
#pragma once

#include "logic/colour_glyphs.hpp"

#include <map>

struct ImFontConfig;

namespace setright::ui {

// Merges the source, with no glyph yet, into the app's font (sized like the
// others): before the missing glyph watch and every font fetched later, so
// an emoji a colour block has is drawn from it even where Symbola has it too.
bool add_colour_glyph_source(float size_pixels);

// Whether `source` is the one add_colour_glyph_source merged in.
bool is_colour_glyph_source(const ImFontConfig* source);

// Adds `glyphs` to those the source draws. The caller drops the glyphs baked
// so far, so the next frame draws them.
void add_colour_glyphs(std::map<char32_t, app::RgbaImage> glyphs);

} // namespace setright::ui
