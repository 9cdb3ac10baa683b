// merge_words.hpp — a merge preview's changes and conflicts in the user's
// language. The core describes them in English for the CLI; the app builds its
// own sentence from the structured parts (what kind of item, which one, why,
// which fields).
#pragma once

#include "core/merge.hpp"

#include <string>

namespace setright::app {

// "Requirement r4 'Gorgias integration': yours kept, it is newer (the file differs in text)"
std::string describe_change(const MergeChange& change);
std::string describe_conflict(const MergeConflict& conflict);

// One differing field of a conflict, both sides shown short:
// "weight: yours 3, in the file 10" (a field absent on one side shows "—").
std::string describe_conflict_field(const MergeConflict& conflict, const std::string& field);

} // namespace setright::app
