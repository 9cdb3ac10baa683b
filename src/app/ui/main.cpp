// main.cpp — Setright in the browser: SDL2 window and WebGL2 context, Dear
// ImGui 1.92 over them, one frame per call from the platform's main loop.
//
// The canvas fills the page (web/page.css); SDL's resizable high-DPI window
// follows its CSS size and renders at devicePixelRatio, and ImGui 1.92 bakes
// fonts at the framebuffer scale, so text stays crisp on a retina screen.
#include "logic/app_state.hpp"
#include "logic/notice.hpp"
#include "logic/persistence.hpp"
#include "ui/app_frame.hpp"
#include "ui/fonts.hpp"
#include "ui/item_registry.hpp"
#include "ui/lazy_font_loader.hpp"
#include "ui/page_sync.hpp"
#include "ui/theme.hpp"
#include "ui/touch_scroll.hpp"
#include "ui/type_into_field.hpp"

#include "platform/platform.hpp"
#include "platform/test_api.hpp"

#include <GLES3/gl3.h>
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <utility>

namespace {

struct Runtime {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    setright::app::App app;
    bool first_frame_done = false;
    int settle_frames = 0; // frames still to draw after the last input
};

// After input ImGui needs a few frames to settle (hover, windows appearing
// after a hidden first frame, layout that depends on the previous frame).
constexpr int kSettleFrames = 4;
// A text cursor blinks about twice a second: wake for it while typing.
constexpr double kCaretBlinkSeconds = 0.5;

// The sooner of two wake-up times in seconds, where < 0 means none.
double earliest(double a, double b) {
    if (a < 0) return b;
    if (b < 0) return a;
    return std::min(a, b);
}

// Draw again at once, later, or only on the next event.
void schedule_next_frame(Runtime& rt, bool had_input) {
    // Input ImGui has queued but not yet applied (it trickles key and text
    // events over frames, as an IME's Backspace-then-retype needs) keeps drawing.
    had_input = had_input || !ImGui::GetCurrentContext()->InputEventsQueue.empty();
    rt.settle_frames = had_input ? kSettleFrames : std::max(0, rt.settle_frames - 1);
    if (rt.settle_frames > 0) return;
    // The earliest of: the autosave, the caret's next blink, and midnight
    // (an idle page shows the new day's verdict without waiting for input).
    double wake_in = earliest(setright::app::persistence_seconds_until_due(rt.app), setright::app::seconds_until_the_date_changes(rt.app));
    wake_in = earliest(wake_in, setright::app::notice_seconds_left(rt.app, setright::platform::monotonic_seconds())); // a brief notice goes
    if (ImGui::GetIO().WantTextInput) wake_in = earliest(wake_in, kCaretBlinkSeconds);
    setright::platform::sleep_until_event(wake_in);
}

Runtime* g_runtime = nullptr; // lives for the page's lifetime: main() returns on the web

void draw_frame(Runtime& rt) {
    using Clock = std::chrono::steady_clock;
    const Clock::time_point start = Clock::now();

    SDL_Event event;
    bool had_input = !rt.first_frame_done;
    setright::ui::release_text_for_field();
    while (SDL_PollEvent(&event)) {
        if (setright::ui::hold_text_for_field(event)) {
            had_input = true;
            continue;
        }
        setright::ui::touch_scroll_event(event);
        ImGui_ImplSDL2_ProcessEvent(&event);
        setright::ui::touch_lifted(event);
        had_input = true;
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    setright::app::app_before_frame(rt.app); // the theme and layout for this frame's size
    ImGui::NewFrame();
    setright::ui::touch_scroll_new_frame();
    setright::app::app_draw(rt.app);
    ImGui::Render();

    int width = 0, height = 0;
    SDL_GL_GetDrawableSize(rt.window, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4& clear = setright::ui::background();
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    setright::app::item_registry_frame_done();
    // The page's accessibility tree and find index follow a frame later on the
    // first: building them (5-10 ms) would hold the first pixels back.
    if (rt.first_frame_done) setright::app::sync_page(rt.app);
    setright::ui::request_fonts_for_missing_glyphs();

    rt.app.frame_stats.add(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (!rt.first_frame_done) {
        rt.first_frame_done = true;
        setright::platform::first_frame_drawn();
    }
    // Content coasting after a touch drag moves without input.
    schedule_next_frame(rt, had_input || std::exchange(rt.app.redraw, false) || setright::ui::touch_scroll_moving());
}

// ImGui says where text is typed and what it copied; the SDL backend acts on
// it (on the desktop, the system's IME and clipboard), and so does the
// platform (on the web, the hidden text agent and the Clipboard API).
void (*g_backend_set_ime)(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData*) = nullptr;
void (*g_backend_set_clipboard)(ImGuiContext*, const char*) = nullptr;

void connect_text_input() {
    ImGuiPlatformIO& platform_io = ImGui::GetPlatformIO();
    g_backend_set_ime = platform_io.Platform_SetImeDataFn;
    g_backend_set_clipboard = platform_io.Platform_SetClipboardTextFn;
    platform_io.Platform_SetImeDataFn = [](ImGuiContext* ctx, ImGuiViewport* viewport, ImGuiPlatformImeData* data) {
        if (g_backend_set_ime) g_backend_set_ime(ctx, viewport, data);
        setright::platform::text_input_at(data->WantVisible, data->InputPos.x, data->InputPos.y, data->InputLineHeight);
    };
    platform_io.Platform_SetClipboardTextFn = [](ImGuiContext* ctx, const char* text) {
        if (g_backend_set_clipboard) g_backend_set_clipboard(ctx, text);
        setright::platform::clipboard_copied(text ? text : "");
    };
    setright::platform::text_input_at(false, 0, 0, 0); // sets up the web's text agent before any typing
}

void register_test_api(Runtime& rt) {
    setright::platform::TestApiAnswers answers;
    answers.items_json = [] { return setright::app::items_to_json(setright::app::items_drawn_last_frame()); };
    answers.state_json = [&rt] { return setright::app::app_state_json(rt.app); };
    answers.frame_stats_json = [&rt](int from) { return rt.app.frame_stats.to_json(size_t(std::max(from, 0))); };
    answers.layout_problems_json = [] {
        setright::app::LayoutRules rules;
        rules.min_target = setright::platform::pointer_is_coarse() ? setright::app::kMinTargetCoarse : setright::app::kMinTargetFine;
        rules.viewport_w = ImGui::GetMainViewport()->Size.x;
        rules.viewport_h = ImGui::GetMainViewport()->Size.y;
        rules.min_text_room = ImGui::GetStyle().FontSizeBase * 1.5f;
        rules.clip_slack = std::max(ImGui::GetStyle().WindowPadding.x, ImGui::GetStyle().WindowPadding.y);
        const auto& items = setright::app::items_drawn_last_frame();
        return setright::app::layout_problems_to_json(setright::app::find_layout_problems(items, rules));
    };
    answers.missing_glyphs = [] { return setright::app::count_missing_glyphs(ImGui::GetDrawData()); };
    answers.coloured_glyphs = [] { return setright::app::count_coloured_glyphs(ImGui::GetDrawData()); };
    answers.glyph_height = [](unsigned codepoint) { return setright::app::glyph_height(codepoint); };
    answers.performance_json = [&rt](int from) {
        std::string json = rt.app.frame_stats.to_json(size_t(std::max(from, 0)));
        json.pop_back(); // the closing brace: two more members follow
        char more[128];
        std::snprintf(more, sizeof more, ",\"heapBytes\":%zu,\"lastSaveMs\":%.3f,\"storage\":\"%s\"}", setright::platform::heap_bytes(),
                      rt.app.persistence.last_save_ms, setright::app::persistence_status(rt.app));
        return json + more;
    };
    setright::platform::register_test_api(std::move(answers));
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
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);

    g_runtime = new Runtime();
    Runtime& rt = *g_runtime;
    int width = 0, height = 0;
    setright::platform::viewport_size(width, height);
    rt.window = SDL_CreateWindow("Setright", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, width, height,
                                 SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!rt.window) {
        std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError());
        return 1;
    }
    rt.gl = SDL_GL_CreateContext(rt.window);
    if (!rt.gl) {
        setright::platform::no_graphics(SDL_GetError());
        return 1;
    }

    setright::platform::answer_gl_state_locally();

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout is the app's, not a file's
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui::GetCurrentContext()->TestEngineHookItems = true; // feed item_registry.cpp
    ImGui_ImplSDL2_InitForOpenGL(rt.window, rt.gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    if (!setright::app::load_fonts(setright::ui::text_px(setright::ui::TextSize::Body)))
        std::fprintf(stderr, "fonts missing under /fonts: their glyphs will be missing\n"); // ImGui's own is not built in

    connect_text_input();
    setright::app::app_init(rt.app);
    register_test_api(rt);
    setright::platform::run_main_loop([&rt] { draw_frame(rt); });
    return 0;
}
