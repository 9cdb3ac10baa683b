// share_link_web.cpp — deals carried in links: the export JSON, compressed
// with the browser's CompressionStream (deflate-raw) and base64url-encoded
// into "#deal=…". The fragment stays in the browser: it is never sent to the
// server that serves the page. Opening a link, or pasting one into a page
// already running Setright, hands the file to the app as an incoming file
// (the import preview, which for one deal first says what it holds), then
// removes it from the address bar so a reload does not import it again.
#include "platform/platform.hpp"
#include "platform/web/web_internal.hpp"

#include <emscripten/emscripten.h>

namespace {

std::function<void(size_t, bool)> g_done;

// (clang-format leaves the JavaScript in EM_JS and EM_ASM alone: it is not C++.)
// clang-format off
EM_JS(void, setright_js_copy_share_link, (const char* json, int max_chars), {
    const text = UTF8ToString(json);
    const compress = async () => {
        const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
        const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
        let binary = "";
        for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
        const encoded = btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");
        // Without the sender's ?lang=: whoever opens it reads it in their own language.
        const params = new URLSearchParams(location.search);
        params.delete("lang");
        const search = params.toString();
        return location.origin + location.pathname + (search ? "?" + search : "") + "#deal=" + encoded;
    };
    compress().then(async (link) => {
        const fits = link.length <= max_chars;
        let copied = false;
        if (fits && navigator.clipboard) copied = await navigator.clipboard.writeText(link).then(() => true, () => false);
        Module._setright_share_link_done(link.length, copied ? 1 : 0);
    }, () => Module._setright_share_link_done(0, 0));
});
// clang-format on

// A link is read in steps, and the first that fails says what is wrong
// (numbers as in platform::Refusal): longer than `max_link_chars` (6, with
// its length); a character no base64url text holds (7, which one and where:
// a program changed the link); a length no base64 text has, or data that
// does not inflate (8, with the decompressor's words: cut short or changed);
// more than `max_unpacked` bytes once inflated (9). What inflates goes to the
// app, whose import says whether it is JSON (with the parser's message and
// position) and a Setright file.
// clang-format off
EM_JS(void, setright_js_watch_share_links, (int max_link_chars, double max_unpacked), {
    const name = "shared-link.json"; // platform::kSharedLinkName
    const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/";
    const unpack = async (data) => {
        let end = data.length;
        while (end > 0 && data[end - 1] === "=") --end;
        for (let i = 0; i < end; ++i)
            if (BASE64.indexOf(data[i]) < 0) return { refusal: 7, size: i + 1, detail: data[i] };
        if (end % 4 === 1) return { refusal: 8, detail: "" };
        const parts = [];
        let total = 0;
        try {
            const binary = atob(data.slice(0, end).replaceAll("-", "+").replaceAll("_", "/"));
            const packed = Uint8Array.from(binary, (c) => c.charCodeAt(0));
            const reader = new Blob([packed]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
            for (;;) {
                const { done, value } = await reader.read();
                if (done) break;
                total += value.length;
                if (total > max_unpacked) {
                    reader.cancel().catch(() => {});
                    return { refusal: 9, size: total };
                }
                parts.push(value);
            }
        } catch (error) {
            return { refusal: 8, detail: (error && error.message) || String(error) };
        }
        const bytes = new Uint8Array(total);
        let at = 0;
        for (const part of parts) { bytes.set(part, at); at += part.length; }
        return { bytes };
    };
    const take = async () => {
        if (!location.hash.startsWith("#deal=")) return;
        const data = location.hash.slice(6);
        const length = location.href.length;
        history.replaceState(null, "", location.pathname + location.search);
        const read = length > max_link_chars ? { refusal: 6, size: length } : await unpack(data);
        Module.setrightHandOver([Object.assign({ name }, read)]);
    };
    const takeSafely = () => take().catch((error) => console.warn("Setright could not open this link:", error));
    window.addEventListener("hashchange", takeSafely);
    takeSafely();
});
// clang-format on

} // namespace

namespace setright::platform {

bool can_share_links() { return true; }

void copy_share_link(const std::string& json, std::function<void(size_t, bool)> done) {
    g_done = std::move(done);
    setright_js_copy_share_link(json.c_str(), int(kMaxShareLinkChars));
}

namespace web {

void watch_share_links() { setright_js_watch_share_links(int(kMaxIncomingLinkChars), double(kMaxLinkUnpackedBytes)); }

} // namespace web

} // namespace setright::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void setright_share_link_done(int length, int copied) {
    if (g_done) g_done(size_t(length), copied != 0);
    setright::platform::request_frame();
}
}
