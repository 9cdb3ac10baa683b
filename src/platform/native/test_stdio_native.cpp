// test_stdio_native.cpp — the desktop app's test API (tests/README.md,
// "The desktop app"): with SETRIGHT_TEST_STDIO=1 it reads one command per line
// on stdin and answers one line on stdout. Queries answer from the last frame,
// as window.setright does; actions become the SDL events the system would
// deliver (mouse, keys, text, dropped files), so the app sees real input.
//
//   items | state | stats | glyphs | layout -> one JSON line
//   move X Y | down | up | wheel DY        -> ok
//   key NAME [ctrl] [shift]                -> ok   (SDL key names: Return, A, Z ...)
//   text UTF-8...                          -> ok
//   drop PATH [PATH...] (tab-separated)    -> ok
//   quit                                   -> ok, then the app saves and exits
#include "native_state.hpp"

#include "platform/sdl/sdl_input.hpp"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

namespace {

setright::platform::TestApiAnswers g_answers;
std::mutex g_mutex;
std::deque<std::string> g_commands;
bool g_enabled = false;
int g_mouse_x = 0, g_mouse_y = 0;

Uint32 window_id() {
    SDL_Window* window = SDL_GL_GetCurrentWindow();
    return window ? SDL_GetWindowID(window) : 0;
}

// One answer, one line: JSON strings never hold a raw line break, so the
// pretty-printed state loses only its layout.
void reply(std::string line) {
    line.erase(std::remove(line.begin(), line.end(), '\n'), line.end());
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void push(SDL_Event event) { SDL_PushEvent(&event); }

void mouse_button(Uint32 type) {
    SDL_Event e{};
    e.type = type;
    e.button.windowID = window_id();
    e.button.button = SDL_BUTTON_LEFT;
    e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.button.clicks = 1;
    e.button.x = g_mouse_x;
    e.button.y = g_mouse_y;
    push(e);
}

void drop(const std::string& paths) {
    SDL_Event begin{};
    begin.type = SDL_DROPBEGIN;
    begin.drop.windowID = window_id();
    push(begin);
    std::istringstream list(paths);
    std::string path;
    while (std::getline(list, path, '\t')) {
        SDL_Event file{};
        file.type = SDL_DROPFILE;
        file.drop.file = SDL_strdup(path.c_str()); // freed by take_drop_events
        file.drop.windowID = window_id();
        push(file);
    }
    SDL_Event complete{};
    complete.type = SDL_DROPCOMPLETE;
    complete.drop.windowID = window_id();
    push(complete);
}

void run(const std::string& line) {
    std::istringstream words(line);
    std::string command;
    words >> command;
    const std::string rest = line.size() > command.size() + 1 ? line.substr(command.size() + 1) : "";
    if (command == "items") return reply(g_answers.items_json ? g_answers.items_json() : "[]");
    if (command == "state") return reply(g_answers.state_json ? g_answers.state_json() : "null");
    if (command == "stats") return reply(g_answers.frame_stats_json ? g_answers.frame_stats_json(0) : "null");
    if (command == "glyphs") return reply(std::to_string(g_answers.missing_glyphs ? g_answers.missing_glyphs() : -1));
    if (command == "layout") return reply(g_answers.layout_problems_json ? g_answers.layout_problems_json() : "[]");
    if (command == "move") {
        int x = 0, y = 0;
        words >> x >> y;
        SDL_Event e{};
        e.type = SDL_MOUSEMOTION;
        e.motion.windowID = window_id();
        e.motion.x = x;
        e.motion.y = y;
        e.motion.xrel = x - g_mouse_x;
        e.motion.yrel = y - g_mouse_y;
        g_mouse_x = x;
        g_mouse_y = y;
        push(e);
    } else if (command == "down") {
        mouse_button(SDL_MOUSEBUTTONDOWN);
    } else if (command == "up") {
        mouse_button(SDL_MOUSEBUTTONUP);
    } else if (command == "wheel") {
        float dy = 0;
        words >> dy;
        SDL_Event e{};
        e.type = SDL_MOUSEWHEEL;
        e.wheel.windowID = window_id();
        e.wheel.y = int(dy);
        e.wheel.preciseY = dy;
        push(e);
    } else if (command == "key") {
        std::string name, modifier;
        words >> name;
        Uint16 mods = 0;
        while (words >> modifier) mods |= modifier == "ctrl" ? KMOD_LCTRL : modifier == "shift" ? KMOD_LSHIFT : 0;
        setright::platform::sdl::push_key(name, mods);
    } else if (command == "text") {
        setright::platform::sdl::push_text(rest);
    } else if (command == "drop") {
        drop(rest);
    } else if (command == "quit") {
        SDL_Event e{};
        e.type = SDL_QUIT;
        push(e);
    } else {
        return reply("error: unknown command " + command);
    }
    reply("ok");
}

} // namespace

namespace setright::platform {
void register_test_api(TestApiAnswers answers) { g_answers = std::move(answers); }
} // namespace setright::platform

namespace setright::platform::native {

void start_test_stdio() {
    if (env_or("SETRIGHT_TEST_STDIO", "") != "1") return;
    g_enabled = true;
    std::thread([] {
        std::string line;
        while (std::getline(std::cin, line)) {
            {
                std::lock_guard<std::mutex> lock(g_mutex);
                g_commands.push_back(line);
            }
            request_frame();
        }
        std::lock_guard<std::mutex> lock(g_mutex);
        g_commands.push_back("quit"); // the driver went away
        request_frame();
    }).detach();
}

void take_test_commands() {
    if (!g_enabled) return;
    std::deque<std::string> commands;
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        commands.swap(g_commands);
    }
    for (const std::string& line : commands) run(line);
}

} // namespace setright::platform::native
