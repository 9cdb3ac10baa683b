// i18n.cpp — loads the translation table once and answers look-ups without
// allocating (tr() runs many times a frame).
#include "logic/i18n.hpp"

#include "logic/local_words.hpp"

#include "core/format/embedded_file.hpp"

#include <array>
#include <string>
#include <unordered_map>

namespace setright {
const std::vector<EmbeddedFile>& embedded_translations();
}

namespace setright::app {
namespace {

using Row = std::array<std::string, kLanguageCount>;

Language g_language = Language::En;

std::unordered_map<std::string_view, Row> load_table() {
    std::unordered_map<std::string_view, Row> table;
    for (const EmbeddedFile& file : embedded_translations()) {
        std::string_view text = file.bytes;
        bool header = true;
        while (!text.empty()) {
            size_t end = text.find('\n');
            std::string_view line = text.substr(0, end);
            text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
            if (header || line.empty()) {
                header = false;
                continue;
            }
            size_t tab = line.find('\t');
            std::string_view key = line.substr(0, tab);
            Row row;
            for (int i = 0; i < kLanguageCount && tab != std::string_view::npos; ++i) {
                size_t next = line.find('\t', tab + 1);
                row[i] = std::string(line.substr(tab + 1, next == std::string_view::npos ? std::string_view::npos : next - tab - 1));
                tab = next;
            }
            table.emplace(key, std::move(row));
        }
    }
    return table;
}

const std::unordered_map<std::string_view, Row>& table() {
    static const std::unordered_map<std::string_view, Row> instance = load_table();
    return instance;
}

} // namespace

std::optional<Language> language_from_code(std::string_view code) {
    std::string_view primary = code.substr(0, code.find_first_of("-_"));
    if (primary == "en") return Language::En;
    if (primary == "ko") return Language::Ko;
    if (primary == "nb" || primary == "no" || primary == "nn") return Language::Nb;
    if (primary == "ru") return Language::Ru;
    return std::nullopt;
}

const char* language_code(Language language) {
    static const char* codes[kLanguageCount] = {"en", "ko", "nb", "ru"};
    return codes[int(language)];
}

void set_language(Language language) { g_language = language; }
Language current_language() { return g_language; }

const char* tr(const char* key) { return tr(key, g_language); }

const char* tr(const char* key, Language language) {
    auto it = table().find(key);
    if (it == table().end() || it->second[int(language)].empty()) return key;
    return it->second[int(language)].c_str();
}

std::string tr_fill(const char* key, const std::vector<std::string>& args) { return LocalWords().fill(tr(key), args); }

} // namespace setright::app
