// page_web.cpp — the browser page: viewport size, language, the main loop.
//
// The main loop is the browser's requestAnimationFrame through Emscripten.
// SDL2's Emscripten backend follows CSS size changes of a resizable window's
// canvas, so the page only has to keep the canvas at 100% of the window.
#include "platform/platform.hpp"
#include "platform/web/web_internal.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/heap.h>
#include <emscripten/html5.h>

#include <cstdio>
#include <cstdlib>

namespace {

// (clang-format leaves the JavaScript in EM_JS and EM_ASM alone: it is not C++.)
// clang-format off
EM_JS(char*, setright_js_url_language, (), {
    const lang = new URLSearchParams(window.location.search).get('lang') || "";
    return allocateUTF8(lang.slice(0, 16));
});
// clang-format on

// clang-format off
EM_JS(char*, setright_js_preferred_language, (), {
    const lang = (navigator.languages && navigator.languages[0]) || navigator.language || "";
    return allocateUTF8(String(lang).slice(0, 16));
});
// clang-format on

// clang-format off
EM_JS(int, setright_js_prefers_dark, (), {
    // Asked every frame: the query object is made once.
    if (!Module.setrightDarkQuery) Module.setrightDarkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    return Module.setrightDarkQuery && Module.setrightDarkQuery.matches ? 1 : 0;
});
// clang-format on

// clang-format off
EM_JS(int, setright_js_pointer_is_coarse, (), {
    if (!Module.setrightCoarseQuery) Module.setrightCoarseQuery = window.matchMedia ? window.matchMedia('(pointer: coarse)') : null;
    return Module.setrightCoarseQuery && Module.setrightCoarseQuery.matches ? 1 : 0;
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_set_page_colors, (int dark), {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    const meta = document.querySelector('meta[name="theme-color"]');
    if (meta) meta.content = dark ? '#1b1d22' : '#f6f7f9';
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_first_frame_drawn, (), {
    if (typeof setrightPage !== 'undefined') setrightPage.firstFrameDrawn();
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_no_graphics, (), {
    if (typeof setrightPage !== 'undefined') setrightPage.noGraphics();
});
// clang-format on

std::string take_js_string(char* s) {
    std::string out = s ? s : "";
    std::free(s);
    return out;
}

std::function<void()> g_frame;
std::function<void()> g_flush;

// blur, visibilitychange to hidden and pagehide: localStorage writes are
// synchronous, so a save made here is complete before the tab goes away.
// clang-format off
EM_JS(void, setright_js_watch_page_hidden, (), {
    const flush = () => { if (Module._setright_page_hidden) Module._setright_page_hidden(); };
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
});
// clang-format on

void main_loop_tick(void*) { g_frame(); }

bool g_sleeping = false;
long g_wake_timer = 0;

// Every event that can change what is on screen wakes the loop. SDL listens
// to the same events and queues them; the next frame reads that queue.
// clang-format off
EM_JS(void, setright_js_watch_wake_events, (), {
    const wake = () => Module._setright_wake();
    const options = { capture: true, passive: true };
    for (const type of ['mousedown', 'mouseup', 'mousemove', 'wheel', 'keydown', 'keyup', 'keypress', 'touchstart',
                        'touchmove', 'touchend', 'touchcancel', 'pointerdown', 'pointermove', 'pointerup', 'focus',
                        'blur', 'resize', 'drop', 'dragover', 'storage', 'paste', 'copy', 'cut', 'input',
                        'compositionstart', 'compositionupdate', 'compositionend'])
        window.addEventListener(type, wake, options);
    document.addEventListener('visibilitychange', wake, options);
    // The system switching between light and dark, zoom changing the pixel ratio.
    if (window.matchMedia) window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', wake);
});
// clang-format on

void wake() {
    if (g_wake_timer) {
        emscripten_clear_timeout(g_wake_timer);
        g_wake_timer = 0;
    }
    if (!g_sleeping) return;
    g_sleeping = false;
    emscripten_resume_main_loop();
}

void wake_from_timer(void*) {
    g_wake_timer = 0;
    wake();
}

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
bool prefers_dark_colors() { return setright_js_prefers_dark() != 0; }
void set_page_colors(bool dark) { setright_js_set_page_colors(dark ? 1 : 0); }
bool pointer_is_coarse() { return setright_js_pointer_is_coarse() != 0; }

void run_main_loop(std::function<void()> frame) {
    g_frame = std::move(frame);
    // fps 0: driven by requestAnimationFrame. Not simulating an infinite loop:
    // main() returns and the runtime stays alive (EXIT_RUNTIME=0).
    emscripten_set_main_loop_arg(main_loop_tick, nullptr, 0, false);
    setright_js_watch_wake_events();
    // The first frame at once rather than at the next animation frame (up to
    // 16 ms away): the browser shows it when main() returns.
    web::draw_frame_now();
}

void sleep_until_event(double wake_in_seconds) {
    if (g_wake_timer) emscripten_clear_timeout(g_wake_timer);
    g_wake_timer = wake_in_seconds >= 0 ? emscripten_set_timeout(wake_from_timer, wake_in_seconds * 1000.0, nullptr) : 0;
    if (g_sleeping) return;
    g_sleeping = true;
    emscripten_pause_main_loop();
}

void first_frame_drawn() { setright_js_first_frame_drawn(); }

// Not before the loop runs: a link handed over while main() sets up comes
// to its first frame anyway.
void web::draw_frame_now() {
    if (g_frame) main_loop_tick(nullptr);
}

void no_graphics(const char* why) {
    std::fprintf(stderr, "no WebGL2 context: %s\n", why);
    setright_js_no_graphics();
}

void request_frame() { wake(); }

void on_page_hidden(std::function<void()> flush) {
    g_flush = std::move(flush);
    setright_js_watch_page_hidden();
}

double monotonic_seconds() { return emscripten_get_now() / 1000.0; }

size_t heap_bytes() { return emscripten_get_heap_size(); }

// Preloaded (or embedded, in the single file) under /fonts; see src/app/CMakeLists.txt.
std::string font_path(const std::string& file_name) { return "/fonts/" + file_name; }

} // namespace setright::platform

extern "C" EMSCRIPTEN_KEEPALIVE void setright_wake() { wake(); }

// The test API's settled(): asleep means every input so far is drawn and settled.
extern "C" EMSCRIPTEN_KEEPALIVE int setright_test_asleep() { return g_sleeping ? 1 : 0; }

extern "C" EMSCRIPTEN_KEEPALIVE void setright_page_hidden() {
    if (g_flush) g_flush();
}
