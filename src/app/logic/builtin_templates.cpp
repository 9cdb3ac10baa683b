// builtin_templates.cpp — see builtin_templates.hpp.
#include "logic/builtin_templates.hpp"

#include "core/format/embedded_file.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace setright {
const std::vector<EmbeddedFile>& embedded_template_index();
}

namespace setright::app {
namespace {

// One line of the index: name, language, title, summary.
using IndexLine = std::array<std::string_view, 4>;

std::vector<IndexLine> index_lines() {
    std::vector<IndexLine> lines;
    for (const EmbeddedFile& file : embedded_template_index()) {
        std::string_view text = file.bytes;
        while (!text.empty()) {
            const size_t end = text.find('\n');
            std::string_view line = text.substr(0, end);
            text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
            IndexLine fields;
            for (std::string_view& field : fields) {
                const size_t tab = line.find('\t');
                field = line.substr(0, tab);
                line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
            }
            lines.push_back(fields);
        }
    }
    return lines;
}

} // namespace

std::vector<TemplateListing> template_listings(const std::string& language) {
    std::vector<TemplateListing> listings;
    for (const IndexLine& line : index_lines()) {
        const std::string_view name = line[0], line_language = line[1];
        if (line_language != language && line_language != "en") continue;
        auto same = std::find_if(listings.begin(), listings.end(), [&](const TemplateListing& l) { return l.name == name; });
        // English stands in until the language's own line (the index is sorted by file name, not language).
        if (same != listings.end() && line_language == "en") continue;
        TemplateListing listing{std::string(name), std::string(name) + "." + std::string(line_language) + ".json", std::string(line[2]),
                                std::string(line[3])};
        if (same != listings.end())
            *same = std::move(listing);
        else
            listings.push_back(std::move(listing));
    }
    std::sort(listings.begin(), listings.end(), [](const TemplateListing& a, const TemplateListing& b) { return a.name < b.name; });
    return listings;
}

} // namespace setright::app
