// lazy_font_web.cpp — fonts fetched the first time a frame (or a print) needs
// them, from fonts/ beside the page (the service worker keeps each for
// offline use); each also becomes a FontFace the print page draws with.
#include "platform/platform.hpp"
#include "platform/web/web_internal.hpp"

#include <emscripten/emscripten.h>

#include <utility>

namespace {

setright::platform::web::AwaitedAnswers g_fonts;

// clang-format off
// A block of colour emoji (cmake/cut_lazy_fonts.py: an index, then PNGs)
// decoded by the browser, each image 96 pixels high, into what
// app/logic/colour_glyphs.hpp reads: code point, width, height, RGBA.
EM_JS(void, setright_js_define_colour_glyph_decoder, (), {
    window.setrightDecodeColourGlyphs = async (buffer) => {
        const index = new DataView(buffer);
        const count = index.getUint32(0, true);
        const height = 96;
        const glyphs = await Promise.all(Array.from({ length: count }, async (_, i) => {
            const code = index.getUint32(4 + 12 * i, true);
            const offset = index.getUint32(8 + 12 * i, true);
            const length = index.getUint32(12 + 12 * i, true);
            const png = new DataView(buffer, offset, length);
            // The PNG's header: width and height, big-endian, at 16 and 20.
            const width = Math.max(1, Math.round(png.getUint32(16) * height / png.getUint32(20)));
            const bitmap = await createImageBitmap(new Blob([new Uint8Array(buffer, offset, length)], { type: 'image/png' }),
                                                   { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
            const canvas = new OffscreenCanvas(width, height);
            const context = canvas.getContext('2d', { willReadFrequently: true });
            context.drawImage(bitmap, 0, 0);
            bitmap.close();
            return { code, width, pixels: context.getImageData(0, 0, width, height).data };
        }));
        const out = new Uint8Array(glyphs.reduce((sum, glyph) => sum + 12 + glyph.pixels.length, 0));
        const header = new DataView(out.buffer);
        let at = 0;
        for (const glyph of glyphs) {
            header.setUint32(at, glyph.code, true);
            header.setUint32(at + 4, glyph.width, true);
            header.setUint32(at + 8, height, true);
            out.set(glyph.pixels, at + 12);
            at += 12 + glyph.pixels.length;
        }
        return out.buffer;
    };
});

EM_JS(void, setright_js_fetch_font, (int request, const char* file_name), {
    const name = UTF8ToString(file_name);
    const failed = () => Module._setright_lazy_font_arrived(request, 0, -1);
    // The single-file build, opened from a file, has nothing beside it to fetch.
    if (location.protocol === 'file:') { setTimeout(failed, 0); return; }
    const colour = name.endsWith('.pngs');
    const arrival = fetch('fonts/' + encodeURIComponent(name)).then((response) => {
        if (!response.ok) throw new Error(response.status);
        return response.arrayBuffer();
    }).then((buffer) => colour ? window.setrightDecodeColourGlyphs(buffer) : buffer).then((buffer) => {
        // The print page draws with it too (page.css, --print-extra-fonts):
        // a Chinese vendor's name prints on a machine with no font for it.
        // (Emoji print in one colour, with Symbola's outlines.)
        const family = 'Setright Print ' + name;
        const face = colour ? null : new FontFace(family, buffer.slice(0));
        if (face) {
            document.fonts.add(face);
            const root = document.documentElement.style;
            const listed = root.getPropertyValue('--print-extra-fonts');
            root.setProperty('--print-extra-fonts', (listed ? listed + ', ' : '') + JSON.stringify(family));
        }
        const bytes = new Uint8Array(buffer);
        const at = _malloc(Math.max(1, bytes.length));
        HEAPU8.set(bytes, at);
        Module._setright_lazy_font_arrived(request, at, bytes.length);
        return face && face.load();
    }).catch(failed);
    // Printing from the menu waits for fonts on their way (print_web.cpp).
    const pending = window.setrightFontsArriving || (window.setrightFontsArriving = new Set());
    pending.add(arrival);
    arrival.finally(() => pending.delete(arrival));
});
// clang-format on

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void setright_lazy_font_arrived(int request, char* bytes, int length) {
    g_fonts.answer(request, bytes, length);
}

namespace setright::platform {

void read_lazy_font(const std::string& file_name, std::function<void(std::optional<std::string>)> arrived) {
    static const bool decoder_defined = (setright_js_define_colour_glyph_decoder(), true);
    (void)decoder_defined;
    setright_js_fetch_font(g_fonts.add(std::move(arrived)), file_name.c_str());
}

} // namespace setright::platform
