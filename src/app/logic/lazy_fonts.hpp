// lazy_fonts.hpp — which font, of those loaded only when a frame first needs
// one of their glyphs, draws a character. The files are cut at build time by
// cmake/cut_lazy_fonts.py, which names them by the same rule.
#pragma once

#include <string>

namespace setright::app {

// The file (in the app's fonts folder) holding `c`'s glyph: "cjk-4e00.otf"
// for 中, "kana.otf" for か, "emoji.ttf" for 👍, "hebrew.ttf", "arabic.ttf";
// "" when no such font has it.
std::string lazy_font_file(char32_t c);

// Characters with no glyph of their own that change how others look
// (variation selectors, joiners, emoji tags): drawn as nothing, not as a box.
bool draws_as_nothing(char32_t c);

} // namespace setright::app
