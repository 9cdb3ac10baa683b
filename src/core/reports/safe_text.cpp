// safe_text.cpp — see safe_text.hpp.
#include "core/reports/safe_text.hpp"

#include "core/words/verdict_words.hpp"

#include <algorithm>

namespace setright {

namespace {

// Appends `text` with each control character (but those `keep` names) and
// each byte that is not UTF-8 replaced by U+FFFD.
void append_visible(std::string& out, std::string_view text, std::string_view keep) {
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7F) { // the common case: printable ASCII
            out += char(byte);
            ++i;
            continue;
        }
        const Utf8Char ch = decode_utf8(text, i);
        const bool kept = ch.valid && ch.c < 0x80 && keep.find(char(ch.c)) != std::string_view::npos;
        if (!ch.valid || (is_control_character(ch.c) && !kept))
            out += kReplacementCharacter;
        else
            out.append(text.substr(i, ch.length));
        i += ch.length;
    }
}

} // namespace

bool is_control_character(char32_t c) {
    if (c < 0x20) return c != '\t' && c != '\n';
    return c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

Utf8Char decode_utf8(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) return {lead, 1, true};
    std::size_t length;
    char32_t c, min;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2, c = lead & 0x1F, min = 0x80;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3, c = lead & 0x0F, min = 0x800;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4, c = lead & 0x07, min = 0x10000;
    else
        return {0xFFFD, 1, false};
    if (text.size() - at < length) return {0xFFFD, 1, false};
    for (std::size_t k = 1; k < length; ++k) {
        const unsigned char next = byte(at + k);
        if ((next & 0xC0) != 0x80) return {0xFFFD, 1, false};
        c = (c << 6) | (next & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return {0xFFFD, 1, false};
    return {c, length, true};
}

std::string terminal_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_visible(out, text, "\t\n");
    return out;
}

std::string html_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    // Runs of plain text made visible, each markup character between them as its reference.
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t markup = std::min(text.find_first_of("&<>\"'", at), text.size());
        append_visible(out, text.substr(at, markup - at), "\t\n");
        if (markup == text.size()) break;
        switch (text[markup]) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += "&#39;"; break;
        }
        at = markup + 1;
    }
    return out;
}

std::string csv_text(std::string_view text) {
    std::string cell;
    cell.reserve(text.size() + 1);
    // OWASP: a cell that starts like a formula (or with a TAB or CR, which
    // some spreadsheets skip before looking for one) is made plain text.
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) cell += '\'';
    append_visible(cell, text, "\t\r\n");
    if (cell.find_first_of("\",;\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string csv_number(double value) { return plain_number(value); }

} // namespace setright
