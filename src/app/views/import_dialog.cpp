// import_dialog.cpp — see import_dialog.hpp. A link with one deal first says
// what the deal is (shared_deal.hpp). Nothing in the workspace or a
// workshop room changes until the user presses Apply; Apply is one undo step
// for the workspace (rooms have no undo: they are rebuilt from files).
#include "import_dialog.hpp"

#include "logic/app_state.hpp"
#include "logic/format.hpp"
#include "logic/i18n.hpp"
#include "logic/merge_words.hpp"
#include "logic/notice.hpp"
#include "logic/persistence.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "platform/platform.hpp"

#include <imgui.h>

namespace setright::app {
namespace {

// Every line of the preview is a selectable (ids "import_problem:<n>",
// "import_conflict:<n>", "import_change:<n>", "import_kept:<n>",
// "import_outcome"), so it can be found, read, and copied with a click.
void copyable_line(const std::string& text, const std::string& id) {
    if (ui::selectable(text, id, false)) ImGui::SetClipboardText(std::string(ui::shown(text)).c_str());
}

void list_problems(const std::vector<std::string>& lines) {
    if (lines.empty()) return;
    ui::separator_text(tr("import.problems"));
    ImGui::PushStyleColor(ImGuiCol_Text, ui::critical());
    for (size_t i = 0; i < lines.size(); ++i) copyable_line(lines[i], "import_problem:" + std::to_string(i));
    ImGui::PopStyleColor();
}

// Said before Apply, so nobody imports what this browser cannot keep.
void storage_outlook(const StoragePlan& storage) {
    if (!storage.known || storage.copies >= WorkspaceStore::slot_count) return;
    const std::string needed = format_number(double(storage.copy_characters) / 1000.0, 0);
    const std::string room = format_number(double(storage.room) / 1000.0, 0);
    const bool kept = storage.copies >= 1;
    const std::string text = !kept                 ? tr_fill("import.storage_not_kept", {needed, room})
                             : storage.copies == 1 ? tr_fill("import.storage_no_backups", {needed, room})
                                                   : tr_fill("import.storage_fewer_backups", {std::to_string(storage.copies - 1)});
    // Wrapped: on a phone the sentence is several lines long.
    ui::text_item(text, "import_storage", kept ? &ui::warning() : &ui::critical()); // a click copies it, like the lines below
}

// A long list drawn only where it is visible: a 10 MB file can bring thousands.
void list_changes(const char* heading, const char* rule, const std::vector<MergeChange>& changes, const char* id_prefix) {
    if (changes.empty()) return;
    ui::separator_text(heading);
    if (rule) ui::text_disabled(rule);
    ImGuiListClipper clipper;
    clipper.Begin(int(changes.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
            copyable_line(describe_change(changes[size_t(i)]), id_prefix + std::to_string(i));
}

// Takes what the plan brings in: one undo step for the workspace, then the
// answers for the rooms.
void apply_plan(App& app, ImportPlan& plan) {
    if (!plan.changes.empty()) {
        app.workspace = std::move(plan.merged);
        if (app.selected_deal.empty() && !app.workspace.deals.empty()) app.selected_deal = app.workspace.deals.back().id;
        note_change(app, "import");
    }
    if (Wording answers = take_planned_answers(app.workshop, plan)) show_notice(app, std::move(answers));
    app.pending_import.reset();
    ImGui::CloseCurrentPopup();
}

// A link that brought one deal: what it is, in the recipient's words, and
// Add (or Compare, for a deal they already have: the full preview below).
void draw_shared(App& app, ImportPlan& plan, SharedDeal& shared) {
    ui::text(tr("share.received"));
    {
        ui::TextSizeScope size(ui::TextSize::Heading);
        ui::text_item(shared.title.empty() ? shared.id : shared.title, "shared_title");
    }
    ui::text_item(describe_shared_perspective(shared), "shared_perspective");
    ui::text_item(describe_shared_counts(shared), "shared_counts");
    storage_outlook(plan.storage);
    // Room under the notes for the buttons, and for the line about a deal the recipient has (up to 3 lines wrapped).
    const float below =
            ImGui::GetFrameHeightWithSpacing() * 1.5f + (shared.already_have ? ImGui::GetTextLineHeightWithSpacing() * 3.0f : 0.0f);
    if (!shared.notes.empty()) {
        ui::separator_text(tr("share.notes"));
        ImGui::BeginChild("##shared_notes", ImVec2(0, -below), ImGuiChildFlags_Borders);
        ui::text_item(shared.notes, "shared_notes");
        ImGui::EndChild();
    }
    if (shared.already_have) ui::text_item(tr("share.already_have"), "shared_already_have", &ui::info());
    if (!shared.already_have && plan.anything_to_apply()) {
        if (ui::button(tr("share.add"), "share_add")) {
            const std::string id = shared.id; // the deal just added is the one shown
            apply_plan(app, plan);
            app.selected_deal = id;
            return;
        }
        ImGui::SameLine();
    }
    if (shared.already_have) {
        if (ui::button(tr("share.compare"), "share_compare")) shared.comparing = true;
        ImGui::SameLine();
    }
    if (ui::button(tr("import.cancel"), "import_cancel") || ui::escape_cancels()) {
        app.pending_import.reset();
        ImGui::CloseCurrentPopup();
    }
}

} // namespace

void draw_import_dialog(App& app) {
    if (!app.pending_import) return;
    if (!ImGui::IsPopupOpen("##import")) ImGui::OpenPopup("##import");
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x * 0.7f, viewport->WorkSize.y * 0.7f), ImGuiCond_Always);
    if (!ImGui::BeginPopupModal("##import", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize)) return;

