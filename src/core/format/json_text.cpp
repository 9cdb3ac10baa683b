// json_text.cpp — see json_text.hpp.
#include "core/format/json_text.hpp"

#include <cstring>

namespace setright {

TextPosition position_of(std::string_view text, size_t offset) {
    if (offset > text.size()) offset = text.size();
    TextPosition pos;
    size_t line_start = 0;
    for (size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            line_start = i + 1;
        }
    }
    pos.column = static_cast<int>(offset - line_start) + 1;
    return pos;
}

namespace {

// The index of the quote that closes the string whose content starts at
// `from`, or text.size(). A quote is escaped when an odd run of backslashes
// precedes it. memchr, not a byte loop: strings are most of a file's bytes.
size_t closing_quote(std::string_view text, size_t from) {
    for (;;) {
        const void* hit = from < text.size() ? std::memchr(text.data() + from, '"', text.size() - from) : nullptr;
        if (!hit) return text.size();
        const size_t quote = static_cast<const char*>(hit) - text.data();
        size_t backslashes = 0;
        while (quote - backslashes > from && text[quote - backslashes - 1] == '\\') ++backslashes;
        if (backslashes % 2 == 0) return quote;
        from = quote + 1;
    }
}

} // namespace

TextScan scan_text(std::string_view text, int max_depth, size_t max_string) {
    TextScan scan;
    int depth = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const size_t start = i;
            i = closing_quote(text, start + 1);
            if (i - start - 1 > max_string) {
                scan.issue = TextScan::Issue::StringTooLong;
                scan.offset = start;
                return scan;
            }
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) {
                scan.issue = TextScan::Issue::TooDeep;
                scan.offset = i;
                return scan;
            }
        } else if (c == ']' || c == '}') {
            // Unbalanced closers are the parser's business; only depth matters here.
            if (depth > 0) --depth;
        }
    }
    return scan;
}

namespace {

// Length of the well-formed UTF-8 sequence at text[i], or 0 if ill-formed.
size_t utf8_sequence_length(std::string_view text, size_t i) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) return 1;
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF)
        len = 2;
    else if (b0 == 0xE0)
        len = 3, lo = 0xA0;
    else if (b0 >= 0xE1 && b0 <= 0xEC)
        len = 3;
    else if (b0 == 0xED)
        len = 3, hi = 0x9F; // no surrogates
    else if (b0 >= 0xEE && b0 <= 0xEF)
        len = 3;
    else if (b0 == 0xF0)
        len = 4, lo = 0x90;
    else if (b0 >= 0xF1 && b0 <= 0xF3)
        len = 4;
    else if (b0 == 0xF4)
        len = 4, hi = 0x8F;
    else
        return 0;
    if (i + len > text.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (size_t k = 2; k < len; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return len;
}

} // namespace

std::string printable_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const size_t len = utf8_sequence_length(text, i);
        if (len == 0 || (len == 1 && (static_cast<unsigned char>(text[i]) < 0x20 || text[i] == 0x7F))) {
            out += '?';
            ++i;
        } else {
            out.append(text.substr(i, len));
            i += len;
        }
    }
    return out;
}

std::string escape_pointer_token(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

} // namespace setright
