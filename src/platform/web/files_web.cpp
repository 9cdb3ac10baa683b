// files_web.cpp — files in and out of the page, with no server involved.
// Out: a Blob and an <a download> click. In: a hidden <input type=file> and
// drops on the page, read with the File API and handed to the app together.
#include "platform/platform.hpp"
#include "platform/web/web_internal.hpp"

#include <emscripten/emscripten.h>

#include <new>

namespace {

using setright::platform::IncomingFile;
using setright::platform::Refusal;

std::function<void(std::vector<IncomingFile>)> g_files_handler;
std::vector<IncomingFile> g_incoming;

// The page's JavaScript names refusals by these numbers.
static_assert(int(Refusal::FileTooLarge) == 1 && int(Refusal::BatchTooLarge) == 2 && int(Refusal::OutOfMemory) == 3 &&
              int(Refusal::ReadFailed) == 4 && int(Refusal::NotAFile) == 5 && int(Refusal::LinkTooLong) == 6 &&
              int(Refusal::LinkBadCharacter) == 7 && int(Refusal::LinkCutShort) == 8 && int(Refusal::LinkTooLarge) == 9);

// (clang-format leaves the JavaScript in EM_JS and EM_ASM alone: it is not C++.)
// clang-format off
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
// clang-format on

// Module.setrightHandOver(named) gives the app one batch: [{name, bytes}] for
// a file read, [{name, refusal, size, detail}] for one refused (numbers as in
// Refusal). Each file's bytes go straight into the string the app keeps; when
// the heap cannot grow for them the file arrives refused, nothing half-copied.
//
// Picked and dropped files are read one after the other, each only if its
// size (File.size, known without reading) and the batch so far are within
// `max_bytes`: a 1 GB file is refused before a byte of it is read, and costs
// neither the page nor the app memory. A file the browser will not read (a
// folder, one removed meanwhile) is refused with the browser's reason. Raw
// bytes, not text: the import itself reports invalid UTF-8. Share links
// arrive the same way (share_link_web.cpp).
// clang-format off
EM_JS(void, setright_js_watch_files, (double max_bytes), {
    const handOver = (named) => {
        /* No destructuring in for-of: this Emscripten's minifier prints it wrongly. */
        for (const file of named) {
            const namePointer = allocateUTF8(String(file.name));
            if (!file.refusal) {
                const at = Module._setright_file_begin(namePointer, file.bytes.length);
                if (at) HEAPU8.set(file.bytes, at); /* HEAPU8 after the call: the heap may have grown */
            } else {
                const detailPointer = allocateUTF8(String(file.detail || ""));
                Module._setright_file_refused(namePointer, file.refusal, Number(file.size) || 0, detailPointer);
                _free(detailPointer);
            }
            _free(namePointer);
        }
        Module._setright_files_done();
    };
    Module.setrightHandOver = handOver;

    const readAll = async (list) => {
        const named = [];
        let total = 0;
        for (const file of list) {
            const name = file.name;
            const size = file.size;
            if (size > max_bytes) { named.push({ name, refusal: 1, size }); continue; }
            if (total + size > max_bytes) { named.push({ name, refusal: 2, size }); continue; }
            try {
                const bytes = new Uint8Array(await file.arrayBuffer());
                total += bytes.length;
                named.push({ name, bytes });
            } catch (error) {
                named.push({ name, refusal: 4, size, detail: (error && error.message) || String(error) });
            }
        }
        return named;
    };
    const deliver = (files) => {
        const list = Array.from(files || []);
        if (list.length === 0) return;
        readAll(list).then(handOver).catch((error) => console.warn("Setright could not take these files:", error));
    };
    const input = document.createElement("input");
    input.type = "file";
    input.accept = ".json,application/json,.csv,text/csv,.tsv,text/tab-separated-values,.txt,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    input.multiple = true;
    input.hidden = true;
    input.id = "setright-file-input";
    input.addEventListener("change", () => { deliver(input.files); input.value = ""; });
    document.body.appendChild(input);
    window.addEventListener("dragover", (event) => { event.preventDefault(); event.dataTransfer.dropEffect = "copy"; });
    window.addEventListener("drop", (event) => { event.preventDefault(); deliver(event.dataTransfer.files); });
});
// clang-format on

// clang-format off
EM_JS(void, setright_js_open_file_picker, (), {
    const input = document.getElementById('setright-file-input');
    if (input) input.click();
});
// clang-format on

// A refused file: its name and why, no text.
void refuse(const char* name, Refusal why, uint64_t size, const char* detail) {
    IncomingFile file;
    file.name = name ? name : "";
    file.refused = why;
    file.size = size;
    file.detail = detail ? detail : "";
    g_incoming.push_back(std::move(file));
}

} // namespace

namespace setright::platform {

void download_file(const std::string& file_name, const std::string& mime_type, const std::string& bytes) {
    setright_js_download(file_name.c_str(), mime_type.c_str(), bytes.data(), int(bytes.size()));
}

void on_files_received(std::function<void(std::vector<IncomingFile>)> handler) {
    g_files_handler = std::move(handler);
    setright_js_watch_files(double(kMaxImportBytes));
    web::watch_share_links();
}

bool can_open_file_picker() { return true; }
void open_file_picker() { setright_js_open_file_picker(); }

} // namespace setright::platform

extern "C" {

// Room for a file of `length` bytes in the batch being received; returns where
// its bytes go, or null (the file then arrives refused: out of memory).
EMSCRIPTEN_KEEPALIVE char* setright_file_begin(const char* name, int length) {
    try {
        IncomingFile file;
        file.name = name ? name : "";
        file.text.resize(size_t(length > 0 ? length : 0));
        g_incoming.push_back(std::move(file));
        return g_incoming.back().text.data();
    } catch (const std::bad_alloc&) {
        refuse(name, Refusal::OutOfMemory, uint64_t(length), "");
        return nullptr;
    }
}

EMSCRIPTEN_KEEPALIVE void setright_file_refused(const char* name, int why, double size, const char* detail) {
    refuse(name, why >= 1 && why <= int(Refusal::LinkTooLarge) ? Refusal(why) : Refusal::ReadFailed, size > 0 ? uint64_t(size) : 0, detail);
}

EMSCRIPTEN_KEEPALIVE void setright_files_done() {
    std::vector<IncomingFile> files;
    files.swap(g_incoming);
    if (!g_files_handler || files.empty()) return;
    g_files_handler(std::move(files));
    // What the files opened (the import preview, a popup) draws now: ImGui
    // keeps a popup hidden on its first frame while it measures it, so the
    // one the user sees comes a frame (up to 16 ms) sooner.
    setright::platform::web::draw_frame_now();
}

} // extern "C"
