// template_catalog.cpp — see template_catalog.hpp.
#include "core/format/template_catalog.hpp"

#include "core/format/embedded_file.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace setright {

namespace {

// "assets/templates/sms-vendor-case.ko.json" -> name and language; false if
// the path does not have that shape.
bool split_template_path(std::string_view path, std::string& name, std::string& language) {
    auto slash = path.rfind('/');
    std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::string_view suffix = ".json";
    if (file.size() <= suffix.size() || file.substr(file.size() - suffix.size()) != suffix) return false;
    file.remove_suffix(suffix.size());
    auto dot = file.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == file.size()) return false;
    name = std::string(file.substr(0, dot));
    language = std::string(file.substr(dot + 1));
    return true;
}

// The summary is read from the raw JSON: it is not part of the Workspace model.
std::string summary_of(std::string_view bytes) {
    nlohmann::json doc = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (!doc.is_object()) return {};
    auto tpl = doc.find("template");
    if (tpl == doc.end() || !tpl->is_object()) return {};
    auto summary = tpl->find("summary");
    return summary != tpl->end() && summary->is_string() ? summary->get<std::string>() : std::string();
}

} // namespace

const std::vector<std::string>& template_languages() {
    static const std::vector<std::string> languages = {"en", "ko", "nb", "ru"};
    return languages;
}

std::vector<TemplateEntry> template_catalog() {
    std::vector<TemplateEntry> entries;
    for (const EmbeddedFile& file : embedded_templates()) {
        std::string name, language;
        if (!split_template_path(file.path, name, language)) continue;
        auto it = std::find_if(entries.begin(), entries.end(), [&](const TemplateEntry& e) { return e.name == name; });
        if (it == entries.end()) {
            entries.push_back(TemplateEntry{name, {}, {}});
            it = entries.end() - 1;
        }
        it->files.push_back(TemplateFile{language, file.bytes, summary_of(file.bytes)});
    }
    for (TemplateEntry& entry : entries) {
        std::sort(entry.files.begin(), entry.files.end(),
                  [](const TemplateFile& a, const TemplateFile& b) { return a.language < b.language; });
        if (const TemplateFile* english = template_file(entry, "en")) entry.summary = english->summary;
    }
    std::sort(entries.begin(), entries.end(), [](const TemplateEntry& a, const TemplateEntry& b) { return a.name < b.name; });
    return entries;
}

const TemplateFile* template_file(const TemplateEntry& entry, const std::string& language) {
    const TemplateFile* fallback = entry.files.empty() ? nullptr : &entry.files.front();
    for (const TemplateFile& file : entry.files) {
        if (file.language == language) return &file;
        if (file.language == "en") fallback = &file;
    }
    return fallback;
}

} // namespace setright
