// page_web.cpp — the browser page: viewport size, language, the main loop.
//
// The main loop is the browser's requestAnimationFrame through Emscripten.
// SDL2's Emscripten backend follows CSS size changes of a resizable window's
// canvas, so the page only has to keep the canvas at 100% of the window.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>

namespace {

EM_JS(char*, setright_js_url_language, (), {
    const lang = new URLSearchParams(window.location.search).get('lang') || '';
    return allocateUTF8(lang.slice(0, 16));
});

EM_JS(char*, setright_js_preferred_language, (), {
    const lang = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    return allocateUTF8(String(lang).slice(0, 16));
});

EM_JS(void, setright_js_first_frame_drawn, (), {
    if (typeof setrightPage !== 'undefined') setrightPage.firstFrameDrawn();
});

std::string take_js_string(char* s) {
    std::string out = s ? s : "";
    std::free(s);
    return out;
}

std::function<void()> g_frame;

void main_loop_tick(void*) { g_frame(); }

} // namespace

namespace setright::platform {

void viewport_size(int& width, int& height) {
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    width = w > 0 ? int(w) : 1280;
    height = h > 0 ? int(h) : 800;
}

std::string url_language() { return take_js_string(setright_js_url_language()); }
std::string preferred_language() { return take_js_string(setright_js_preferred_language()); }

void run_main_loop(std::function<void()> frame) {
    g_frame = std::move(frame);
    // fps 0: driven by requestAnimationFrame. Not simulating an infinite loop:
    // main() returns and the runtime stays alive (EXIT_RUNTIME=0).
    emscripten_set_main_loop_arg(main_loop_tick, nullptr, 0, false);
}

void first_frame_drawn() { setright_js_first_frame_drawn(); }

} // namespace setright::platform
