// storage_codec.cpp — see storage_codec.hpp.
#include "core/storage/storage_codec.hpp"

#include "core/reports/safe_text.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace setright {
namespace {

constexpr char kPackedMark = 'z';
constexpr uint32_t kFirstCodePoint = 0x4000; // 15 bits on top: at most U+BFFF

std::optional<std::vector<unsigned char>> unpack_bits(std::string_view stored) {
    std::vector<unsigned char> bytes;
    bytes.reserve(stored.size() * 15 / 24 + 2);
    uint32_t bits = 0;
    int bit_count = 0;
    for (size_t i = 1; i + 2 < stored.size(); i += 3) { // the caller checked whole characters
        const unsigned char a = stored[i], b = stored[i + 1], c = stored[i + 2];
        if ((a & 0xF0) != 0xE0 || (b & 0xC0) != 0x80 || (c & 0xC0) != 0x80) return std::nullopt;
        const uint32_t code_point = (uint32_t(a & 0x0F) << 12) | (uint32_t(b & 0x3F) << 6) | (c & 0x3F);
        if (code_point < kFirstCodePoint || code_point > kFirstCodePoint + 0x7FFF) return std::nullopt;
        bits = (bits << 15) | (code_point - kFirstCodePoint);
        bit_count += 15;
        while (bit_count >= 8) {
            bit_count -= 8;
            bytes.push_back((unsigned char)(bits >> bit_count));
        }
        bits &= (1u << bit_count) - 1;
    }
    return bytes;
}

} // namespace

std::string pack_for_storage(std::string_view text, PackEffort effort) {
    const int level = effort == PackEffort::Fast ? 1 : 9;
    uLongf deflated_size = compressBound(uLong(text.size()));
    std::vector<unsigned char> deflated(deflated_size);
    if (compress2(deflated.data(), &deflated_size, reinterpret_cast<const Bytef*>(text.data()), uLong(text.size()), level) != Z_OK)
        return std::string(); // only when memory runs out; the caller's save then fails
    std::string out;
    out.reserve(1 + (deflated_size * 8 + 14) / 15 * 3);
    out += kPackedMark;
    uint32_t bits = 0;
    int bit_count = 0;
    for (uLongf i = 0; i < deflated_size; ++i) {
        bits = (bits << 8) | deflated[i];
        bit_count += 8;
        if (bit_count >= 15) {
            bit_count -= 15;
            append_utf8(out, kFirstCodePoint + ((bits >> bit_count) & 0x7FFF));
            bits &= (1u << bit_count) - 1;
        }
    }
    // The last bits, padded with zeros: zlib's stream ends itself, so inflate
    // never reads the padding.
    if (bit_count > 0) append_utf8(out, kFirstCodePoint + ((bits << (15 - bit_count)) & 0x7FFF));
    return out;
}

bool is_packed(std::string_view stored) { return !stored.empty() && stored[0] == kPackedMark; }

std::optional<std::string> unpack_from_storage(std::string_view stored, size_t max_bytes) {
    if (!is_packed(stored) || (stored.size() - 1) % 3 != 0) return std::nullopt;
    std::optional<std::vector<unsigned char>> deflated = unpack_bits(stored);
    if (!deflated || deflated->empty()) return std::nullopt;

    z_stream stream{};
    if (inflateInit(&stream) != Z_OK) return std::nullopt;
    stream.next_in = deflated->data();
    stream.avail_in = uInt(deflated->size());
    std::string out;
    out.resize(std::min(max_bytes, deflated->size() * 6 + 1024));
    int status = Z_OK;
    while (status == Z_OK) {
        if (stream.total_out == out.size()) {
            if (out.size() >= max_bytes) break;
            out.resize(std::min(max_bytes, out.size() * 2));
        }
        stream.next_out = reinterpret_cast<Bytef*>(&out[stream.total_out]);
        stream.avail_out = uInt(out.size() - stream.total_out);
        status = inflate(&stream, Z_NO_FLUSH);
    }
    const size_t produced = stream.total_out;
    inflateEnd(&stream);
    if (status != Z_STREAM_END) return std::nullopt; // damaged, cut short, or too large
    out.resize(produced);
    return out;
}

size_t storage_characters(std::string_view utf8) {
    size_t units = 0;
    for (unsigned char c : utf8) {
        if ((c & 0xC0) != 0x80) ++units; // each code point's first byte
        if ((c & 0xF8) == 0xF0) ++units; // beyond the BMP: a surrogate pair
    }
    return units;
}

} // namespace setright
