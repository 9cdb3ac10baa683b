// line_breaks.cpp — see line_breaks.hpp.
#include "logic/line_breaks.hpp"

namespace setright::app {
namespace {

// After these ImGui allows a break (imgui_draw.cpp, CalcWordWrapPosition).
bool breaks_after(char c) { return c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '"'; }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

} // namespace

bool may_break_inside_word(std::string_view text) {
    for (size_t i = 0; i + 1 < text.size(); ++i)
        if (breaks_after(text[i]) && !is_blank(text[i + 1])) return true;
    return false;
}

size_t break_between_words(std::string_view line, size_t break_at) {
    if (break_at == 0 || break_at >= line.size()) return break_at;
    if (!breaks_after(line[break_at - 1]) || is_blank(line[break_at])) return break_at;
    const size_t space = line.rfind(' ', break_at - 1);
    if (space == std::string_view::npos || space == 0) return break_at;
    return space;
}

} // namespace setright::app
