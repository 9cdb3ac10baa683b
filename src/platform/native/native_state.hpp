// native_state.hpp — what the desktop side's files share: the handlers the
// app registered and the settings read from the environment.
#pragma once

#include "platform/platform.hpp"
#include "platform/test_api.hpp"

#include <SDL.h>

#include <string>

namespace setright::platform::native {

// $name if set and not empty, else `fallback`.
std::string env_or(const char* name, const std::string& fallback);
// $XDG_<kind>_HOME-style folder: $override, else $xdg/setright-ish, else ~/fallback.
std::string user_folder(const char* override_name, const char* xdg_name, const char* home_fallback);

// Drop events (SDL_DROPBEGIN/FILE/COMPLETE): read the files, hand them over.
void take_drop_events();
// The test driver on stdin/stdout, when SETRIGHT_TEST_STDIO=1 (test_stdio_native.cpp).
void start_test_stdio();
void take_test_commands();

} // namespace setright::platform::native
