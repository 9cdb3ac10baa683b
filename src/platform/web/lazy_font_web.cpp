// lazy_font_web.cpp — fonts fetched the first time a frame (or a print) needs
// them, from fonts/ beside the page (the service worker keeps each for
// offline use); each also becomes a FontFace the print page draws with.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>
#include <utility>

namespace {

std::map<int, std::function<void(std::optional<std::string>)>> g_waiting;
int g_next_request = 1;

// clang-format off
EM_JS(void, setright_js_fetch_font, (int request, const char* file_name), {
    const name = UTF8ToString(file_name);
    const failed = () => Module._setright_lazy_font_arrived(request, 0, -1);
    // The single-file build, opened from a file, has nothing beside it to fetch.
    if (location.protocol === 'file:') { setTimeout(failed, 0); return; }
    const arrival = fetch('fonts/' + encodeURIComponent(name)).then((response) => {
        if (!response.ok) throw new Error(response.status);
        return response.arrayBuffer();
    }).then((buffer) => {
        // The print page draws with it too (page.css, --print-extra-fonts):
        // a Chinese vendor's name prints on a machine with no font for it.
        const family = 'Setright Print ' + name;
        const face = new FontFace(family, buffer.slice(0));
        document.fonts.add(face);
        const root = document.documentElement.style;
        const listed = root.getPropertyValue('--print-extra-fonts');
        root.setProperty('--print-extra-fonts', (listed ? listed + ', ' : '') + JSON.stringify(family));
        const bytes = new Uint8Array(buffer);
        const at = _malloc(Math.max(1, bytes.length));
        HEAPU8.set(bytes, at);
        Module._setright_lazy_font_arrived(request, at, bytes.length);
        return face.load();
    }).catch(failed);
    // Printing from the menu waits for fonts on their way (print_web.cpp).
    const pending = window.setrightFontsArriving || (window.setrightFontsArriving = new Set());
    pending.add(arrival);
    arrival.finally(() => pending.delete(arrival));
});
// clang-format on

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void setright_lazy_font_arrived(int request, char* bytes, int length) {
    auto waiting = g_waiting.find(request);
    std::optional<std::string> font;
    if (length >= 0) font.emplace(bytes, size_t(length));
    std::free(bytes);
    if (waiting == g_waiting.end()) return;
    auto arrived = std::move(waiting->second);
    g_waiting.erase(waiting);
    arrived(std::move(font));
    setright::platform::request_frame();
}

namespace setright::platform {

void read_lazy_font(const std::string& file_name, std::function<void(std::optional<std::string>)> arrived) {
    const int request = g_next_request++;
    g_waiting[request] = std::move(arrived);
    setright_js_fetch_font(request, file_name.c_str());
}

} // namespace setright::platform
