// lazy_fonts.hpp — which font, of those loaded only when a frame first needs
// one of their glyphs, draws a character. The files are cut at build time by
// cmake/cut_lazy_fonts.py, which names them by the same rule.
#pragma once

#include <string>
#include <vector>

namespace setright::app {

// The files (in the app's fonts folder) that may hold `c`'s glyph, in the
// order to try them: {"cjk-4c00.otf"} for 中, {"cjk-20000.otf"} for 𠀋,
// {"cjk-symbols.otf"} for 「 and ㈜, {"kana.otf"} for か,
// {"emoji-1f440.pngs", "emoji.ttf"} for 👍 (the colour emoji of its block of
// 64, then Symbola's for what Noto Color Emoji lacks), {"hebrew.ttf"},
// {"arabic.ttf"}; none when no such font has it.
std::vector<std::string> lazy_font_files(char32_t c);

// Files of colour glyph images (PNG, decoded by the page) rather than fonts.
bool is_colour_glyph_file(const std::string& file_name);

// Characters with no glyph of their own that change how others look
// (variation selectors, joiners, emoji tags): drawn as nothing, not as a box.
bool draws_as_nothing(char32_t c);

} // namespace setright::app
