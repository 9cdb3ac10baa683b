// sdl_input.hpp — input the platform sides inject as the SDL events the
// system would deliver, so ImGui's SDL backend sees ordinary input: keys
// pressed by name, text typed (IME commits, on-screen keyboards, pastes on
// the web; the desktop's test driver). Shared by web/ and native/.
#pragma once

#include <SDL.h>

#include <string>

namespace setright::platform::sdl {

// A press and release of the key with this SDL name ("Backspace", "Z"), with
// modifiers (KMOD_LCTRL, KMOD_LSHIFT).
void push_key(const std::string& name, Uint16 modifiers = 0);
// UTF-8 text, one SDL_TEXTINPUT per character (an event holds 31 bytes).
void push_text(const std::string& utf8);

} // namespace setright::platform::sdl
