// templates_web.cpp — platform::read_builtin_template in the browser bundle:
// the templates are files beside the page (templates/), fetched the one time
// a user starts from one, so a first visit downloads none of the 28. The
// service worker caches them with the page's files, for use offline. (The
// single-file build links them in instead: ../templates_linked.cpp.)
#include "platform/platform.hpp"
#include "platform/web/web_internal.hpp"

#include <utility>

namespace setright::platform {

void read_builtin_template(const std::string& file_name, std::function<void(std::optional<std::string>)> arrived) {
    web::fetch_beside_page("templates/" + file_name, std::move(arrived));
}

} // namespace setright::platform
