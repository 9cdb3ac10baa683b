// safe_text.hpp — text read from a file, made safe for where it is written.
//
// Titles, ids, names and answers come from files anyone can write. Written
// out as they are, they can attack whoever reads the output:
//   - a CSV cell starting with "=", "+", "-" or "@" is a formula to a
//     spreadsheet (=HYPERLINK(...) sends a click to another site);
//   - ESC, CSI and OSC sequences retitle or clear a terminal, or rewrite
//     what is already on screen; NUL and other controls corrupt documents.
// So every CSV Setright writes goes through csv_text()/csv_number(), every
// line the CLI prints for a person through terminal_text(), and the Markdown
// escaper (markdown_text(), report_markdown.hpp) uses is_control_character().
// The printed page (print_page.hpp) is HTML: its text goes through html_text().
// JSON needs none of this: it escapes control characters itself.
#pragma once

#include <string>
#include <string_view>

namespace setright {

// U+FFFD, the replacement character, as UTF-8: what a control character or a
// byte that is not UTF-8 is shown as.
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// A control character a terminal, a spreadsheet or a Markdown renderer may
// act on instead of showing: C0 (U+0000–U+001F) but TAB and LF, DEL (U+007F)
// and C1 (U+0080–U+009F; U+009B is CSI to some terminals). CR counts.
bool is_control_character(char32_t c);

// Decodes the UTF-8 sequence at text[at]: its code point and length in bytes.
// A byte that does not start a valid, shortest-form sequence decodes as
// U+FFFD with length 1 (and valid false).
struct Utf8Char {
    char32_t c = 0;
    std::size_t length = 1;
    bool valid = false;
};
Utf8Char decode_utf8(std::string_view text, std::size_t at);

// Appends code point `c` (at most U+10FFFF, not a surrogate) as UTF-8.
void append_utf8(std::string& out, char32_t c);

// `text` as a terminal should print it: every control character (ESC and so
// every CSI/OSC sequence, BEL, NUL, CR, DEL, C1) and every byte that is not
// UTF-8 replaced by U+FFFD; LF and TAB kept. The CLI prints everything it
// writes for a person (not its JSON, CSV or Markdown documents) through this.
std::string terminal_text(std::string_view text);

// CSV (RFC 4180 with OWASP's guard against formula injection). Cells come in
// two kinds, chosen by the writer, never guessed from the content:
//
// A text cell: anything that is or may be user text (ids, titles, names,
// enum names too — one rule for all text). A cell whose first character is
// "=", "+", "-", "@", TAB or CR gets a leading "'" so no spreadsheet reads it
// as a formula; control characters other than TAB, CR and LF become U+FFFD;
// the cell is quoted when it holds a quote, comma, semicolon (the separator
// of spreadsheets in many locales), CR or LF, with inner quotes doubled.
std::string csv_text(std::string_view text);
// A number cell: a value Setright computed (a count, a weight), written as a
// plain number and never prefixed, so a negative number stays a number.
std::string csv_number(double value);

// HTML text or attribute value: "&", "<", ">", '"' and "'" as character
// references, so no text becomes markup; control characters (LF and TAB
// kept) and bytes that are not UTF-8 as U+FFFD.
std::string html_text(std::string_view text);

} // namespace setright
