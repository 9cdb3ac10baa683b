// translations_web.cpp — platform::read_translations in the browser: the
// words of Korean, Norwegian and Russian are files beside the page (i18n/,
// cmake/split_translations.py), so a first visit downloads one language's,
// not four. page.js starts fetching the language the app will start in
// before the code arrives (window.setrightWords); any other is fetched when
// chosen. The service worker caches them all, for use offline. (The
// single-file build links every language in and never asks.)
#include "platform/platform.hpp"
#include "platform/web/web_internal.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <utility>

namespace {

// clang-format off
// The words page.js fetched for the start, if they are of `code`: taken (a
// string the caller frees), or 0.
EM_JS(char*, setright_js_take_start_words, (const char* code), {
    const words = window.setrightWords;
    if (!words || words.language !== UTF8ToString(code) || typeof words.text !== 'string') return 0;
    window.setrightWords = null;
    return allocateUTF8(words.text);
});
// clang-format on

} // namespace

namespace setright::platform {

void read_translations(const std::string& code, std::function<void(std::optional<std::string>)> arrived) {
    if (char* start_words = setright_js_take_start_words(code.c_str())) {
        std::string words(start_words);
        std::free(start_words);
        arrived(std::move(words));
        return;
    }
    web::fetch_beside_page("i18n/" + code + ".tsv", std::move(arrived));
}

} // namespace setright::platform
