// import_dialog.cpp — see import_dialog.hpp. Nothing in the workspace or a
// workshop room changes until the user presses Apply; Apply is one undo step
// for the workspace (rooms have no undo: they are rebuilt from files).
#include "import_dialog.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "merge_words.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <cstdio>

namespace setright::app {
namespace {

// Every line of the preview is a selectable (ids "import_problem:<n>",
// "import_conflict:<n>", "import_change:<n>"), so it can be found, read, and
// copied with a click.
void copyable_line(const std::string& text, const std::string& id) {
    if (ui::selectable(text.c_str(), id.c_str(), false)) ImGui::SetClipboardText(text.c_str());
}

void list_problems(const std::vector<std::string>& lines) {
    if (lines.empty()) return;
    ImGui::SeparatorText(tr("import.problems"));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.45f, 0.40f, 1.0f));
    for (size_t i = 0; i < lines.size(); ++i) copyable_line(lines[i], "import_problem:" + std::to_string(i));
    ImGui::PopStyleColor();
}

} // namespace

void draw_import_dialog(App& app) {
    if (!app.pending_import) return;
    if (!ImGui::IsPopupOpen("##import")) ImGui::OpenPopup("##import");
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x * 0.7f, viewport->WorkSize.y * 0.7f), ImGuiCond_Always);
    if (!ImGui::BeginPopupModal("##import", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize)) return;

    const ImportPlan& plan = *app.pending_import;
    ImGui::TextUnformatted(tr("import.title"));
    char summary[256];
    std::snprintf(summary, sizeof summary, tr("import.summary"), int(plan.files_read.size()), plan.deals_added,
                  int(plan.changes.size()), int(plan.conflicts.size()));
    ImGui::TextWrapped("%s", summary);

    const float buttons_height = ImGui::GetFrameHeightWithSpacing() * 1.5f;
    ImGui::BeginChild("##import_details", ImVec2(0, -buttons_height), ImGuiChildFlags_Borders);
    list_problems(plan.problems);
    if (!plan.conflicts.empty()) {
        ImGui::SeparatorText(tr("import.conflicts"));
        ImGui::TextDisabled("%s", tr("import.conflicts_rule"));
        for (size_t i = 0; i < plan.conflicts.size(); ++i) {
            const MergeConflict& conflict = plan.conflicts[i];
            copyable_line(describe_conflict(conflict), "import_conflict:" + std::to_string(i));
            ImGui::Indent();
            for (const std::string& field : conflict.about.fields)
                ImGui::TextDisabled("%s", describe_conflict_field(conflict, field).c_str());
            ImGui::Unindent();
        }
    }
    if (!plan.answers.empty()) {
        ImGui::SeparatorText(tr("import.answers"));
        for (size_t i = 0; i < plan.answers.size(); ++i)
            copyable_line(describe_answers(plan.answers[i]), "import_answers:" + std::to_string(i));
    }
    if (!plan.changes.empty()) {
        ImGui::SeparatorText(tr("import.changes"));
        ImGuiListClipper clipper;
        clipper.Begin(int(plan.changes.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
                copyable_line(describe_change(plan.changes[size_t(i)]), "import_change:" + std::to_string(i));
    }
    if (plan.problems.empty() && plan.changes.empty() && plan.conflicts.empty() && plan.answers.empty())
        ImGui::TextUnformatted(tr("import.nothing_new"));
    ImGui::EndChild();

    if (plan.anything_to_apply()) {
        if (ui::button(tr("import.apply"), "import_apply")) {
            if (!plan.changes.empty()) {
                app.workspace = std::move(app.pending_import->merged);
                if (app.selected_deal.empty() && !app.workspace.deals.empty()) app.selected_deal = app.workspace.deals.back().id;
                note_change(app, "import");
            }
            const std::string answers = take_planned_answers(app.workshop, plan);
            if (!answers.empty()) app.notice = answers;
            app.pending_import.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
    }
    if (ui::button(tr("import.cancel"), "import_cancel")) {
        app.pending_import.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace setright::app
