// open_url_web.cpp — platform::open_url in the browser.
//
// window.open with "_self": a mailto: link goes to the mail program and the
// page stays where it is (with "_blank" some browsers leave an empty tab).
// Tests replace window.open to see the link without a mail program.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

namespace {

// clang-format off
EM_JS(void, setright_js_open_url, (const char* url), {
    window.open(UTF8ToString(url), '_self');
});
// clang-format on

} // namespace

namespace setright::platform {

void open_url(const std::string& url) { setright_js_open_url(url.c_str()); }

} // namespace setright::platform
