// fonts.hpp — the fonts Setright draws with, and proof that they suffice.
//
// Noto Sans (Latin, Cyrillic) with Nanum Gothic (Hangul; Latin too in a
// Korean UI) and Font Awesome's icons (ui/icons.hpp) merged in, all from
// Debian's packages, packed with the app under /fonts. ImGui 1.92 bakes glyphs
// on demand, so 11,172 Hangul syllables cost nothing until drawn.
#pragma once

struct ImDrawData;

namespace setright::app {

// Loads the fonts into the current ImGui context; false if a file is missing.
bool load_fonts(float size_pixels);

// In a Korean UI, Latin letters, digits and punctuation are Nanum Gothic's,
// as a Korean reader expects and as large as its Hangul (Noto Sans's capitals
// are 0.52 of a line, Nanum's Hangul 0.79: "SaaS" looked a size smaller than
// the words around it); elsewhere Noto Sans's. Cheap when nothing changes.
void draw_latin_with_hangul_font(bool hangul_font_first);

// How many glyphs in `draw_data` were drawn with the fallback glyph because no
// loaded font had them. Every missing character is drawn as the fallback
// (U+FFFD), so counting its quads counts what the user saw as broken.
int count_missing_glyphs(const ImDrawData* draw_data);

// How many glyphs in `draw_data` were colour emoji (ui/colour_glyph_source.hpp).
int count_coloured_glyphs(const ImDrawData* draw_data);

// How tall the ink of `codepoint`'s glyph is, in pixels, as baked at the
// font size of the last frame; 0 when no frame has drawn it at that size.
float glyph_height(unsigned codepoint);

} // namespace setright::app
