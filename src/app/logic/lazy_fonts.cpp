// lazy_fonts.cpp — see lazy_fonts.hpp.
#include "logic/lazy_fonts.hpp"

#include <cstdio>

namespace setright::app {

std::string lazy_font_file(char32_t c) {
    if ((c >= 0x0590 && c <= 0x05FF) || (c >= 0xFB1D && c <= 0xFB4F)) return "hebrew.ttf";
    if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
        return "arabic.ttf";
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF)) return "kana.otf";
    // Ideographs in blocks of 1,024: a few Hanja in a name fetch a few hundred kB, not all of CJK.
    if (c >= 0x3400 && c <= 0x9FFF) {
        char name[16];
        std::snprintf(name, sizeof name, "cjk-%04x.otf", unsigned(c & ~char32_t(0x3FF)));
        return name;
    }
    if (c >= 0xF900 && c <= 0xFAFF) return "cjk-f900.otf";
    if ((c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0x1F000 && c <= 0x1FAFF)) return "emoji.ttf";
    return "";
}

bool draws_as_nothing(char32_t c) {
    return (c >= 0xFE00 && c <= 0xFE0F) ||   // variation selectors (the emoji and text styles)
           (c >= 0x200B && c <= 0x200F) ||   // zero-width space, joiners, direction marks
           c == 0x2060 || c == 0xFEFF ||     // word joiner, byte order mark
           (c >= 0xE0000 && c <= 0xE007F) || // tags (England's flag, Scotland's)
           (c >= 0xE0100 && c <= 0xE01EF);   // more variation selectors
}

} // namespace setright::app
