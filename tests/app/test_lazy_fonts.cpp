// The file each character's glyph is fetched from (cmake/cut_lazy_fonts.py cuts them by the same rule).
#include "logic/lazy_fonts.hpp"

#include <doctest/doctest.h>

using setright::app::draws_as_nothing;
using setright::app::lazy_font_file;

TEST_CASE("Hanja, Chinese and kanji come from 1,024-character blocks of the CJK font") {
    CHECK(lazy_font_file(U'契') == "cjk-5800.otf"); // U+5951
    CHECK(lazy_font_file(U'約') == "cjk-7c00.otf"); // U+7D04
    CHECK(lazy_font_file(U'中') == "cjk-4c00.otf"); // U+4E2D: the block starting in extension A
    CHECK(lazy_font_file(0x3400) == "cjk-3400.otf");
    CHECK(lazy_font_file(0x9FFF) == "cjk-9c00.otf");
    CHECK(lazy_font_file(0xF900) == "cjk-f900.otf");
}

TEST_CASE("kana and emoji have a file each, and what the app's own fonts draw has none") {
    CHECK(lazy_font_file(U'か') == "kana.otf");
    CHECK(lazy_font_file(U'ヶ') == "kana.otf");
    CHECK(lazy_font_file(0x1F44D) == "emoji.ttf"); // thumbs up
    CHECK(lazy_font_file(0x1F3FD) == "emoji.ttf"); // a skin tone
    CHECK(lazy_font_file(0x1F1F3) == "emoji.ttf"); // a flag's letter
    CHECK(lazy_font_file(U'✔') == "emoji.ttf");    // dingbats: fetched only if the app's fonts lack one
    CHECK(lazy_font_file(U'ש') == "hebrew.ttf");
    CHECK(lazy_font_file(U'ع') == "arabic.ttf");
    CHECK(lazy_font_file(0xFEFB) == "arabic.ttf"); // a presentation form (lam-alef)
    CHECK(lazy_font_file(U'A') == "");
    CHECK(lazy_font_file(U'한') == "");
    CHECK(lazy_font_file(U'Ж') == "");
}

TEST_CASE("joiners and variation selectors draw as nothing") {
    CHECK(draws_as_nothing(0xFE0F));
    CHECK(draws_as_nothing(0x200D));
    CHECK(draws_as_nothing(0xE0067));
    CHECK_FALSE(draws_as_nothing(U'A'));
    CHECK_FALSE(draws_as_nothing(0x1F44D));
}
