// translations_web.cpp — platform::read_translations in the browser: the
// words of Korean, Norwegian and Russian are files beside the page (i18n/,
// cmake/split_translations.py), so a first visit downloads one language's,
// not four. page.js starts fetching the language the app will start in
// before the code arrives (window.setrightWords); any other is fetched when
// chosen. The service worker caches them all, for use offline. (The
// single-file build links every language in and never asks.)
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>
#include <utility>

namespace {

std::map<int, std::function<void(std::optional<std::string>)>> g_waiting;
int g_next_request = 1;

// clang-format off
// The words page.js fetched for the start, if they are of `code`: taken (a
// string the caller frees), or 0.
EM_JS(char*, setright_js_take_start_words, (const char* code), {
    const words = window.setrightWords;
    if (!words || words.language !== UTF8ToString(code) || typeof words.text !== 'string') return 0;
    window.setrightWords = null;
    return allocateUTF8(words.text);
});

EM_JS(void, setright_js_fetch_words, (int request, const char* code), {
    const answer = (text) => {
        const at = text === null ? 0 : allocateUTF8(text);
        Module._setright_words_arrived(request, at, text === null ? -1 : 0);
    };
    fetch('i18n/' + encodeURIComponent(UTF8ToString(code)) + '.tsv').then((response) => {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.text();
    }).then(answer, (why) => {
        console.warn('Setright: words not loaded:', why);
        answer(null);
    });
});
// clang-format on

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void setright_words_arrived(int request, char* text, int failed) {
    std::optional<std::string> words;
    if (failed == 0 && text) words.emplace(text);
    std::free(text);
    auto waiting = g_waiting.find(request);
    if (waiting == g_waiting.end()) return;
    auto arrived = std::move(waiting->second);
    g_waiting.erase(waiting);
    arrived(std::move(words));
    setright::platform::request_frame();
}

namespace setright::platform {

void read_translations(const std::string& code, std::function<void(std::optional<std::string>)> arrived) {
    if (char* start_words = setright_js_take_start_words(code.c_str())) {
        std::string words(start_words);
        std::free(start_words);
        arrived(std::move(words));
        return;
    }
    const int request = g_next_request++;
    g_waiting[request] = std::move(arrived);
    setright_js_fetch_words(request, code.c_str());
}

} // namespace setright::platform
