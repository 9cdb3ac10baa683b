// templates_linked.cpp — platform::read_builtin_template where the templates
// are linked into the app (core's embedded_templates): the desktop and the
// single-file build, which has nothing beside it to fetch. The browser
// bundle fetches them instead (web/templates_web.cpp).
#include "platform/platform.hpp"

#include "core/format/embedded_file.hpp"

#include <utility>

namespace setright {
const std::vector<EmbeddedFile>& embedded_templates();
}

namespace setright::platform {

void read_builtin_template(const std::string& file_name, std::function<void(std::optional<std::string>)> arrived) {
    const std::string suffix = "/" + file_name;
    for (const EmbeddedFile& file : embedded_templates()) {
        const std::string_view path = file.path;
        if (path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix) {
            arrived(std::string(file.bytes));
            return;
        }
    }
    arrived(std::nullopt);
}

} // namespace setright::platform
