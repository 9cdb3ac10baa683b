// appearance.hpp — light or dark: the user's choice, remembered in this
// browser apart from the workspace, or the system's (prefers-color-scheme).
#pragma once

#include <optional>
#include <string_view>

namespace setright::app {

enum class ThemeChoice { System, Light, Dark };

// "system", "light", "dark": how the choice is remembered.
const char* theme_choice_code(ThemeChoice choice);
std::optional<ThemeChoice> theme_choice_from_code(std::string_view code);

// Whether to draw dark, given the choice and what the system prefers.
bool draws_dark(ThemeChoice choice, bool system_prefers_dark);

} // namespace setright::app
