// palette.cpp — see palette.hpp.
#include "logic/palette.hpp"

#include <algorithm>
#include <cmath>

namespace setright::app {

namespace {

constexpr Palette kDark = {
        rgb(0x1b1d22), rgb(0x22252b), rgb(0x2a2e35), rgb(0x30343c), rgb(0x3a3f49), rgb(0x444a56), rgb(0xe8eaed), rgb(0xa4abb5),
        rgb(0x3d424c), rgb(0x737985), rgb(0x3b6fc4), rgb(0x4a80d6), rgb(0xff7a70), rgb(0xffc04d), rgb(0x62d68d), rgb(0x8ab4ff),
};
constexpr Palette kLight = {
        rgb(0xf4f5f7), rgb(0xffffff), rgb(0xffffff), rgb(0xe6e9ee), rgb(0xd9dee6), rgb(0xcbd3df), rgb(0x1c1f24), rgb(0x545b66),
        rgb(0xc9ced6), rgb(0x7d838e), rgb(0x1a5fd0), rgb(0x2f6fdc), rgb(0xb3261e), rgb(0x8a5100), rgb(0x146c2e), rgb(0x1858c2),
};

// sRGB channel to linear light (WCAG 2's relative luminance).
double linear(float channel) { return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4); }

double luminance(Rgb c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }

} // namespace

const Palette& dark_palette() { return kDark; }
const Palette& light_palette() { return kLight; }

Rgb blend(Rgb under, Rgb over, float alpha) {
    return Rgb{under.r + (over.r - under.r) * alpha, under.g + (over.g - under.g) * alpha, under.b + (over.b - under.b) * alpha};
}

double contrast_ratio(Rgb a, Rgb b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace setright::app
