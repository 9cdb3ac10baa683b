// import_plan.cpp — see import_plan.hpp.
#include "logic/import_plan.hpp"

#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/local_words.hpp"

#include "core/format/json_format.hpp"

#include <algorithm>

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
        plan.bytes_read += file.text.size();
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

ImportPlan plan_incoming(const Workspace& current, const Workshop& workshop, std::vector<platform::IncomingFile> files) {
    // A link alone, holding one deal, is summarised (read once more: links are small).
    std::optional<SharedDeal> shared;
    if (files.size() == 1 && files[0].name == platform::kSharedLinkName && files[0].refused == platform::Refusal::None &&
        !looks_like_answer_file(files[0].text))
        shared = shared_deal_in(files[0].text, current);
    std::vector<NamedText> workspaces;
    std::vector<const platform::IncomingFile*> answers;
    std::vector<std::string> refused;
    for (platform::IncomingFile& file : files) {
        if (file.refused != platform::Refusal::None)
            refused.push_back(describe_refusal(file));
        else if (looks_like_answer_file(file.text))
            answers.push_back(&file);
        else
            workspaces.push_back({std::move(file.name), std::move(file.text)});
    }
    ImportPlan plan = plan_import(current, workspaces);
    workspaces.clear();
    // Answers are read against the workspace as it would be: a case and its answers may arrive together.
    for (const platform::IncomingFile* file : answers) {
        std::optional<PlannedAnswers> planned =
                plan_answer_file(workshop, plan.merged, file->name, file->text, plan.answers, plan.answers_refused);
        if (!planned) continue;
        plan.files_read.push_back(file->name);
        plan.answers.push_back(std::move(*planned));
    }
    plan.problems.insert(plan.problems.end(), plan.answers_refused.begin(), plan.answers_refused.end());
    plan.problems.insert(plan.problems.end(), refused.begin(), refused.end());
    plan.shared = std::move(shared);
    return plan;
}

std::string describe_refusal(const platform::IncomingFile& file) {
    using platform::Refusal;
    const std::string limit = format_size(platform::kMaxImportBytes, false);
    std::string why;
    switch (file.refused) {
    case Refusal::None: return file.name;
    case Refusal::FileTooLarge: why = tr_fill("file.too_large", {format_size(file.size, true), limit}); break;
    case Refusal::BatchTooLarge: why = tr_fill("file.batch_too_large", {format_size(file.size, true), limit}); break;
    case Refusal::OutOfMemory: why = tr_fill("file.out_of_memory", {format_size(file.size, true)}); break;
    case Refusal::ReadFailed: why = tr_fill("problem.read_failed", {file.detail}); break;
    case Refusal::NotAFile: why = tr("file.not_a_file"); break;
    case Refusal::LinkTooLong:
        why = tr_fill("link.too_long", {format_number(double(file.size), 0), format_number(double(platform::kMaxIncomingLinkChars), 0)});
        break;
    case Refusal::LinkBadCharacter:
        why = tr_fill("link.bad_character", {format_number(double(file.size), 0), "'" + file.detail + "'"});
        break;
    case Refusal::LinkCutShort: why = file.detail.empty() ? tr("link.cut_short") : tr_fill("link.does_not_unpack", {file.detail}); break;
    case Refusal::LinkTooLarge: why = tr_fill("link.too_large", {format_size(platform::kMaxLinkUnpackedBytes, false)}); break;
    }
    return file.name + ": " + why;
}

std::string describe_answers(const PlannedAnswers& planned) {
    return planned.file + ": " +
           tr_fill(planned.replaces ? "import.answers_replace" : "import.answers_add",
                   {planned.sheet.participant, planned.case_title.empty() ? planned.deal : planned.case_title});
}

Wording take_planned_answers(Workshop& workshop, const ImportPlan& plan) {
    if (plan.answers.empty() && plan.answers_refused.empty()) return nullptr;
    size_t added = 0, replaced = 0;
    for (const PlannedAnswers& planned : plan.answers) {
        // Looked at again as it is taken: the room may have changed while the preview was open.
        const auto room = workshop.rooms.find(planned.deal);
        const bool there = room != workshop.rooms.end() &&
                           std::any_of(room->second.begin(), room->second.end(),
                                       [&](const AnswerSheet& sheet) { return sheet.participant == planned.sheet.participant; });
        ++(there ? replaced : added);
        take_answers(workshop, planned);
    }
    workshop.refused.insert(workshop.refused.end(), plan.answers_refused.begin(), plan.answers_refused.end());
    return [added, replaced, refused = plan.answers_refused.size()] {
        return tr_fill("case.room.received", {std::to_string(added), std::to_string(replaced), std::to_string(refused)});
    };
}

} // namespace setright::app
