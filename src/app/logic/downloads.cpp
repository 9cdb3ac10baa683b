// downloads.cpp — see downloads.hpp.
#include "logic/downloads.hpp"

#include "logic/app_state.hpp"
#include "logic/i18n.hpp"
#include "logic/notice.hpp"

#include "platform/platform.hpp"

namespace setright::app {

void download(App& app, const std::string& file_name, const char* mime_type, const std::string& bytes) {
    platform::download_file(file_name, mime_type, bytes);
    show_brief_notice(
            app, [file_name] { return tr_fill("file.saved", {file_name}); }, platform::monotonic_seconds());
}

} // namespace setright::app
