// main_menu.hpp — the menu bar: file actions and the language switch.
#pragma once

namespace setright::app {
struct App;
void draw_main_menu(App& app);
} // namespace setright::app
