// import_plan.cpp — see import_plan.hpp.
#include "import_plan.hpp"

#include "problem_words.hpp"

#include "core/json_format.hpp"

namespace setright::app {

ImportPlan plan_import(const Workspace& current, const std::vector<NamedText>& files) {
    ImportPlan plan;
    plan.merged = current;
    for (const NamedText& file : files) {
        ImportResult imported = import_workspace(file.text);
        if (!imported.ok()) {
            for (const ImportProblem& problem : imported.problems) plan.problems.push_back(describe_problem(file.name, problem));
            continue;
        }
        plan.files_read.push_back(file.name);
        MergeResult merged = merge_workspaces(plan.merged, std::move(*imported.workspace));
        for (MergeChange& change : merged.changes) {
            if (change.kind == ChangeKind::Kept) {
                plan.kept.push_back(std::move(change));
                continue;
            }
            // A whole new deal is one change at the top of a deal's pointer.
            if (change.kind == ChangeKind::Added && change.pointer.rfind("/deals/", 0) == 0 &&
                change.pointer.find('/', 7) == std::string::npos)
                ++plan.deals_added;
            plan.changes.push_back(std::move(change));
        }
        for (MergeConflict& conflict : merged.conflicts) plan.conflicts.push_back(std::move(conflict));
        plan.merged = std::move(merged.merged);
    }
    return plan;
}

} // namespace setright::app
