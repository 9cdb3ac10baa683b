// test_api_web.cpp — exports the app's test-API answers to JavaScript;
// web/page.js wraps them as window.setright. Strings stay valid until the
// next call of the same function.
#include "platform/test_api.hpp"

#include <emscripten/emscripten.h>

namespace {
setright::platform::TestApiAnswers g_answers;

const char* keep(std::string& slot, const std::function<std::string()>& answer) {
    slot = answer ? answer() : std::string();
    return slot.c_str();
}
} // namespace

namespace setright::platform {
void register_test_api(TestApiAnswers answers) { g_answers = std::move(answers); }
} // namespace setright::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* setright_test_items_json() {
    static std::string slot;
    return keep(slot, g_answers.items_json);
}

EMSCRIPTEN_KEEPALIVE const char* setright_test_state_json() {
    static std::string slot;
    return keep(slot, g_answers.state_json);
}

EMSCRIPTEN_KEEPALIVE const char* setright_test_frame_stats_json(int from) {
    static std::string slot;
    slot = g_answers.frame_stats_json ? g_answers.frame_stats_json(from) : std::string();
    return slot.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* setright_test_performance_json(int from) {
    static std::string slot;
    slot = g_answers.performance_json ? g_answers.performance_json(from) : std::string();
    return slot.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* setright_test_layout_problems_json() {
    static std::string slot;
    return keep(slot, g_answers.layout_problems_json);
}

EMSCRIPTEN_KEEPALIVE int setright_test_missing_glyphs() { return g_answers.missing_glyphs ? g_answers.missing_glyphs() : 0; }
EMSCRIPTEN_KEEPALIVE int setright_test_coloured_glyphs() { return g_answers.coloured_glyphs ? g_answers.coloured_glyphs() : 0; }
EMSCRIPTEN_KEEPALIVE float setright_test_glyph_height(unsigned codepoint) {
    return g_answers.glyph_height ? g_answers.glyph_height(codepoint) : 0.0f;
}

} // extern "C"
