// open_url_native.cpp — platform::open_url on the desktop: SDL asks the
// system (xdg-open on Linux) to open the link.
#include "native_state.hpp"

#include <cstdio>

namespace setright::platform {

void open_url(const std::string& url) {
    if (SDL_OpenURL(url.c_str()) != 0) std::fprintf(stderr, "setright: could not open a link: %s\n", SDL_GetError());
}

} // namespace setright::platform
