// demo_main.cpp — the bare Dear ImGui demo, the baseline of scripts/bench:
// the same ImGui, SDL2 and WebGL2 backends, toolchain and link flags as
// Setright, drawing ImGui::ShowDemoWindow() and nothing else. It records
// performance.now() at its first frame as window.benchFirstFrameMs, the
// moment Setright records as window.setright.firstFrameMs.
#include <GLES3/gl3.h>
#include <SDL.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <cstdio>

namespace {

SDL_Window* g_window = nullptr;
bool g_first_frame_recorded = false;

void frame() {
    SDL_Event event;
    while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    ImGui::ShowDemoWindow();
    ImGui::Render();
    int width = 0, height = 0;
    SDL_GL_GetDrawableSize(g_window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.1f, 0.1f, 0.1f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(g_window);
    if (!g_first_frame_recorded) {
        g_first_frame_recorded = true;
        // (clang-format leaves the JavaScript in EM_JS and EM_ASM alone: it is not C++.)
        // clang-format off
        EM_ASM({ window.benchFirstFrameMs = performance.now(); });
        // clang-format on
    }
}

} // namespace

int main(int, char**) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    g_window = SDL_CreateWindow("Dear ImGui demo", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    SDL_GLContext context = SDL_GL_CreateContext(g_window);
    SDL_GL_MakeCurrent(g_window, context);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(g_window, context);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
