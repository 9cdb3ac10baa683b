// import_plan.hpp — what importing some files would do, worked out before
// anything changes: the files that do not read (with their JSON pointers),
// and for the rest the merged workspace with every change and conflict, for
// the user to preview and then apply or cancel.
//
// The plan lists every change and conflict the core merge reports, the same
// ones `setright merge` prints: what the files add or update, and what stays
// yours where they differ (your copy newer, even when the file's is the more
// recent edit made on a clock that is behind; or an item only in yours).
#pragma once

#include "core/merge.hpp"
#include "core/model.hpp"
#include "core/workspace_store.hpp"

#include <string>
#include <utility>
#include <vector>

namespace setright::app {

struct NamedText {
    std::string name;
    std::string text;
};

struct ImportPlan {
    std::vector<std::string> files_read;   // names of the files that import cleanly
    std::vector<std::string> problems;     // "file: /pointer: message", for the others
    Workspace merged;                      // the current workspace with those files merged in
    std::vector<MergeChange> changes;      // additions and updates: what Apply brings in
    std::vector<MergeChange> kept;         // the files differ but yours stays (ChangeKind::Kept)
    std::vector<MergeConflict> conflicts;  // merged keeps the current version
    int deals_added = 0;
    StoragePlan storage;                   // how `merged` would be kept in this browser
    bool anything_to_apply() const { return !changes.empty(); }
    // Every change the merge reports, as `setright merge` counts them.
    std::size_t change_count() const { return changes.size() + kept.size(); }
    // The files hold exactly what you have: no change, no conflict, no problem.
    bool nothing_new() const { return problems.empty() && changes.empty() && kept.empty() && conflicts.empty(); }
    bool nothing_read() const { return files_read.empty(); }
};

ImportPlan plan_import(const Workspace& current, const std::vector<NamedText>& files);

} // namespace setright::app
