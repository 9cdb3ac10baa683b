// Colour emoji as the page hands them over (decoded RGBA) and scaled to the size drawn.
#include "logic/colour_glyphs.hpp"

#include <doctest/doctest.h>

#include <string>

using setright::app::parse_colour_glyphs;
using setright::app::RgbaImage;
using setright::app::scale_image;

namespace {

void put_u32(std::string& out, unsigned value) {
    for (int i = 0; i < 4; ++i) out += char((value >> (8 * i)) & 0xFF);
}

std::string glyph(unsigned code, unsigned width, unsigned height, unsigned char fill) {
    std::string out;
    put_u32(out, code);
    put_u32(out, width);
    put_u32(out, height);
    out.append(size_t(width) * height * 4, char(fill));
    return out;
}

} // namespace

TEST_CASE("decoded glyphs are read by code point") {
    auto glyphs = parse_colour_glyphs(glyph(0x1F600, 2, 3, 7) + glyph(0x1F970, 1, 1, 9));
    REQUIRE(glyphs);
    REQUIRE(glyphs->size() == 2);
    CHECK(glyphs->at(0x1F600).width == 2);
    CHECK(glyphs->at(0x1F600).height == 3);
    CHECK(glyphs->at(0x1F600).pixels.size() == 24);
    CHECK(glyphs->at(0x1F970).pixels[3] == 9);
    CHECK(parse_colour_glyphs("")->empty()); // a block with no colour glyph
}

TEST_CASE("a truncated or foreign file is refused, not read past its end") {
    std::string whole = glyph(0x1F600, 4, 4, 1);
    CHECK_FALSE(parse_colour_glyphs(whole.substr(0, whole.size() - 1)));
    CHECK_FALSE(parse_colour_glyphs(whole.substr(0, 10)));
    CHECK_FALSE(parse_colour_glyphs(glyph(0x1F600, 0, 4, 1)));
    std::string huge;
    put_u32(huge, 0x1F600);
    put_u32(huge, 100000);
    put_u32(huge, 100000);
    CHECK_FALSE(parse_colour_glyphs(huge));
}

TEST_CASE("scaling averages the pixels covered, weighted by alpha") {
    RgbaImage image{2, 2, {}};
    // Opaque red, transparent (black), opaque blue, opaque red.
    image.pixels = {255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 255, 255, 255, 0, 0, 255};
    RgbaImage one = scale_image(image, 1, 1);
    REQUIRE(one.pixels.size() == 4);
    CHECK(one.pixels[0] == 170); // two reds and a blue: the transparent pixel adds no black
    CHECK(one.pixels[1] == 0);
    CHECK(one.pixels[2] == 85);
    CHECK(one.pixels[3] == 191); // three of four covered
    RgbaImage same = scale_image(image, 2, 2);
    CHECK(same.pixels == image.pixels);
    RgbaImage bigger = scale_image(image, 4, 4);
    CHECK(bigger.width == 4);
    CHECK(bigger.pixels[0] == 255);                   // the top left stays red
    CHECK(bigger.pixels[(3 * 4 + 3) * 4 + 0] == 255); // the bottom right too
    CHECK(bigger.pixels[(0 * 4 + 3) * 4 + 3] == 0);   // the top right stays clear
}
