// gl_state_web.cpp — the WebGL2 context answers the state queries Dear ImGui's
// OpenGL3 renderer makes every frame from a copy it keeps itself.
//
// The renderer saves the blend functions and equations and the scissor box
// before it draws and restores them after. Chromium keeps those values in
// the GPU process, so each getParameter for them is a synchronous round trip
// that waits for the GPU's queue: seven of them cost about 1.4 ms of a 5 ms
// frame at scale (measured with a wrapped getParameter in the scale test's
// deal). The context here is Setright's alone and every change to those
// values goes through the four setters wrapped below, so their last
// arguments are the state. A restored context starts from the defaults.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

namespace {

// clang-format off
EM_JS(void, setright_js_answer_gl_state_locally, (), {
    const gl = GLctx;
    if (!gl || gl.setrightStateShadow) return;
    const BLEND_EQUATION_RGB = 0x8009, BLEND_EQUATION_ALPHA = 0x883D, BLEND_DST_RGB = 0x80C8, BLEND_SRC_RGB = 0x80C9,
          BLEND_DST_ALPHA = 0x80CA, BLEND_SRC_ALPHA = 0x80CB, SCISSOR_BOX = 0x0C10;
    const ONE = 1, ZERO = 0, FUNC_ADD = 0x8006;
    const state = new Map();
    const reset = function() {
        state.set(BLEND_SRC_RGB, ONE).set(BLEND_SRC_ALPHA, ONE).set(BLEND_DST_RGB, ZERO).set(BLEND_DST_ALPHA, ZERO);
        state.set(BLEND_EQUATION_RGB, FUNC_ADD).set(BLEND_EQUATION_ALPHA, FUNC_ADD);
        state.set(SCISSOR_BOX, new Int32Array([0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight]));
    };
    reset();
    gl.canvas.addEventListener('webglcontextrestored', reset);
    const wrap = function(name, record) {
        const original = gl[name].bind(gl);
        gl[name] = function(a, b, c, d) { record(a, b, c, d); return original(a, b, c, d); };
    };
    wrap('blendFunc', function(src, dst) {
        state.set(BLEND_SRC_RGB, src).set(BLEND_SRC_ALPHA, src).set(BLEND_DST_RGB, dst).set(BLEND_DST_ALPHA, dst);
    });
    wrap('blendFuncSeparate', function(srcRgb, dstRgb, srcAlpha, dstAlpha) {
        state.set(BLEND_SRC_RGB, srcRgb).set(BLEND_DST_RGB, dstRgb).set(BLEND_SRC_ALPHA, srcAlpha).set(BLEND_DST_ALPHA, dstAlpha);
    });
    wrap('blendEquation', function(mode) { state.set(BLEND_EQUATION_RGB, mode).set(BLEND_EQUATION_ALPHA, mode); });
    wrap('blendEquationSeparate', function(rgb, alpha) { state.set(BLEND_EQUATION_RGB, rgb).set(BLEND_EQUATION_ALPHA, alpha); });
    wrap('scissor', function(x, y, width, height) { state.set(SCISSOR_BOX, new Int32Array([x, y, width, height])); });
    const getParameter = gl.getParameter.bind(gl);
    gl.getParameter = function(name) {
        if (!state.has(name)) return getParameter(name);
        const value = state.get(name);
        return value instanceof Int32Array ? new Int32Array(value) : value; // a copy: the caller may change it
    };
    gl.setrightStateShadow = true;
});
// clang-format on

} // namespace

namespace setright::platform {

void answer_gl_state_locally() { setright_js_answer_gl_state_locally(); }

} // namespace setright::platform
