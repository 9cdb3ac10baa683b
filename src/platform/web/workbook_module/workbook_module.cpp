// workbook_module.cpp — the browser bundle's workbook program
// (setright-workbooks.js and .wasm): XLSX read and written by the same code
// the app links elsewhere (app/logic/workbooks.hpp), kept out of the app's
// own download. The page loads it the first time a workbook is read or
// written (../workbooks_web.cpp) and calls these two functions; each answers
// a buffer from malloc that the caller frees.
#include "logic/workbooks.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

char* copy_out(const std::string& bytes) {
    char* out = static_cast<char*>(std::malloc(bytes.size() + 1));
    if (!out) return nullptr;
    std::memcpy(out, bytes.data(), bytes.size());
    out[bytes.size()] = '\0';
    return out;
}

} // namespace

// The cells of the workbook in bytes[0, size), as JSON (sheet_result_json).
extern "C" EMSCRIPTEN_KEEPALIVE char* setright_workbook_read(const char* bytes, int size) {
    return copy_out(setright::app::sheet_result_json(setright::app::read_workbook_cells(std::string_view(bytes, size_t(size)))));
}

// The checklist workbook of `deal_json` in `language`: its bytes, `*size`
// long; or, with `*size` -1, why it could not be written (UTF-8, ended by 0).
extern "C" EMSCRIPTEN_KEEPALIVE char* setright_workbook_checklist(const char* deal_json, const char* language, int* size) {
    const setright::platform::WorkbookWritten written = setright::app::checklist_workbook_from_json(deal_json, language);
    *size = written.bytes ? int(written.bytes->size()) : -1;
    return copy_out(written.bytes ? *written.bytes : written.failed);
}
