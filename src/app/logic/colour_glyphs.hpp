// colour_glyphs.hpp — colour emoji as images: the page decodes a block's PNGs
// (cmake/cut_lazy_fonts.py packs them) and hands them over as RGBA; the font
// loader scales each to the size a frame draws it at.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace setright::app {

struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels; // rows top to bottom, 4 bytes a pixel, alpha not premultiplied
};

// Decoded glyphs as the page sends them, each little-endian: u32 code point,
// u32 width, u32 height, then width × height × 4 bytes. nullopt when the
// bytes do not add up (a truncated or foreign file).
std::optional<std::map<char32_t, RgbaImage>> parse_colour_glyphs(std::string_view bytes);

// `image` resized to width × height by averaging the pixels each target pixel
// covers (weighted by alpha, so transparent edges do not darken the colour).
RgbaImage scale_image(const RgbaImage& image, int width, int height);

} // namespace setright::app
