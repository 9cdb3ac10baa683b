// i18n.hpp — every visible string, in English, Korean, Norwegian (bokmål) and
// Russian, from assets/i18n/*.tsv (one file per area; compiled in, but for
// the browser bundle's three fetched languages). Look-ups by key; a key
// missing from the table shows itself, and tests/e2e catch that.
//
// In a cell, {1}, {2}, ... are filled in, and {2:day|days} is the word form
// that agrees with the number in {2} (core/words/words.hpp). Korean cells
// write a particle after a filled-in name in braces, {은}, {이}, {을}, {과} or
// {으로} ("“{1}”{은}"): the fill writes the form that agrees with the text
// before it, 은 or 는 and so on (logic/korean_particles.hpp); where the reading
// is unknown (Latin names) both forms, 은(는).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace setright::app {

enum class Language { En, Ko, Nb, Ru };
constexpr int kLanguageCount = 4;

// "ko", "ko-KR", "nb-NO", "no", "nn", "ru-RU", "en-GB" ... -> a language we have.
std::optional<Language> language_from_code(std::string_view code);
const char* language_code(Language language);

void set_language(Language language);
Language current_language();

// Whether the words of `language` are here. The browser bundle links in
// English (and each language's name) only; the others come from the page
// (platform::read_translations) and are added with add_translations: a
// table whose first line names its columns, "key" and languages ("key\tko").
bool has_translations(Language language);
void add_translations(std::string table);

// The text for `key` in the current language (or in `language`).
const char* tr(const char* key);
const char* tr(const char* key, Language language);
// tr(key) with its {1}, {2}, ... filled in from `args` (core/words/words.hpp: {1}, and {1:one|other} plural forms).
std::string tr_fill(const char* key, const std::vector<std::string>& args);

} // namespace setright::app
