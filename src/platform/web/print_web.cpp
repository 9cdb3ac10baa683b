// print_web.cpp — printing in the browser: a print document in the page.
//
// #print-page holds what the app wants on paper (set before every print, from
// `beforeprint`, which the browser fires for window.print(), Ctrl+P and its
// menu alike). page.css shows it only in print and hides everything else, so
// the browser lays out real text: selectable in a PDF, read by pdftotext and
// screen readers, crisp at any printer's resolution. Its fonts are the app's
// own files, handed to the page as FontFaces the first time: Korean and
// Russian print the same on a machine with no fonts for them.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>

namespace {

// clang-format off
EM_JS(void, setright_js_set_print_page, (const char* html, const char* lang), {
    let page = document.getElementById('print-page');
    if (!page) {
        page = document.createElement('div');
        page.id = 'print-page';
        document.body.append(page);
    }
    page.lang = UTF8ToString(lang);
    page.innerHTML = UTF8ToString(html);
});

EM_JS(void, setright_js_add_print_font, (const char* family, const unsigned char* bytes, int length), {
    // A copy: the wasm heap may grow (and move) before the font is read.
    const face = new FontFace(UTF8ToString(family), HEAPU8.slice(bytes, bytes + length));
    document.fonts.add(face);
    face.load().catch(() => {});
});

EM_JS(void, setright_js_open_print_dialog, (), {
    // Not inside the frame that asked: print() blocks until the dialog closes.
    // The page is prepared first so the dialog's preview waits for no font.
    // Fonts the print page asked for (lazy_font_web.cpp) are waited for too.
    setTimeout(() => {
        Module._setright_prepare_print();
        Promise.all(Array.from(window.setrightFontsArriving || [])).then(() => document.fonts.ready).then(() => window.print());
    }, 0);
});

EM_JS(void, setright_js_listen_for_print, (), {
    window.addEventListener('beforeprint', () => Module._setright_prepare_print());
});
// clang-format on

std::function<void()> g_prepare;

// The fonts page.css names for #print-page, read from the app's own files.
void add_print_fonts_once() {
    static bool added = false;
    if (std::exchange(added, true)) return;
    const std::pair<const char*, const char*> fonts[] = {{"Setright Print Latin", "NotoSans-Regular.ttf"},
                                                         {"Setright Print Hangul", "NanumGothic.ttf"}};
    for (const auto& [family, file] : fonts) {
        // C stdio, not <fstream>: iostreams would add their weight to every download.
        std::FILE* in = std::fopen(setright::platform::font_path(file).c_str(), "rb");
        if (!in) continue;
        std::string bytes;
        char chunk[64 * 1024];
        for (size_t read; (read = std::fread(chunk, 1, sizeof chunk, in)) > 0;) bytes.append(chunk, read);
        std::fclose(in);
        if (!bytes.empty()) setright_js_add_print_font(family, reinterpret_cast<const unsigned char*>(bytes.data()), int(bytes.size()));
    }
}

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void setright_prepare_print() {
    if (g_prepare) g_prepare();
}

namespace setright::platform {

bool can_print() { return true; }

void set_print_page(const std::string& html, const std::string& lang) {
    add_print_fonts_once();
    setright_js_set_print_page(html.c_str(), lang.c_str());
}

void open_print_dialog() { setright_js_open_print_dialog(); }

void on_print(std::function<void()> prepare) {
    const bool listening = bool(g_prepare);
    g_prepare = std::move(prepare);
    if (!listening) setright_js_listen_for_print();
}

} // namespace setright::platform
