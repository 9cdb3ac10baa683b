// fetch_beside_web.cpp — the files the bundle fetches from beside the page
// when first needed (templates, other languages' words), and the requests
// waiting on the page's answers. See web_internal.hpp.
#include "platform/platform.hpp"
#include "platform/web/web_internal.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <utility>

namespace {

setright::platform::web::AwaitedAnswers g_fetches;

// clang-format off
EM_JS(void, setright_js_fetch_beside_page, (int request, const char* path_utf8), {
    const path = UTF8ToString(path_utf8);
    fetch(path.split('/').map(encodeURIComponent).join('/')).then((response) => {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.arrayBuffer();
    }).then((buffer) => {
        const bytes = new Uint8Array(buffer);
        const at = _malloc(Math.max(1, bytes.length));
        HEAPU8.set(bytes, at);
        Module._setright_fetched_beside_page(request, at, bytes.length);
    }, (why) => {
        console.warn('Setright: ' + path + ' not loaded:', why);
        Module._setright_fetched_beside_page(request, 0, -1);
    });
});
// clang-format on

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void setright_fetched_beside_page(int request, char* bytes, int length) {
    g_fetches.answer(request, bytes, length);
}

namespace setright::platform::web {

void AwaitedAnswers::answer(int request, char* bytes, int length) {
    std::optional<std::string> answer;
    if (length >= 0) answer.emplace(bytes, size_t(length));
    std::free(bytes);
    auto waiting = waiting_.find(request);
    if (waiting == waiting_.end()) return;
    Arrived arrived = std::move(waiting->second);
    waiting_.erase(waiting);
    arrived(std::move(answer));
    request_frame();
}

void fetch_beside_page(const std::string& path, Arrived arrived) {
    setright_js_fetch_beside_page(g_fetches.add(std::move(arrived)), path.c_str());
}

} // namespace setright::platform::web
