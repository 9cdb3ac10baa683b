// builtin_templates.hpp — the built-in templates as the app lists them: a
// name, a title and a summary in each language, from an index made at build
// time (cmake/make_template_index.cmake). The template's own file is read
// when one is used (platform::read_builtin_template): the browser bundle
// fetches it then, so the first visit does not download all 28.
#pragma once

#include <string>
#include <vector>

namespace setright::app {

struct TemplateListing {
    std::string name;      // "fit-check"
    std::string file_name; // "fit-check.ko.json"
    std::string title;     // the deal's title in the file
    std::string summary;
};

// Every built-in template in `language` ("ko"), in English where one has no
// such translation, sorted by name.
std::vector<TemplateListing> template_listings(const std::string& language);

} // namespace setright::app
