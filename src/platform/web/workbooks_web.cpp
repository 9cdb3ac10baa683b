// workbooks_web.cpp — platform::read_workbook and write_checklist_workbook in
// the browser bundle: the XLSX code is a second program beside the page
// (workbook_module/, setright-workbooks.js and .wasm), fetched the first time
// a workbook is read or written, so a first visit downloads none of it. The
// service worker caches it with the page's files, for use offline. (The
// single-file build links it in instead: ../workbooks_linked.cpp.)
#include "platform/platform.hpp"

#include "logic/workbooks.hpp"

#include "core/format/json_format.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>
#include <utility>

namespace {

// What each request waits for: the cells of a workbook, or a workbook written.
struct Waiting {
    std::function<void(setright::SheetTextResult)> read;
    std::function<void(setright::platform::WorkbookWritten)> written;
};
std::map<int, Waiting> g_waiting;
int g_next_request = 1;

// clang-format off
// `kind` 0: read the workbook data[0, size); 1: write the checklist of the
// deal JSON data[0, size) in `language`. The answer comes back through
// setright_workbook_answered: `status` 0 and the JSON of the cells or the
// workbook's bytes; 1 and why the program failed (UTF-8); 2, the program
// could not be fetched (why goes to the console, for whoever looks).
EM_JS(void, setright_js_workbook_call, (int request, int kind, const char* data, int size, const char* language_utf8), {
    const input = HEAPU8.slice(data, data + size);
    const language = UTF8ToString(language_utf8);
    const answer = (status, bytes) => {
        const at = _malloc(Math.max(1, bytes.length));
        HEAPU8.set(bytes, at);
        Module._setright_workbook_answered(request, status, at, bytes.length);
    };
    if (!window.setrightWorkbookProgram) {
        window.setrightWorkbookProgram = new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = 'setright-workbooks.js';
            script.onload = () => SetrightWorkbooks().then(resolve, reject);
            script.onerror = () => reject(new Error('setright-workbooks.js could not be fetched'));
            document.head.append(script);
        });
        // Not fetched (offline before it was cached): the next workbook tries again.
        window.setrightWorkbookProgram.catch(() => { window.setrightWorkbookProgram = null; });
    }
    window.setrightWorkbookProgram.then((program) => {
        // The program failing (out of memory on a huge workbook) answers too: a preview never waits forever.
        try {
            const at = program._malloc(input.length + 1);
            program.HEAPU8.set(input, at);
            program.HEAPU8[at + input.length] = 0;
            if (kind === 0) {
                const out = program._setright_workbook_read(at, input.length);
                program._free(at);
                const json = program.HEAPU8.slice(out, program.HEAPU8.indexOf(0, out));
                program._free(out);
                answer(0, json);
                return;
            }
            const languageAt = program._malloc(language.length * 3 + 1);
            program.stringToUTF8(language, languageAt, language.length * 3 + 1);
            const sizeAt = program._malloc(4);
            const out = program._setright_workbook_checklist(at, languageAt, sizeAt);
            const length = new DataView(program.HEAPU8.buffer).getInt32(sizeAt, true);
            const bytes = program.HEAPU8.slice(out, out + (length >= 0 ? length : program.HEAPU8.indexOf(0, out) - out));
            for (const pointer of [at, languageAt, sizeAt, out]) program._free(pointer);
            answer(length >= 0 ? 0 : 1, bytes);
        } catch (error) {
            answer(1, new TextEncoder().encode(String(error && error.message || error)));
        }
    }, (why) => {
        console.warn('Setright: the workbook program could not be fetched:', why);
        answer(2, new Uint8Array(0));
    });
});
// clang-format on

} // namespace

// `status`: 0 answered, 1 the program failed (`bytes`: why), 2 no program.
// A reader that failed or never came is said the same way (save as CSV instead).
extern "C" EMSCRIPTEN_KEEPALIVE void setright_workbook_answered(int request, int status, char* bytes, int length) {
    std::string answer(bytes, size_t(length));
    std::free(bytes);
    auto waiting = g_waiting.find(request);
    if (waiting == g_waiting.end()) return;
    Waiting done = std::move(waiting->second);
    g_waiting.erase(waiting);
    if (done.read) {
        setright::SheetTextResult read;
        if (status == 0)
            read = setright::app::sheet_result_from_json(answer);
        else
            read.error = setright::SheetTextError{"", "the workbook program could not be fetched",
                                                  setright::SheetTextError::Kind::ReaderUnavailable};
        done.read(std::move(read));
    } else {
        setright::platform::WorkbookWritten written;
        if (status == 0) written.bytes = std::move(answer);
        if (status == 1) written.failed = std::move(answer);
        written.unavailable = status == 2;
        done.written(std::move(written));
    }
    setright::platform::request_frame();
}

namespace setright::platform {

void read_workbook(std::string bytes, std::function<void(SheetTextResult)> done) {
    const int request = g_next_request++;
    g_waiting[request].read = std::move(done);
    setright_js_workbook_call(request, 0, bytes.data(), int(bytes.size()), "");
}

void write_checklist_workbook(const Deal& deal, const std::string& language, std::function<void(WorkbookWritten)> done) {
    const std::string deal_json = export_deal(deal);
    const int request = g_next_request++;
    g_waiting[request].written = std::move(done);
    setright_js_workbook_call(request, 1, deal_json.data(), int(deal_json.size()), language.c_str());
}

} // namespace setright::platform
