// json_text.hpp — byte-level helpers for reading JSON text safely.
//
// A DOM of 100,000 nested "[" would overflow the stack later, when it is
// copied (into `extra`) or dumped, both recursive in nlohmann; under node the
// wasm stack is only 5 MB. So a cheap scan measures nesting before any DOM is
// built.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace setright {

struct TextPosition {
    int line = 1;   // 1-based
    int column = 1; // 1-based, in bytes
};

// Line and column of the byte at `offset` (clamped to the text).
TextPosition position_of(std::string_view text, size_t offset);

struct TextScan {
    enum class Issue { None, TooDeep, StringTooLong } issue = Issue::None;
    size_t offset = 0; // where the limit was passed
};

// Walks the text once and stops at the first bracket that opens level
// max_depth + 1 or the first string (value or key) longer than max_string
// bytes as written. It does not check syntax: that is the parser's job.
TextScan scan_text(std::string_view text, int max_depth, size_t max_string);

// The text with every ill-formed UTF-8 sequence and control character replaced
// by '?', so messages that quote input are safe to show and to store.
std::string printable_utf8(std::string_view text);

// JSON pointer escaping of one key (RFC 6901: "~" -> "~0", "/" -> "~1").
std::string escape_pointer_token(std::string_view key);

} // namespace setright
