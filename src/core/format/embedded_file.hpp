// embedded_file.hpp — data files compiled into the binary (see cmake/EmbedFiles.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace setright {

struct EmbeddedFile {
    std::string_view path; // relative to the source tree, e.g. "assets/templates/sms-vendor-case.en.json"
    std::string_view bytes;
};

// The built-in deal templates (assets/templates/*.json).
const std::vector<EmbeddedFile>& embedded_templates();

} // namespace setright
