// Fonts fetched later are merged at the size that gives their letters the
// em of the script beside them: Noto Sans CJK's ideographs as large as
// Nanum Gothic's Hangul, not 80% of it (ImGui sizes fonts by their line).
#include "logic/font_metrics.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

using namespace setright::app;

namespace {
std::string read(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}
} // namespace

TEST_CASE("font metrics: the line per em of the app's fonts and of Noto Sans CJK, read from the files") {
    const auto latin = line_per_em(read(SETRIGHT_FONT_LATIN));
    const auto hangul = line_per_em(read(SETRIGHT_FONT_HANGUL));
    const auto cjk = line_per_em(read(SETRIGHT_FONT_CJK)); // a collection: its first font
    REQUIRE(latin);
    REQUIRE(hangul);
    REQUIRE(cjk);
    CHECK(*latin == doctest::Approx(1.362).epsilon(0.001));
    CHECK(*hangul == doctest::Approx(1.150).epsilon(0.001));
    CHECK(*cjk == doctest::Approx(1.448).epsilon(0.001));
}

TEST_CASE("font metrics: what is no font has no line") {
    CHECK_FALSE(line_per_em(""));
    CHECK_FALSE(line_per_em("not a font at all, but long enough to have a table directory"));
    std::string truncated = read(SETRIGHT_FONT_HANGUL).substr(0, 200); // the directory, not the tables
    CHECK_FALSE(line_per_em(truncated));
}

TEST_CASE("font metrics: Han and kana are sized to Nanum's em, other scripts to Noto Sans's") {
    const std::string cjk = read(SETRIGHT_FONT_CJK);
    const FontLines app_fonts{1.362f, 1.150f};
    // 16 px a line: Noto Sans CJK merged at 20.15 px, so its em is Nanum's 13.9 px.
    CHECK(lazy_font_size("cjk-4e00.otf", cjk, 16.0f, app_fonts) == doctest::Approx(16.0 * 1.448 / 1.150).epsilon(0.001));
    CHECK(lazy_font_size("kana.otf", cjk, 16.0f, app_fonts) == doctest::Approx(16.0 * 1.448 / 1.150).epsilon(0.001));
    CHECK(lazy_font_size("hebrew.ttf", cjk, 16.0f, app_fonts) == doctest::Approx(16.0 * 1.448 / 1.362).epsilon(0.001));
    // Unknown lines: the app's size.
    CHECK(lazy_font_size("cjk-4e00.otf", "garbage", 16.0f, app_fonts) == 16.0f);
    CHECK(lazy_font_size("cjk-4e00.otf", cjk, 16.0f, FontLines{}) == 16.0f);
}
