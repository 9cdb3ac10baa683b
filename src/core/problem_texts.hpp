// problem_texts.hpp — what an import problem says, as data.
//
// Each problem carries a code and the values that fill its sentence, so the
// app can say it in the user's language; the English sentence here is what
// the CLI prints and what ImportProblem::message holds. Placeholders are
// {1}, {2}, ... in order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace setright {

// Every code and its English sentence, in a fixed order (for tests and tables).
struct ProblemText {
    const char* code;
    const char* english;
};
const std::vector<ProblemText>& problem_texts();

// The English sentence of `code`, or nullptr for a code no one defined.
const char* problem_english(std::string_view code);

// `text` with {1}, {2}, ... replaced by args[0], args[1], ...; a placeholder
// with no argument stays as written.
std::string fill_placeholders(std::string_view text, const std::vector<std::string>& args);

} // namespace setright
