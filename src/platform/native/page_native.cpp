// page_native.cpp — the desktop window: size, language, the main loop.
//
// The loop waits in SDL_WaitEvent while the app sleeps, so an idle Setright
// uses no CPU, as on the web. Before each frame it takes the events that are
// the platform's business (files dropped, test commands, quitting, losing
// focus) and leaves input to ImGui's SDL2 backend.
#include "native_state.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace setright::platform::native {

std::string env_or(const char* name, const std::string& fallback) {
    const char* value = std::getenv(name);
    return value && *value ? std::string(value) : fallback;
}

std::string user_folder(const char* override_name, const char* xdg_name, const char* home_fallback) {
    if (const char* set = std::getenv(override_name); set && *set) return set;
    if (const char* xdg = std::getenv(xdg_name); xdg && *xdg) return std::string(xdg) + "/setright";
    return env_or("HOME", ".") + "/" + home_fallback;
}

} // namespace setright::platform::native

namespace {

std::function<void()> g_flush;
bool g_sleeping = false;
double g_wake_in = -1;
Uint32 g_wake_event = 0;

// Closing the window or losing focus is the last chance to save.
bool take_quit_and_focus_events() {
    SDL_Event events[16];
    bool quit = SDL_PeepEvents(events, 16, SDL_PEEKEVENT, SDL_QUIT, SDL_QUIT) > 0;
    const int n = SDL_PeepEvents(events, 16, SDL_PEEKEVENT, SDL_WINDOWEVENT, SDL_WINDOWEVENT);
    for (int i = 0; i < n; ++i) {
        const Uint8 what = events[i].window.event;
        if (what == SDL_WINDOWEVENT_FOCUS_LOST || what == SDL_WINDOWEVENT_HIDDEN || what == SDL_WINDOWEVENT_MINIMIZED ||
            what == SDL_WINDOWEVENT_CLOSE)
            if (g_flush) g_flush();
    }
    return quit;
}

} // namespace

namespace setright::platform {

void viewport_size(int& width, int& height) {
    width = 1280;
    height = 800;
    const std::string size = native::env_or("SETRIGHT_WINDOW_SIZE", ""); // "1024x768"
    int w = 0, h = 0;
    if (std::sscanf(size.c_str(), "%dx%d", &w, &h) == 2 && w > 0 && h > 0) {
        width = w;
        height = h;
    }
}

// The desktop's "?lang=": SETRIGHT_LANG.
std::string url_language() { return native::env_or("SETRIGHT_LANG", ""); }

// "nb_NO.UTF-8" -> "nb-NO", from the usual locale variables.
std::string preferred_language() {
    std::string locale = native::env_or("LC_ALL", native::env_or("LC_MESSAGES", native::env_or("LANG", "")));
    locale = locale.substr(0, locale.find_first_of(".@"));
    for (char& c : locale)
        if (c == '_') c = '-';
    return locale == "C" || locale == "POSIX" ? "" : locale;
}

// Every language's words are linked into the desktop app: none to fetch.
void read_translations(const std::string&, std::function<void(std::optional<std::string>)> arrived) { arrived(std::nullopt); }

// The desktop's prefers-color-scheme: SETRIGHT_THEME=light asks for light; dark otherwise.
bool prefers_dark_colors() { return native::env_or("SETRIGHT_THEME", "dark") != "light"; }
void set_page_colors(bool) {}              // no page around the window
bool pointer_is_coarse() { return false; } // a mouse, or a touchpad acting as one

void run_main_loop(std::function<void()> frame) {
    g_wake_event = SDL_RegisterEvents(1);
    native::start_test_stdio();
    for (;;) {
        if (g_sleeping) {
            if (g_wake_in < 0)
                SDL_WaitEvent(nullptr);
            else
                SDL_WaitEventTimeout(nullptr, int(g_wake_in * 1000.0) + 1);
            g_sleeping = false;
        }
        SDL_PumpEvents();
        // Drop the wake-ups before reading what they announced: one pushed
        // after this line stays queued and wakes the next wait.
        SDL_FlushEvent(g_wake_event);
        native::take_test_commands();
        native::take_drop_events();
        if (take_quit_and_focus_events()) {
            if (g_flush) g_flush();
            return;
        }
        frame();
    }
}

void sleep_until_event(double wake_in_seconds) {
    g_sleeping = true;
    g_wake_in = wake_in_seconds;
}

void request_frame() {
    SDL_Event event{};
    event.type = g_wake_event;
    SDL_PushEvent(&event); // thread-safe: wakes SDL_WaitEvent
}

void first_frame_drawn() {}

// A desktop driver answers state queries from the client side already.
void answer_gl_state_locally() {}

void no_graphics(const char* why) { std::fprintf(stderr, "no OpenGL ES 3 context: %s\n", why); }

void on_page_hidden(std::function<void()> flush) { g_flush = std::move(flush); }

double monotonic_seconds() { return double(SDL_GetPerformanceCounter()) / double(SDL_GetPerformanceFrequency()); }

size_t heap_bytes() { return 0; } // the benchmarks measure the browser build

std::string font_path(const std::string& file_name) {
    return native::env_or("SETRIGHT_FONT_DIR", SETRIGHT_NATIVE_FONT_DIR) + "/" + file_name;
}

void read_lazy_font(const std::string& file_name, std::function<void(std::optional<std::string>)> arrived) {
    // Colour emoji blocks hold PNGs for the page to decode; the desktop build
    // has no decoder and draws Symbola's one-colour emoji instead.
    if (file_name.size() > 5 && file_name.compare(file_name.size() - 5, 5, ".pngs") == 0) return arrived(std::nullopt);
    std::ifstream file(font_path(file_name), std::ios::binary);
    if (!file) return arrived(std::nullopt);
    arrived(std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()));
}

} // namespace setright::platform

namespace setright::platform {

// SDL's own IME support and clipboard are the system's on the desktop.
void text_input_at(bool, float, float, float) {}
void clipboard_copied(const std::string&) {}
void on_paste(std::function<void(const std::string&, const std::string&)>) {}

} // namespace setright::platform

namespace setright::platform {

// A desktop program has no URL to carry a deal: files are exported instead.
bool can_share_links() { return false; }
void copy_share_link(const std::string&, std::function<void(size_t, bool)> done) { done(0, false); }

} // namespace setright::platform
