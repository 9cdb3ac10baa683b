// plural_forms.hpp — what the translation tests share: how many forms each
// plural placeholder ("{2:day|days}") of a sentence lists.
#pragma once

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

namespace setright::test {

inline std::vector<size_t> plural_form_counts(const std::string& text) {
    static const std::regex plural("\\{[1-9]:([^}]*)\\}");
    std::vector<size_t> counts;
    for (std::sregex_iterator it(text.begin(), text.end(), plural), end; it != end; ++it) {
        const std::string forms = (*it)[1].str();
        counts.push_back(size_t(std::count(forms.begin(), forms.end(), '|')) + 1);
    }
    return counts;
}

} // namespace setright::test
