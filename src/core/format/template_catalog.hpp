// template_catalog.hpp — the built-in templates, grouped by name and language.
//
// Embedded paths look like "assets/templates/sms-vendor-case.ko.json": the
// name is "sms-vendor-case", the language "ko".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace setright {

struct TemplateFile {
    std::string language; // "en", "ko", "nb", "ru"
    std::string_view bytes;
    std::string summary; // template.summary in that language
};

struct TemplateEntry {
    std::string name;
    std::vector<TemplateFile> files; // sorted by language
    std::string summary;             // template.summary of the English file (else the first one)
};

const std::vector<std::string>& template_languages(); // en, ko, nb, ru

// Sorted by name.
std::vector<TemplateEntry> template_catalog();

// The entry's file in `language`, else the English one, else the first; null if none.
const TemplateFile* template_file(const TemplateEntry& entry, const std::string& language);

} // namespace setright
