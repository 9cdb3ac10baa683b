// templates_web.cpp — platform::read_builtin_template in the browser bundle:
// the templates are files beside the page (templates/), fetched the one time
// a user starts from one, so a first visit downloads none of the 28. The
// service worker caches them with the page's files, for use offline. (The
// single-file build links them in instead: ../templates_linked.cpp.)
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>
#include <utility>

namespace {

std::map<int, std::function<void(std::optional<std::string>)>> g_waiting;
int g_next_request = 1;

// clang-format off
EM_JS(void, setright_js_fetch_template, (int request, const char* file_name), {
    const failed = (why) => {
        console.warn('Setright: template not loaded:', why);
        Module._setright_template_arrived(request, 0, -1);
    };
    fetch('templates/' + encodeURIComponent(UTF8ToString(file_name))).then((response) => {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.arrayBuffer();
    }).then((buffer) => {
        const bytes = new Uint8Array(buffer);
        const at = _malloc(Math.max(1, bytes.length));
        HEAPU8.set(bytes, at);
        Module._setright_template_arrived(request, at, bytes.length);
    }, failed);
});
// clang-format on

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void setright_template_arrived(int request, char* bytes, int length) {
    std::optional<std::string> text;
    if (length >= 0) text.emplace(bytes, size_t(length));
    std::free(bytes);
    auto waiting = g_waiting.find(request);
    if (waiting == g_waiting.end()) return;
    auto arrived = std::move(waiting->second);
    g_waiting.erase(waiting);
    arrived(std::move(text));
    setright::platform::request_frame();
}

namespace setright::platform {

void read_builtin_template(const std::string& file_name, std::function<void(std::optional<std::string>)> arrived) {
    const int request = g_next_request++;
    g_waiting[request] = std::move(arrived);
    setright_js_fetch_template(request, file_name.c_str());
}

} // namespace setright::platform
