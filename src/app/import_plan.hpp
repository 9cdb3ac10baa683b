// import_plan.hpp — what importing some files would do, worked out before
// anything changes: the files that do not read (with their JSON pointers),
// and for the rest the merged workspace with every change and conflict, for
// the user to preview and then apply or cancel.
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
    std::vector<MergeChange> changes;      // additions and updates (what base kept is not listed)
    std::vector<MergeConflict> conflicts;  // merged keeps the current version
    int deals_added = 0;
    StoragePlan storage;                   // how `merged` would be kept in this browser
    bool anything_to_apply() const { return !changes.empty(); }
    bool nothing_read() const { return files_read.empty(); }
};

ImportPlan plan_import(const Workspace& current, const std::vector<NamedText>& files);

} // namespace setright::app
