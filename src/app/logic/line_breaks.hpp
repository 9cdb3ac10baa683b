// line_breaks.hpp — where wrapped text may break. Dear ImGui breaks a line
// after any '.', ',', ';', '!', '?' or '"', even inside a word: "1,250,000"
// can end one line with "1," and start the next with "250,000", a Norwegian
// date "23.10.2019" split in two, a Norwegian or Russian question ending
// "?»" put its "»" at the start of a line. Lines break between words instead.
#pragma once

#include <cstddef>
#include <string_view>

namespace setright::app {

// Whether ImGui could break `text` inside a word: one of those marks with
// more of the word right after it. Only such text needs its breaks checked.
bool may_break_inside_word(std::string_view text);

// `line` is a line being wrapped and `break_at` where ImGui would end it. A
// break inside a word moves back to the space before the word; a word wider
// than the whole line is cut where it was, there being nowhere better.
size_t break_between_words(std::string_view line, size_t break_at);

} // namespace setright::app
