// storage_codec.hpp — how a stored copy of the workspace is packed for a store
// that counts characters, not bytes (the browser's localStorage holds about
// 5 M UTF-16 characters per origin, whatever they are).
//
// A copy is deflated (zlib, with its Adler-32 check), then its bits are laid
// 15 to a character, as code points U+4000..U+BFFF: none is a surrogate, so
// every browser stores each as one UTF-16 unit. Deflate takes a workspace's
// JSON to a fifth or less; 15 bits a character halves it again against one
// byte a character. Measured on the figures in README "Storage".
//
// Packed text starts with 'z', which no JSON text does: copies stored before
// packing (plain JSON) still read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace setright {

// How hard deflate works. Measured on every built-in template in all four
// languages (tests/core/test_workspace_store.cpp): Fast 6.7 times smaller
// than plain at ~100 MB/s natively, Tight 8.2 times at ~20 MB/s. Saves are
// Fast; Tight only when the store is short of room.
enum class PackEffort { Fast, Tight };

// `text` deflated and packed, as UTF-8 (three bytes a character).
std::string pack_for_storage(std::string_view text, PackEffort effort = PackEffort::Fast);
// True when `stored` was made by pack_for_storage (else it is plain text).
bool is_packed(std::string_view stored);
// The text pack_for_storage was given, or nullopt when `stored` is damaged
// (a bad character, a failed check, or more than `max_bytes` unpacked).
std::optional<std::string> unpack_from_storage(std::string_view stored, size_t max_bytes = size_t(1) << 30);

// How many UTF-16 units `utf8` takes in a browser's storage: what its quota counts.
size_t storage_characters(std::string_view utf8);

} // namespace setright
