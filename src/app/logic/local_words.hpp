// local_words.hpp — results in the user's language: the core's Words
// (core/words/words.hpp) with sentences from assets/i18n (same keys and
// placeholders as the core's English tables), enum values from enums.tsv,
// dates, numbers and percentages as format.hpp writes them, and each
// language's plural forms. Every verdict, blocker, red flag, import problem
// and report line the app shows is said through one.
#pragma once

#include "logic/i18n.hpp"

#include "core/format/json_format.hpp"
#include "core/words/words.hpp"

#include <string>

namespace setright::app {

class LocalWords : public Words {
public:
    explicit LocalWords(Language language = current_language()) : language_(language) {}
    std::string enum_value(std::string_view type, std::string_view name) const override;
    std::string date(const Moment& m) const override;
    std::string percent(double share) const override;
    std::string number(double value, int decimals) const override;

protected:
    const char* sentence(std::string_view key) const override;
    size_t plural_form(int64_t n, size_t forms) const override;
    std::optional<std::string> particle(std::string_view before, std::string_view name) const override;

private:
    Language language_;
};

// An import problem as the CLI lays it out ("file: /pointer: message" or
// "file:line:column: message"), its sentence in the user's language
// ("problem.<code>"); the core's English message when the code is unknown.
std::string problem_message(const ImportProblem& problem);
std::string describe_problem(const std::string& file, const ImportProblem& problem);

} // namespace setright::app
