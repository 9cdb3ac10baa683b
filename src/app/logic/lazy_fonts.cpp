// lazy_fonts.cpp — see lazy_fonts.hpp.
#include "logic/lazy_fonts.hpp"

#include <cstdio>

namespace setright::app {
namespace {

std::string block_file(const char* pattern, char32_t c, char32_t block_size) {
    char name[24];
    std::snprintf(name, sizeof name, pattern, unsigned(c & ~(block_size - 1)));
    return name;
}

} // namespace

std::vector<std::string> lazy_font_files(char32_t c) {
    if ((c >= 0x0590 && c <= 0x05FF) || (c >= 0xFB1D && c <= 0xFB4F)) return {"hebrew.ttf"};
    if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
        return {"arabic.ttf"};
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF)) return {"kana.otf"};
    // Ideographs in blocks of 1,024: a few Hanja in a name fetch a few hundred kB, not all of CJK.
    if (c >= 0x3400 && c <= 0x9FFF) return {block_file("cjk-%04x.otf", c, 0x400)};
    if (c >= 0xF900 && c <= 0xFAFF) return {"cjk-f900.otf"};
    // The rarer ideographs (extension B on) in blocks of 4,096, about 250 kB each.
    if (c >= 0x20000 && c <= 0x3134F) return {block_file("cjk-%05x.otf", c, 0x1000)};
    // What CJK text has around its ideographs: punctuation 「」【】, radicals,
    // bopomofo, ㈜ and ㈱ in company names, ㎡ and ㎏ in contracts, full-width
    // and half-width forms (the app's Korean font has some of these).
    if ((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0x3100 && c <= 0x312F) || (c >= 0x3190 && c <= 0x31EF) ||
        (c >= 0x3200 && c <= 0x33FF) || (c >= 0xFE10 && c <= 0xFE1F) || (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFFEF))
        return {"cjk-symbols.otf"};
    // Emoji in blocks of 64 (about 70 kB each); Symbola has the rest of these ranges.
    if ((c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0x1F000 && c <= 0x1FAFF))
        return {block_file("emoji-%04x.pngs", c, 0x40), "emoji.ttf"};
    return {};
}

bool is_colour_glyph_file(const std::string& file_name) {
    const std::string suffix = ".pngs";
    return file_name.size() > suffix.size() && file_name.compare(file_name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool draws_as_nothing(char32_t c) {
    return (c >= 0xFE00 && c <= 0xFE0F) ||   // variation selectors (the emoji and text styles)
           (c >= 0x200B && c <= 0x200F) ||   // zero-width space, joiners, direction marks
           c == 0x2060 || c == 0xFEFF ||     // word joiner, byte order mark
           (c >= 0xE0000 && c <= 0xE007F) || // tags (England's flag, Scotland's)
           (c >= 0xE0100 && c <= 0xE01EF);   // more variation selectors
}

} // namespace setright::app
