// Every visible string exists in English, Korean, Norwegian and Russian, and
// every key the app's code asks for is in the tables.
#include "logic/i18n.hpp"

#include "../core/test_paths.hpp"

#include "plural_forms.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace setright::app;
using setright::test::plural_form_counts;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> split(const std::string& line, char separator) {
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream stream(line);
    while (std::getline(stream, cell, separator)) cells.push_back(cell);
    if (!line.empty() && line.back() == separator) cells.push_back("");
    return cells;
}

// printf conversions in order ("%d", "%s", "%.1f"), which every language must keep.
std::string conversions(const std::string& text) {
    static const std::regex conversion("%[-+ #0]*[0-9]*(\\.[0-9]+)?[a-zA-Z%]");
    std::string out;
    for (std::sregex_iterator it(text.begin(), text.end(), conversion), end; it != end; ++it) out += it->str() + " ";
    return out;
}

// The {1}, {2}, ... placeholders, sorted: word order may change, the set may not.
std::string placeholders(const std::string& text) {
    static const std::regex placeholder("\\{[0-9]+\\}");
    std::vector<std::string> found;
    for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it) found.push_back(it->str());
    std::sort(found.begin(), found.end());
    std::string out;
    for (const std::string& p : found) out += p;
    return out;
}

// CLDR plural categories for whole numbers: en one|other, ko other, nb one|other, ru one|few|many.
constexpr size_t kPluralForms[] = {0, 2, 1, 2, 3}; // by column: key, en, ko, nb, ru

// English nouns the app counts, singular and plural: "{N} deals" must be
// "{N} {N:deal|deals}", or one deal reads "1 deals".
const char* const kCountedNouns = "deals?|days?|hours?|files?|items?|problems?|signs?|alarms?|participants?|backups?|changes?|"
                                  "conflicts?|questions?|requirements?|vendors?|steps?|times?|requests?|repl(?:y|ies)|quotes?|"
                                  "levels?|characters?|blockers?|flags?|tasks?|people|person|must-haves?";

// The sentences in `english` that count a noun with {N} and have no {N:...} plural form for it.
std::vector<std::string> uncounted_nouns(const std::string& english) {
    static const std::regex counted(std::string("\\{([1-9])\\} (?:(?:new|more|open|unanswered|post-sale|false) )?(?:") + kCountedNouns +
                                    ")\\b");
    std::vector<std::string> found;
    for (std::sregex_iterator it(english.begin(), english.end(), counted), end; it != end; ++it)
        if (english.find("{" + (*it)[1].str() + ":") == std::string::npos) found.push_back(it->str());
    return found;
}

} // namespace

TEST_CASE("translations: every row has all four languages, no key twice, the same printf conversions and placeholders, each language's "
          "plural forms") {
    std::set<std::string> keys;
    int rows = 0;
    for (const auto& entry : fs::directory_iterator(setright::test::source_path("assets/i18n"))) {
        if (entry.path().extension() != ".tsv") continue;
        std::istringstream lines(read_file(entry.path()));
        std::string line;
        std::getline(lines, line);
        CHECK_MESSAGE(line == "key\ten\tko\tnb\tru", entry.path().filename().string());
        while (std::getline(lines, line)) {
            if (line.empty()) continue;
            ++rows;
            const std::vector<std::string> cells = split(line, '\t');
            INFO(entry.path().filename().string() << ": " << line);
            REQUIRE(cells.size() == 5);
            CHECK(keys.insert(cells[0]).second);
            for (size_t i = 1; i < 5; ++i) {
                CHECK_FALSE(cells[i].empty());
                CHECK(conversions(cells[i]) == conversions(cells[1]));
                CHECK(placeholders(cells[i]) == placeholders(cells[1]));
                for (size_t forms : plural_form_counts(cells[i])) CHECK(forms == kPluralForms[i]);
                // The app's own words go into ImGui labels (widgets.hpp), where "##" starts the id.
                CHECK(cells[i].find("##") == std::string::npos);
            }
        }
    }
    CHECK(rows > 20);
}

TEST_CASE("translations: a counted noun has its plural forms") {
    CHECK(uncounted_nouns("{1} files read, {2} new deals").size() == 2);
    CHECK(uncounted_nouns("{1} {1:file|files} read, {2} new {2:deal|deals}").empty());
    CHECK(uncounted_nouns("Step {1} of {2}: {3}").empty());
    for (const auto& entry : fs::directory_iterator(setright::test::source_path("assets/i18n"))) {
        if (entry.path().extension() != ".tsv") continue;
        std::istringstream lines(read_file(entry.path()));
        std::string line;
        while (std::getline(lines, line)) {
            const std::vector<std::string> cells = split(line, '\t');
            if (cells.size() < 2) continue;
            for (const std::string& bare : uncounted_nouns(cells[1]))
                FAIL_CHECK(entry.path().filename().string() << ": " << cells[0] << ": \"" << bare << "\" needs {N:one|other} forms");
        }
    }
}

TEST_CASE("translations: Korean particles after a filled-in name are chosen, never written as both forms") {
    for (const auto& entry : fs::directory_iterator(setright::test::source_path("assets/i18n"))) {
        if (entry.path().extension() != ".tsv") continue;
        std::istringstream lines(read_file(entry.path()));
        std::string line;
        while (std::getline(lines, line)) {
            const std::vector<std::string> cells = split(line, '\t');
            if (cells.size() < 3) continue;
            INFO(entry.path().filename().string() << ": " << cells[0] << ": " << cells[2]);
            for (const char* both : {"은(는)", "는(은)", "이(가)", "가(이)", "을(를)", "를(을)", "와(과)", "과(와)", "(으)로"})
                CHECK(cells[2].find(both) == std::string::npos); // write {은}, {이}, {을}, {과}, {으로} (i18n.hpp)
        }
    }
}

TEST_CASE("translations: every key the app asks for exists") {
    std::set<std::string> missing;
    static const std::regex call("\\btr\\(\"([a-z0-9_.]+)\"");
    for (const auto& entry : fs::recursive_directory_iterator(setright::test::source_path("src/app"))) {
        if (entry.path().extension() != ".cpp") continue;
        const std::string code = read_file(entry.path());
        for (std::sregex_iterator it(code.begin(), code.end(), call), end; it != end; ++it) {
            const std::string key = (*it)[1];
            if (std::string(tr(key.c_str(), Language::En)) == key) missing.insert(key);
        }
    }
    for (const std::string& key : missing) FAIL_CHECK("no translation for " << key);
}

TEST_CASE("translations: language codes from URLs and browsers") {
    CHECK(language_from_code("ko-KR") == Language::Ko);
    CHECK(language_from_code("nb") == Language::Nb);
    CHECK(language_from_code("no") == Language::Nb);
    CHECK(language_from_code("nn-NO") == Language::Nb);
    CHECK(language_from_code("ru") == Language::Ru);
    CHECK(language_from_code("en-GB") == Language::En);
    CHECK_FALSE(language_from_code("de").has_value());
    CHECK(std::string(tr("deals.new", Language::Ko)) == "새 거래");
    CHECK(std::string(tr("no.such.key", Language::Ru)) == "no.such.key");
}
