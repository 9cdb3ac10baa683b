// import_plan.hpp — what importing some files would do, worked out before
// anything changes: the files that do not read (with their JSON pointers, or
// why they were not read at all: too large, a damaged link), for the rest the
// merged workspace with every change and conflict, and the answer files with
// the room each goes to and whose answers it replaces; for the user to
// preview and then apply or cancel.
//
// The plan lists every change and conflict the core merge reports, the same
// ones `setright merge` prints: what the files add or update, and what stays
// yours where they differ (your copy newer, even when the file's is the more
// recent edit made on a clock that is behind; or an item only in yours).
#pragma once

#include "logic/notice.hpp"
#include "logic/shared_deal.hpp"
#include "logic/workshop.hpp"

#include "core/format/merge.hpp"
#include "core/model/model.hpp"
#include "core/storage/workspace_store.hpp"
#include "platform/platform.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace setright::app {

struct NamedText {
    std::string name;
    std::string text;
};

struct ImportPlan {
    std::vector<std::string> files_read;  // names of the files that import cleanly
    size_t bytes_read = 0;                // their size: bounds what they add to the workspace
    std::vector<std::string> problems;    // "file: /pointer: message", for the others
    Workspace merged;                     // the current workspace with those files merged in
    std::vector<MergeChange> changes;     // additions and updates: what Apply brings in
    std::vector<MergeChange> kept;        // the files differ but yours stays (ChangeKind::Kept)
    std::vector<MergeConflict> conflicts; // merged keeps the current version
    int deals_added = 0;
    std::vector<PlannedAnswers> answers;      // answer files for the rooms of cases
    std::vector<std::string> answers_refused; // the answer files' problems (also in `problems`), for the room to show once applied
    StoragePlan storage;                      // how `merged` would be kept in this browser
    // A share link that brought one deal: what it holds, shown before the
    // changes (which are there too, for Compare).
    std::optional<SharedDeal> shared;
    // The storage plan is worked out once the preview is on the screen (for
    // a large file, packing `merged` takes a few hundred ms in the browser).
    int preview_frames = 0;
    bool storage_planned = false;
    bool anything_to_apply() const { return !changes.empty() || !answers.empty(); }
    // Every change the merge reports, as `setright merge` counts them.
    std::size_t change_count() const { return changes.size() + kept.size(); }
    // The files hold exactly what you have: no change, no conflict, no problem.
    bool nothing_new() const { return problems.empty() && changes.empty() && kept.empty() && conflicts.empty() && answers.empty(); }
    bool nothing_read() const { return files_read.empty(); }
};

ImportPlan plan_import(const Workspace& current, const std::vector<NamedText>& files);

// Everything that arrived at once (files picked or dropped, a link opened):
// workspace files merged as plan_import does, answer files planned for the
// rooms of their cases (cases in the same files count), files refused
// unread described. Changes nothing.
ImportPlan plan_incoming(const Workspace& current, const Workshop& workshop, std::vector<platform::IncomingFile> files);

// "file: why", translated, for a file or link refused before it was read.
std::string describe_refusal(const platform::IncomingFile& file);

// "file: adds Bo's answers to the room of the case 'X'" or "… replaces
// Ana's answers …", translated: what applying one answer file does.
std::string describe_answers(const PlannedAnswers& planned);

// Applies the answers of a plan to the rooms; returns the wording of the
// line for the status bar ("Answer files: 1 added to the room, 1 replacing
// earlier answers, 0 not taken"), or none when the plan has no answer files.
Wording take_planned_answers(Workshop& workshop, const ImportPlan& plan);

} // namespace setright::app
