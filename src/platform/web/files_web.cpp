// files_web.cpp — files in and out of the page, with no server involved.
// Out: a Blob and an <a download> click. In: a hidden <input type=file> and
// drops on the page, read with the File API and handed to the app together.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

namespace {

std::function<void(std::vector<setright::platform::IncomingFile>)> g_files_handler;
std::vector<setright::platform::IncomingFile> g_incoming;

EM_JS(void, setright_js_download, (const char* name, const char* mime, const char* bytes, int length), {
    const data = HEAPU8.slice(bytes, bytes + length);
    const url = URL.createObjectURL(new Blob([data], { type: UTF8ToString(mime) }));
    const link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
});

// Reads every file, then passes them to the app in one batch (a drop of ten
// files is one import with one preview). Raw bytes, not text: the import
// itself reports invalid UTF-8. A deal arriving in a share link
// (share_link_web.cpp) comes the same way, as "shared-link.json"; a link too
// long to be safe, or that does not unpack, arrives marked refused and the
// preview says so.
EM_JS(void, setright_js_watch_files, (int max_link_chars), {
    const hand_over = (named) => {
        named.forEach(({ name, bytes, refused }) => {
            const pointer = allocateUTF8(name);
            const data = _malloc(bytes.length + 1);
            HEAPU8.set(bytes, data);
            Module._setright_file_received(pointer, data, refused ? -1 : bytes.length);
            _free(pointer);
            _free(data);
        });
        Module._setright_files_done();
    };
    const deliver = async (files) => {
        const list = Array.from(files || []);
        if (list.length === 0) return;
        const contents = await Promise.all(list.map((file) => file.arrayBuffer().catch(() => null)));
        hand_over(list.map((file, i) => ({ name: file.name, bytes: contents[i] ? new Uint8Array(contents[i]) : new Uint8Array(0) })));
    };
    const input = document.createElement("input");
    input.type = "file";
    input.accept = ".json,application/json";
    input.multiple = true;
    input.hidden = true;
    input.id = "setright-file-input";
    input.addEventListener("change", () => { deliver(input.files); input.value = ""; });
    document.body.appendChild(input);
    window.addEventListener("dragover", (event) => { event.preventDefault(); event.dataTransfer.dropEffect = "copy"; });
    window.addEventListener("drop", (event) => { event.preventDefault(); deliver(event.dataTransfer.files); });

    const shared = async () => {
        if (!location.hash.startsWith("#deal=")) return;
        const fragment = location.hash.slice(6);
        history.replaceState(null, "", location.pathname + location.search);
        const name = "shared-link.json";
        const refused = { name, bytes: new Uint8Array(0), refused: true };
        if (location.href.length + fragment.length > max_link_chars + 1024) return hand_over([refused]);
        try {
            const binary = atob(fragment.replaceAll("-", "+").replaceAll("_", "/"));
            const packed = Uint8Array.from(binary, (c) => c.charCodeAt(0));
            const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
            const reader = stream.getReader();
            const parts = [];
            let total = 0;
            for (;;) {
                const { done, value } = await reader.read();
                if (done) break;
                total += value.length;
                if (total > 16 * 1024 * 1024) { reader.cancel(); throw new Error("too large"); }
                parts.push(value);
            }
            const bytes = new Uint8Array(total);
            let at = 0;
            for (const part of parts) { bytes.set(part, at); at += part.length; }
            hand_over([{ name, bytes }]);
        } catch (error) {
            hand_over([refused]);
        }
    };
    shared();
});

EM_JS(void, setright_js_open_file_picker, (), {
    const input = document.getElementById('setright-file-input');
    if (input) input.click();
});

} // namespace

namespace setright::platform {

void download_file(const std::string& file_name, const std::string& mime_type, const std::string& bytes) {
    setright_js_download(file_name.c_str(), mime_type.c_str(), bytes.data(), int(bytes.size()));
}

void on_files_received(std::function<void(std::vector<IncomingFile>)> handler) {
    g_files_handler = std::move(handler);
    setright_js_watch_files(int(kMaxShareLinkChars));
}

bool can_open_file_picker() { return true; }
void open_file_picker() { setright_js_open_file_picker(); }

} // namespace setright::platform

extern "C" {

// `length` < 0: a share link refused (too long to be safe, or damaged).
EMSCRIPTEN_KEEPALIVE void setright_file_received(const char* name, const char* bytes, int length) {
    setright::platform::IncomingFile file{name, length > 0 ? std::string(bytes, size_t(length)) : std::string()};
    file.refused_link = length < 0;
    g_incoming.push_back(std::move(file));
}

EMSCRIPTEN_KEEPALIVE void setright_files_done() {
    std::vector<setright::platform::IncomingFile> files;
    files.swap(g_incoming);
    if (g_files_handler) g_files_handler(std::move(files));
}

} // extern "C"
