// problem_words.cpp — see problem_words.hpp.
#include "problem_words.hpp"

#include "i18n.hpp"

#include "core/problem_texts.hpp"

namespace setright::app {

std::string problem_message(const ImportProblem& problem) {
    if (problem.code.empty()) return problem.message;
    const std::string key = "problem." + problem.code;
    const char* text = tr(key.c_str());
    if (key == text) return problem.message;
    return fill_placeholders(text, problem.args);
}

std::string describe_problem(const std::string& file, const ImportProblem& problem) {
    ImportProblem translated = problem;
    translated.message = problem_message(problem);
    return format_problem(file, translated);
}

} // namespace setright::app
