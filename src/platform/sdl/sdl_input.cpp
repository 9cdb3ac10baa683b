// sdl_input.cpp — see sdl_input.hpp.
#include "sdl_input.hpp"

namespace setright::platform::sdl {
namespace {

Uint32 window_id() {
    SDL_Window* window = SDL_GL_GetCurrentWindow();
    return window ? SDL_GetWindowID(window) : 0;
}

} // namespace

void push_key(const std::string& name, Uint16 modifiers) {
    for (Uint32 type : {Uint32(SDL_KEYDOWN), Uint32(SDL_KEYUP)}) {
        SDL_Event e{};
        e.type = type;
        e.key.windowID = window_id();
        e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.key.keysym.scancode = SDL_GetScancodeFromName(name.c_str());
        e.key.keysym.sym = SDL_GetKeyFromName(name.c_str());
        e.key.keysym.mod = modifiers;
        SDL_PushEvent(&e);
    }
}

void push_text(const std::string& utf8) {
    for (size_t i = 0; i < utf8.size();) {
        size_t length = 1;
        while (i + length < utf8.size() && (static_cast<unsigned char>(utf8[i + length]) & 0xC0) == 0x80) ++length;
        SDL_Event e{};
        e.type = SDL_TEXTINPUT;
        e.text.windowID = window_id();
        utf8.copy(e.text.text, length, i);
        SDL_PushEvent(&e);
        i += length;
    }
}

} // namespace setright::platform::sdl
