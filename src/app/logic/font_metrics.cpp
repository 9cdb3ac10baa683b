// font_metrics.cpp — see font_metrics.hpp. Reads the sfnt table directory
// (big-endian: version, table count, then 16-byte records of tag, checksum,
// offset, length) for 'head' (unitsPerEm at 18) and 'hhea' (ascender at 4,
// descender at 6).
#include "logic/font_metrics.hpp"

#include <cstdint>

namespace setright::app {
namespace {

std::optional<uint32_t> read_u32(std::string_view data, size_t at) {
    if (at + 4 > data.size()) return std::nullopt;
    const auto byte = [&](size_t i) { return uint32_t(uint8_t(data[at + i])); };
    return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
}

std::optional<uint16_t> read_u16(std::string_view data, size_t at) {
    if (at + 2 > data.size()) return std::nullopt;
    return uint16_t(uint8_t(data[at]) << 8 | uint8_t(data[at + 1]));
}

// Where table `tag` starts in the font whose directory is at `font_at`, if it has one of at least `length` bytes.
std::optional<size_t> table(std::string_view data, size_t font_at, std::string_view tag, uint32_t length) {
    const auto count = read_u16(data, font_at + 4);
    if (!count) return std::nullopt;
    for (size_t i = 0; i < *count; ++i) {
        const size_t record = font_at + 12 + 16 * i;
        if (record + 16 > data.size()) return std::nullopt;
        if (data.substr(record, 4) != tag) continue;
        const auto offset = read_u32(data, record + 8), size = read_u32(data, record + 12);
        if (!offset || !size || *size < length || size_t(*offset) + length > data.size()) return std::nullopt;
        return size_t(*offset);
    }
    return std::nullopt;
}

} // namespace

std::optional<float> line_per_em(std::string_view font) {
    size_t font_at = 0;
    if (font.substr(0, 4) == "ttcf") { // a collection: its first font
        const auto first = read_u32(font, 12);
        if (!first) return std::nullopt;
        font_at = *first;
    }
    const auto head = table(font, font_at, "head", 20), hhea = table(font, font_at, "hhea", 8);
    if (!head || !hhea) return std::nullopt;
    const uint16_t units = *read_u16(font, *head + 18);
    const int16_t ascender = int16_t(*read_u16(font, *hhea + 4)), descender = int16_t(*read_u16(font, *hhea + 6));
    if (units == 0 || ascender - descender <= 0) return std::nullopt;
    return float(ascender - descender) / float(units);
}

float lazy_font_size(const std::string& file, std::string_view font, float size, const FontLines& app_fonts) {
    const bool han_or_kana = file.rfind("cjk-", 0) == 0 || file == "kana.otf";
    const float beside = han_or_kana ? app_fonts.hangul : app_fonts.latin;
    const auto line = line_per_em(font);
    if (!line || beside <= 0) return size;
    return size * *line / beside;
}

} // namespace setright::app
