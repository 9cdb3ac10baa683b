// appearance.cpp — see appearance.hpp.
#include "logic/appearance.hpp"

namespace setright::app {

const char* theme_choice_code(ThemeChoice choice) {
    switch (choice) {
    case ThemeChoice::System: return "system";
    case ThemeChoice::Light: return "light";
    case ThemeChoice::Dark: return "dark";
    }
    return "system";
}

std::optional<ThemeChoice> theme_choice_from_code(std::string_view code) {
    for (ThemeChoice choice : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark}) {
        if (code == theme_choice_code(choice)) return choice;
    }
    return std::nullopt;
}

bool draws_dark(ThemeChoice choice, bool system_prefers_dark) {
    switch (choice) {
    case ThemeChoice::System: return system_prefers_dark;
    case ThemeChoice::Light: return false;
    case ThemeChoice::Dark: return true;
    }
    return system_prefers_dark;
}

} // namespace setright::app
