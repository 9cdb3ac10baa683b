// shortcuts_help.hpp — View → "Keyboard shortcuts" (or F1): every key
// Setright answers to, and the browser's own keys that stay the browser's.
#pragma once

namespace setright::app {

struct App;

// Opens the list on the next draw.
void open_shortcuts_help();
// F1 opens it; draws it while open.
void draw_shortcuts_help(App& app);

} // namespace setright::app
