// accessibility_native.cpp — the desktop window has no DOM to mirror the
// canvas into; its title follows the open deal like the browser tab's.
#include "native_state.hpp"

namespace setright::platform {

void update_accessibility_tree(const std::string&) {}
void announce(const std::string&, bool) {}
void on_accessibility_focus(std::function<void(unsigned)>) {}
void on_accessibility_typing(std::function<void(unsigned)>) {}
void update_find_index(const std::string&) {}
void on_find_scrolled(std::function<void(unsigned, float)>) {}
void focus_accessibility_element(unsigned) {}
void set_page_language(const std::string&) {}
void set_skip_link(const std::string&) {}
void set_page_title(const std::string& title) {
    if (SDL_Window* window = SDL_GL_GetCurrentWindow()) SDL_SetWindowTitle(window, title.c_str());
}

} // namespace setright::platform
