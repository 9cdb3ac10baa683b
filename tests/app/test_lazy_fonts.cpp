// The file each character's glyph is fetched from (cmake/cut_lazy_fonts.py cuts them by the same rule).
#include "logic/lazy_fonts.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using setright::app::draws_as_nothing;
using setright::app::is_colour_glyph_file;
using setright::app::lazy_font_files;
using Files = std::vector<std::string>;

TEST_CASE("Hanja, Chinese and kanji come from 1,024-character blocks of the CJK font") {
    CHECK(lazy_font_files(U'契') == Files{"cjk-5800.otf"}); // U+5951
    CHECK(lazy_font_files(U'約') == Files{"cjk-7c00.otf"}); // U+7D04
    CHECK(lazy_font_files(U'中') == Files{"cjk-4c00.otf"}); // U+4E2D: the block starting in extension A
    CHECK(lazy_font_files(0x3400) == Files{"cjk-3400.otf"});
    CHECK(lazy_font_files(0x9FFF) == Files{"cjk-9c00.otf"});
    CHECK(lazy_font_files(0xF900) == Files{"cjk-f900.otf"});
    CHECK(lazy_font_files(0x2000B) == Files{"cjk-20000.otf"}); // 𠀋, extension B
    CHECK(lazy_font_files(0x2B81D) == Files{"cjk-2b000.otf"});
}

TEST_CASE("the punctuation and symbols around CJK text come from one file") {
    for (char32_t c : {U'「', U'【', U'、', U'㈜', U'㈱', U'㎡', U'！', U'ｶ', U'ㄅ', U'⺀'}) {
        CAPTURE(unsigned(c));
        CHECK(lazy_font_files(c) == Files{"cjk-symbols.otf"});
    }
}

TEST_CASE("kana has a file, emoji a colour block of 64 and then Symbola, and what the app's own fonts draw has none") {
    CHECK(lazy_font_files(U'か') == Files{"kana.otf"});
    CHECK(lazy_font_files(U'ヶ') == Files{"kana.otf"});
    CHECK(lazy_font_files(0x1F44D) == Files{"emoji-1f440.pngs", "emoji.ttf"}); // thumbs up
    CHECK(lazy_font_files(0x1F3FD) == Files{"emoji-1f3c0.pngs", "emoji.ttf"}); // a skin tone
    CHECK(lazy_font_files(0x1F1F3) == Files{"emoji-1f1c0.pngs", "emoji.ttf"}); // a flag's letter
    CHECK(lazy_font_files(U'✔') == Files{"emoji-2700.pngs", "emoji.ttf"});     // dingbats: fetched only if the app's fonts lack one
    CHECK(lazy_font_files(U'ש') == Files{"hebrew.ttf"});
    CHECK(lazy_font_files(U'ع') == Files{"arabic.ttf"});
    CHECK(lazy_font_files(0xFEFB) == Files{"arabic.ttf"}); // a presentation form (lam-alef)
    CHECK(lazy_font_files(U'A').empty());
    CHECK(lazy_font_files(U'한').empty());
    CHECK(lazy_font_files(U'Ж').empty());
}

TEST_CASE("joiners and variation selectors draw as nothing") {
    CHECK(draws_as_nothing(0xFE0F));
    CHECK(draws_as_nothing(0x200D));
    CHECK(draws_as_nothing(0xE0067));
    CHECK_FALSE(draws_as_nothing(U'A'));
    CHECK_FALSE(draws_as_nothing(0x1F44D));
}

TEST_CASE("colour glyph files are told from fonts by their name") {
    CHECK(is_colour_glyph_file("emoji-1f600.pngs"));
    CHECK_FALSE(is_colour_glyph_file("emoji.ttf"));
    CHECK_FALSE(is_colour_glyph_file(".pngs"));
}
