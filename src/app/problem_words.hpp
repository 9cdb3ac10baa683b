// problem_words.hpp — an import problem in the user's language, laid out as
// the CLI lays it out: "file: /pointer: message" or "file:line:column: message".
#pragma once

#include "core/json_format.hpp"

#include <string>

namespace setright::app {

// The problem's sentence from assets/i18n/problems.tsv ("problem.<code>"),
// its {1}, {2}, ... filled; the core's English message if the code is unknown.
std::string problem_message(const ImportProblem& problem);
std::string describe_problem(const std::string& file, const ImportProblem& problem);

} // namespace setright::app
