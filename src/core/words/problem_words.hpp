// problem_words.hpp — what an import problem says, as data.
//
// Each problem carries a code and the values that fill its sentence, so the
// app can say it in the user's language (words.hpp, key "problem.<code>");
// the English sentence here is what the CLI prints and what
// ImportProblem::message holds. Placeholders are {1}, {2}, ... in order.
#pragma once

#include "core/words/words.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace setright {

// Every code and its English sentence, in a fixed order (for tests and tables).
const std::vector<EnglishWords>& problem_english();

} // namespace setright
