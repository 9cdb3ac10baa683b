// i18n.cpp — loads the translation tables and answers look-ups without
// allocating (tr() runs many times a frame).
#include "logic/i18n.hpp"

#include "logic/local_words.hpp"

#include "core/format/embedded_file.hpp"

#include <array>
#include <deque>
#include <string>
#include <unordered_map>

namespace setright {
const std::vector<EmbeddedFile>& embedded_translations();
}

namespace setright::app {
namespace {

using Row = std::array<std::string, kLanguageCount>;

Language g_language = Language::En;

struct Tables {
    // Keys are views into `texts`, kept for as long as the program runs; the
    // map's nodes do not move, so tr()'s pointers stay good as tables arrive.
    std::unordered_map<std::string_view, Row> rows;
    std::deque<std::string> texts;
    std::array<bool, kLanguageCount> has{};
};

// The next tab-separated cell of `line`, taken off its front.
std::string_view next_cell(std::string_view& line) {
    const size_t tab = line.find('\t');
    const std::string_view cell = line.substr(0, tab);
    line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    return cell;
}

// A table's first line names its columns: "key", then languages ("key\tko").
// `whole`: it has every word of those languages, so they can be used.
void add_table(Tables& tables, std::string_view text, bool whole) {
    std::vector<std::optional<Language>> columns;
    bool header = true;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (line.empty()) continue;
        const std::string_view key = next_cell(line);
        if (header) {
            header = false;
            while (!line.empty()) columns.push_back(language_from_code(next_cell(line)));
            for (const std::optional<Language>& language : columns)
                if (language && whole) tables.has[size_t(*language)] = true;
            continue;
        }
        Row& row = tables.rows[key];
        for (const std::optional<Language>& language : columns) {
            const std::string_view cell = next_cell(line);
            if (language) row[size_t(*language)] = std::string(cell);
        }
    }
}

Tables& tables() {
    static Tables instance = [] {
        Tables loaded;
        // The bundle's names.tsv (cmake/split_translations.py) is each language's name alone.
        for (const EmbeddedFile& file : embedded_translations()) {
            const std::string_view path = file.path;
            add_table(loaded, file.bytes, path.substr(path.rfind('/') + 1) != "names.tsv");
        }
        return loaded;
    }();
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
    const auto& rows = tables().rows;
    auto it = rows.find(key);
    if (it == rows.end() || it->second[int(language)].empty()) return key;
    return it->second[int(language)].c_str();
}

bool has_translations(Language language) { return tables().has[size_t(language)]; }

void add_translations(std::string table) {
    Tables& all = tables();
    add_table(all, all.texts.emplace_back(std::move(table)), true);
}

std::string tr_fill(const char* key, const std::vector<std::string>& args) { return LocalWords().fill(tr(key), args); }

} // namespace setright::app
