// merge_words.hpp — a merge preview's changes and conflicts in the user's
// language. The core describes them in English for the CLI; the app builds its
// own sentence from the structured parts (what kind of item, which one, why,
// which fields).
#pragma once

#include "logic/import_plan.hpp"

#include "core/format/merge.hpp"

#include <string>

namespace setright::app {

// "Requirement r4 'Gorgias integration': yours kept, it is newer (the file differs in text)";
// an item inside another names it: "Evidence e2 'Call' (Requirement r3 'Recharge' › Vendor's claim acme): ..."
std::string describe_change(const MergeChange& change);
std::string describe_conflict(const MergeConflict& conflict);

// One differing field of a conflict, both sides shown short:
// "weight: yours 3, in the file 10" (a field absent on one side shows "—").
std::string describe_conflict_field(const MergeConflict& conflict, const std::string& field);

// The import preview's summary, counted as `setright merge` counts: "1 files
// read: 0 new deals, 1 changes (0 to apply, 1 yours kept), 0 conflicts."
std::string describe_import_summary(const ImportPlan& plan);

// The line that closes the preview when Apply would change nothing: "Nothing
// new" only when the files hold exactly what you have (the CLI's "0 changes,
// 0 conflicts"); when they differ but yours is kept (your copy is newer, even
// by a clock that is behind), it says so. Empty when there is something to
// apply, or when no file could be read.
std::string describe_import_outcome(const ImportPlan& plan);

} // namespace setright::app
