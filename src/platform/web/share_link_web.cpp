// share_link_web.cpp — deals carried in links: the export JSON, compressed
// with the browser's CompressionStream (deflate-raw) and base64url-encoded
// into "#deal=…". The fragment stays in the browser: it is never sent to the
// server that serves the page. Opening a link hands the deal to the app as an
// incoming file (the import preview), then removes it from the address bar so
// a reload does not import it again.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

namespace {

std::function<void(size_t, bool)> g_done;

EM_JS(void, setright_js_copy_share_link, (const char* json, int max_chars), {
    const text = UTF8ToString(json);
    const compress = async () => {
        const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
        const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
        let binary = "";
        for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
        const encoded = btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");
        return location.origin + location.pathname + location.search + "#deal=" + encoded;
    };
    compress().then(async (link) => {
        const fits = link.length <= max_chars;
        let copied = false;
        if (fits && navigator.clipboard) copied = await navigator.clipboard.writeText(link).then(() => true, () => false);
        Module._setright_share_link_done(link.length, copied ? 1 : 0);
    }, () => Module._setright_share_link_done(0, 0));
});

} // namespace

namespace setright::platform {

bool can_share_links() { return true; }

void copy_share_link(const std::string& json, std::function<void(size_t, bool)> done) {
    g_done = std::move(done);
    setright_js_copy_share_link(json.c_str(), int(kMaxShareLinkChars));
}

} // namespace setright::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void setright_share_link_done(int length, int copied) {
    if (g_done) g_done(size_t(length), copied != 0);
    setright::platform::request_frame();
}

}
