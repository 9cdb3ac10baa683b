// colour_glyphs.cpp — see colour_glyphs.hpp.
#include "logic/colour_glyphs.hpp"

#include <algorithm>
#include <cmath>

namespace setright::app {
namespace {

std::uint32_t read_u32(std::string_view bytes, size_t at) {
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i) value = (value << 8) | std::uint8_t(bytes[at + size_t(i)]);
    return value;
}

} // namespace

std::optional<std::map<char32_t, RgbaImage>> parse_colour_glyphs(std::string_view bytes) {
    std::map<char32_t, RgbaImage> glyphs;
    size_t at = 0;
    while (at < bytes.size()) {
        if (bytes.size() - at < 12) return std::nullopt;
        const std::uint32_t code = read_u32(bytes, at), width = read_u32(bytes, at + 4), height = read_u32(bytes, at + 8);
        at += 12;
        // Glyph images are a few hundred pixels wide at most; anything larger is not one.
        if (width == 0 || height == 0 || width > 1024 || height > 1024 || code > 0x10FFFF) return std::nullopt;
        const size_t size = size_t(width) * height * 4;
        if (bytes.size() - at < size) return std::nullopt;
        RgbaImage& image = glyphs[char32_t(code)];
        image.width = int(width);
        image.height = int(height);
        image.pixels.assign(bytes.begin() + std::ptrdiff_t(at), bytes.begin() + std::ptrdiff_t(at + size));
        at += size;
    }
    return glyphs;
}

RgbaImage scale_image(const RgbaImage& image, int width, int height) {
    RgbaImage out;
    out.width = std::max(1, width);
    out.height = std::max(1, height);
    out.pixels.assign(size_t(out.width) * size_t(out.height) * 4, 0);
    const double step_x = double(image.width) / out.width, step_y = double(image.height) / out.height;
    for (int y = 0; y < out.height; ++y) {
        const double top = y * step_y, bottom = top + step_y;
        for (int x = 0; x < out.width; ++x) {
            const double left = x * step_x, right = left + step_x;
            double sum[4] = {0, 0, 0, 0}, area = 0;
            for (int sy = int(top); sy < std::min(image.height, int(std::ceil(bottom))); ++sy) {
                const double cover_y = std::min(bottom, sy + 1.0) - std::max(top, double(sy));
                for (int sx = int(left); sx < std::min(image.width, int(std::ceil(right))); ++sx) {
                    const double cover = cover_y * (std::min(right, sx + 1.0) - std::max(left, double(sx)));
                    const std::uint8_t* p = &image.pixels[(size_t(sy) * size_t(image.width) + size_t(sx)) * 4];
                    const double alpha = p[3] * cover;
                    for (int c = 0; c < 3; ++c) sum[c] += p[c] * alpha;
                    sum[3] += alpha;
                    area += cover;
                }
            }
            std::uint8_t* o = &out.pixels[(size_t(y) * size_t(out.width) + size_t(x)) * 4];
            if (sum[3] > 0)
                for (int c = 0; c < 3; ++c) o[c] = std::uint8_t(std::lround(std::min(255.0, sum[c] / sum[3])));
            o[3] = area > 0 ? std::uint8_t(std::lround(std::min(255.0, sum[3] / area))) : 0;
        }
    }
    return out;
}

} // namespace setright::app
