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
// files is one import with one preview).
EM_JS(void, setright_js_watch_files, (), {
    const deliver = async (files) => {
        const list = Array.from(files || []);
        if (list.length === 0) return;
        // Raw bytes, not text: the import itself reports invalid UTF-8.
        const contents = await Promise.all(list.map((file) => file.arrayBuffer().catch(() => null)));
        list.forEach((file, i) => {
            const name = allocateUTF8(file.name);
            const bytes = contents[i] ? new Uint8Array(contents[i]) : new Uint8Array(0);
            const data = _malloc(bytes.length + 1);
            HEAPU8.set(bytes, data);
            Module._setright_file_received(name, data, bytes.length);
            _free(name);
            _free(data);
        });
        Module._setright_files_done();
    };
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.multiple = true;
    input.hidden = true;
    input.id = 'setright-file-input';
    input.addEventListener('change', () => { deliver(input.files); input.value = ""; });
    document.body.appendChild(input);
    window.addEventListener('dragover', (event) => { event.preventDefault(); event.dataTransfer.dropEffect = 'copy'; });
    window.addEventListener('drop', (event) => { event.preventDefault(); deliver(event.dataTransfer.files); });
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
    setright_js_watch_files();
}

bool can_open_file_picker() { return true; }
void open_file_picker() { setright_js_open_file_picker(); }

} // namespace setright::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void setright_file_received(const char* name, const char* bytes, int length) {
    g_incoming.push_back({name, std::string(bytes, size_t(length))});
}

EMSCRIPTEN_KEEPALIVE void setright_files_done() {
    std::vector<setright::platform::IncomingFile> files;
    files.swap(g_incoming);
    if (g_files_handler) g_files_handler(std::move(files));
}

} // extern "C"