    ImportPlan& plan = *app.pending_import;
    // The preview first, then how its result would be kept in this browser:
    // packing a large workspace to measure that would hold up the preview.
    // A popup is hidden the frame it opens, so the preview is on the screen
    // after its second frame.
    if (!plan.storage_planned && plan.preview_frames >= 2) {
        plan.storage = plan_storage_for_import(app);
        plan.storage_planned = true;
    } else if (!plan.storage_planned) {
        ++plan.preview_frames;
        app.redraw = true;
        platform::request_frame();
    }
    if (plan.shared && !plan.shared->comparing) {
        draw_shared(app, plan, *plan.shared);
        ImGui::EndPopup();
        return;
    }
    ui::text(tr("import.title"));
    ui::text_wrapped(describe_import_summary(plan));
    storage_outlook(plan.storage);

    const float buttons_height = ImGui::GetFrameHeightWithSpacing() * 1.5f;
    ImGui::BeginChild("##import_details", ImVec2(0, -buttons_height), ImGuiChildFlags_Borders);
    list_problems(plan.problems);
    if (!plan.conflicts.empty()) {
        ui::separator_text(tr("import.conflicts"));
        ui::text_disabled(tr("import.conflicts_rule"));
        for (size_t i = 0; i < plan.conflicts.size(); ++i) {
            const MergeConflict& conflict = plan.conflicts[i];
            copyable_line(describe_conflict(conflict), "import_conflict:" + std::to_string(i));
            ImGui::Indent();
            for (const std::string& field : conflict.about.fields) ui::text_disabled(describe_conflict_field(conflict, field));
            ImGui::Unindent();
        }
    }
    if (!plan.answers.empty()) {
        ui::separator_text(tr("import.answers"));
        for (size_t i = 0; i < plan.answers.size(); ++i)
            copyable_line(describe_answers(plan.answers[i]), "import_answers:" + std::to_string(i));
    }
    list_changes(tr("import.changes"), nullptr, plan.changes, "import_change:");
    list_changes(tr("import.kept"), tr("import.kept_rule"), plan.kept, "import_kept:");
    const std::string outcome = describe_import_outcome(plan);
    if (!outcome.empty()) {
        ImGui::Spacing();
        copyable_line(outcome, "import_outcome");
    }
    ImGui::EndChild();

    if (plan.anything_to_apply()) {
        if (ui::button(tr("import.apply"), "import_apply")) {
            apply_plan(app, plan);
            ImGui::EndPopup();
            return;
        }
        ImGui::SameLine();
    }
    if (ui::button(tr("import.cancel"), "import_cancel") || ui::escape_cancels()) {
        app.pending_import.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace setright::app
