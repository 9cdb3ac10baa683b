// files_web.cpp — downloads through a Blob and an <a download> click: the
// browser's own way to save a file, with no server involved.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

namespace {

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

} // namespace

namespace setright::platform {

void download_file(const std::string& file_name, const std::string& mime_type, const std::string& bytes) {
    setright_js_download(file_name.c_str(), mime_type.c_str(), bytes.data(), int(bytes.size()));
}

} // namespace setright::platform
